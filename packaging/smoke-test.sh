#!/usr/bin/env bash
# Smoke test of the installed app: builds the app-image (trimmed runtime, bundled CPU natives), then,
# as a user with an empty home folder and (where possible) no network at all:
#   1. the launcher runs a headless command: trains the shipped movies-small FPS spec for one epoch;
#      the PyTorch natives must be unpacked into the app's own cache folder, not ~/.djl.ai;
#   2. the desktop app starts under Xvfb (offline mode on, but with the network namespace, see below), loads the shipped sample data and trains one epoch
#      (it reports both through -Dtowerlab.readyFile), and a second launch hands its file over to
#      the running one instead of starting another.
# Prints the first-start and warm-start times and the app-image size. Run from anywhere, after
# `mvn package` (or pass --build to build the jar too). CI runs it through .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
build_jar=false; build_image=true
case "${1:-}" in
  --build) build_jar=true ;;           # also build the jar (mvn package)
  --reuse-image) build_image=false ;;  # test build/packaging/TowerLab as it is
esac

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  missing=()
  command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
  [ -e /usr/lib/x86_64-linux-gnu/libgtk-3.so.0 ] || [ -e /usr/lib/aarch64-linux-gnu/libgtk-3.so.0 ] || missing+=(libgtk-3-0)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

if $build_jar; then packaging/build.sh --app-image-only
elif $build_image; then packaging/build.sh --app-image-only --skip-maven; fi
image="$PWD/build/packaging/TowerLab"
launcher="$image/bin/TowerLab"
home="$(mktemp -d)"
desktop_pid=""
cleanup() {
  if [ -n "$desktop_pid" ]; then kill "$desktop_pid" 2>/dev/null || true; fi
  rm -rf "$home"
}
trap cleanup EXIT
# Java takes the home folder from user.home, not $HOME; the XDG variables would override it.
unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME
export JAVA_TOOL_OPTIONS="-Duser.home=$home"
offline=()
if unshare -n true 2>/dev/null; then offline=(unshare -n); fi
echo "== network: ${offline[*]:-available (unshare -n is not permitted here)}"

train() {
  "${offline[@]}" "$launcher" train "$image/lib/app/experiments/movies-small-fps.json" --set training.epochs=1 \
    --store "$home/runs" 2>&1
}
echo "== 1. headless training, first start (natives unpacked now)"
start=$(date +%s%N)
first="$(train)" || { echo "$first"; echo "FAIL: the headless command failed" >&2; exit 1; }
first_s=$(( ($(date +%s%N) - start) / 1000000 ))
echo "$first" | grep -E "^(training on|completed after)" || true
echo "$first" | grep -q "completed after 1 epochs" || { echo "$first"; echo "FAIL: no epoch completed" >&2; exit 1; }
natives="$(find "$home/.cache/towerlab/djl" -name 'libtorch*' 2>/dev/null | head -1)"
[ -n "$natives" ] || { echo "FAIL: the natives were not unpacked into the app's cache folder" >&2; exit 1; }
[ ! -e "$home/.djl.ai" ] || { echo "FAIL: the natives went to the global ~/.djl.ai" >&2; exit 1; }
echo "natives unpacked in the app's cache: $(du -sh "$home/.cache/towerlab/djl" | cut -f1)"
start=$(date +%s%N)
train >/dev/null || { echo "FAIL: the second headless start failed" >&2; exit 1; }
warm_s=$(( ($(date +%s%N) - start) / 1000000 ))

echo "== 2. desktop app under Xvfb"
if ! command -v xvfb-run >/dev/null; then
  echo "SKIPPED: xvfb-run is not installed (apt-get install xvfb libgtk-3-0)"
  [ "${CI:-}" != true ] || { echo "FAIL: CI must run the desktop part" >&2; exit 1; }
else
  ready="$home/ready.txt"
  export JAVA_TOOL_OPTIONS="-Duser.home=$home -Dtowerlab.readyFile=$ready -Dprism.order=sw"
  start=$(date +%s%N)
  # With network: X clients reach Xvfb through an abstract socket, which a new network namespace hides.
  xvfb-run -a -s "-screen 0 1480x922x24" "$launcher" --start=training.epochs=1 \
    > "$home/desktop.log" 2>&1 &
  desktop_pid=$!
  for _ in $(seq 1 300); do
    grep -q "^first result" "$ready" 2>/dev/null && break
    kill -0 "$desktop_pid" 2>/dev/null || break
    sleep 1
  done
  desktop_s=$(( ($(date +%s%N) - start) / 1000000 ))
  cat "$ready" 2>/dev/null || true
  grep -q "^dataset movies-small" "$ready" 2>/dev/null || { cat "$home/desktop.log"; echo "FAIL: the desktop app did not load the sample data" >&2; exit 1; }
  grep -q "^first result" "$ready" || { cat "$home/desktop.log"; echo "FAIL: the desktop app did not finish a run" >&2; exit 1; }
  lesson="$home/intro.towerlab-lesson"
  echo "{}" > "$lesson"
  second="$("$launcher" "$lesson" 2>&1)" || { echo "$second"; echo "FAIL: the second launch failed" >&2; exit 1; }
  echo "$second" | grep -q "already running" || { echo "$second"; echo "FAIL: the second launch did not hand its file over" >&2; exit 1; }
  echo "second launch: $(echo "$second" | grep "already running")"
fi

echo "== figures"
echo "app-image size:                 $(du -sh "$image" | cut -f1)"
echo "headless, first start (1 epoch): $((first_s / 1000)) s (unpacks the natives)"
echo "headless, warm start (1 epoch):  $((warm_s / 1000)) s"
[ -z "${desktop_s:-}" ] || echo "desktop, first result (1 epoch): $((desktop_s / 1000)) s"
echo "smoke test passed"
