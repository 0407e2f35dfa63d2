#!/bin/sh
# Dumps the app's class archive (AppCDS) for this copy of the app, where it is: lib/app/secretariat.jsa, from the
# classes the packaged app loads up to its first window (lib/app/secretariat.classlist, recorded at build time).
# The launcher maps it (-XX:SharedArchiveFile in its configuration), so the JDK's, JavaFX's and the app's start-up
# classes are read from it rather than found, parsed and verified one by one. Java 17 accepts such an archive only
# with the class path it was dumped with, so it is made on the installed path: by the .deb's postinst, and by the
# build for the app image it leaves in target/dist (decision 0040).
#
# Should the dump fail, the runtime's own archive (JDK and JavaFX classes only) is put in its place: the launcher
# names an archive, and without one the JVM would map none at all.
set -u
lib=$(cd "$(dirname "$0")" && pwd)
launcher="$(dirname "$lib")/bin/Secretariat"
archive="$lib/app/secretariat.jsa"
rm -f "$archive"
# The launcher itself dumps it, so the archive has the launcher's exact class path and options; -Xshare:dump makes
# the JVM write the archive and exit before the app's main class runs.
if JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$lib/app/secretariat.classlist -Xlog:cds=off -Xlog:cds+hashtables=off" \
        "$launcher" >/dev/null 2>&1 \
    && JAVA_TOOL_OPTIONS="-Xshare:on -XX:+PrintSharedArchiveAndExit" "$launcher" >/dev/null 2>&1; then
    echo "secretariat: class archive written ($archive)"
else
    cp "$lib/runtime/lib/server/classes.jsa" "$archive"
    echo "secretariat: the class archive could not be written; the runtime's own is used instead" >&2
fi
exit 0
