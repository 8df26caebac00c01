#!/usr/bin/env bash
# Starts a Spark standalone cluster on this machine (a master and WORKERS workers of one core each,
# separate JVMs, from the Spark jars Maven resolved), submits corridor to it with Spark's own
# spark-submit, and stops the cluster. The arguments are corridor's, e.g.
#   spark/standalone.sh risk datasets/bering-strait-risk.json --plan P.json --iterations 200 --engine spark -o r.json
# The master's URL is passed on as --master. Build first: mvn -B -q -DskipTests package -pl spark -am
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/spark/target/corridor-spark.jar"
list="$root/spark/target/spark.classpath"
[ -f "$jar" ] && [ -f "$list" ] || { echo "standalone.sh: build first: mvn -B -q -DskipTests package -pl spark -am" >&2; exit 2; }
workers="${WORKERS:-2}"

work="$(mktemp -d)"
home="$work/spark-home"
mkdir -p "$home/jars"
# A Spark installation's layout: the workers launch executors from $SPARK_HOME/jars.
tr ':' '\n' < "$list" | while read -r j; do ln -sf "$j" "$home/jars/"; done
export SPARK_HOME="$home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
opens=()
for package in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util \
    java.util.concurrent java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
    opens+=("--add-opens=java.base/$package=ALL-UNNAMED")
done
port="${PORT:-17077}"
pids=()
stop() { kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"; }
trap stop EXIT

java "${opens[@]}" -cp "$home/jars/*" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" \
    --webui-port 0 > "$work/master.log" 2>&1 &
pids+=($!)
for w in $(seq 1 "$workers"); do
    java "${opens[@]}" -cp "$home/jars/*" org.apache.spark.deploy.worker.Worker --cores 1 --memory 1g --webui-port 0 \
        --work-dir "$work/worker-$w" "spark://127.0.0.1:$port" > "$work/worker-$w.log" 2>&1 &
    pids+=($!)
done
for _ in $(seq 1 300); do
    [ "$(grep -c 'Registering worker' "$work/master.log" || true)" -ge "$workers" ] && break
    sleep 0.2
done
echo "standalone.sh: master spark://127.0.0.1:$port with $(grep -c 'Registering worker' "$work/master.log") workers" >&2
java "${opens[@]}" -cp "$home/jars/*" org.apache.spark.deploy.SparkSubmit --master "spark://127.0.0.1:$port" \
    --class dev.corridor.cli.Main "$jar" "$@" --master "spark://127.0.0.1:$port" 2> "$work/submit.log" \
    || { cat "$work/submit.log" >&2; exit 1; }
