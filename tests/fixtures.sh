#!/usr/bin/env bash
# Rewrites tests/RectifyNlp.Ingestion.Tests/Fixtures from corpus/samples: GB18030 and UTF-16 copies,
# .docx (Word numbering, heading styles, header/footer, a table), .pdf through LibreOffice, a scanned
# page (pdftoppm image, no text layer), a password-protected PDF and a zip bomb.
# Needs: libreoffice-writer-nogui fonts-noto-cjk poppler-utils. Review the diff before committing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet run --project "$root/tests/RectifyNlp.FixtureWriter" -- "$root"
