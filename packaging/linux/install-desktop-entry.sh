#!/usr/bin/env bash
# Registers an unpacked TowerLab app-image with the desktop for the current user: the menu entry,
# the icon at every size, and TowerLab's file types (double-click opens them in TowerLab).
# Usage: packaging/linux/install-desktop-entry.sh PATH/TO/TowerLab   (the app-image folder)
# The .deb and .rpm do this themselves; this is for the app-image (e.g. copied to a lab machine).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
image="$(cd "${1:?usage: $0 PATH/TO/TowerLab-app-image}" && pwd)"
launcher="$image/bin/TowerLab"
[ -x "$launcher" ] || { echo "error: $launcher is not an executable launcher" >&2; exit 1; }
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$data/applications" "$data/mime/packages"
for png in "$here"/../icons/generated/towerlab-*.png; do
  size="$(basename "$png" .png)"; size="${size#towerlab-}"
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$data/icons/hicolor/${size}x${size}/apps/towerlab.png"
done
sed "s|TOWERLAB_LAUNCHER|\"$launcher\"|" "$here/towerlab.desktop" > "$data/applications/towerlab.desktop"
cp "$here/towerlab-mime.xml" "$data/mime/packages/towerlab.xml"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v xdg-mime >/dev/null && xdg-mime default towerlab.desktop application/x-towerlab-run application/x-towerlab-lesson || true
echo "TowerLab is in the applications menu; .towerlab-run and .towerlab-lesson files open in it."
