"""The schemas the manifests are validated against, fetched once into the cache by `make setup` (never by a test):

- Strimzi's CRDs: the `io.strimzi:api` test jar from Maven Central (schemas/pom.xml), its `crds/v1/*.yaml`
  extracted to ``<cache>/kubernetes/strimzi-crds``;
- KEDA's: the npm package `@kubernetes-models/keda` (schemas/package-lock.json), compiled validators of KEDA's API
  types, installed with `npm ci` into ``<cache>/kubernetes/npm``;
- Kubernetes' own: the PyPI package kubernetes-validate (the dev group in uv.lock), nothing to fetch here.
MongoDB's community operator publishes its CRD to no registry reachable here; tests check the fields it requires.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import zipfile
from importlib import resources
from pathlib import Path

from ..infra.jars import LocalInfraError, cache_dir, ensure_maven_lib
from ..infra.processes import say

STAMP = ".source.sha256"
KEDA_PACKAGE = "@kubernetes-models/keda"


def schema_file(name: str) -> Path:
    return Path(str(resources.files("netra_devkit.kubernetes").joinpath("schemas", name)))


def _current(folder: Path, digest: str) -> bool:
    try:
        return (folder / STAMP).read_text().strip() == digest
    except OSError:
        return False


def strimzi_crds(cache: Path | None = None) -> Path:
    """``<cache>/kubernetes/strimzi-crds`` with one CRD per kind (040-Crd-kafka.yaml, ...), extracted from the jar."""
    root = (cache or cache_dir()) / "kubernetes"
    lib = ensure_maven_lib(schema_file("pom.xml"), root / "strimzi-lib", "api-*-tests.jar", "strimzi")
    [jar] = sorted(lib.glob("api-*-tests.jar"))
    out, digest = root / "strimzi-crds", hashlib.sha256(jar.read_bytes()).hexdigest()
    if not _current(out, digest):
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        with zipfile.ZipFile(jar) as archive:
            for member in archive.namelist():
                if member.startswith("crds/v1/") and member.endswith(".yaml"):
                    (out / Path(member).name).write_bytes(archive.read(member))
        if not any(out.glob("*.yaml")):
            raise LocalInfraError(f"{jar} holds no crds/v1/*.yaml")
        (out / STAMP).write_text(digest + "\n")
    return out


def keda_models(cache: Path | None = None) -> Path:
    """``<cache>/kubernetes/npm`` with node_modules/@kubernetes-models/keda, from the committed lock file."""
    out = (cache or cache_dir()) / "kubernetes" / "npm"
    lock = schema_file("package-lock.json")
    digest = hashlib.sha256(lock.read_bytes() + schema_file("package.json").read_bytes()).hexdigest()
    if _current(out, digest) and (out / "node_modules" / KEDA_PACKAGE).is_dir():
        return out
    npm = shutil.which("npm")
    if npm is None:
        raise LocalInfraError("npm is not on PATH; it is needed once to fetch KEDA's schemas")
    out.mkdir(parents=True, exist_ok=True)
    for name in ("package.json", "package-lock.json"):
        shutil.copyfile(schema_file(name), out / name)
    say(f"keda: installing {KEDA_PACKAGE} with npm into {out}")
    run = subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], cwd=out,
                         stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if run.returncode != 0:
        raise LocalInfraError(f"npm ci failed (exit {run.returncode}) in {out}\n{run.stdout[-2000:]}{run.stderr[-2000:]}")
    (out / STAMP).write_text(digest + "\n")
    return out


def ensure_schemas(cache: Path | None = None) -> tuple[Path, Path]:
    return strimzi_crds(cache), keda_models(cache)


if __name__ == "__main__":  # `make setup`
    ensure_schemas()
