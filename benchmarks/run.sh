#!/usr/bin/env bash
# Builds the benchmarks, generates the decade workspaces they need (once), and runs them.
#
#   benchmarks/run.sh                 JMH figures at 0.1x and 1x, heap, FX-thread stalls during an export, machine and
#                                     load (about 20 minutes)
#   SCALES=0.1,1,10 benchmarks/run.sh  also at 10x (generating it once takes over an hour on 2 cores)
#   benchmarks/run.sh -f 2 -i 10       extra arguments go to JMH
#   STALL_ROUNDS=5 benchmarks/run.sh   exports per scale for the stall probe (3; 0 leaves the probe out)
#
# Results: benchmarks/target/results/ (jmh.txt, jmh.json, heap.txt, stall.txt, machine.txt). docs/benchmarks.md
# explains them.
set -euo pipefail
cd "$(dirname "$0")/.."
scales=${SCALES:-0.1,1}
out=benchmarks/target/results
./mvnw -B -q -Pbenchmarks -DskipTests package
mkdir -p "$out"
for scale in ${scales//,/ }; do
    file=benchmarks/target/decade-$scale.secretariat
    if [ ! -f "$file" ]; then
        java -Dsecretariat.home=benchmarks/target/home -jar app/target/secretariat.jar -w "$file" \
            generate --scale "$scale" --seed 1 2>&1 | tee -a "$out/generate.txt"
    fi
done
{
    echo "date: $(date -Iseconds)"
    echo "nproc: $(nproc)"
    free -h
    java -version 2>&1
    echo "load before: $(cat /proc/loadavg)"
} > "$out/machine.txt"
classpath="benchmarks/target/benchmarks.jar:benchmarks/target/lib/*"
java -cp "$classpath" org.openjdk.jmh.Main -p scale="$scales" -rf json -rff "$out/jmh.json" "$@" \
    2>&1 | tee "$out/jmh.txt"
echo "load after JMH: $(cat /proc/loadavg)" >> "$out/machine.txt"
for scale in ${scales//,/ }; do
    java -cp "$classpath" uk.dln.secretariat.benchmarks.HeapProbe "$scale"
done | tee "$out/heap.txt"
# The stall probe shows a window, so it runs under Xvfb unless a display is already there; with the garbage
# collector's options the app's launchers set (decision 0020).
rounds=${STALL_ROUNDS:-3}
if [ "$rounds" -gt 0 ]; then
    display=()
    [ -n "${DISPLAY:-}" ] || display=(xvfb-run -a -s "-screen 0 1280x860x24")
    for scale in ${scales//,/ }; do
        "${display[@]}" java -XX:MaxGCPauseMillis=50 -Xmn96m -cp "$classpath" \
                uk.dln.secretariat.benchmarks.ExportStallProbe "$scale" "$rounds" 2>&1 \
            | grep -v 'Unsupported JavaFX configuration\|PlatformImpl startup'
    done | tee "$out/stall.txt"
fi
