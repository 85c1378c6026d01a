#!/usr/bin/env bash
# The service's load test (tests/RectifyNlp.Server.Tests LoadTests: 200 analyses of the sample pair, 20 clients,
# polling every 20 ms, one warm-up) run on two checkouts side by side, for comparing builds on one machine in one run:
#
#   scripts/serve-load-compare.sh BASE_CHECKOUT [ROUNDS]     (default 3 rounds)
#
# BASE_CHECKOUT is another checkout of the repository (say `git worktree add --detach ../base main`), this one is
# the other side. Both test projects are built first (Debug, as the tests run). Each round runs the load test in
# both checkouts, one after the other, the order alternating from round to round so that drift in the machine's
# load falls on both alike; each run does SQLite, then PostgreSQL (RECTIFY_TEST_POSTGRES, as for the tests).
# Prints every run's analyses a second, then per store the median of each side and their ratio. Other processes
# on the machine count against both sides: say what else ran when you quote the figures.
set -euo pipefail
base=$(cd "${1:?usage: serve-load-compare.sh BASE_CHECKOUT [ROUNDS]}" && pwd)
this=$(cd "$(dirname "$0")/.." && pwd)
rounds=${2:-3}
for tree in "$base" "$this"; do
  dotnet build "$tree/tests/RectifyNlp.Server.Tests" -v q -nologo >/dev/null || { echo "build failed in $tree" >&2; exit 1; }
done

runs=$(mktemp)
trap 'rm -f "$runs" "$runs.cpu"' EXIT
run() { # $1 side name, $2 checkout
  local results="$2/tests/RectifyNlp.Server.Tests/TestResults"
  rm -f "$results"/serve-load-*.md
  # The CPU seconds of the whole run (test host and server in one process: both stores, two warm-ups, two starts)
  # say what the work costs whatever share of the machine it got; the analyses a second say how fast it went.
  /usr/bin/time -f "%U %S" -o "$runs.cpu" dotnet test "$2/tests/RectifyNlp.Server.Tests" --no-build --filter "FullyQualifiedName~RectifyNlp.Server.Tests.LoadTests." >/dev/null \
    || { echo "load test failed in $2" >&2; exit 1; }
  awk -v side="$1" '{ printf "%s cpu %.1f\n", side, $1 + $2 }' "$runs.cpu" >>"$runs"
  for store in sqlite postgres; do
    # | store | analyses | clients | workers | upload p50 | p95 | done p50 | p95 | max | analyses/s | errors |
    awk -F'|' -v side="$1" -v store="$store" '$2 ~ store { gsub(/ /, "", $11); print side, store, $11 }' "$results/serve-load-$store.md" >>"$runs"
  done
}

for round in $(seq 1 "$rounds"); do
  if [ $((round % 2)) -eq 1 ]; then run base "$base"; run this "$this"; else run this "$this"; run base "$base"; fi
  echo "round $round: $(grep -c . "$runs") figures" >&2
done

echo "base: $(git -C "$base" log -1 --format='%h %s' | cut -c1-80)"
echo "this: $(git -C "$this" log -1 --format='%h %s' | cut -c1-80)$(git -C "$this" diff --quiet HEAD || echo ' (+ uncommitted changes)')"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
echo
echo "| store | base analyses/s (each run) | this analyses/s (each run) | base median | this median | ratio |"
echo "|---|---|---|---|---|---|"
for store in sqlite postgres cpu; do
  awk -v store="$store" '
    function median(list, n,   sorted, i, j, t) {
      for (i = 1; i <= n; i++) sorted[i] = list[i]
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (sorted[j] < sorted[i]) { t = sorted[i]; sorted[i] = sorted[j]; sorted[j] = t }
      return n % 2 ? sorted[(n + 1) / 2] : (sorted[n / 2] + sorted[n / 2 + 1]) / 2
    }
    $2 == store && $1 == "base" { b[++nb] = $3; bl = bl (bl ? ", " : "") $3 }
    $2 == store && $1 == "this" { t[++nt] = $3; tl = tl (tl ? ", " : "") $3 }
    END {
      mb = median(b, nb); mt = median(t, nt)
      if (store == "cpu") printf "\nCPU seconds of each run (both stores, 2 × 201 analyses): base %s (median %.1f), this %s (median %.1f): %.2f× less CPU\n", bl, mb, tl, mt, mb / mt
      else printf "| %s | %s | %s | %.1f | %.1f | %.2f× |\n", store, bl, tl, mb, mt, mt / mb
    }
  ' "$runs"
done
