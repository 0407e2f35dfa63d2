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
#   VARIANT=app/target/other.jar benchmarks/first-frame.sh       (also another build of the app jar, e.g. with a lever
#                                          undone, without an archive)
#   APP_JAR=app/target/other.jar benchmarks/first-frame.sh       (another build of the app jar in the app's place,
#                                          with an archive of its own too)
#   PACKAGED=packaging/target/dist/Secretariat benchmarks/first-frame.sh      (also the packaged app: as shipped, with
#                                          its own class archive; with only its runtime's archive, of the JDK's and
#                                          JavaFX's classes; and with class archives turned off)
#
# Times are wall-clock milliseconds until the window shows real content (over 100 colours), read from the X server
# as packaging/src/measure/first-window.sh does, so neither program is changed to be measured; and the processor
# time the process had used by then (user + system, from /proc/PID/stat), which other work on a shared machine
# lengthens far less than the wall-clock time.
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
    exec java "${java_options[@]}" "$@" -jar "${APP_JAR:-app/target/secretariat.jar}" -w "$workspace"
}
variant() {
    APP_JAR=$VARIANT app "$@"
}
# The packaged launcher takes its Java options from its own configuration; more come through JAVA_TOOL_OPTIONS.
packaged() {
    local image=$1
    shift
    JAVA_TOOL_OPTIONS="${java_options[*]} $*" exec "$image/bin/Secretariat" -w "$workspace"
}

milliseconds() {
    echo $(( $(date +%s%N) / 1000000 ))
}

tick=$(getconf CLK_TCK)
# Processor time (user + system) the process has used so far, in milliseconds.
cpu_milliseconds() {
    awk -v tick="$tick" '{print int(($14 + $15) * 1000 / tick)}' "/proc/$1/stat"
}

# Starts the command and prints the milliseconds until its window shows content, and the processor milliseconds
# it had used by then; then leaves it running HOLD seconds more and stops it.
first_frame() {
    local start pid id colours cpu
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
    cpu=$(cpu_milliseconds "$pid")
    echo "$(( $(milliseconds) - start )) $cpu"
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
    && java -XX:SharedArchiveFile="$home/app.jsa" -Xshare:on -cp "${APP_JAR:-app/target/secretariat.jar}" -version \
        >/dev/null 2>&1 \
    || { echo "a class archive was not recorded or is refused" >&2; exit 1; }

kinds=(floor app floor_cds app_cds)
declare -A command=(
    [floor]="floor" [app]="app"
    [floor_cds]="floor -XX:SharedArchiveFile=$home/floor.jsa -Xshare:auto"
    [app_cds]="app -XX:SharedArchiveFile=$home/app.jsa -Xshare:auto"
)
if [ -n "${PACKAGED:-}" ]; then
    # As shipped before the app had an archive of its own (decision 0040): a copy of the image whose launcher maps
    # the runtime's archive, of the JDK's and JavaFX's classes alone.
    cp -a "$PACKAGED" "$home/runtime-archive-only"
    cp "$PACKAGED/lib/runtime/lib/server/classes.jsa" "$home/runtime-archive-only/lib/app/secretariat.jsa"
    kinds+=(packaged packaged_runtime_cds packaged_nocds)
    command[packaged]="packaged $PACKAGED"
    command[packaged_runtime_cds]="packaged $home/runtime-archive-only"
    command[packaged_nocds]="packaged $PACKAGED -Xshare:off"
fi
if [ -n "${VARIANT:-}" ]; then
    # A lever measured: another build of the app jar (beside app/target/secretariat.jar, for its libraries), without
    # an archive, against the app without one.
    kinds+=(variant)
    command[variant]="variant"
fi
declare -A times=() cpu=()
for round in $(seq 0 $(( runs - 1 ))); do
    for i in $(seq 0 $(( ${#kinds[@]} - 1 ))); do
        kind=${kinds[$(( (round + i) % ${#kinds[@]} ))]}
        load=$(cut -d ' ' -f 1 /proc/loadavg)
        # shellcheck disable=SC2086 # the command is words on purpose
        line=$(first_frame ${command[$kind]})
        read -r time processor <<< "$line"
        times[$kind]="${times[$kind]:-} $time"
        cpu[$kind]="${cpu[$kind]:-} $processor"
        echo "round $(( round + 1 )) $kind: $time ms, processor $processor ms (load $load)"
    done
done
echo "load after: $(cut -d ' ' -f 1-3 /proc/loadavg)"

declare -A medians=() cpu_medians=()
for kind in "${kinds[@]}"; do
    # shellcheck disable=SC2086
    medians[$kind]=$(median ${times[$kind]})
    # shellcheck disable=SC2086
    cpu_medians[$kind]=$(median ${cpu[$kind]})
    echo "$kind ms:${times[$kind]}  median ${medians[$kind]}; processor ms:${cpu[$kind]}  median ${cpu_medians[$kind]}"
done
# Each ratio is given for wall-clock time and for processor time.
ratio() {
    awk -v a="${medians[$2]}" -v b="${medians[$3]}" -v c="${cpu_medians[$2]}" -v d="${cpu_medians[$3]}" -v what="$1" \
        'BEGIN {printf "%s: %.2f (processor time %.2f)\n", what, a / b, c / d}'
}
ratio "app / floor, neither with an archive" app floor
ratio "app / floor, each with its own archive" app_cds floor_cds
ratio "app with its archive / floor without" app_cds floor
ratio "app with / without its archive" app_cds app
ratio "floor with / without its archive" floor_cds floor
if [ -n "${PACKAGED:-}" ]; then
    ratio "packaged app, as shipped (its own archive) / floor with its archive" packaged floor_cds
    ratio "packaged app, the runtime's archive only / floor with its archive" packaged_runtime_cds floor_cds
    ratio "packaged app, as shipped / the checkout with its archive" packaged app_cds
    ratio "packaged app, archives off / floor without" packaged_nocds floor
fi
if [ -n "${VARIANT:-}" ]; then
    ratio "$VARIANT / app, neither with an archive" variant app
fi
