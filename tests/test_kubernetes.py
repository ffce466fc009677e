"""deploy/kubernetes/ held against the code and against the schemas of those who serve each resource, offline.

The base is generated (`python -m netra_devkit.kubernetes`): a drift between the committed files and the generator
fails here. The base and the production overlay are built as kustomize builds them (netra_devkit.kubernetes.kustomize;
compared with `kubectl kustomize` where kubectl exists) and every resource is validated: Kubernetes' kinds against
kubernetes-validate's schemas, Strimzi's against the CRDs of io.strimzi:api, KEDA's with @kubernetes-models/keda, and
MongoDBCommunity against the fields its operator requires. `make setup` fetched those into .cache/; nothing here does.
Then what the manifests say is checked against the registry, access.py and the services' settings.
"""

from __future__ import annotations

import base64
import copy
import json
import re
import shutil
import subprocess
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import yaml
from netra_devkit.infra.jars import cache_dir
from netra_devkit.kubernetes import __main__ as generator
from netra_devkit.kubernetes import validation
from netra_devkit.kubernetes.kustomize import KustomizeError, build
from netra_devkit.kubernetes.manifests import WORKLOADS, base_manifests
from netra_shared.contracts.access import PRINCIPALS, Grant, Operation, Pattern, Resource, grants_for
from netra_shared.contracts.topics import ALL_TOPICS, DAY_MS, DLQ_RETENTION_DAYS, Topics, consumed_by, replica_limit
from netra_shared.kernel.http import health_routes
from netra_shared.kernel.kafka_auth import SECURITY_SCRAM_TLS, from_settings
from pydantic import SecretStr

REPO = Path(__file__).resolve().parents[1]
KUBERNETES = REPO / "deploy" / "kubernetes"
BASE = KUBERNETES / "base"
OVERLAYS = sorted(path.parent.name for path in (KUBERNETES / "overlays").glob("*/kustomization.yaml"))
SETTINGS = {w.service: w.settings for w in WORKLOADS}
DNS_SUBDOMAIN = re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*")


def schemas() -> tuple[Path, Path]:
    crds, npm = cache_dir() / "kubernetes" / "strimzi-crds", cache_dir() / "kubernetes" / "npm"
    missing = [str(p) for p in (crds, npm / "node_modules" / "@kubernetes-models" / "keda") if not p.is_dir()]
    assert not missing, f"the schemas are not in the cache ({missing}): run `make setup` (nothing downloads here)"
    return crds, npm


def copy_with_secrets(tmp: Path) -> Path:
    """deploy/kubernetes in a temporary folder, with each overlay's secrets written as make-secrets.sh writes them."""
    target = tmp / "kubernetes"
    shutil.copytree(KUBERNETES, target, ignore=shutil.ignore_patterns("secrets"))
    for overlay in OVERLAYS:
        subprocess.run([str(target / "make-secrets.sh"), str(target / "overlays" / overlay)], check=True,
                       capture_output=True)
    return target


@pytest.fixture(scope="module")
def deploy_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_with_secrets(tmp_path_factory.mktemp("kubernetes"))


@pytest.fixture(scope="module")
def base_docs() -> list[dict[str, Any]]:
    return build(BASE)


@pytest.fixture(scope="module")
def production(deploy_copy: Path) -> list[dict[str, Any]]:
    return build(deploy_copy / "overlays" / "production")


def by_kind(docs: list[dict[str, Any]], kind: str) -> dict[str, dict[str, Any]]:
    return {doc["metadata"]["name"]: doc for doc in docs if doc["kind"] == kind}


# --- generated, and not drifted -------------------------------------------------------------------------------
def test_the_committed_base_is_what_the_generator_writes():
    for manifest in base_manifests():
        assert (BASE / manifest.path).read_text() == manifest.render(), (
            f"{BASE / manifest.path} drifted from the registry: run `make kubernetes`")
    assert {p.name for p in BASE.glob("*.yaml")} == {m.path for m in base_manifests()}


def test_the_generator_finds_and_repairs_a_drifted_file(tmp_path: Path):
    out = tmp_path / "base"
    assert generator.main(["--out", str(out)]) == 0
    assert generator.main(["--out", str(out), "--check"]) == 0
    topics = out / "kafka-topics.yaml"
    topics.write_text(topics.read_text().replace("partitions: 12", "partitions: 3", 1))
    (out / "leftover.yaml").write_text("{}\n")
    assert generator.main(["--out", str(out), "--check"]) == 1
    assert generator.main(["--out", str(out)]) == 0 and generator.main(["--out", str(out), "--check"]) == 0
    assert not (out / "leftover.yaml").exists()


# --- built and valid ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("target", ["base", *(f"overlays/{o}" for o in OVERLAYS)])
def test_base_and_overlays_build_and_every_resource_validates(target: str, deploy_copy: Path):
    docs = build(deploy_copy / target)
    crds, npm = schemas()
    assert not (found := validation.problems(docs, crds, npm)), "\n" + "\n".join(found)
    names = [(doc["kind"], doc["metadata"]["name"]) for doc in docs]
    assert len(names) == len(set(names)), "a resource is defined twice"
    assert all(DNS_SUBDOMAIN.fullmatch(name) and len(name) <= 253 for _, name in names), names
    assert {doc["metadata"].get("namespace") for doc in docs if doc["kind"] != "Namespace"} == {"netra"}


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="kubectl (with kustomize) is not installed")
@pytest.mark.parametrize("target", ["base", *(f"overlays/{o}" for o in OVERLAYS)])
def test_the_builder_builds_what_kubectl_kustomize_builds(target: str, deploy_copy: Path):
    run = subprocess.run(["kubectl", "kustomize", str(deploy_copy / target)], capture_output=True, text=True,
                         check=True)

    def keyed(docs: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
        return {(d["kind"], d["metadata"]["name"]): json.dumps(d, sort_keys=True) for d in docs}

    assert keyed(build(deploy_copy / target)) == keyed(list(yaml.safe_load_all(run.stdout)))


def test_the_builder_refuses_what_it_does_not_implement(tmp_path: Path):
    (tmp_path / "kustomization.yaml").write_text("resources: []\ncommonLabels: {a: b}\n")
    with pytest.raises(KustomizeError, match="commonLabels"):
        build(tmp_path)


def test_the_overlay_needs_its_secret_files(tmp_path: Path):
    target = tmp_path / "kubernetes"
    shutil.copytree(KUBERNETES, target, ignore=shutil.ignore_patterns("secrets"))
    with pytest.raises(FileNotFoundError, match="mongodb-passwords.env"):
        build(target / "overlays" / "production")


def test_passwords_are_never_committed(base_docs: list[dict[str, Any]]):
    assert not by_kind(base_docs, "Secret"), "the base holds a Secret: passwords come from generators and operators"
    ignored = subprocess.run(["git", "check-ignore", "-q", str(KUBERNETES / "overlays" / "production" / "secrets" /
                                                               "notify.env")], cwd=REPO)
    assert ignored.returncode == 0, "the overlay's secrets/ folder is not ignored by git"
    tracked = subprocess.run(["git", "ls-files", str(KUBERNETES)], cwd=REPO, capture_output=True, text=True).stdout
    assert "secrets/" not in tracked


# --- validation catches mistakes ------------------------------------------------------------------------------
def _doc(kind: str, name: str) -> Callable[[list[dict[str, Any]]], dict[str, Any]]:
    return lambda docs: by_kind(docs, kind)[name]


def _set(kind: str, name: str, path: str, value: Any) -> Callable[[list[dict[str, Any]]], None]:
    def mutate(docs: list[dict[str, Any]]) -> None:
        node: Any = _doc(kind, name)(docs)
        *parents, last = path.split(".")
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[int(last) if last.isdigit() else last] = value
    return mutate


MISTAKES = [
    ("a misspelled container field", _set("Deployment", "intake", "spec.template.spec.containers.0.imagePullPolicyy",
                                          "Always"), "'imagePullPolicyy' was unexpected"),
    ("a probe on no port", _set("Deployment", "triage", "spec.template.spec.containers.0.readinessProbe.httpGet",
                                {"path": "/readyz"}), "'port' is a required property"),
    ("a topic's partitions as text", _set("KafkaTopic", "reports.submitted.gowaslu", "spec.partitions", "12"),
     "'12' is not of type 'integer'"),
    ("an ACL operation Kafka has not", _set("KafkaUser", "bkn", "spec.authorization.acls.0.operations", ["Reed"]),
     "'Reed' is not one of"),
    ("a listener without tls", lambda docs: _doc("Kafka", "netra")(docs)["spec"]["kafka"]["listeners"][0].pop("tls"),
     "'tls' is a required property"),
    ("a misspelled Strimzi field", _set("Kafka", "netra", "spec.kafka.authorisation", {"type": "simple"}),
     "'authorisation' was unexpected"),
    ("a node pool without roles", lambda docs: _doc("KafkaNodePool", "broker")(docs)["spec"].pop("roles"),
     "'roles' is a required property"),
    ("a scaler without a target", lambda docs: _doc("ScaledObject", "notify")(docs)["spec"].pop("scaleTargetRef"),
     "required property scaleTargetRef"),
    ("a Kafka scaler parameter KEDA has not",
     _set("ScaledObject", "referral", "spec.triggers.0.metadata.consumerGroupId", "netra-referral"),
     "no parameter 'consumerGroupId'"),
    ("a replica set of no kind", _set("MongoDBCommunity", "netra-mongodb", "spec.type", "Standalone"),
     "spec.type must be ReplicaSet"),
    ("a database user without a password",
     lambda docs: _doc("MongoDBCommunity", "netra-mongodb")(docs)["spec"]["users"][0].pop("passwordSecretRef"),
     "passwordSecretRef.name is required"),
]


@pytest.mark.parametrize(("mutate", "expected"), [m[1:] for m in MISTAKES], ids=[m[0] for m in MISTAKES])
def test_validation_catches(mutate: Callable[[list[dict[str, Any]]], None], expected: str,
                            base_docs: list[dict[str, Any]]):
    crds, npm = schemas()
    broken = copy.deepcopy(base_docs)
    mutate(broken)
    changed = [doc for doc, before in zip(broken, base_docs, strict=True) if doc != before]
    assert len(changed) == 1 and not validation.problems([before for before in base_docs if before["metadata"][
        "name"] == changed[0]["metadata"]["name"] and before["kind"] == changed[0]["kind"]], crds, npm)
    found = validation.problems(changed, crds, npm)
    assert any(expected in problem for problem in found), f"missed ({expected!r}); found:\n" + "\n".join(found)


# --- Kafka: the registry's topics, access.py's ACLs, a durable cluster ----------------------------------------
def test_every_topic_and_dlq_is_a_kafka_topic_with_the_registrys_partitions_and_cluster_durability(base_docs):
    topics = by_kind(base_docs, "KafkaTopic")
    wanted = {}
    for spec in ALL_TOPICS:
        wanted[spec.name] = (spec.partitions, 3, {"retention.ms": spec.retention_ms, "min.insync.replicas": 2})
        wanted[spec.dlq] = (1, 3, {"retention.ms": DLQ_RETENTION_DAYS * DAY_MS, "min.insync.replicas": 2})
    assert {name: (t["spec"]["partitions"], t["spec"]["replicas"], t["spec"]["config"])
            for name, t in topics.items()} == wanted
    assert all(t["spec"]["topicName"] == name and t["metadata"]["labels"]["strimzi.io/cluster"] == "netra"
               for name, t in topics.items())


def test_the_kafka_cluster_is_kraft_with_three_brokers_tls_scram_and_acls(base_docs):
    kafka = by_kind(base_docs, "Kafka")["netra"]["spec"]["kafka"]
    pools = by_kind(base_docs, "KafkaNodePool")
    assert {name: (p["spec"]["roles"], p["spec"]["replicas"]) for name, p in pools.items()} == {
        "controller": (["controller"], 3), "broker": (["broker"], 3)}
    assert [(x["type"], x["tls"], x["authentication"]["type"]) for x in kafka["listeners"]] == [
        ("internal", True, "scram-sha-512")], "every client listener is TLS with SCRAM-SHA-512"
    assert kafka["authorization"] == {"type": "simple"}
    config = kafka["config"]
    assert (config["default.replication.factor"], config["min.insync.replicas"]) == (3, 2)
    assert (config["offsets.topic.replication.factor"], config["transaction.state.log.min.isr"]) == (3, 2)
    assert config["auto.create.topics.enable"] is False


def test_every_principal_is_a_kafka_user_with_exactly_its_acls(base_docs):
    users = by_kind(base_docs, "KafkaUser")
    assert set(users) == {name for name, p in PRINCIPALS.items() if not p.is_super_user}
    patterns = {"literal": Pattern.literal, "prefix": Pattern.prefixed}
    for name, user in users.items():
        assert user["spec"]["authentication"] == {"type": "scram-sha-512"}
        granted = {Grant(name, Resource(acl["resource"]["type"].upper()), acl["resource"]["name"],
                         patterns[acl["resource"]["patternType"]], Operation(op.upper()))
                   for acl in user["spec"]["authorization"]["acls"] for op in acl["operations"]}
        assert granted == set(grants_for(name)), name


# --- the services: settings, probes, secrets, autoscaling ----------------------------------------------------
def service_env(docs: list[dict[str, Any]], service: str) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """(plain values from the ConfigMaps it mounts, {name: (Secret, key)} of the values it takes from Secrets)."""
    [container] = by_kind(docs, "Deployment")[service]["spec"]["template"]["spec"]["containers"]
    config_maps = by_kind(docs, "ConfigMap")
    plain = {k: v for ref in container["envFrom"] for k, v in config_maps[ref["configMapRef"]["name"]]["data"].items()}
    secret = {e["name"]: (e["valueFrom"]["secretKeyRef"]["name"], e["valueFrom"]["secretKeyRef"]["key"])
              for e in container["env"]}
    return plain, secret


@pytest.mark.parametrize("service", SETTINGS)
def test_each_service_reads_every_variable_it_is_given_and_logs_in_as_itself_over_tls(service, base_docs):
    cls = SETTINGS[service]
    prefix = cls.model_config["env_prefix"]
    plain, secret = service_env(base_docs, service)
    unknown = [k for k in [*plain, *secret] if cls.model_fields.get(k.removeprefix(prefix).lower()) is None]
    assert not unknown, f"not fields of {cls.__name__} (silently ignored): {unknown}"
    assert all(cls.model_fields[k.removeprefix(prefix).lower()].annotation is SecretStr
               for k in secret if k.endswith(("PASSWORD", "_KEY"))), "a secret in a ConfigMap"
    fake = {k: "mongodb://u:p@netra-mongodb-0/x" if k.endswith("MONGO_URL") else
            base64.urlsafe_b64encode(b"k" * 32).decode() if k.endswith("_KEY") else "s3cret" for k in secret}
    with mock.patch.dict("os.environ", {**plain, **fake}, clear=True):
        settings = cls()
    credentials = from_settings(settings)
    assert (settings.kafka_security, credentials.username, credentials.tls) == (SECURITY_SCRAM_TLS, service, True)
    assert secret[f"{prefix}KAFKA_PASSWORD"] == (f"kafka-{service}", "password")  # Strimzi's secret for the user
    assert settings.http_host == "0.0.0.0" and settings.mongo_write_concern == "majority"
    pod = by_kind(base_docs, "Deployment")[service]["spec"]["template"]["spec"]
    ca_mounts = [m["mountPath"] for m in pod["containers"][0]["volumeMounts"]
                 for v in pod["volumes"] if v["name"] == m["name"] and
                 v.get("secret", {}).get("secretName") == "netra-cluster-ca-cert"]
    assert [str(Path(settings.kafka_ca_file).parent)] == ca_mounts, "the CA file is not Strimzi's cluster CA"


@pytest.mark.parametrize("service", SETTINGS)
def test_each_deployment_probes_its_port_and_asks_for_resources(service, base_docs):
    deployment = by_kind(base_docs, "Deployment")[service]
    [container] = deployment["spec"]["template"]["spec"]["containers"]
    port = SETTINGS[service].model_fields["http_port"].default
    assert container["ports"] == [{"name": "http", "containerPort": port, "protocol": "TCP"}]
    served = {path for path, _ in health_routes({})}
    probes = {kind: (container[kind]["httpGet"]["path"], container[kind]["httpGet"]["port"])
              for kind in ("startupProbe", "livenessProbe", "readinessProbe")}
    assert probes == {"startupProbe": ("/healthz", "http"), "livenessProbe": ("/healthz", "http"),
                      "readinessProbe": ("/readyz", "http")} and {"/healthz", "/readyz"} <= served
    assert set(container["resources"]) == {"requests", "limits"}
    assert all(set(container["resources"][k]) == {"cpu", "memory"} for k in ("requests", "limits"))
    svc = by_kind(base_docs, "Service")[service]["spec"]
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert svc["selector"].items() <= labels.items() and svc["ports"][0]["targetPort"] == "http"


@pytest.mark.parametrize("service", SETTINGS)
def test_each_service_scales_on_its_groups_lag_up_to_its_partitions(service, production):
    scaled = by_kind(production, "ScaledObject")[service]["spec"]
    [trigger] = scaled["triggers"]
    plain, _ = service_env(production, service)
    prefix = SETTINGS[service].model_config["env_prefix"]
    assert scaled["scaleTargetRef"] == {"name": service}
    assert 1 <= scaled["minReplicaCount"] <= scaled["maxReplicaCount"] <= replica_limit(service)
    assert scaled["maxReplicaCount"] <= min(spec.partitions for spec in consumed_by(service))
    meta = trigger["metadata"]
    assert (trigger["type"], meta["consumerGroup"], meta["bootstrapServers"]) == (
        "kafka", f"netra-{service}", plain[f"{prefix}KAFKA_BOOTSTRAP"])
    assert (meta["sasl"], meta["tls"], meta.get("topic")) == ("scram_sha512", "enable", None)  # every topic it reads
    auth = by_kind(production, "TriggerAuthentication")[trigger["authenticationRef"]["name"]]["spec"]
    refs = {r["parameter"]: (r["name"], r["key"]) for r in auth["secretTargetRef"]}
    assert refs == {"password": (f"kafka-{service}", "password"), "ca": ("netra-cluster-ca-cert", "ca.crt")}
    [username] = auth["configMapTargetRef"]
    config_map = by_kind(production, "ConfigMap")[username["name"]]["data"]
    assert (username["parameter"], config_map[username["key"]]) == ("username", service)


def test_the_replica_set_gives_each_service_its_own_database_and_majority_writes(production):
    mongo = by_kind(production, "MongoDBCommunity")["netra-mongodb"]["spec"]
    assert (mongo["members"], mongo["security"]["authentication"]["modes"]) == (3, ["SCRAM"])
    assert mongo["additionalConnectionStringConfig"] == {"retryWrites": "true", "w": "majority"}
    users = {user["name"]: user for user in mongo["users"]}
    assert set(users) == set(SETTINGS)
    passwords = by_kind(production, "Secret")["netra-mongodb-passwords"]["data"]
    for service, cls in SETTINGS.items():
        database, user = cls.model_fields["mongo_db"].default, users[service]
        assert (user["db"], user["roles"]) == (database, [{"name": "readWrite", "db": database}]), service
        ref = user["passwordSecretRef"]
        assert ref["name"] == "netra-mongodb-passwords" and len(base64.b64decode(passwords[ref["key"]])) >= 24
        _, secret = service_env(production, service)
        assert secret[f"{cls.model_config['env_prefix']}MONGO_URL"] == (user["connectionStringSecretName"],
                                                                        "connectionString.standard")
    assert len({base64.b64decode(v) for v in passwords.values()}) == len(SETTINGS), "one password per user"


def test_the_overlay_scales_up_and_deploys_its_image_tag_and_generates_the_sealing_keys(production, base_docs):
    for service in SETTINGS:
        before, after = by_kind(base_docs, "Deployment")[service], by_kind(production, "Deployment")[service]
        assert after["spec"]["replicas"] > before["spec"]["replicas"]
        assert after["spec"]["template"]["spec"]["containers"][0]["image"] == f"netra-{service}:1.0.0"
        assert by_kind(production, "ScaledObject")[service]["spec"]["minReplicaCount"] == 3
    from cryptography.fernet import Fernet

    for service, variable in (("notify", "NETRA_NOTIFY_CONTACT_KEY"), ("referral", "NETRA_REFERRAL_DISCLOSURE_KEY")):
        _, secret = service_env(production, service)
        name, key = secret[variable]
        Fernet(base64.b64decode(by_kind(production, "Secret")[name]["data"][key]))  # raises unless a Fernet key


def test_the_manifests_carry_the_deployments_topic_prefix():
    docs = [doc for manifest in base_manifests("staging.") for doc in manifest.documents]
    topics, users = by_kind(docs, "KafkaTopic"), by_kind(docs, "KafkaUser")
    prefixed = Topics("staging.")
    assert set(topics) == {n for spec in ALL_TOPICS for n in (prefixed.name(spec), prefixed.dlq(spec))}
    acl_topics = defaultdict(set)
    for name, user in users.items():
        acl_topics[name] = {acl["resource"]["name"] for acl in user["spec"]["authorization"]["acls"]
                            if acl["resource"]["type"] == "topic"}
    assert all(topic.startswith("staging.") for names in acl_topics.values() for topic in names)
    assert by_kind(docs, "ConfigMap")["netra-triage"]["data"]["NETRA_TRIAGE_TOPIC_PREFIX"] == "staging."
