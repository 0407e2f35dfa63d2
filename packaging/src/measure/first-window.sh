#!/usr/bin/env bash
# How long the packaged app takes from launch to its first painted window, under Xvfb.
#
#   packaging/src/measure/first-window.sh [RUNS]      (after building the app image; RUNS defaults to 7)
#   LAUNCHER=/opt/secretariat/bin/Secretariat packaging/src/measure/first-window.sh      (another copy)
#
# Needs xvfb-run, xdotool and ImageMagick. The first run starts with an empty home folder, as a new user would:
# JavaFX unpacks its native libraries and the default workspace is created. Later runs reuse that folder, as
# every later launch does. Times are wall-clock milliseconds from starting the launcher until the window shows
# real content (text and colours), read from the X server, so nothing inside the app is changed to measure it.
set -euo pipefail

if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x860x24" "$0" "$@"
fi

cd "$(dirname "$0")/../.."
launcher=${LAUNCHER:-target/dist/Secretariat/bin/Secretariat}
runs=${1:-7}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

milliseconds() {
    echo $(( $(date +%s%N) / 1000000 ))
}

give_up_after_a_minute() {
    if (( $(milliseconds) - $1 > 60000 )); then
        echo "$launcher showed no window within a minute" >&2
        kill "$2" 2>/dev/null || true
        exit 1
    fi
}

time_to_first_window() {
    local start pid id colours
    start=$(milliseconds)
    JAVA_TOOL_OPTIONS="-Duser.home=$home" "$launcher" 2>/dev/null &
    pid=$!
    until id=$(xdotool search --onlyvisible --class SecretariatApp 2>/dev/null | head -n 1) && [ -n "$id" ]; do
        give_up_after_a_minute "$start" "$pid"
        sleep 0.02
    done
    # A window that is mapped but not yet painted has one or two colours; a rendered one has thousands.
    until colours=$(import -window "$id" -format '%k' info: 2>/dev/null) && [ "$colours" -gt 100 ]; do
        give_up_after_a_minute "$start" "$pid"
        sleep 0.02
    done
    echo $(( $(milliseconds) - start ))
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    sleep 1
}

first=$(time_to_first_window)
echo "first launch: $first ms"
later=()
for _ in $(seq 2 "$runs"); do
    time=$(time_to_first_window)
    later+=("$time")
done
sorted=$(printf '%s\n' "${later[@]}" | sort -n)
echo "later launches: $(echo $sorted) ms; median $(echo "$sorted" | sed -n "$(( (${#later[@]} + 1) / 2 ))p") ms"
