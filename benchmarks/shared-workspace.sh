#!/usr/bin/env bash
# Ten clients saving at once on a shared workspace (PostgreSQL on loopback, the tests' server: Debian's, fsync off),
# against bare JDBC doing the same writes and a bare LISTEN, in the same run (docs/benchmarks.md, decision 0045).
#
#   benchmarks/shared-workspace.sh            300 measured saves per client per round, 3 rounds (about 3 minutes)
#   benchmarks/shared-workspace.sh 100 1      fewer
#
# Results: benchmarks/target/results/shared-workspace.txt
set -euo pipefail
cd "$(dirname "$0")/.."
out=benchmarks/target/results
./mvnw -B -q -Pbenchmarks -DskipTests package
mkdir -p "$out"
java -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*" \
    uk.dln.secretariat.persistence.server.SharedWorkspaceProbe "$@" 2>&1 \
    | grep -v '^SLF4J\| INFO \| DEBUG ' | tee "$out/shared-workspace.txt"
