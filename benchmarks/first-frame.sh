#!/usr/bin/env bash
# Whole-process start-up: launch to first painted window, the app (opening the decade workspace) against a minimal
# JavaFX window on the same JVM and the same JavaFX jars (the floor), launched alternately, under Xvfb.
#
#   benchmarks/first-frame.sh [RUNS]     (after benchmarks/run.sh has built the jars and the decade; RUNS: 7)
#
# Times are wall-clock milliseconds until the window shows real content (over 100 colours), read from the X server
# as packaging/src/measure/first-window.sh does, so neither program is changed to be measured.
set -euo pipefail
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x860x24" "$0" "$@"
fi
cd "$(dirname "$0")/.."
runs=${1:-7}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
workspace="$home/decade.secretariat"
cp benchmarks/target/decade-1.secretariat "$workspace"
java_options=(-Duser.home="$home" -Dsecretariat.home="$home/app" -Dsecretariat.preferences=uk/dln/secretariat-bench)

milliseconds() {
    echo $(( $(date +%s%N) / 1000000 ))
}

first_frame() {
    local start pid id colours
    start=$(milliseconds)
    "$@" >/dev/null 2>&1 &
    pid=$!
    until id=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -n 1) && [ -n "$id" ]; do
        (( $(milliseconds) - start < 60000 )) || { kill "$pid"; echo "no window" >&2; exit 1; }
        sleep 0.02
    done
    until colours=$(import -window "$id" -format '%k' info: 2>/dev/null) && [ "$colours" -gt 100 ]; do
        (( $(milliseconds) - start < 60000 )) || { kill "$pid"; echo "no content" >&2; exit 1; }
        sleep 0.02
    done
    echo $(( $(milliseconds) - start ))
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    sleep 1
}

median() {
    printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'
}

floor=()
app=()
echo "load before: $(cat /proc/loadavg)"
for _ in $(seq "$runs"); do
    floor+=("$(first_frame java "${java_options[@]}" -cp "app/target/lib/*:benchmarks/target/classes" \
        'uk.dln.secretariat.benchmarks.MinimalWindow$Main')")
    app+=("$(first_frame java "${java_options[@]}" -jar app/target/secretariat.jar -w "$workspace")")
done
echo "load after: $(cat /proc/loadavg)"
echo "floor (minimal window) ms: ${floor[*]}  median $(median "${floor[@]}")"
echo "app (decade workspace) ms: ${app[*]}  median $(median "${app[@]}")"
awk -v a="$(median "${app[@]}")" -v f="$(median "${floor[@]}")" 'BEGIN {printf "ratio of medians: %.2f\n", a / f}'
