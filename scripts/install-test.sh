#!/usr/bin/env bash
# Installs rectify the two ways a user gets it and runs it from a folder outside the checkout:
#   1. as a .NET tool: dotnet pack → dotnet tool install --tool-path <tmp> --add-source <the .nupkg's folder>
#   2. as a self-contained single file for linux-x64: dotnet publish -r linux-x64 --self-contained -p:PublishSingleFile=true
# Each: rectify --version, rectify analyze on the sample pair, rectify analyze --help (in Chinese).
# When the tool installed is the native one (RectifyNlp.Cli.linux-x64 packed with clang present: the native rectify and
# the framework-dependent build in fd/), also every command it hands over, from the installed tool: train --help,
# evaluate --part all and idf (in the checkout: they work on its corpus), batch on two of corpus/pairs' units, serve
# (started, one analysis posted and fetched, stopped), segment --engine jieba-net; and analyze --json, checklist,
# parse --json and segment from the native program byte for byte the same as from fd/rectify.dll.
# Usage: bash scripts/install-test.sh [tool|single-file|all|installed]   (default all). Exit 0 when every check passes.
#   installed   no packing: checks the tool already installed with dotnet tool install --tool-path DIR, DIR given
#               in RECTIFY_TOOL_PATH.
# RECTIFY_INSTALL_TEST_KEEP=DIR keeps the packages the tool check packed (copied into DIR) for later use.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
what=${1:-all}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
unset RECTIFY_MODELS

work=$(mktemp -d /tmp/rectify-install-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
# The documents to analyse, in a folder of their own under /tmp: nothing above it is a checkout.
mkdir -p "$work/data"
cp "$repo/corpus/samples/feedback-opinion.txt" "$repo/corpus/samples/rectification-report.txt" "$work/data/"

failed=0
check() { # check NAME COMMAND... : runs the command in /tmp, keeps its output in $out
  local name=$1; shift
  if out=$(cd /tmp && "$@" 2>&1); then echo "ok    $name"; else echo "FAIL  $name (exit $?)"; echo "$out" | head -20; failed=1; fi
}
expect() { # expect NAME TEXT : the last command's output contains TEXT
  if grep -qF -- "$2" <<<"$out"; then echo "ok    $1"; else echo "FAIL  $1: output lacks “$2”"; echo "$out" | head -20; failed=1; fi
}
run_all() { # run_all RECTIFY
  local rectify=$1
  check "rectify --version" "$rectify" --version
  expect "--version prints a version" "."
  echo "      $out"
  check "rectify analyze (from /tmp)" "$rectify" analyze --feedback "$work/data/feedback-opinion.txt" --report "$work/data/rectification-report.txt"
  expect "analyze covers the sample's problems" "覆盖：反馈问题 9 个，已对应整改措施 9 个（100%）"
  expect "analyze names categories in Chinese" "[中央八项规定精神与四风]"
  expect "analyze finds the sample's gap" "[中] 未明确责任领导或责任部门 I8 M10"
  check "rectify analyze --help" "$rectify" analyze --help
  expect "analyze --help is in Chinese" "要审读的整改报告"
}

same() { # same NAME FILE1 FILE2 : the two outputs are byte for byte equal
  if cmp -s "$2" "$3"; then echo "ok    $1"; else echo "FAIL  $1: outputs differ"; diff "$2" "$3" | head -10 || true; failed=1; fi
}
native_checks() { # native_checks RECTIFY : the native tool's own commands against fd/, and the commands it hands over
  local rectify=$1 fd
  fd=$(find "$(dirname "$rectify")/.store" -path '*/linux-x64/fd/rectify.dll' | head -1)
  if [ -z "$fd" ]; then
    # With clang on the machine the pack makes the native tool; without, the ReadyToRun one, and there is nothing to hand over.
    if command -v clang >/dev/null || ls /usr/bin/clang-1[4-9] >/dev/null 2>&1; then echo "FAIL  clang is here but the tool installed is not the native one (no fd/rectify.dll)"; failed=1
    else echo "      (no clang: the tool installed is the ReadyToRun one; hand-over not checked)"; fi
    return
  fi
  local tooldir; tooldir=$(dirname "$(dirname "$fd")")
  if [ "$(head -c 4 "$tooldir/rectify" | tail -c 3)" = ELF ] && [ ! -e "$tooldir/rectify.dll" ]; then echo "ok    the tool's rectify is a native program, fd/ beside it"; else echo "FAIL  the tool's rectify is not native"; failed=1; fi
  local f=$work/data/feedback-opinion.txt r=$work/data/rectification-report.txt n=$work/native fdout=$work/fd
  mkdir -p "$n" "$fdout"
  (cd /tmp && "$rectify" analyze --feedback "$f" --report "$r" --json >"$n/analyze.json" 2>&1; "$rectify" analyze --feedback "$f" --report "$r" >"$n/analyze.txt" 2>&1
   "$rectify" analyze --feedback "$f" --report "$r" --html "$n/page.html" >/dev/null 2>&1; "$rectify" parse "$r" --json >"$n/parse.json" 2>&1
   "$rectify" segment "$r" >"$n/segment.txt" 2>&1; "$rectify" keywords "$r" >"$n/keywords.txt" 2>&1
   "$rectify" checklist --feedback "$f" --report "$r" -o "$n/checklist.md" >/dev/null 2>&1
   "$rectify" checklist --feedback "$f" --report "$r" -o "$n/checklist.docx" >/dev/null 2>&1)
  (cd /tmp && dotnet "$fd" analyze --feedback "$f" --report "$r" --json >"$fdout/analyze.json" 2>&1; dotnet "$fd" analyze --feedback "$f" --report "$r" >"$fdout/analyze.txt" 2>&1
   dotnet "$fd" analyze --feedback "$f" --report "$r" --html "$fdout/page.html" >/dev/null 2>&1; dotnet "$fd" parse "$r" --json >"$fdout/parse.json" 2>&1
   dotnet "$fd" segment "$r" >"$fdout/segment.txt" 2>&1; dotnet "$fd" keywords "$r" >"$fdout/keywords.txt" 2>&1
   dotnet "$fd" checklist --feedback "$f" --report "$r" -o "$fdout/checklist.md" >/dev/null 2>&1)
  for o in analyze.json analyze.txt page.html parse.json segment.txt keywords.txt checklist.md; do same "native $o = fd/rectify.dll's" "$n/$o" "$fdout/$o"; done
  if [ -s "$n/checklist.docx" ]; then echo "ok    native checklist .docx written"; else echo "FAIL  native checklist .docx"; failed=1; fi

  # Handed over to fd/rectify.dll: the same arguments, streams and exit code.
  check "rectify train --help (handed over)" "$rectify" train --help
  expect "train --help is train's, in Chinese" "不训练，只从现有的 .zip 模型导出"
  check "rectify segment --engine jieba-net (handed over)" "$rectify" segment "$r" --engine jieba-net
  expect "jieba.NET's engine segments" "整改"
  set +e; out=$(cd /tmp && "$rectify" evaluate --part nonsense 2>&1); code=$?; set -e
  if [ $code -eq 2 ]; then echo "ok    a usage error in a handed-over command exits 2"; else echo "FAIL  evaluate --part nonsense exit $code"; echo "$out" | head -5; failed=1; fi
  if out=$(cd "$repo" && "$rectify" evaluate --part all 2>&1); then echo "ok    rectify evaluate --part all (handed over, in the checkout)"; else echo "FAIL  evaluate --part all"; echo "$out" | tail -20; failed=1; fi
  expect "evaluate prints its table" "gap"
  if out=$(cd "$repo" && "$rectify" idf -o "$work/idf.txt" 2>&1) && [ -s "$work/idf.txt" ]; then echo "ok    rectify idf -o (handed over, in the checkout)"; else echo "FAIL  idf"; echo "$out" | tail -20; failed=1; fi
  mkdir -p "$work/batch-in/2024-1"
  cp -r "$repo/corpus/pairs/2024-1/qingshan" "$repo/corpus/pairs/2024-1/baihe" "$work/batch-in/2024-1/"
  check "rectify batch (handed over, two units)" "$rectify" batch "$work/batch-in" -o "$work/batch-out"
  if [ -s "$work/batch-out/summary.json" ] && [ -s "$work/batch-out/index.html" ] && grep -q "qingshan" "$work/batch-out/summary.json"; then echo "ok    batch wrote summary.json and index.html"; else echo "FAIL  batch output"; ls "$work/batch-out" 2>&1 || true; failed=1; fi
  check "rectify search (handed over)" "$rectify" search 坐收坐支 --store "$work/batch-out/rectify.db"
  expect "search finds the unit" "qingshan"

  local port=$((20000 + RANDOM % 20000)) pid job
  (cd /tmp && exec "$rectify" serve --urls "http://127.0.0.1:$port" --data "$work/serve-data" >"$work/serve.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break; sleep 0.5; done
  if out=$(curl -sf "http://127.0.0.1:$port/api/health"); then echo "ok    rectify serve (handed over) answers: $out"; else echo "FAIL  serve did not start"; head -20 "$work/serve.log" || true; failed=1; fi
  job=$( (curl -sf -F "report=@$r" -F "feedback=@$f" "http://127.0.0.1:$port/api/analyses" || true) | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
  out=""
  for _ in $(seq 1 120); do out=$(curl -sf "http://127.0.0.1:$port/api/analyses/$job" || true); grep -q '"problems"' <<<"$out" && break; sleep 0.5; done
  expect "serve analysed the posted pair (job $job)" "区卫生健康局"
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
}

if [ "$what" = all ] || [ "$what" = tool ]; then
  echo "== .NET tool"
  dotnet pack src/RectifyNlp.Cli -c Release -o "$work/nupkg" --nologo -v quiet
  ls -s "$work/nupkg"
  if [ -n "${RECTIFY_INSTALL_TEST_KEEP:-}" ]; then mkdir -p "$RECTIFY_INSTALL_TEST_KEEP"; cp "$work"/nupkg/*.nupkg "$RECTIFY_INSTALL_TEST_KEEP/"; fi
  dotnet tool install --tool-path "$work/tool" --add-source "$work/nupkg" RectifyNlp.Cli
  run_all "$work/tool/rectify"
  native_checks "$work/tool/rectify"
fi

if [ "$what" = installed ]; then
  echo "== the tool installed in ${RECTIFY_TOOL_PATH:?RECTIFY_TOOL_PATH names the --tool-path folder}"
  run_all "$RECTIFY_TOOL_PATH/rectify"
  native_checks "$RECTIFY_TOOL_PATH/rectify"
fi

if [ "$what" = all ] || [ "$what" = single-file ]; then
  echo "== self-contained single file (linux-x64)"
  dotnet publish src/RectifyNlp.Cli -c Release -r linux-x64 --self-contained -p:PublishSingleFile=true \
    -p:IncludeNativeLibrariesForSelfExtract=true -p:DebugType=embedded -o "$work/single" --nologo -v quiet
  ls "$work/single"; du -sh "$work/single/rectify"
  # Self-contained: the runtime is inside, nothing of the installed .NET is used.
  run_all "$work/single/rectify"
fi

if [ $failed -ne 0 ]; then echo "install test: FAILED"; exit 1; fi
echo "install test: passed"
