"""The part of `kustomize build` the manifests use, so that `make test` builds the base and the overlays without a
kustomize binary (none is in a registry reachable here): resources (files and folders), namespace, images, replicas,
patches (JSON 6902, inline or from a file) and secretGenerator (envs, literals) with the name hash disabled. A key it
does not know is an error, never silently skipped; tests/test_kubernetes.py compares it with `kubectl kustomize`
where kubectl is installed."""

from __future__ import annotations

import base64
import copy
from pathlib import Path
from typing import Any

import yaml

KNOWN = {"apiVersion", "kind", "namespace", "resources", "images", "replicas", "patches", "secretGenerator",
         "generatorOptions"}
CLUSTER_SCOPED = {"Namespace", "CustomResourceDefinition", "ClusterRole", "ClusterRoleBinding"}
SCALABLE = {"Deployment", "StatefulSet", "ReplicaSet", "ReplicationController"}


class KustomizeError(ValueError):
    """A kustomization this builder cannot build as kustomize would."""


def build(folder: Path) -> list[dict[str, Any]]:
    folder = Path(folder)
    spec = yaml.safe_load((folder / "kustomization.yaml").read_text())
    if unknown := set(spec) - KNOWN:
        raise KustomizeError(f"{folder}: kustomization keys this builder does not implement: {sorted(unknown)}")
    docs: list[dict[str, Any]] = []
    for resource in spec.get("resources", []):
        path = folder / resource
        docs += build(path) if path.is_dir() else [d for d in yaml.safe_load_all(path.read_text()) if d]
    docs += _secrets(folder, spec)
    for patch in spec.get("patches", []):
        _patch(folder, docs, patch)
    for image in spec.get("images", []):
        _image(docs, image)
    for replica in spec.get("replicas", []):
        found = [d for d in docs if d["kind"] in SCALABLE and d["metadata"]["name"] == replica["name"]]
        if not found:
            raise KustomizeError(f"{folder}: replicas for {replica['name']!r}: no such workload")
        for doc in found:
            doc["spec"]["replicas"] = replica["count"]
    if namespace := spec.get("namespace"):
        for doc in docs:
            if doc["kind"] not in CLUSTER_SCOPED:
                doc["metadata"]["namespace"] = namespace
    return docs


def _secrets(folder: Path, spec: dict[str, Any]) -> list[dict[str, Any]]:
    generators = spec.get("secretGenerator", [])
    if generators and not spec.get("generatorOptions", {}).get("disableNameSuffixHash"):
        raise KustomizeError(f"{folder}: name suffix hashes are not implemented (set disableNameSuffixHash)")
    out = []
    for generator in generators:
        if unknown := set(generator) - {"name", "envs", "literals", "type"}:
            raise KustomizeError(f"{folder}: secretGenerator keys not implemented: {sorted(unknown)}")
        pairs = [line for env in generator.get("envs", []) for line in (folder / env).read_text().splitlines()
                 if line.strip() and not line.lstrip().startswith("#")] + generator.get("literals", [])
        data = {key: base64.b64encode(value.encode()).decode()
                for key, value in (pair.split("=", 1) for pair in pairs)}
        out.append({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": generator["name"]},
                    "type": generator.get("type", "Opaque"), "data": data})
    return out


def _matches(doc: dict[str, Any], target: dict[str, Any]) -> bool:
    if unknown := set(target) - {"kind", "name", "group", "version"}:
        raise KustomizeError(f"patch target keys not implemented: {sorted(unknown)}")
    group, _, version = doc["apiVersion"].rpartition("/")
    wanted = {"kind": doc["kind"], "name": doc["metadata"]["name"], "group": group, "version": version}
    return all(wanted[key] == value for key, value in target.items())


def _patch(folder: Path, docs: list[dict[str, Any]], patch: dict[str, Any]) -> None:
    operations = yaml.safe_load(patch["patch"] if "patch" in patch else (folder / patch["path"]).read_text())
    if not isinstance(operations, list):
        raise KustomizeError(f"{folder}: only JSON 6902 patches (a list of operations) are implemented")
    targets = [doc for doc in docs if _matches(doc, patch.get("target", {}))]
    if not targets:
        raise KustomizeError(f"{folder}: patch target {patch.get('target')} matches no resource")
    for doc in targets:
        for operation in operations:
            _apply(doc, operation)


def _apply(doc: dict[str, Any], operation: dict[str, Any]) -> None:
    *parents, last = [part.replace("~1", "/").replace("~0", "~") for part in operation["path"].split("/")[1:]]
    node: Any = doc
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    op, value = operation["op"], copy.deepcopy(operation.get("value"))
    if isinstance(node, list):
        index = len(node) if last == "-" else int(last)
        if op == "add":
            node.insert(index, value)
        elif op in ("replace", "remove"):
            node[index]  # noqa: B018 - an index out of range is an error, as in kustomize
            if op == "replace":
                node[index] = value
            else:
                del node[index]
        else:
            raise KustomizeError(f"JSON patch op {op!r} is not implemented")
    elif op == "add":
        node[last] = value
    elif op in ("replace", "remove"):
        if last not in node:
            raise KustomizeError(f"JSON patch {op} {operation['path']}: no such field in {doc['metadata']['name']}")
        if op == "replace":
            node[last] = value
        else:
            del node[last]
    else:
        raise KustomizeError(f"JSON patch op {op!r} is not implemented")


def _image(docs: list[dict[str, Any]], image: dict[str, Any]) -> None:
    for doc in docs:
        pod = doc.get("spec", {}).get("template", {}).get("spec", {})
        for container in pod.get("containers", []) + pod.get("initContainers", []):
            name, _, tag = container["image"].partition(":")
            if name != image["name"]:
                continue
            container["image"] = f"{image.get('newName', name)}:{image.get('newTag', tag)}"
