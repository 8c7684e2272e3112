#!/usr/bin/env bash
# Renders every icon the installers need from the one source image, towerlab.svg:
#   generated/towerlab-<N>.png  (16 … 1024 px: Linux hicolor sizes, the window icon, the Windows/macOS sets)
#   generated/towerlab.png      (256 px: the Linux launcher icon jpackage takes)
#   generated/towerlab.ico      (Windows: 16, 24, 32, 48, 64, 128, 256 px in one file)
#   generated/towerlab.icns     (macOS: 16 … 1024 px), when png2icns (icnsutils) is available
# Needs rsvg-convert (librsvg2-bin) and ImageMagick; on Debian/Ubuntu as root it installs them.
set -euo pipefail
cd "$(dirname "$0")"
need() {
  command -v "$1" >/dev/null 2>&1 && return 0
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get install -y -qq "$2" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }
  fi
  command -v "$1" >/dev/null 2>&1
}
need rsvg-convert librsvg2-bin || { echo "error: rsvg-convert is missing: install librsvg2-bin (Debian) or librsvg (Homebrew)" >&2; exit 1; }
need convert imagemagick || { echo "error: ImageMagick (convert) is missing" >&2; exit 1; }
mkdir -p generated
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" towerlab.svg -o "generated/towerlab-$size.png"
done
cp generated/towerlab-256.png generated/towerlab.png
convert generated/towerlab-{16,24,32,48,64,128,256}.png generated/towerlab.ico
if need png2icns icnsutils; then
  png2icns generated/towerlab.icns generated/towerlab-{16,32,48,128,256,512,1024}.png >/dev/null
else
  echo "note: png2icns (icnsutils) is missing: generated/towerlab.icns not rebuilt" >&2
fi
ls -l generated
