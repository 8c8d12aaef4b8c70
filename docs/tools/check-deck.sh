#!/usr/bin/env bash
# Looks at the PowerPoint decks as their readers would (issue 14): writes each sample's deck with
# `tokenfactory deck`, checks that every chart is a native chart part (ppt/charts/chartN.xml), converts the deck with
# LibreOffice Impress headless to PDF and each slide to a PNG, for a person to look at.
#   docs/tools/check-deck.sh [OUT_DIR]        (default: target/deck-check)
# Needs: soffice (apt-get install libreoffice-impress), pdftoppm (poppler-utils), unzip.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$root/target/deck-check}"
mkdir -p "$out"
command -v soffice >/dev/null || { echo "soffice is missing: apt-get install libreoffice-impress" >&2; exit 1; }
command -v pdftoppm >/dev/null || { echo "pdftoppm is missing: apt-get install poppler-utils" >&2; exit 1; }
for plan in "$root"/samples/plans/*.tokenplan; do
  name="$(basename "$plan" .tokenplan)"
  deck="$out/$name.pptx"
  "$root/tokenfactory" deck "$plan" --out "$deck" --date 2026-12-07
  charts="$(unzip -l "$deck" | grep -cE 'ppt/charts/chart[0-9]+\.xml$' || true)"
  echo "$name: $charts native chart parts"
  [ "$charts" -ge 6 ] || { echo "$name: expected a chart part per chart slide" >&2; exit 1; }
  soffice --headless --convert-to pdf --outdir "$out" "$deck" >/dev/null 2>&1
  [ -s "$out/$name.pdf" ] || { echo "$name: LibreOffice could not convert the deck" >&2; exit 1; }
  pdftoppm -png -r 60 "$out/$name.pdf" "$out/$name-slide"
  echo "$name: $(ls "$out/$name"-slide-*.png | wc -l) slides rendered to $out/$name-slide-*.png"
done
