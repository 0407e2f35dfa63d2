#!/usr/bin/env bash
# Whole-process start-up: launch to first painted window, the app (opening the decade workspace) against a minimal
# JavaFX window on the same JVM and the same JavaFX jars (the floor), under Xvfb. Each is measured without and with
# a class archive of its own (AppCDS, as ./secretariat uses), recorded here the same way for both: one launch that
# runs until a few seconds after its first frame and is then stopped, the JVM writing the archive as it exits.
# The four kinds of launch take turns, each round starting with the next, so that a change in the machine's load
# falls on all of them alike.
#
#   benchmarks/first-frame.sh [RUNS]     (after the jars are built; RUNS: 7 of each)
#   DECADE=/work/decades/decade-1.secretariat benchmarks/first-frame.sh      (another decade workspace)
#   PACKAGED=packaging/target/dist/Secretariat benchmarks/first-frame.sh      (also the packaged app: as shipped, with
#                                          its runtime's class archive, and with class archives turned off)
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
cp "${DECADE:-benchmarks/target/decade-1.secretariat}" "$workspace"
java_options=(-Duser.home="$home" -Dsecretariat.home="$home/app" -Dsecretariat.preferences=uk/dln/secretariat-bench)
# A class archive cannot be made with a folder on the class path, so the floor's classes go in a jar.
(cd benchmarks/target/classes && jar cf "$home/minimal-window.jar" uk/dln/secretariat/benchmarks/MinimalWindow*.class)

# Each replaces itself with the JVM, so the process started is the one that owns the window.
floor() {
    exec java "${java_options[@]}" "$@" -cp "app/target/lib/*:$home/minimal-window.jar" \
        'uk.dln.secretariat.benchmarks.MinimalWindow$Main'
}
app() {
    exec java "${java_options[@]}" "$@" -jar app/target/secretariat.jar -w "$workspace"
}
# The packaged launcher takes its Java options from its own configuration; more come through JAVA_TOOL_OPTIONS.
packaged() {
    JAVA_TOOL_OPTIONS="${java_options[*]} $*" exec "$PACKAGED/bin/Secretariat" -w "$workspace"
}

milliseconds() {
    echo $(( $(date +%s%N) / 1000000 ))
}

# Starts the command and prints the milliseconds until its window shows content; then leaves it running HOLD
# seconds more and stops it.
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
    sleep "${HOLD:-0}"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    sleep 1
}

median() {
    printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'
}

# The recording launch also takes the workspace's first-of-the-day backup, so no measured launch pays for it.
echo "recording the class archives (load $(cut -d ' ' -f 1-3 /proc/loadavg))"
cds_off=(-Xlog:cds=off,cds+dynamic=off)
HOLD=5 first_frame floor -XX:ArchiveClassesAtExit="$home/floor.jsa" "${cds_off[@]}" >/dev/null
HOLD=5 first_frame app -XX:ArchiveClassesAtExit="$home/app.jsa" "${cds_off[@]}" >/dev/null
# A missing or unusable archive would quietly measure a launch without one, so check both first.
java -XX:SharedArchiveFile="$home/floor.jsa" -Xshare:on -cp "app/target/lib/*:$home/minimal-window.jar" -version \
        >/dev/null 2>&1 \
    && java -XX:SharedArchiveFile="$home/app.jsa" -Xshare:on -cp app/target/secretariat.jar -version >/dev/null 2>&1 \
    || { echo "a class archive was not recorded or is refused" >&2; exit 1; }

kinds=(floor app floor_cds app_cds)
declare -A command=(
    [floor]="floor" [app]="app"
    [floor_cds]="floor -XX:SharedArchiveFile=$home/floor.jsa -Xshare:auto"
    [app_cds]="app -XX:SharedArchiveFile=$home/app.jsa -Xshare:auto"
)
if [ -n "${PACKAGED:-}" ]; then
    kinds+=(packaged packaged_nocds)
    command[packaged]="packaged"
    command[packaged_nocds]="packaged -Xshare:off"
fi
declare -A times=()
for round in $(seq 0 $(( runs - 1 ))); do
    for i in $(seq 0 $(( ${#kinds[@]} - 1 ))); do
        kind=${kinds[$(( (round + i) % ${#kinds[@]} ))]}
        load=$(cut -d ' ' -f 1 /proc/loadavg)
        # shellcheck disable=SC2086 # the command is words on purpose
        time=$(first_frame ${command[$kind]})
        times[$kind]="${times[$kind]:-} $time"
        echo "round $(( round + 1 )) $kind: $time ms (load $load)"
    done
done
echo "load after: $(cut -d ' ' -f 1-3 /proc/loadavg)"

declare -A medians=()
for kind in "${kinds[@]}"; do
    # shellcheck disable=SC2086
    medians[$kind]=$(median ${times[$kind]})
    echo "$kind ms:${times[$kind]}  median ${medians[$kind]}"
done
ratio() {
    awk -v a="$2" -v b="$3" -v what="$1" 'BEGIN {printf "%s: %.2f\n", what, a / b}'
}
ratio "app / floor, neither with an archive" "${medians[app]}" "${medians[floor]}"
ratio "app / floor, each with its own archive" "${medians[app_cds]}" "${medians[floor_cds]}"
ratio "app with its archive / floor without" "${medians[app_cds]}" "${medians[floor]}"
ratio "app with / without its archive" "${medians[app_cds]}" "${medians[app]}"
ratio "floor with / without its archive" "${medians[floor_cds]}" "${medians[floor]}"
if [ -n "${PACKAGED:-}" ]; then
    ratio "packaged app, as shipped / floor with its archive" "${medians[packaged]}" "${medians[floor_cds]}"
    ratio "packaged app, archives off / floor without" "${medians[packaged_nocds]}" "${medians[floor]}"
fi
