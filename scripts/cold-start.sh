#!/usr/bin/env bash
# Cold start of `rectify analyze` on the sample pair, today's build against this checkout's, side by side in one run:
#
#   scripts/cold-start.sh [BASE_COMMIT] [RUNS] [tool|single-file|all]     (defaults: 26310df, 11, tool)
#
# Each side is built the way a user gets it, from its own sources: BASE_COMMIT is exported with `git archive` into a
# temporary folder (the checkout is not touched), this side is the working tree as it stands.
#   tool         dotnet pack, then dotnet tool install --tool-path into a temporary folder (README's install command);
#   single-file  the self-contained single-file linux-x64 publish (scripts/install-test.sh's second way).
# Then, from a folder under /tmp with nothing of a checkout above it, every round runs each side's
#   rectify analyze --feedback feedback-opinion.txt --report rectification-report.txt
# once as a whole process (wall time from fork to exit, output discarded), the order alternating from round to round
# so that drift in the machine's load falls on both alike. One run of each side before the rounds is not counted
# (it reads the program into the page cache; "cold" means a new process, not an empty disk cache).
# Prints every run, then per way the medians of wall time and of CPU time (user + system, which other processes on a
# shared machine disturb less), the fastest runs and the ratios this/base. Other processes on the machine count
# against both sides: say what else ran when you quote the figures.
#
# RECTIFY_COLD_BASE and RECTIFY_COLD_THIS, when both set, name programs already installed (say by an earlier run, or
# scripts/install-test.sh): they are measured as they are, as the way given (one way only), without building.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
base_commit=${1:-26310df}
runs=${2:-11}
ways=${3:-tool}
[ "$ways" = all ] && ways="tool single-file"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
unset RECTIFY_MODELS

work=$(mktemp -d /tmp/rectify-cold-start.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/data" "$work/base-src"
cp "$repo/corpus/samples/feedback-opinion.txt" "$repo/corpus/samples/rectification-report.txt" "$work/data/"
[ -n "${RECTIFY_COLD_BASE:-}" ] || git -C "$repo" archive "$base_commit" | tar -x -C "$work/base-src"

build() { # build WAY SIDE SOURCE : installs SOURCE's rectify as $work/SIDE-WAY/…; prints the program's path
  local way=$1 side=$2 src=$3 out="$work/$2-$1"
  case $way in
    tool)
      dotnet pack "$src/src/RectifyNlp.Cli" -c Release -o "$out/nupkg" --nologo -v quiet >&2
      dotnet tool install --tool-path "$out/tool" --add-source "$out/nupkg" RectifyNlp.Cli >&2
      echo "$out/tool/rectify" ;;
    single-file)
      dotnet publish "$src/src/RectifyNlp.Cli" -c Release -r linux-x64 --self-contained -p:PublishSingleFile=true \
        -p:IncludeNativeLibrariesForSelfExtract=true -p:DebugType=embedded -o "$out/single" --nologo -v quiet >&2
      echo "$out/single/rectify" ;;
    *) echo "unknown way: $way (tool, single-file or all)" >&2; exit 2 ;;
  esac
}

once() { # once PROGRAM : one analysis as a whole process, from the data folder; prints wall and CPU seconds
  (cd "$work/data" && /usr/bin/time -f "%e %U %S" -o "$work/time" "$1" analyze --feedback feedback-opinion.txt --report rectification-report.txt >/dev/null 2>&1) \
    || { echo "analyze failed: $1" >&2; exit 1; }
  awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' "$work/time"
}

times=$work/times
for way in $ways; do
  if [ -n "${RECTIFY_COLD_BASE:-}" ] && [ -n "${RECTIFY_COLD_THIS:-}" ]; then
    base=$RECTIFY_COLD_BASE this=$RECTIFY_COLD_THIS
  else
    base=$(build "$way" base "$work/base-src")
    this=$(build "$way" this "$repo")
  fi
  once "$base" >/dev/null; once "$this" >/dev/null
  for round in $(seq 1 "$runs"); do
    if [ $((round % 2)) -eq 1 ]; then
      echo "$way base $(once "$base")" >>"$times"; echo "$way this $(once "$this")" >>"$times"
    else
      echo "$way this $(once "$this")" >>"$times"; echo "$way base $(once "$base")" >>"$times"
    fi
  done
done

echo "base: $base_commit $(git -C "$repo" log -1 --format='%s' "$base_commit" | cut -c1-80)"
echo "this: $(git -C "$repo" log -1 --format='%h %s' | cut -c1-80)$(git -C "$repo" diff --quiet HEAD || echo ' (+ uncommitted changes)')"
if [ -n "${RECTIFY_COLD_BASE:-}" ]; then echo "programs as installed: base $RECTIFY_COLD_BASE ($("$base" --version)), this $RECTIFY_COLD_THIS ($("$this" --version))"; fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; $runs runs a side"
echo
echo "| rectify as | base wall (s, each run) | this wall (s, each run) | base median wall | this median wall | ratio (wall) | base median CPU | this median CPU | ratio (CPU) | base fastest | this fastest |"
echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for way in $ways; do
  awk -v way="$way" '
    function median(list, n,   sorted, i, j, t) {
      for (i = 1; i <= n; i++) sorted[i] = list[i]
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (sorted[j] < sorted[i]) { t = sorted[i]; sorted[i] = sorted[j]; sorted[j] = t }
      return n % 2 ? sorted[(n + 1) / 2] : (sorted[n / 2] + sorted[n / 2 + 1]) / 2
    }
    function least(list, n,   i, m) { m = list[1]; for (i = 2; i <= n; i++) if (list[i] < m) m = list[i]; return m }
    $1 == way && $2 == "base" { b[++nb] = $3; bc[nb] = $4; bl = bl (bl ? " " : "") $3 }
    $1 == way && $2 == "this" { t[++nt] = $3; tc[nt] = $4; tl = tl (tl ? " " : "") $3 }
    END {
      mb = median(b, nb); mt = median(t, nt); cb = median(bc, nb); ct = median(tc, nt)
      printf "| %s | %s | %s | %.3f | %.3f | %.2f | %.3f | %.3f | %.2f | %.3f | %.3f |\n", way == "tool" ? ".NET tool" : "single file", bl, tl, mb, mt, mt / mb, cb, ct, ct / cb, least(b, nb), least(t, nt)
    }
  ' "$times"
done
