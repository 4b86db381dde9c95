#!/bin/sh
# Renders the provincial sample against five lower plans as HTML and runs
# browser_test.mjs on it. Screenshots go to OUT_DIR (desktop.png, phone.png,
# filtered.png) and the printed PDF to OUT_DIR/report.pdf.
# Usage: run_browser_test.sh VNPLAN SOURCE_DIR OUT_DIR
set -eu
vnplan=$1 src=$2 out=$3
command -v chromium >/dev/null 2>&1 || { echo "chromium not installed: skipped"; exit 77; }
command -v node >/dev/null 2>&1 || { echo "node not installed: skipped"; exit 77; }
mkdir -p "$out"
s=$src/samples
"$vnplan" coverage --quiet --format html -o "$out/report.html" "$s/ubnd-2026-par-sipas.docx" \
    "$s/sngv-2024-par-sipas-papi.docx" "$s/sngv-2025-khac-phuc.docx" "$s/sngv-2026-chi-so.docx" \
    "$s/stp-hagiang-2026-handmade.docx" "$s/ubnd-2026-par-sipas.docx"
# node 20 has WebSocket behind a flag; later versions have it on
flag=
node -e 'process.exit(typeof WebSocket === "function" ? 0 : 1)' 2>/dev/null || flag=--experimental-websocket
exec node $flag --no-warnings "$src/tests/browser/browser_test.mjs" "$out/report.html" "$out"
