#!/usr/bin/env bash
# Installs rectify the two ways a user gets it and runs it from a folder outside the checkout:
#   1. as a .NET tool: dotnet pack → dotnet tool install --tool-path <tmp> --add-source <the .nupkg's folder>
#   2. as a self-contained single file for linux-x64: dotnet publish -r linux-x64 --self-contained -p:PublishSingleFile=true
# Each: rectify --version, rectify analyze on the sample pair, rectify analyze --help (in Chinese).
# Usage: bash scripts/install-test.sh [tool|single-file|all]   (default all). Exit 0 when every check passes.
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

if [ "$what" = all ] || [ "$what" = tool ]; then
  echo "== .NET tool"
  dotnet pack src/RectifyNlp.Cli -c Release -o "$work/nupkg" --nologo -v quiet
  ls -s "$work/nupkg"
  dotnet tool install --tool-path "$work/tool" --add-source "$work/nupkg" RectifyNlp.Cli
  run_all "$work/tool/rectify"
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
