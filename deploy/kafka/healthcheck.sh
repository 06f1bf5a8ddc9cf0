#!/usr/bin/env bash
# Healthcheck of a Plaza Kafka broker (mounted read-only at /opt/plaza/healthcheck.sh). Healthy means the
# broker answers. On the first healthy check it also creates the topics that must not keep their records
# as long as the event topics do: the notification requests carry contact details, and so does their
# dead-letter topic. Whichever service starts first would otherwise create them with the broker's default
# retention. The marker in the data volume makes this run once per cluster volume.
set -euo pipefail

export KAFKA_HEAP_OPTS="-Xmx64m"
bin=/opt/kafka/bin
server=localhost:9092
marker=/var/lib/kafka/data/.plaza-topics-v1

"$bin/kafka-broker-api-versions.sh" --bootstrap-server "$server" > /dev/null 2>&1

if [ ! -f "$marker" ]; then
  for topic in plaza.notifications.requests error.plaza.notifications.requests.notifications; do
    "$bin/kafka-topics.sh" --bootstrap-server "$server" --create --if-not-exists --topic "$topic" \
      --config retention.ms=259200000 > /dev/null
    "$bin/kafka-configs.sh" --bootstrap-server "$server" --alter --entity-type topics --entity-name "$topic" \
      --add-config retention.ms=259200000 > /dev/null
  done
  touch "$marker"
fi
