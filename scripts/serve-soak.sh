#!/usr/bin/env bash
# Soak: two (or N) `rectify serve` instances over one PostgreSQL under a steady load for ten minutes (or SECONDS),
# the resident memory of each sampled as it goes; prints the samples as a table and, per instance, its RSS after the
# first minute, its highest and its last, and how much it grew over the second half (a leak grows steadily; a heap
# that has found its size does not). A script, not a CI test:
#
#   scripts/serve-soak.sh [SECONDS] [INSTANCES]          (default 600 and 2)
#
# The load, all through the HTTP API: four clients each uploading the sample pair to the instances in turn and polling
# it until done, then downloading its checklist (rendered on first download) from the other instance and deleting it;
# one client submitting a batch of the corpus's 2024-1 round (10 units, divided into unit jobs that both instances
# take), searching its documents from the other instance, and deleting it. Every job must end done: a failed one is
# counted and printed. PostgreSQL as the tests use it (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE; default the
# rectify/rectify_test of .ci/run), in a schema of its own that is dropped at the end. Release build of the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
instances=${2:-2}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-rectify} PGPASSWORD=${PGPASSWORD:-rectify} PGDATABASE=${PGDATABASE:-rectify_test}
schema="soak_$(date +%s)"
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql -qc "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build src/RectifyNlp.Cli -c Release -v q -nologo >/dev/null || { echo "build failed" >&2; exit 1; }
target=$(dotnet msbuild src/RectifyNlp.Cli -getProperty:TargetPath -p:Configuration=Release)
psql -qc "CREATE SCHEMA $schema" >/dev/null
store="Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Password=$PGPASSWORD;Database=$PGDATABASE;Search Path=$schema"

# The instances, each on a port of its own with a data folder of its own.
urls=()
for i in $(seq 1 "$instances"); do
  port=$((5180 + i))
  mkdir -p "$work/data$i"
  # INSTANCE<i>_ENV (say INSTANCE1_ENV=MALLOC_ARENA_MAX=2): environment for that instance alone, to compare side by side.
  extra_env=INSTANCE${i}_ENV
  env ${!extra_env:-} RECTIFY_STORE="$store" dotnet "$target" serve --urls "http://127.0.0.1:$port" --data "$work/data$i" --rate-limit 0 >"$work/serve$i.log" 2>&1 &
  pids+=($!)
  urls+=("http://127.0.0.1:$port")
done
for url in "${urls[@]}"; do
  for _ in $(seq 1 120); do curl -fs "$url/api/health" >/dev/null && break; sleep 1; done
  curl -fs "$url/api/health" >/dev/null || { echo "$url did not start; its log:" >&2; cat "$work"/serve*.log >&2; exit 1; }
done

# The batch: the corpus's first round as a zip of round/unit folders.
(cd corpus/pairs && zip -qr "$work/batch.zip" 2024-1 -x '*gold.json')

# Waits for a job at $1 (a URL) to end; prints its status (a failed one with its error).
wait_job() {
  local status
  for _ in $(seq 1 3000); do
    status=$(curl -fs "$1" | jq -r 'if .status == "failed" then "failed: " + (.error // "") else .status end') || status=error
    case "$status" in done|failed*|error) echo "$status"; return ;; esac
    sleep 0.2
  done
  echo timeout
}

end=$((SECONDS + seconds))
analysis_client() { # $1 client number
  local n=0 a b location status
  while [ $SECONDS -lt $end ]; do
    a=${urls[$(( (n + $1) % instances ))]}; b=${urls[$(( (n + $1 + 1) % instances ))]}
    location=$(curl -fs -F "report=@corpus/samples/rectification-report.txt" -F "feedback=@corpus/samples/feedback-opinion.txt" "$a/api/analyses" | jq -r .location) || location=""
    if [ -z "$location" ]; then echo "analysis upload-failed"; sleep 1; continue; fi
    status=$(wait_job "$b$location")
    [ "$status" = done ] && { curl -fs -o /dev/null "$b$location/checklist.docx" || status=download-failed; }
    echo "analysis $status"
    curl -fs -o /dev/null -X DELETE "$a$location" || true
    n=$((n + 1))
  done
}
batch_client() {
  local n=0 a b location status
  while [ $SECONDS -lt $end ]; do
    a=${urls[$((n % instances))]}; b=${urls[$(( (n + 1) % instances ))]}
    location=$(curl -fs -F "archive=@$work/batch.zip" "$a/api/batches" | jq -r .location) || location=""
    if [ -z "$location" ]; then echo "batch upload-failed"; sleep 1; continue; fi
    status=$(wait_job "$b$location")
    if [ "$status" = done ] && ! curl -fs "$b/api/batches/search?q=%E6%95%B4%E6%94%B9&limit=200" | jq -e --arg id "${location##*/}" 'any(.[]; .batch == $id)' >/dev/null; then
      status=search-missed
    fi
    echo "batch $status"
    curl -fs -o /dev/null -X DELETE "$a$location" || true
    n=$((n + 1))
  done
}

touch "$work/outcomes"
clients=()
for c in 1 2 3 4; do analysis_client "$c" >>"$work/outcomes" & clients+=($!); done
batch_client >>"$work/outcomes" & clients+=($!)

# RSS of each instance (kB, from /proc) every ten seconds, with the jobs ended so far. With dotnet-gcdump on the path
# (`dotnet tool install -g dotnet-gcdump`), also each instance's managed heap after a full collection every GCDUMP_EVERY
# seconds (default 120; 0: none): what is alive, which RSS (heap with its garbage, native memory) does not tell apart.
gcdump_every=${GCDUMP_EVERY:-120}
command -v dotnet-gcdump >/dev/null || gcdump_every=0
gcdump() { # $1 seconds so far
  local i=0 pid file
  for pid in "${pids[@]}"; do
    i=$((i + 1)); file="$work/heap$i-$1.gcdump"
    dotnet-gcdump collect -p "$pid" -o "$file" >/dev/null 2>&1 || continue
    dotnet-gcdump report "$file" >"$file.txt" 2>/dev/null || continue
    echo "$1 $i $(awk '/GC Heap bytes/ { gsub(",", "", $1); print $1 }' "$file.txt") $(awk '/GC Heap objects/ { gsub(",", "", $1); print $1 }' "$file.txt")" >>"$work/heap"
  done
}
# With dotnet-counters on the path, also what the runtime says of its collector every ten seconds: the memory the GC
# holds committed, and the heap at its last collection.
if command -v dotnet-counters >/dev/null; then
  i=0
  for pid in "${pids[@]}"; do
    i=$((i + 1))
    dotnet-counters collect -p "$pid" --format csv -o "$work/counters$i.csv" --refresh-interval 10 --counters System.Runtime \
      --duration "$(printf '00:%02d:%02d:%02d' $((seconds / 3600)) $((seconds % 3600 / 60)) $((seconds % 60)))" >/dev/null 2>&1 &
  done
fi
start=$SECONDS
next_dump=$((start + 60))
while [ $SECONDS -lt $end ]; do
  line="$((SECONDS - start))"; parts="$line"
  for pid in "${pids[@]}"; do
    line="$line $(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)"
    # RSS in two: anonymous memory (the GC's heap, native allocations) and pages of mapped files (the memory-mapped
    # segmentation dictionary, the assemblies), which are the files' own and bounded by their size.
    parts="$parts $(awk '/^RssAnon/ {a = $2} /^RssFile/ {f = $2} END {print a + 0, f + 0}' "/proc/$pid/status" 2>/dev/null || echo 0 0)"
  done
  echo "$line $(wc -l <"$work/outcomes")" >>"$work/rss"
  echo "$parts" >>"$work/parts"
  if [ "$gcdump_every" -gt 0 ] && [ $SECONDS -ge $next_dump ]; then gcdump "$((SECONDS - start))"; next_dump=$((SECONDS + gcdump_every)); fi
  sleep 10
done
[ "$gcdump_every" -gt 0 ] && gcdump "$((SECONDS - start))"
for client in "${clients[@]}"; do wait "$client" || true; done

for i in $(seq 1 "$instances"); do v=INSTANCE${i}_ENV; [ -n "${!v:-}" ] && echo "instance $i ran with ${!v}"; done
echo "soak: $seconds s, $instances instances over PostgreSQL ($(psql -tAc 'SHOW server_version')), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
echo "jobs: $(sort "$work/outcomes" | uniq -c | awk '{printf "%s%s %s × %s", sep, $2, $3, $1; sep=", "}')"
echo
header="| s |"; rule="|---|"
for i in $(seq 1 "$instances"); do header="$header instance $i RSS (MB) |"; rule="$rule---|"; done
echo "$header jobs ended |"; echo "$rule---|"
awk 'NR % 3 == 1 { printf "| %s |", $1; for (i = 2; i < NF; i++) printf " %.0f |", $i / 1024; printf " %s |\n", $NF }' "$work/rss"
echo
echo "| instance | RSS at 60 s (MB) | highest (MB) | last (MB) | growth over the second half |"
echo "|---|---|---|---|---|"
for i in $(seq 1 "$instances"); do
  awk -v col=$((i + 1)) -v name="$i" '
    { t[NR] = $1; r[NR] = $col; if ($col > max) max = $col }
    END {
      for (k = 1; k <= NR && t[k] < 60; k++) ; at60 = r[k <= NR ? k : NR]
      mid = r[int((NR + 1) / 2)]; last = r[NR]
      printf "| %s | %.0f | %.0f | %.0f | %+.1f%% |\n", name, at60 / 1024, max / 1024, last / 1024, (mid > 0 ? (last - mid) * 100 / mid : 0)
    }' "$work/rss"
done
echo
echo "RSS in parts, MB: anonymous (GC heap and native allocations) / mapped files; every sixth sample:"
echo
header="| s |"; rule="|---|"
for i in $(seq 1 "$instances"); do header="$header instance $i anon | instance $i files |"; rule="$rule---|---|"; done
echo "$header"; echo "$rule"
awk 'NR % 6 == 1 { printf "| %s |", $1; for (i = 2; i <= NF; i++) printf " %.0f |", $i / 1024; printf "\n" }' "$work/parts"
for i in $(seq 1 "$instances"); do
  [ -s "$work/counters$i.csv" ] || continue
  echo
  echo "Instance $i as the runtime counts it (dotnet-counters), MB, every minute: GC committed, heap at the last collection (all generations), working set:"
  echo
  echo "| time | GC committed | heap at last collection | working set |"; echo "|---|---|---|---|"
  awk -F, '
    { split($1, dt, " "); t = dt[2] }
    $3 ~ /^dotnet.gc.last_collection.memory.committed_size/ { c[t] = $5; ts[t] = 1 }
    $3 ~ /^dotnet.gc.last_collection.heap.size/ { h[t] += $5 }
    $3 ~ /^dotnet.process.memory.working_set/ { w[t] = $5 }
    END { for (k in ts) printf "| %s | %.0f | %.0f | %.0f |\n", k, c[k] / 1048576, h[k] / 1048576, w[k] / 1048576 }' "$work/counters$i.csv" | sort | awk 'NR % 6 == 1'
done
if [ -s "$work/heap" ]; then
  echo
  echo "Managed heap after a full collection (dotnet-gcdump), MB (objects):"
  echo
  header="| s |"; rule="|---|"
  for i in $(seq 1 "$instances"); do header="$header instance $i |"; rule="$rule---|"; done
  echo "$header"; echo "$rule"
  awk -v n="$instances" '{ t[$1] = 1; v[$1, $2] = sprintf("%.1f (%d)", $3 / 1048576, $4) } END { for (s in t) { printf "| %s |", s; for (i = 1; i <= n; i++) printf " %s |", v[s, i]; printf "\n" } }' "$work/heap" | sort -t'|' -k2 -n
  # The types that grew most in instance 1 between its first and its last dump.
  first=$(ls "$work"/heap1-*.gcdump.txt | sort -t- -k2 -n | head -1); last=$(ls "$work"/heap1-*.gcdump.txt | sort -t- -k2 -n | tail -1)
  echo
  echo "Instance 1, the types whose live bytes grew most from its first dump to its last:"
  echo
  echo "| type | first (bytes) | last (bytes) | growth |"; echo "|---|---|---|---|"
  awk 'FNR == 1 { f++ } $1 ~ /^[0-9,]+$/ && $2 ~ /^[0-9,]+$/ && NF >= 3 { b = $1; gsub(",", "", b); name = $3; for (k = 4; k <= NF; k++) name = name " " $k; if (f == 1) a[name] += b; else z[name] += b }
    END { for (k in z) if (z[k] - a[k] > 0) printf "%d\t| %s | %d | %d | %+d |\n", z[k] - a[k], k, a[k], z[k], z[k] - a[k] }' "$first" "$last" | sort -rn | head -12 | cut -f2-
fi
if grep -qv ' done$' "$work/outcomes"; then
  echo; echo "jobs that did not end done:"; grep -v ' done$' "$work/outcomes" | sort | uniq -c
  echo; echo "what the instances logged as failures (first lines):"; grep -h -i -E "fail|error|exception" "$work"/serve*.log | cut -c1-300 | head -20
  exit 1
fi
