"""Offline validation of manifests, each resource against the schema of whoever serves it:

- Kubernetes' own kinds: the JSON schemas kubernetes-validate ships (strict: an unknown field is an error);
- Strimzi's: the CRDs of the io.strimzi:api artifact (`schemas.strimzi_crds`), OpenAPI turned into JSON Schema
  with unknown fields refused where the CRD does not preserve them (what `kubectl apply` with strict field
  validation does). CEL rules (x-kubernetes-validations) are not evaluated;
- KEDA's: @kubernetes-models/keda's validators, run with node (`validate_keda.mjs`); they ignore unknown fields, so
  the Kafka scaler's parameters are also held against the ones KEDA documents;
- MongoDBCommunity: no registry here ships its CRD, so the fields its operator requires are checked here, from its
  CRD (mongodbcommunity.mongodb.com_mongodbcommunity.yaml, the community operator 0.13).
Every function returns problems as sentences; none means valid.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import yaml

KUBERNETES_VERSION = "1.33.0"
# KEDA's Kafka scaler (keda.sh/docs/2.x/scalers/apache-kafka): trigger metadata and TriggerAuthentication parameters
KAFKA_TRIGGER_METADATA = {"bootstrapServers", "consumerGroup", "topic", "lagThreshold", "activationLagThreshold",
                          "offsetResetPolicy", "allowIdleConsumers", "scaleToZeroOnInvalidOffset",
                          "excludePersistentLag", "limitToPartitionsWithLag", "ensureEvenDistributionOfPartitions",
                          "partitionLimitation", "sasl", "tls", "version", "unsafeSsl"}
KAFKA_AUTH_PARAMETERS = {"sasl", "username", "password", "tls", "ca", "cert", "key", "keyPassword",
                         "oauthTokenEndpointUri", "scopes", "oauthExtensions", "keytab", "realm", "kerberosConfig"}
# MongoDBCommunity v1 (the operator's CRD): what it requires, and every field it knows at these levels
MONGODB_SPEC_REQUIRED = {"security", "type", "users"}
MONGODB_SPEC_KNOWN = {"members", "type", "version", "arbiters", "featureCompatibilityVersion", "replicaSetHorizons",
                      "security", "users", "statefulSet", "agent", "additionalMongodConfig", "automationConfig",
                      "prometheus", "additionalConnectionStringConfig", "memberConfig"}
MONGODB_USER_REQUIRED = {"name", "roles"}
MONGODB_USER_KNOWN = {"name", "db", "passwordSecretRef", "roles", "scramCredentialsSecretName",
                      "connectionStringSecretName", "connectionStringSecretNamespace",
                      "additionalConnectionStringConfig"}
MONGODB_AUTH_MODES = {"SCRAM", "SCRAM-SHA-256", "SCRAM-SHA-1", "X509"}


def group_of(doc: dict[str, Any]) -> str:
    return doc["apiVersion"].rpartition("/")[0]


def core_problems(doc: dict[str, Any]) -> list[str]:
    try:
        kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)
    except kubernetes_validate.ValidationError as error:
        return [f"{_name(doc)}: {'/'.join(map(str, error.path))}: {error.message}"]
    return []


def openapi_to_jsonschema(node: Any) -> Any:
    """A CRD's structural OpenAPI v3 schema as JSON Schema, unknown fields refused unless preserved."""
    if isinstance(node, list):
        return [openapi_to_jsonschema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: openapi_to_jsonschema(value) for key, value in node.items()
           if not key.startswith("x-kubernetes-") and key not in ("nullable", "description")}
    if node.get("x-kubernetes-int-or-string"):
        out.pop("type", None)
        out["anyOf"] = [{"type": "integer"}, {"type": "string"}]
    if node.get("nullable") and "type" in out:
        out["type"] = [out["type"], "null"]
    if "properties" in node and "additionalProperties" not in node \
            and not node.get("x-kubernetes-preserve-unknown-fields"):
        out["additionalProperties"] = False
    return out


@cache
def strimzi_validators(crd_dir: Path) -> dict[tuple[str, str], jsonschema.Draft7Validator]:
    validators = {}
    for path in sorted(Path(crd_dir).glob("*.yaml")):
        crd = yaml.safe_load(path.read_text())
        for version in crd["spec"]["versions"]:
            schema = openapi_to_jsonschema(version["schema"]["openAPIV3Schema"])
            schema["properties"]["metadata"] = {"type": "object", "required": ["name"]}
            key = (f"{crd['spec']['group']}/{version['name']}", crd["spec"]["names"]["kind"])
            validators[key] = jsonschema.Draft7Validator(schema)
    return validators


def strimzi_problems(doc: dict[str, Any], crd_dir: Path) -> list[str]:
    validator = strimzi_validators(Path(crd_dir)).get((doc["apiVersion"], doc["kind"]))
    if validator is None:
        return [f"{_name(doc)}: Strimzi's CRDs in {crd_dir} serve no {doc['kind']} in {doc['apiVersion']}"]
    return [f"{_name(doc)}: /{'/'.join(map(str, error.absolute_path))}: {error.message}"
            for error in validator.iter_errors(doc)]


def keda_problems(docs: Iterable[dict[str, Any]], npm_dir: Path) -> list[str]:
    docs = list(docs)
    if not docs:
        return []
    node = shutil.which("node")
    if node is None:
        return ["node is not on PATH: KEDA's resources cannot be validated (make setup installs it)"]
    script = str(resources.files("netra_devkit.kubernetes").joinpath("validate_keda.mjs"))
    run = subprocess.run([node, script, str(npm_dir)], input=json.dumps(docs), capture_output=True, text=True,
                         timeout=120)
    if run.returncode != 0:
        return [f"validate_keda.mjs failed (exit {run.returncode}): {run.stderr[-2000:]}"]
    problems = [f"{result['kind']}/{result['name']}: {error}" for result in json.loads(run.stdout)
                for error in result["errors"]]
    for doc in docs:
        if doc["kind"] == "ScaledObject":
            for trigger in doc["spec"].get("triggers", []):
                if trigger.get("type") == "kafka":
                    problems += [f"{_name(doc)}: the Kafka scaler has no parameter {key!r}"
                                 for key in sorted(set(trigger.get("metadata", {})) - KAFKA_TRIGGER_METADATA)]
        if doc["kind"] == "TriggerAuthentication":
            refs = doc["spec"].get("secretTargetRef", []) + doc["spec"].get("configMapTargetRef", [])
            problems += [f"{_name(doc)}: the Kafka scaler takes no authentication parameter {ref['parameter']!r}"
                         for ref in refs if ref["parameter"] not in KAFKA_AUTH_PARAMETERS]
    return problems


def mongodb_problems(doc: dict[str, Any]) -> list[str]:
    name, spec = _name(doc), doc.get("spec", {})
    problems = [f"{name}: spec.{key} is required" for key in sorted(MONGODB_SPEC_REQUIRED - set(spec))]
    problems += [f"{name}: spec.{key} is not a field of MongoDBCommunity" for key in sorted(set(spec) -
                                                                                          MONGODB_SPEC_KNOWN)]
    if spec.get("type") != "ReplicaSet":
        problems.append(f"{name}: spec.type must be ReplicaSet")
    if not isinstance(spec.get("members"), int) or spec["members"] < 1 or not isinstance(spec.get("version"), str):
        problems.append(f"{name}: spec.members (an integer) and spec.version (a string) are needed")
    modes = spec.get("security", {}).get("authentication", {}).get("modes")
    if not modes or not set(modes) <= MONGODB_AUTH_MODES:
        problems.append(f"{name}: spec.security.authentication.modes must be a list of {sorted(MONGODB_AUTH_MODES)}")
    for user in spec.get("users", []):
        label = f"{name}: user {user.get('name')!r}"
        problems += [f"{label}: {key} is required" for key in sorted(MONGODB_USER_REQUIRED - set(user))]
        problems += [f"{label}: {key} is not a field of a user" for key in sorted(set(user) - MONGODB_USER_KNOWN)]
        if not user.get("passwordSecretRef", {}).get("name"):
            problems.append(f"{label}: passwordSecretRef.name is required (SCRAM needs a password)")
        problems += [f"{label}: a role needs a name and a db" for role in user.get("roles", [])
                     if set(role) != {"name", "db"} or not all(isinstance(v, str) and v for v in role.values())]
    return problems


def problems(docs: Iterable[dict[str, Any]], crd_dir: Path, npm_dir: Path) -> list[str]:
    """Every document against its schema; a kind nobody here can check is a problem too."""
    docs = list(docs)
    found, keda = [], []
    for doc in docs:
        group = group_of(doc)
        if group == "kafka.strimzi.io":
            found += strimzi_problems(doc, crd_dir)
        elif group == "keda.sh":
            keda.append(doc)
        elif group == "mongodbcommunity.mongodb.com":
            found += mongodb_problems(doc)
        elif "." not in group or group.endswith(".k8s.io"):
            found += core_problems(doc)
        else:
            found.append(f"{_name(doc)}: no schema for {doc['apiVersion']} here")
    return found + keda_problems(keda, npm_dir)


def _name(doc: dict[str, Any]) -> str:
    return f"{doc.get('kind')}/{doc.get('metadata', {}).get('name')}"
