#!/usr/bin/env bash
# Takes real screenshots of the desktop app: starts it under Xvfb on each bundled sample, walks through the main
# screens with the keyboard and mouse (xdotool), and saves PNGs to docs/screenshots/app-*.png.
#
#   app/screenshots.sh            # all samples
#   app/screenshots.sh fungible-fleet
#
# Needs: apt-get install -y xvfb libgtk-3-0 imagemagick xdotool. Uses display :97 (SCREENSHOT_DISPLAY to change it)
# and a throwaway home folder, so the user's settings, recent files and autosaves are not touched.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/docs/screenshots"
display=":${SCREENSHOT_DISPLAY:-97}"
width=1600
height=1000
samples=("$@")
[ ${#samples[@]} -gt 0 ] || samples=(fungible-fleet capacity-crunch five-year-commitment)

for tool in Xvfb xdotool import convert; do
  command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing (apt-get install -y xvfb imagemagick xdotool)" >&2; exit 1; }
done
mkdir -p "$out"
(cd "$root" && ./mvnw -q -B -DskipTests package -pl app -am)
touch "$root/app/target/.launcher-stamp"

Xvfb "$display" -screen 0 "${width}x${height}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
export DISPLAY="$display"
sleep 1

# Window geometry (the window fills the screen; no window manager, so no title bar). Points below were read off
# screenshots at 1600 x 1000 and hold for every sample: the canvas's bottom-right corner is always empty (the
# build-out is fitted with a margin), the workloads table's first row and the scenario list's first item are fixed.
canvas_corner=(1190 735)
first_workload=(300 338)
first_scenario=(120 262)
show_all_series=(1527 233)

wait_for_window() {
  for _ in $(seq 1 120); do
    wid="$(xdotool search --name "Token Factory Planner" 2>/dev/null | head -1 || true)"
    [ -n "$wid" ] && return 0
    sleep 0.5
  done
  echo "screenshots: the app window did not appear" >&2
  return 1
}

shot() {
  sleep "${2:-1.5}"
  import -window root "/tmp/tf-shot.png"
  # 8-bit palette PNGs keep UI screenshots sharp at a fraction of the size
  convert "/tmp/tf-shot.png" -strip -colors 256 "PNG8:$out/app-$1.png"
  echo "  $out/app-$1.png ($(du -k "$out/app-$1.png" | cut -f1) KB)"
}

click() {
  xdotool mousemove "$1" "$2" click 1
}

for sample in "${samples[@]}"; do
  echo "$sample"
  home="$(mktemp -d)"
  # a path relative to the checkout, so the status bar shows samples/plans/… and not this machine's folders
  (cd "$root" && exec env TOKENFACTORY_JAVA_OPTS="-Duser.home=$home" ./tokenfactory gui "samples/plans/$sample.tokenplan") \
    >"$home/app.log" 2>&1 &
  app=$!
  wait_for_window
  xdotool windowmove "$wid" 0 0 windowsize "$wid" "$width" "$height"
  sleep 6

  # build-out: focus the canvas, Tab to the first hall so the property editor shows it
  click "${canvas_corner[@]}"
  xdotool key Tab Tab
  shot "$sample-build-out"

  # workloads: the first service, with its demand curve and the throughput the engine chose
  xdotool key ctrl+2
  sleep 1
  click "${first_workload[@]}"
  shot "$sample-workloads"

  # results dashboard, the first workload (selected above) standing out on the charts
  xdotool key ctrl+3
  shot "$sample-results" 3

  case "$sample" in
    five-year-commitment)
      xdotool key ctrl+4
      sleep 1
      click "${first_scenario[@]}"
      shot "$sample-scenarios"
      ;;
    fungible-fleet)
      # down to the yield chart, where the selected workload stands out
      xdotool mousemove 800 600
      for _ in 1 2 3 4 5 6 7 8; do xdotool click 5; sleep 0.1; done
      shot "$sample-results-selected"
      xdotool key ctrl+5
      shot "$sample-assumptions"
      ;;
    capacity-crunch)
      # every series as drawn, in the dark theme
      click "${show_all_series[@]}"
      xdotool key ctrl+shift+d
      shot "$sample-results-dark" 3
      xdotool key ctrl+1
      sleep 1
      click "${canvas_corner[@]}"
      xdotool key Tab Tab Tab Tab Tab
      shot "$sample-build-out-dark"
      ;;
  esac

  kill "$app"
  wait "$app" 2>/dev/null || true
  app=
  rm -rf "$home"
done
