#!/usr/bin/env bash
# Segmentation speed, side by side in one run: `rectify segment` (RectifyNlp's span-based jieba and
# jieba.NET) against @node-rs/jieba (jieba-rs) and python3-jieba, whole process and cut alone, on at
# least 3 MB of text, precise mode with HMM, default dictionary (--no-user-dict). Installs the two
# references by name (apt-get python3-jieba, npm @node-rs/jieba), checks that every engine's output is
# identical, and writes the table to ../results/segment-speed.md.
# Usage: tests/RectifyNlp.Benchmarks/segment-speed/run.sh [runs=3] [bytes=3145728]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
runs=${1:-3}
bytes=${2:-3145728}
work=${RECTIFY_BENCH_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/rectify-bench}
mkdir -p "$work/node"

if ! /usr/bin/python3 -c "import jieba" 2>/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-jieba >/dev/null
fi
if [ ! -d "$work/node/node_modules/@node-rs/jieba" ]; then
  (cd "$work/node" && { [ -f package.json ] || npm init -y >/dev/null; } && npm install --silent @node-rs/jieba >/dev/null)
fi
cp "$here/ref_node.mjs" "$work/node/ref_node.mjs"

dotnet build -c Release "$root/src/RectifyNlp.Cli" -v quiet -nologo >/dev/null
rectify="$root/src/RectifyNlp.Cli/bin/Release/net10.0/rectify"
python3 "$here/make-text.py" "$work/input.txt" "$bytes"

declare -A cmd=(
  [rectify]="$rectify segment $work/input.txt --no-user-dict --timing"
  [jieba.NET]="$rectify segment $work/input.txt --no-user-dict --engine jieba-net --timing"
  [jieba-rs]="node $work/node/ref_node.mjs $work/input.txt OUT"
  [python3-jieba]="/usr/bin/python3 $here/ref_python.py $work/input.txt OUT"
)
order=(rectify jieba-rs jieba.NET python3-jieba)
declare -A wall load cut
for engine in "${order[@]}"; do
  best_wall=; best_cut=; best_load=
  for ((r = 0; r < runs; r++)); do
    out="$work/out-$engine.txt"
    c=${cmd[$engine]//OUT/$out}
    start=$(date +%s.%N)
    if [[ $engine == rectify || $engine == jieba.NET ]]; then $c >"$out" 2>"$work/timing"; else $c 2>"$work/timing"; fi
    end=$(date +%s.%N)
    w=$(echo "($end - $start) * 1000" | bc)
    l=$(sed -n 's/.*load=\([0-9]*\) ms.*/\1/p' "$work/timing")
    k=$(sed -n 's/.*cut=\([0-9]*\) ms.*/\1/p' "$work/timing")
    if [ -z "$best_wall" ] || (( $(echo "$w < $best_wall" | bc) )); then best_wall=$w; fi
    if [ -z "$best_cut" ] || (( k < best_cut )); then best_cut=$k; best_load=$l; fi
  done
  wall[$engine]=$best_wall; load[$engine]=$best_load; cut[$engine]=$best_cut
done

# python3-jieba is the reference: rectify must match it line for line. jieba-rs is measured for speed; its
# few differences from the reference (it keeps 3-4 together, for one) are counted, not fixed.
same() { python3 - "$1" "$2" <<'PY'
import sys
a = open(sys.argv[1], encoding="utf-8").read().split("\n"); b = open(sys.argv[2], encoding="utf-8").read().split("\n")
print(sum(1 for x, y in zip(a, b) if x != y) + abs(len(a) - len(b)))
PY
}
differ_python=$(same "$work/out-rectify.txt" "$work/out-python3-jieba.txt")
differ_rs=$(same "$work/out-python3-jieba.txt" "$work/out-jieba-rs.txt")
lines=$(wc -l < "$work/input.txt")

mb=$(python3 -c "import os; print(f'{os.path.getsize(\"$work/input.txt\") / 1e6:.2f}')")
{
  echo "Segmentation speed, $mb MB, precise mode with HMM, default dictionary; best of $runs runs; $(nproc) cores; $(date -u +%Y-%m-%d)."
  echo "Ratios are the other engine's time over rectify's (above 1: rectify is faster)."
  echo "Output: rectify differs from python3-jieba (the reference) on $differ_python of $lines lines; jieba-rs differs from it on $differ_rs."
  echo
  echo "| engine | whole process (ms) | load (ms) | cut alone (ms) | cut MB/s | whole-process ratio | cut ratio |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  for engine in "${order[@]}"; do
    printf '| %s | %.0f | %s | %s | %.1f | %.2f | %.2f |\n' "$engine" "${wall[$engine]}" "${load[$engine]}" "${cut[$engine]}" \
      "$(echo "$mb / (${cut[$engine]} / 1000)" | bc -l)" "$(echo "${wall[$engine]} / ${wall[rectify]}" | bc -l)" "$(echo "${cut[$engine]} / ${cut[rectify]}" | bc -l)"
  done
} | tee "$here/../results/segment-speed.md"
[ "$differ_python" -eq 0 ] || { echo "rectify's output differs from the reference"; exit 1; }
