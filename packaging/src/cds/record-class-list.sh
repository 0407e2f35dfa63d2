#!/usr/bin/env bash
# Records which classes the packaged app loads from launch until a few seconds after its first frame (Home, on a
# demonstration workspace), into the app image, as lib/app/secretariat.classlist. The installed app's class
# archive is dumped from this list where the app is installed (class-archive.sh, run by the .deb's postinst):
# Java 17 refuses an archive recorded against another class path, so it cannot be dumped here (decision 0040).
#
#   packaging/src/cds/record-class-list.sh target/dist/Secretariat      (after jpackage; Linux, needs xvfb-run,
#                                                                         xdotool and ImageMagick)
set -euo pipefail
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x860x24" "$0" "$@"
fi
image=$(cd "$1" && pwd)
launcher="$image/bin/Secretariat"
list="$image/lib/app/secretariat.classlist"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
options="-Duser.home=$home -Dsecretariat.home=$home/app -Dsecretariat.preferences=uk/dln/secretariat-training"
workspace="$home/demo.secretariat"
JAVA_TOOL_OPTIONS="$options" "$launcher" -w "$workspace" init >/dev/null 2>&1
JAVA_TOOL_OPTIONS="$options" "$launcher" -w "$workspace" demo >/dev/null 2>&1
# A first window launch of the day takes the workspace's backup; this one does, so the list has what every
# launch loads and not only the first of a day.
JAVA_TOOL_OPTIONS="$options -XX:DumpLoadedClassList=$list.tmp" "$launcher" -w "$workspace" >/dev/null 2>&1 &
pid=$!
start=$SECONDS
until id=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -n 1) && [ -n "$id" ] \
        && colours=$(import -window "$id" -format '%k' info: 2>/dev/null) && [ "$colours" -gt 100 ]; do
    if (( SECONDS - start > 120 )) || ! kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        echo "record-class-list: the packaged app showed no window" >&2
        exit 1
    fi
    sleep 0.1
done
# Home's figures are read just after the first frame; they are part of starting up too.
sleep 5
kill "$pid"
wait "$pid" 2>/dev/null || true
mv "$list.tmp" "$list"
echo "record-class-list: $(grep -c -v '^#' "$list") classes loaded by the packaged app up to its first window"
