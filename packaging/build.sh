#!/usr/bin/env bash
# Builds TowerLab's installers on the operating system it runs on, from the repository root:
#   Linux:   build/packaging/TowerLab (app-image) + .deb (+ .rpm when rpmbuild is present)
#   macOS:   app-image + .dmg + .pkg
#   Windows: app-image + .msi + .exe (needs WiX 3 on PATH; run in Git Bash)
# Each with a trimmed Java runtime (jlink, modules in jpackage/modules.txt) and the PyTorch CPU natives,
# which the app unpacks into its own cache folder on the first start, offline.
#
# Usage: packaging/build.sh [--app-image-only] [--skip-maven] [--gpu] [--libtorch DIR [--flavor cu128]]
#   --app-image-only  stop after the app-image (what the smoke test needs)
#   --skip-maven      use app/target/towerlab.jar and app/target/lib as they are
#   --gpu             the CUDA variant: Maven profile -Pcuda (CUDA natives jar from Maven Central)
#   --libtorch DIR    the CUDA variant from a libtorch folder (DIR/lib holds libtorch*): bundled and
#                     used through DJL's PYTORCH_LIBRARY_PATH, PYTORCH_FLAVOR, PYTORCH_VERSION
# Environment: MAVEN_ARGS (e.g. "-o" to build offline), JAVA_HOME (a JDK 17 with jpackage and jlink).
set -euo pipefail
cd "$(dirname "$0")/.."

image_only=false; skip_maven=false; gpu=false; libtorch=""; flavor=cu128
while [ $# -gt 0 ]; do
  case "$1" in
    --app-image-only) image_only=true ;;
    --skip-maven) skip_maven=true ;;
    --gpu) gpu=true ;;
    --libtorch) libtorch="$(cd "${2:?--libtorch needs a folder}" && pwd)"; shift ;;
    --flavor) flavor="${2:?--flavor needs a value such as cu128}"; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "error: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) echo "error: unsupported system $(uname -s)" >&2; exit 2 ;;
esac
bin="${JAVA_HOME:+$JAVA_HOME/bin/}"
version="$(sed -n 's|^  <version>\([0-9.]*\).*</version>|\1|p' pom.xml | head -1)"
name=TowerLab; package=towerlab; profile=""
if $gpu || [ -n "$libtorch" ]; then name=TowerLab-CUDA; package=towerlab-cuda; fi
if $gpu; then profile="-Pcuda"; fi
out=build/packaging
started=$SECONDS

if ! $skip_maven; then
  echo "== building the jar (mvn package ${profile})"
  # shellcheck disable=SC2086
  mvn -B -q -DskipTests ${MAVEN_ARGS:-} $profile package
fi
[ -f app/target/towerlab.jar ] || { echo "error: app/target/towerlab.jar is missing: run without --skip-maven" >&2; exit 1; }

echo "== staging the app's files"
rm -rf "$out"
mkdir -p "$out/input/lib" "$out/input/experiments"
cp app/target/towerlab.jar "$out/input/"
cp app/target/lib/*.jar "$out/input/lib/"
cp -R sample-data "$out/input/sample-data"
cp experiments/*.json "$out/input/experiments/"
options=()
if [ -n "$libtorch" ]; then
  cp -R "$libtorch" "$out/input/libtorch"
  pyver="$(sed -n 's|.*<pytorch.version>\(.*\)</pytorch.version>.*|\1|p' pom.xml | head -1)"
  options+=(--java-options "-DPYTORCH_LIBRARY_PATH=\$APPDIR/libtorch/lib" --java-options "-DPYTORCH_FLAVOR=$flavor"
            --java-options "-DPYTORCH_VERSION=$pyver")
fi

echo "== trimming the Java runtime (jlink)"
"${bin}jlink" --add-modules "$(tr -d '[:space:]' < packaging/jpackage/modules.txt)" --strip-debug --no-header-files \
  --no-man-pages --compress=2 --output "$out/runtime"

echo "== app-image"
"${bin}jpackage" --type app-image --name "$name" --app-version "$version" --dest "$out" --input "$out/input" \
  --runtime-image "$out/runtime" @packaging/jpackage/app-image.args "@packaging/jpackage/$os-app-image.args" \
  ${options[@]+"${options[@]}"}
case "$os" in
  macos) image="$out/$name.app" ;;
  *) image="$out/$name" ;;
esac
echo "app-image: $image ($(du -sh "$image" | cut -f1))"
$image_only && exit 0

installer() { # TYPE [extra jpackage options]
  local type="$1"; shift
  echo "== $type"
  "${bin}jpackage" --type "$type" --name "$name" --app-version "$version" --app-image "$image" \
    --dest "$out/installers" @packaging/jpackage/installer.args "@packaging/jpackage/$os-installer.args" "$@"
}
case "$os" in
  linux)
    # jpackage's own desktop entry has no %F, so a double-clicked file would not reach the app: use ours.
    mkdir -p "$out/resources"
    sed -e "s|TOWERLAB_LAUNCHER|/opt/$package/bin/$name|" -e "s|^Icon=.*|Icon=/opt/$package/lib/$name.png|" \
      packaging/linux/towerlab.desktop > "$out/resources/$name.desktop"
    set -- --resource-dir "$out/resources"
    if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
      installer deb --linux-package-name "$package" --linux-package-deps libgtk-3-0 "$@"
    else
      echo "note: dpkg-deb or fakeroot is missing: no .deb" >&2
    fi
    if command -v rpmbuild >/dev/null; then
      installer rpm --linux-package-name "$package" --linux-package-deps gtk3 "$@"
    else
      echo "note: rpmbuild is missing: no .rpm" >&2
    fi ;;
  macos) installer dmg; installer pkg ;;
  windows) installer msi; installer exe ;;
esac
ls -l "$out/installers"
echo "done in $((SECONDS - started)) s"
