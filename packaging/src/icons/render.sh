#!/usr/bin/env bash
# Renders the icons' SVG sources (this folder) into the images the installers use (../jpackage/icons):
#   NAME.png   256 px, Linux (menu entry, file type icon)
#   NAME.ico   16-256 px, Windows
#   NAME.icns  16-1024 px, macOS
# and the app's own window icons (32, 64 and 256 px) into app/src/main/resources/com/tokenfactory/app/gui/icons.
# The generated images are committed; run this after changing an SVG.
# Needs: apt-get install librsvg2-bin imagemagick icnsutils
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../jpackage/icons"
app="$here/../../../app/src/main/resources/com/tokenfactory/app/gui/icons"
magick=/usr/bin/convert   # ImageMagick 6 on Debian 12; /usr/local/bin may hold a stand-in
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out" "$app"
for svg in "$here"/*.svg; do
  name="$(basename "$svg" .svg)"
  for s in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$s" -h "$s" "$svg" -o "$tmp/$name-$s.png"
  done
  cp "$tmp/$name-256.png" "$out/$name.png"
  "$magick" "$tmp/$name"-{16,24,32,48,64,128,256}.png "$out/$name.ico"
  png2icns "$out/$name.icns" "$tmp/$name"-{16,32,128,256,512,1024}.png >/dev/null
  if [ "$name" = token-factory-planner ]; then
    for s in 32 64 256; do cp "$tmp/$name-$s.png" "$app/window-$s.png"; done
  fi
  echo "$name: $(ls -l "$out/$name".{png,ico,icns} | awk '{printf "%s %s  ", $9, $5}')"
done
