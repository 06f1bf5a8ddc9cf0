#!/usr/bin/env bash
# Healthcheck of a Plaza Kafka broker (mounted read-only at /opt/plaza/healthcheck.sh). Healthy means the
# broker answers. On the first healthy check it also creates the topics that carry contact details and must not
# keep their records as the event topics do (forever, by default): the notification requests and their
# dead-letter topic for 3 days; the hand-over to the supporters service (plaza.supporters.contacts) compacted,
# one record per supporter until erasure's tombstone removes it, and its dead-letter topic for 3 days. Whichever
# service starts first would otherwise create them with the broker's defaults. The marker in the data volume makes
# this run once per cluster volume (v2: a volume made before the supporters topic gets it on the next check).
set -euo pipefail

export KAFKA_HEAP_OPTS="-Xmx64m"
bin=/opt/kafka/bin
server=localhost:9092
marker=/var/lib/kafka/data/.plaza-topics-v2

"$bin/kafka-broker-api-versions.sh" --bootstrap-server "$server" > /dev/null 2>&1

# Creates a topic with one setting, or gives an existing topic that setting.
topic() {
  "$bin/kafka-topics.sh" --bootstrap-server "$server" --create --if-not-exists --topic "$1" --config "$2" > /dev/null
  "$bin/kafka-configs.sh" --bootstrap-server "$server" --alter --entity-type topics --entity-name "$1" \
    --add-config "$2" > /dev/null
}

if [ ! -f "$marker" ]; then
  for name in plaza.notifications.requests error.plaza.notifications.requests.notifications \
      error.plaza.supporters.contacts.supporters; do
    topic "$name" retention.ms=259200000
  done
  topic plaza.supporters.contacts cleanup.policy=compact
  touch "$marker"
fi
