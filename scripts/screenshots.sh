#!/usr/bin/env bash
# Makes the README's screenshots under docs/screenshots/ from the real program:
#   serve-page.png  the web page after 定位原文 (BrowserTests in Debian's Chromium, the qingshan pair)
#   serve-batch.png the page's batch section with past batches (BrowserTests)
#   dashboard.png   rectify batch's index.html over three reports (DashboardBrowserTests)
#   checklist-gongwen.png / checklist-excel.png  the first page of `rectify checklist` as Word (--layout gongwen) and
#                   as Excel on the qingshan pair, rendered by LibreOffice to PDF and by pdftoppm to PNG
# Usage: bash scripts/screenshots.sh   (needs chromium, soffice with Calc and Writer, pdftoppm; builds what it runs)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
out="$repo/docs/screenshots"
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet test tests/RectifyNlp.Server.Tests --filter "FullyQualifiedName~BrowserTests.An_inspector_uploads|FullyQualifiedName~BrowserTests.An_analyst_runs_a_batch" >/dev/null
dotnet test tests/RectifyNlp.Cli.Tests --filter "FullyQualifiedName~DashboardBrowserTests" >/dev/null
cp tests/RectifyNlp.Server.Tests/TestResults/serve-page.png tests/RectifyNlp.Server.Tests/TestResults/serve-batch.png "$out/"
cp tests/RectifyNlp.Cli.Tests/TestResults/dashboard.png "$out/"

work=$(mktemp -d /tmp/rectify-screenshots.XXXXXX)
trap 'rm -rf "$work"' EXIT
pair="$repo/corpus/pairs/2024-1/qingshan"
rectify=(dotnet "$repo/src/RectifyNlp.Cli/bin/Debug/net10.0/rectify.dll")
"${rectify[@]}" checklist --feedback "$pair/feedback.txt" --report "$pair/report.txt" -o "$work/checklist-gongwen.docx" --layout gongwen >/dev/null
"${rectify[@]}" checklist --feedback "$pair/feedback.txt" --report "$pair/report.txt" -o "$work/checklist-excel.xlsx" >/dev/null
soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to pdf --outdir "$work" "$work/checklist-gongwen.docx" "$work/checklist-excel.xlsx" >/dev/null 2>&1
# The Word page whole; the ledger's top, where its rows are (a landscape page, mostly white below four problems).
pdftoppm -r 80 -png -f 1 -l 1 -singlefile "$work/checklist-gongwen.pdf" "$out/checklist-gongwen"
pdftoppm -r 110 -png -f 1 -l 1 -x 0 -y 0 -W 1286 -H 400 -singlefile "$work/checklist-excel.pdf" "$out/checklist-excel"
ls -la "$out"
