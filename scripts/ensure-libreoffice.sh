#!/usr/bin/env bash
# The Word briefing test converts the .docx to PDF with LibreOffice (Debian's libreoffice-writer-nogui) and reads it
# back with poppler-utils (pdftotext, pdfinfo). Install them when we can (root with apt), otherwise stop and say how.
set -euo pipefail
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
{ command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1; } || missing+=(poppler-utils)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "== Installing ${missing[*]} for the Word briefing test (apt-get install)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 && exit 0
fi
echo "The Word briefing test needs LibreOffice (soffice) and poppler-utils (pdftotext, pdfinfo). Install them with:" >&2
echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
exit 1
