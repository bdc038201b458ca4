#!/usr/bin/env bash
# A year of California IMR volume through the command line: generates a seeded synthetic corpus of
# at least REQUESTS requests (default 300 000) and runs `evaluate --json` over it with the CLI jar,
# output to /dev/null, under /usr/bin/time -v (wall time and maximum resident set size).
# Usage: bench/volume.sh [REQUESTS] [JAVA OPTIONS...]   (from the repository root, after
# ./mvnw -q -B -ntp -o package -DskipTests; the corpus is written to target/volume-REQUESTS/).
set -euo pipefail
requests=${1:-300000}
shift || true
dir="target/volume-$requests"
jar=target/imr-engine-cli.jar
[ -f "$jar" ] && [ -d target/test-classes ] || { echo "build first: ./mvnw -q -B -ntp -o package -DskipTests" >&2; exit 2; }
if [ ! -d "$dir" ]; then
  java -cp "$jar:target/test-classes" org.imrengine.bench.VolumeCorpus "$dir" "$requests"
fi
echo "files: $(find "$dir" -name '*.json' | wc -l), size: $(du -sh "$dir" | cut -f1)"
/usr/bin/time -v java "$@" -jar "$jar" evaluate --json "$dir" > /dev/null 2> "target/volume-$requests.time" || true
grep -E "Elapsed|Maximum resident|Exit status|User time|System time" "target/volume-$requests.time"
