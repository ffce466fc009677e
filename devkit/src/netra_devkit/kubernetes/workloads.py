"""Each service as a Deployment (probes on /healthz and /readyz, resources, its settings from a ConfigMap and its
passwords from the operators' Secrets), a Service, a PodDisruptionBudget and a KEDA ScaledObject that scales it on
its consumer group's lag, at most to as many replicas as its topics have partitions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from netra_shared.contracts.topics import replica_limit
from netra_shared.kernel.kafka_auth import SECURITY_SCRAM_TLS
from netra_shared.kernel.settings import ServiceSettings

from . import names

MIN_REPLICAS = 2  # one replica may be rescheduled at any time; an overlay may ask for more
LAG_PER_REPLICA = 100  # KEDA adds a replica for every this many records the group is behind


@dataclass(frozen=True)
class Workload:
    service: str
    settings: type[ServiceSettings]
    requests: dict[str, str]
    limits: dict[str, str]

    @property
    def prefix(self) -> str:
        return str(self.settings.model_config["env_prefix"])

    @property
    def port(self) -> int:
        return int(self.settings.model_fields["http_port"].default)

    @property
    def database(self) -> str:
        return str(self.settings.model_fields["mongo_db"].default)

    @property
    def consumer_group(self) -> str:
        return f"netra-{self.service}"  # the kernel's group id when settings.consumer_group is empty

    def labels(self) -> dict[str, str]:
        return {"app.kubernetes.io/name": self.service, **names.PART_OF}


def _secret(name: str, key: str) -> dict[str, Any]:
    return {"secretKeyRef": {"name": name, "key": key}}


def config_map(w: Workload, topic_prefix: str) -> dict[str, Any]:
    p = w.prefix
    data = {f"{p}KAFKA_BOOTSTRAP": names.KAFKA_BOOTSTRAP, f"{p}KAFKA_SECURITY": SECURITY_SCRAM_TLS,
            f"{p}KAFKA_USERNAME": w.service, f"{p}KAFKA_CA_FILE": f"{names.KAFKA_CA_DIR}/{names.CLUSTER_CA_KEY}",
            f"{p}MONGO_DB": w.database, f"{p}MONGO_WRITE_CONCERN": "majority", f"{p}TOPIC_PREFIX": topic_prefix,
            f"{p}HTTP_HOST": "0.0.0.0", f"{p}HTTP_PORT": str(w.port), f"{p}LOG_FORMAT": "json"}
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": f"netra-{w.service}", "labels": w.labels()},
            "data": data}


def secret_env(w: Workload) -> list[dict[str, Any]]:
    env = [{"name": f"{w.prefix}KAFKA_PASSWORD",  # written by Strimzi's User Operator for the KafkaUser
            "valueFrom": _secret(names.kafka_user_secret(w.service), names.KAFKA_PASSWORD_KEY)},
           {"name": f"{w.prefix}MONGO_URL",  # written by the MongoDB operator: the replica set, user, password
            "valueFrom": _secret(names.mongodb_user_secret(w.service), names.CONNECTION_STRING_KEY)}]
    if key := names.SEALING_KEYS.get(w.service):  # the Fernet key that seals reporters' identities at rest
        env.append({"name": key, "valueFrom": _secret(names.service_secrets(w.service), key)})
    return env


def deployment(w: Workload) -> dict[str, Any]:
    def probe(path: str, period: int, failures: int) -> dict[str, Any]:
        return {"httpGet": {"path": path, "port": "http"}, "periodSeconds": period, "timeoutSeconds": 3,
                "failureThreshold": failures}

    container = {
        "name": w.service, "image": f"netra-{w.service}:{names.IMAGE_TAG}",
        "ports": [{"name": "http", "containerPort": w.port, "protocol": "TCP"}],
        "envFrom": [{"configMapRef": {"name": f"netra-{w.service}"}}], "env": secret_env(w),
        "startupProbe": probe("/healthz", 2, 30), "livenessProbe": probe("/healthz", 10, 3),
        "readinessProbe": probe("/readyz", 5, 3),
        "resources": {"requests": w.requests, "limits": w.limits},
        "securityContext": {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True,
                            "capabilities": {"drop": ["ALL"]}},
        "volumeMounts": [{"name": "kafka-ca", "mountPath": names.KAFKA_CA_DIR, "readOnly": True},
                         {"name": "tmp", "mountPath": "/tmp"}],
    }
    pod = {"terminationGracePeriodSeconds": 30, "containers": [container],
           "securityContext": {"runAsNonRoot": True, "runAsUser": 10001, "runAsGroup": 10001,  # the image's user
                               "seccompProfile": {"type": "RuntimeDefault"}},
           "volumes": [{"name": "kafka-ca", "secret": {"secretName": names.CLUSTER_CA_SECRET,
                                                       "items": [{"key": names.CLUSTER_CA_KEY,
                                                                  "path": names.CLUSTER_CA_KEY}]}},
                       {"name": "tmp", "emptyDir": {}}]}
    return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": w.service, "labels": w.labels()},
            "spec": {"replicas": MIN_REPLICAS, "selector": {"matchLabels": {"app.kubernetes.io/name": w.service}},
                     "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 0, "maxSurge": 1}},
                     "template": {"metadata": {"labels": w.labels()}, "spec": pod}}}


def service(w: Workload) -> dict[str, Any]:
    return {"apiVersion": "v1", "kind": "Service", "metadata": {"name": w.service, "labels": w.labels()},
            "spec": {"selector": {"app.kubernetes.io/name": w.service},
                     "ports": [{"name": "http", "port": w.port, "targetPort": "http", "protocol": "TCP"}]}}


def disruption_budget(w: Workload) -> dict[str, Any]:
    return {"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": w.service,
                                                                                  "labels": w.labels()},
            "spec": {"minAvailable": 1, "selector": {"matchLabels": {"app.kubernetes.io/name": w.service}}}}


def autoscaling(w: Workload) -> list[dict[str, Any]]:
    """KEDA's Kafka scaler over TLS with the service's own principal (its READ on its group lets it see the lag)."""
    auth = f"{w.service}-kafka"
    trigger_auth = {"apiVersion": "keda.sh/v1alpha1", "kind": "TriggerAuthentication",
                    "metadata": {"name": auth, "labels": w.labels()},
                    "spec": {"secretTargetRef": [
                        {"parameter": "password", "name": names.kafka_user_secret(w.service),
                         "key": names.KAFKA_PASSWORD_KEY},
                        {"parameter": "ca", "name": names.CLUSTER_CA_SECRET, "key": names.CLUSTER_CA_KEY}],
                        "configMapTargetRef": [{"parameter": "username", "name": f"netra-{w.service}",
                                                "key": f"{w.prefix}KAFKA_USERNAME"}]}}
    scaled = {"apiVersion": "keda.sh/v1alpha1", "kind": "ScaledObject",
              "metadata": {"name": w.service, "labels": w.labels()},
              "spec": {"scaleTargetRef": {"name": w.service}, "minReplicaCount": MIN_REPLICAS,
                       "maxReplicaCount": replica_limit(w.service), "pollingInterval": 15, "cooldownPeriod": 300,
                       "triggers": [{"type": "kafka", "authenticationRef": {"name": auth},
                                     "metadata": {"bootstrapServers": names.KAFKA_BOOTSTRAP,
                                                  "consumerGroup": w.consumer_group,  # every topic of the group
                                                  "lagThreshold": str(LAG_PER_REPLICA),
                                                  "offsetResetPolicy": "earliest",  # as the kernel's consumer
                                                  "sasl": "scram_sha512", "tls": "enable"}}]}}
    return [trigger_auth, scaled]
