#!/usr/bin/env bash
# Proof that the .deb works for a new user, on this Debian/Ubuntu machine (root or sudo, network for apt):
#   1. builds the .deb (./mvnw -Pinstaller), unless --deb FILE names one
#   2. checks its Depends (libgtk-3-0, xdg-utils) and records its sizes
#   3. installs it with 'apt-get install ./FILE.deb', which pulls in what it depends on
#   4. checks the install: launchers, /usr/bin/tokenfactory, desktop entry, .tokenplan MIME type and its default
#      application, the samples inside the installed app
#   5. runs the installed command line (run, validate, a missing file) and checks stdout, stderr and exit codes;
#      where the command line has 'bench', runs the embedded benchmark (--quick, CPU) on the installed ONNX Runtime
#   6. opens a sample the way a double-click does (xdg-open FILE.tokenplan) under Xvfb, waits for the window,
#      checks its window class against the desktop entry and that the file reached the app, takes a screenshot,
#      opens File > Open Sample (second screenshot) and a sample from it
#   7. uninstalls (apt-get purge) and checks that nothing is left, then removes the packages this run added
#      (the .deb's dependencies and the proof's tools), so the machine's package set is as it was
#
# Usage: packaging/proof-deb.sh [--deb FILE] [--screenshot FILE.png] [--keep-packages]
#   --deb FILE          prove this .deb instead of building one
#   --screenshot FILE   where the screenshot goes (default: packaging/target/proof/installed-app.png)
#   --keep-packages     leave the dependencies and tools this run installed (the .deb is always removed)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

deb=""
shot="$root/packaging/target/proof/installed-app.png"
keep_packages=false
while [ $# -gt 0 ]; do
  case "$1" in
    --deb) deb="$(readlink -f "$2")"; shift 2 ;;
    --screenshot) shot="$(readlink -m "$2")"; shift 2 ;;
    --keep-packages) keep_packages=true; shift ;;
    -h|--help) sed -n '2,/^set -euo/{/^#/p}' "$0"; exit 0 ;;
    *) echo "proof: unknown argument $1" >&2; exit 2 ;;
  esac
done

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_get() { as_root env DEBIAN_FRONTEND=noninteractive apt-get -y -q "$@"; }
say() { printf '\n== %s\n' "$*"; }
fail() { echo "proof: FAILED: $*" >&2; exit 1; }
check() { local what="$1"; shift; if "$@"; then echo "ok: $what"; else fail "$what"; fi; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }

pkg=token-factory-planner
dir=/opt/$pkg
app_launcher="$dir/bin/Token Factory Planner"
cli_launcher="$dir/bin/tokenfactory"
desktop=/usr/share/applications/$pkg-Token_Factory_Planner.desktop
mime=application/x-tokenplan
work="$root/packaging/target/proof"
rm -rf "$work" && mkdir -p "$work" "$(dirname "$shot")"
summary="$work/summary.txt"
: > "$summary"
note() { echo "$*" | tee -a "$summary"; }

installed_packages() { dpkg-query -W -f '${Package}:${Architecture} ${db:Status-Status}\n' | awk '$2 == "installed" { print $1 }' | sort; }
installed_packages > "$work/packages-before.txt"
desktop_dirs_existed=false; [ -d /usr/share/desktop-directories ] && desktop_dirs_existed=true

xvfb_pid=""; app_pids=""
cleanup() {
  for p in $app_pids; do kill "$p" 2>/dev/null || true; done
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  if dpkg-query -W -f '${db:Status-Status}' "$pkg" 2>/dev/null | grep -q installed; then
    apt_get purge "$pkg" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

say "tools for the proof"
apt_get update >/dev/null
tools=(xvfb xauth x11-utils xdotool imagemagick unzip)
missing=()
for t in "${tools[@]}"; do dpkg-query -W -f '${db:Status-Status}' "$t" 2>/dev/null | grep -q '^installed$' || missing+=("$t"); done
if [ ${#missing[@]} -gt 0 ]; then apt_get install --no-install-recommends "${missing[@]}" >/dev/null; fi
echo "ok: ${tools[*]} (installed now: ${missing[*]:-none})"

if [ -z "$deb" ]; then
  say "build the .deb"
  t=$(now)
  ./mvnw -q -B -Pinstaller -pl packaging -am package -DskipTests
  note "build (./mvnw -Pinstaller -pl packaging -am package -DskipTests): $(since "$t")"
  deb="$(readlink -f packaging/target/jpackage/installer/${pkg}_*.deb)"
fi
[ -f "$deb" ] || fail "no .deb at $deb"

say "the .deb"
depends="$(dpkg-deb -f "$deb" Depends)"
check "Depends names libgtk-3-0" grep -q 'libgtk-3-0' <<< "$depends"
check "Depends names xdg-utils" grep -q 'xdg-utils' <<< "$depends"
note ".deb: $(basename "$deb"), $(mb "$(stat -c %s "$deb")"); Installed-Size $(mb "$(( $(dpkg-deb -f "$deb" Installed-Size) * 1024 ))")"

say "install with apt-get"
t=$(now)
apt_get install "$deb" > "$work/apt-install.log" 2>&1 || { tail -20 "$work/apt-install.log"; fail "apt-get install"; }
note "apt-get install ./$(basename "$deb"): $(since "$t") ($(comm -13 "$work/packages-before.txt" <(installed_packages) | wc -l) packages added, the app included)"

say "what got installed"
check "the app launcher" test -x "$app_launcher"
check "the command-line launcher" test -x "$cli_launcher"
check "/usr/bin/tokenfactory links to it" test "$(readlink /usr/bin/tokenfactory)" = "$cli_launcher"
check "the desktop entry is in the menu" test -f "$desktop"
grep -q '^Name=Token Factory Planner$' "$desktop" || fail "desktop entry's name: $(grep ^Name= "$desktop")"
icon="$(sed -n 's/^Icon=//p' "$desktop")"
check "its icon exists ($icon)" test -s "$icon"
check "its Exec passes the file (%f)" grep -q '^Exec=.*%f$' "$desktop"
sample_dir="$work/plans"; mkdir -p "$sample_dir"
samples_jar="$(ls "$dir"/lib/app/tokenfactory-samples-*.jar)"
(cd "$sample_dir" && unzip -q -j "$samples_jar" 'com/tokenfactory/samples/*.tokenplan')
n_samples=$(ls "$sample_dir"/*.tokenplan | wc -l)
check "the samples ship inside the installed app ($n_samples in $(basename "$samples_jar"))" \
  test "$n_samples" -eq "$(ls samples/plans/*.tokenplan | wc -l)"
for f in samples/plans/*.tokenplan; do
  cmp -s "$f" "$sample_dir/$(basename "$f")" || fail "installed sample $(basename "$f") differs from $f"
done
sample="$sample_dir/fungible-fleet.tokenplan"
check "xdg-mime knows .tokenplan as $mime" test "$(xdg-mime query filetype "$sample")" = "$mime"
default_app="$(xdg-mime query default "$mime")"
check "xdg-mime's default for $mime is the app ($default_app)" test "$default_app" = "$(basename "$desktop")"
note "installed: $(du -sh "$dir" | cut -f1) in $dir; $(ls "$dir"/lib/app/*.jar | wc -l) jars; runtime $(du -sh "$dir/lib/runtime" | cut -f1)"

say "the installed command line"
t=$(now)
set +e; tokenfactory run "$sample" > "$work/run.out" 2> "$work/run.err"; rc=$?; set -e
note "tokenfactory run fungible-fleet.tokenplan: exit $rc, $(wc -l < "$work/run.out") lines on stdout, $(since "$t")"
check "run exits 0" test "$rc" -eq 0
check "run prints the yearly table and the KPIs" grep -q '^NPV at' "$work/run.out"
check "run writes nothing on stderr" test ! -s "$work/run.err"
sed -n '1,3p;/^NPV at/p' "$work/run.out"
set +e; "$app_launcher" validate "$sample_dir/capacity-crunch.tokenplan" > "$work/validate.out" 2>&1; rc=$?; set -e
check "validate through the app launcher exits 0 (warnings only)" test "$rc" -eq 0
tail -1 "$work/validate.out"
set +e; tokenfactory run "$work/no-such-plan.tokenplan" > "$work/missing.out" 2> "$work/missing.err"; rc=$?; set -e
check "a missing plan exits 2" test "$rc" -eq 2
check "with one line on stderr and nothing on stdout" \
  test "$(wc -l < "$work/missing.err")" -eq 1 -a ! -s "$work/missing.out"
cat "$work/missing.err"
echo "{" > "$work/broken.tokenplan"
set +e; tokenfactory validate "$work/broken.tokenplan" > /dev/null 2> "$work/broken.err"; rc=$?; set -e
check "an unreadable plan exits non-zero ($rc) with a message" test "$rc" -ne 0 -a -s "$work/broken.err"
cat "$work/broken.err"

say "ONNX Runtime inside the installed app"
if tokenfactory --help 2>/dev/null | grep -qE '^ +bench( |$)'; then
  t=$(now)
  set +e; tokenfactory bench --quick --provider cpu > "$work/bench.out" 2> "$work/bench.err"; rc=$?; set -e
  note "tokenfactory bench --quick --provider cpu: exit $rc, $(since "$t")"
  check "the embedded benchmark runs on the installed ONNX Runtime" test "$rc" -eq 0
  head -5 "$work/bench.out"
else
  echo "this build's command line has no 'bench' command: the benchmark is checked in the app only"
fi

say "a double-click on a .tokenplan (xdg-open) under Xvfb"
display=""
for n in $(seq 90 120); do
  if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then display=":$n"; break; fi
done
[ -n "$display" ] || fail "no free X display between :90 and :120"
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp > "$work/xvfb.log" 2>&1 &
xvfb_pid=$!
sleep 1
export DISPLAY="$display"
wm_class="$(sed -n 's/^StartupWMClass=//p' "$desktop")"
t=$(now)
xdg-open "$sample" > "$work/xdg-open.log" 2>&1 &
window="$(timeout 90 xdotool search --sync --onlyvisible --classname "$wm_class" | head -1)" \
  || fail "no window of class $wm_class within 90 s (xdg-open: $(cat "$work/xdg-open.log"))"
note "window on screen after $(since "$t") (xdg-open to a mapped window)"
app_pids="$(pgrep -f "^$dir/bin/" || true)"
check "the app runs from the installed launcher" test -n "$app_pids"
for p in $app_pids; do
  tr '\0' ' ' < "/proc/$p/cmdline" | grep -qF "$sample" && got_file=yes
done
check "the double-clicked file reached the app's command line" test "${got_file:-no}" = yes
check "its window class matches the desktop entry's StartupWMClass ($wm_class)" \
  grep -qF "\"$wm_class\"" <<< "$(xprop -id "$window" WM_CLASS)"
echo "window title: $(xdotool getwindowname "$window")"
sleep 6   # let the first frame of the plan draw
import -window root "$shot"
note "screenshot: $shot ($(identify -format '%wx%h' "$shot"))"
# File > Open Sample: the menu lists Samples.all() from the installed jar; open the second one from it
shot_menu="${shot%.png}-open-sample.png"
xdotool mousemove --window "$window" 25 18 click 1   # "File", the menu bar's first menu
sleep 1
xdotool key Down Down Down Right                     # New, Open..., Open Sample > its submenu
sleep 1
import -window root "$shot_menu"
note "screenshot of File > Open Sample: $shot_menu"
xdotool key Down Return                              # the second sample, "Capacity crunch"
opened=""
for _ in $(seq 1 20); do
  case "$(xdotool getwindowname "$window")" in "Capacity crunch"*) opened=yes; break ;; esac
  sleep 1
done
check "File > Open Sample > Capacity crunch opens that sample (title: $(xdotool getwindowname "$window"))" \
  test "$opened" = yes
for p in $app_pids; do kill "$p" 2>/dev/null || true; done
app_pids=""

say "uninstall"
t=$(now)
apt_get purge "$pkg" > "$work/apt-purge.log" 2>&1 || { tail -20 "$work/apt-purge.log"; fail "apt-get purge"; }
note "apt-get purge $pkg: $(since "$t")"
check "the app folder is gone" test ! -e "$dir"
check "/usr/bin/tokenfactory is gone" test ! -e /usr/bin/tokenfactory -a ! -L /usr/bin/tokenfactory
check "the desktop entry is gone" test ! -e "$desktop"
check "xdg-mime has no default for $mime any more" test -z "$(xdg-mime query default "$mime")"
# the postinst made this folder for xdg-desktop-menu where no desktop had; leave the machine as it was
[ "$desktop_dirs_existed" = true ] || as_root rmdir /usr/share/desktop-directories 2>/dev/null || true

added="$(comm -13 "$work/packages-before.txt" <(installed_packages) | sed 's/:.*//' | tr '\n' ' ')"
if [ "$keep_packages" = false ] && [ -n "${added// }" ]; then
  say "remove what this run installed"
  echo "$added"
  apt_get purge $added > "$work/apt-purge-deps.log" 2>&1 || { tail -20 "$work/apt-purge-deps.log"; fail "purging $added"; }
  check "the machine's packages are as before" diff -q "$work/packages-before.txt" <(installed_packages)
fi

say "summary"
cat "$summary"
echo "proof: PASSED"
