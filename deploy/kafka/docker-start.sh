#!/usr/bin/env bash
# docker-compose's command for the apache/kafka container: SASL/SCRAM users at storage format time, then the
# image's own entrypoint (/etc/kafka/docker/run).
#
# The image formats the KRaft storage itself (KafkaDockerWrapper) but passes no --add-scram, and SCRAM users can
# only be created without an authenticated admin at format time. So, on the first start only (empty data
# volume), this formats the volume with one SCRAM-SHA-512 user per name in NETRA_KAFKA_PRINCIPALS, each with the
# password in NETRA_KAFKA_PASSWORD_<NAME> (from .env; see .env.example). The image's own format step then finds
# the volume "already formatted" and goes on, as it does on every restart. New users or passwords after the first
# start need `docker compose down -v` (or kafka-configs.sh --alter --add-config 'SCRAM-SHA-512=[password=...]'
# --entity-type users --entity-name <name>, run as admin).
#
# It also gives the SASL listeners their JAAS configs, which hold the admin password: SCRAM on INTERNAL and HOST
# (the broker logs in to itself as admin on INTERNAL, the inter-broker listener), and PLAIN on CONTROLLER with one
# static user, admin, as whom the broker logs in to its controller (SCRAM cannot serve the controller listener:
# its credentials live in the metadata the controller itself serves). And it writes the admin client config the
# healthcheck uses.
set -euo pipefail

die() { echo "kafka-start: $*" >&2; exit 1; }

data="${KAFKA_LOG_DIRS:-/var/lib/kafka/data}"
admin_password="${NETRA_KAFKA_PASSWORD_ADMIN:-}"
[ -n "$admin_password" ] || die "NETRA_KAFKA_PASSWORD_ADMIN is not set (deploy/make-env.sh writes .env)"
[ -n "${NETRA_KAFKA_PRINCIPALS:-}" ] || die "NETRA_KAFKA_PRINCIPALS is not set"

scram_login="org.apache.kafka.common.security.scram.ScramLoginModule required"
export KAFKA_LISTENER_NAME_INTERNAL_SCRAM___SHA___512_SASL_JAAS_CONFIG="${scram_login} username=\"admin\" password=\"${admin_password}\";"
export KAFKA_LISTENER_NAME_HOST_SCRAM___SHA___512_SASL_JAAS_CONFIG="${scram_login};"
plain_login="org.apache.kafka.common.security.plain.PlainLoginModule required"
export KAFKA_LISTENER_NAME_CONTROLLER_PLAIN_SASL_JAAS_CONFIG="${plain_login} username=\"admin\" password=\"${admin_password}\" user_admin=\"${admin_password}\";"

if [ ! -f "${data}/meta.properties" ]; then
  scram=()
  for name in ${NETRA_KAFKA_PRINCIPALS}; do
    var="NETRA_KAFKA_PASSWORD_$(echo "${name}" | tr '[:lower:]-' '[:upper:]_')"
    password="${!var:-}"
    [ -n "${password}" ] || die "${var} is not set (deploy/make-env.sh writes .env)"
    case "${password}" in *[],=[]*) die "${var}: no ',', '=', '[' or ']' (they break --add-scram)";; esac
    scram+=(--add-scram "SCRAM-SHA-512=[name=${name},password=${password}]")
  done
  format_config="$(mktemp)"
  cat > "${format_config}" <<EOF
process.roles=${KAFKA_PROCESS_ROLES}
node.id=${KAFKA_NODE_ID}
controller.quorum.voters=${KAFKA_CONTROLLER_QUORUM_VOTERS}
controller.listener.names=${KAFKA_CONTROLLER_LISTENER_NAMES}
listeners=${KAFKA_LISTENERS}
advertised.listeners=${KAFKA_ADVERTISED_LISTENERS}
listener.security.protocol.map=${KAFKA_LISTENER_SECURITY_PROTOCOL_MAP}
inter.broker.listener.name=${KAFKA_INTER_BROKER_LISTENER_NAME}
sasl.enabled.mechanisms=${KAFKA_SASL_ENABLED_MECHANISMS}
sasl.mechanism.inter.broker.protocol=${KAFKA_SASL_MECHANISM_INTER_BROKER_PROTOCOL}
listener.name.controller.sasl.enabled.mechanisms=${KAFKA_LISTENER_NAME_CONTROLLER_SASL_ENABLED_MECHANISMS}
sasl.mechanism.controller.protocol=${KAFKA_SASL_MECHANISM_CONTROLLER_PROTOCOL}
log.dirs=${data}
EOF
  echo "kafka-start: formatting ${data} with ${#scram[@]} SCRAM arguments ($(echo ${NETRA_KAFKA_PRINCIPALS} | wc -w) users)"
  /opt/kafka/bin/kafka-storage.sh format --ignore-formatted --cluster-id "${CLUSTER_ID}" -c "${format_config}" \
    "${scram[@]}"
  rm -f "${format_config}"
fi

# The healthcheck's (and any kafka-*.sh run inside the container's) admin login.
umask 077
cat > /opt/kafka/config/netra-admin.properties <<EOF
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=${scram_login} username="admin" password="${admin_password}";
EOF

exec /etc/kafka/docker/run
