#!/usr/bin/env bash
# Whole-app memory with the decade open: the window run with the heap capped at the target (256 MB), every section
# visited (the action log loads all 20,000 actions), then the board pack and trackers exported from the command line
# under the same cap. Prints the heap in use after a full collection, and the most the heap held before any
# collection (from the JVM's own GC log). An OutOfMemoryError, or a section that fails to show, would fail the run.
#
#   benchmarks/app-heap.sh [SCALE]      (after benchmarks/run.sh has built the jars and the decade; SCALE: 1)
set -euo pipefail
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x860x24" "$0" "$@"
fi
cd "$(dirname "$0")/.."
scale=${1:-1}
cap=256m
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
workspace="$home/decade.secretariat"
cp "${DECADE_DIR:-benchmarks/target}/decade-$scale.secretariat" "$workspace"
java_options=(-Xmx$cap -Duser.home="$home" -Dsecretariat.home="$home/app"
    -Dsecretariat.preferences=uk/dln/secretariat-bench)

# The largest heap occupancy before a collection, and after the last one, in MB, from -Xlog:gc lines such as
# "Pause Young (Normal) (G1 Evacuation Pause) 45M->12M(256M) 3.1ms".
peak_of() {
    grep -o '[0-9]*M->[0-9]*M' "$1" | awk -F'M->|M' '$1 > max {max = $1} END {print max + 0}'
}

java "${java_options[@]}" -Xlog:gc:file="$home/gc-window.log" -jar app/target/secretariat.jar -w "$workspace" \
    >"$home/window.out" 2>&1 &
pid=$!
until xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { cat "$home/window.out"; echo "the app stopped" >&2; exit 1; }
    sleep 0.5
done
sleep 8
for section in 1 2 3 4 5 3; do
    xdotool key "ctrl+$section"
    sleep 8
done
kill -0 "$pid" 2>/dev/null || { cat "$home/window.out"; echo "the app stopped" >&2; exit 1; }
jcmd "$pid" GC.run >/dev/null
live=$(jcmd "$pid" GC.heap_info | grep -o 'used [0-9]*K' | head -n 1 | grep -o '[0-9]*')
kill "$pid"
wait "$pid" 2>/dev/null || true
if grep -q OutOfMemoryError "$home/window.out"; then
    echo "the window ran out of memory under -Xmx$cap" >&2
    exit 1
fi

java "${java_options[@]}" -Xlog:gc:file="$home/gc-export.log" -jar app/target/secretariat.jar -w "$workspace" \
    export --date 2026-03-31 --out "$home/out" >"$home/export.out" 2>&1 \
    || { cat "$home/export.out"; echo "the export failed under -Xmx$cap" >&2; exit 1; }

echo "scale $scale, heap capped at $cap; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "window, every section visited: $((live / 1024)) MB in use after a full collection;" \
    "at most $(peak_of "$home/gc-window.log") MB before a collection"
echo "board pack and trackers exported: at most $(peak_of "$home/gc-export.log") MB before a collection;" \
    "$(ls "$home/out" | tr '\n' ' ')"
