#!/bin/sh
# Rebuilds ../lower.docx (LibreOffice, from lower.html written by make_lower.py) and ../truth.tsv,
# then checks both prefix files against the documents. Needs soffice and python3-docx.
set -e
here=$(cd "$(dirname "$0")" && pwd)
export PYTHONDONTWRITEBYTECODE=1
PY=${PYTHON:-/usr/bin/python3}
"$PY" "$here/make_lower.py"
"$PY" "$here/../../tools/check_pair.py" "$here/.." "${VNPLAN_CORPUS:-$here/../../../../../../shared/corpus}"
