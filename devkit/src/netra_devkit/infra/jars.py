"""Apache Kafka's jars (and Zipkin's server, the local trace viewer), resolved by Maven from the poms packaged here
and cached under the cache folder.

The cache folder is ``$NETRA_CACHE_DIR`` or ``./.cache`` (the Makefile sets it to the checkout's ``.cache``); the jars
go to ``<cache>/kafka/lib`` (``<cache>/zipkin/lib``) with a stamp of the pom they belong to, so a second run does
nothing. Zipkin's is fetched by ``make run`` only (``make test`` does not need it).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from .processes import say

POM_STAMP = ".pom.sha256"


class LocalInfraError(RuntimeError):
    """A local server could not be prepared, started or stopped."""


def cache_dir() -> Path:
    return Path(os.environ.get("NETRA_CACHE_DIR") or Path.cwd() / ".cache").resolve()


def kafka_file(name: str) -> Path:
    """A file packaged with the dev kit's Kafka setup: pom.xml, log4j2.properties."""
    return Path(str(resources.files("netra_devkit.infra").joinpath("kafka", name)))


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    with open(path, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _jars_current(lib: Path, digest: str, marker: str) -> bool:
    try:
        return (lib / POM_STAMP).read_text().strip() == digest and any(lib.glob(marker))
    except OSError:
        return False


def check_logging_binding(lib: Path) -> None:
    """Warn when the jars have no working SLF4J binding (Kafka would then log nothing, not even fatal errors)."""
    names = [p.name for p in lib.glob("*.jar")]
    api1 = any(re.match(r"slf4j-api-1\.", n) for n in names)
    if api1 and not any(n.startswith(("log4j-slf4j-impl-", "slf4j-reload4j-", "logback-classic-1.2")) for n in names):
        say(f"kafka: WARNING: slf4j-api 1.x but no SLF4J 1.x binding in {lib}: Kafka will not log anything. "
            "In the dev kit's kafka/pom.xml use org.apache.logging.log4j:log4j-slf4j-impl instead of "
            "log4j-slf4j2-impl (Kafka pins slf4j-api 1.7.36).")


def ensure_kafka_jars(cache: Path | None = None) -> Path:
    """Return ``<cache>/kafka/lib``, (re)filling it with Maven only when it is missing or the pom changed."""
    return ensure_maven_lib(kafka_file("pom.xml"), (cache or cache_dir()) / "kafka" / "lib", "kafka_2.13-*.jar", "kafka")


def ensure_zipkin_jar(cache: Path | None = None) -> Path:
    """Zipkin's server, the local trace viewer: its exec jar from Maven Central, in ``<cache>/zipkin/lib``."""
    pom = Path(str(resources.files("netra_devkit.infra").joinpath("zipkin", "pom.xml")))
    marker = "zipkin-server-*-exec.jar"
    return next(ensure_maven_lib(pom, (cache or cache_dir()) / "zipkin" / "lib", marker, "zipkin").glob(marker))


def ensure_maven_lib(pom: Path, lib: Path, marker: str, what: str) -> Path:
    """Return ``lib`` holding the dependencies of ``pom`` (at least one file matching ``marker``), (re)filled by Maven
    only when it is missing or the pom changed.

    Runs ``mvn dependency:copy-dependencies`` into a temporary sibling directory, then swaps it in, so an interrupted
    download never leaves a half-filled lib dir behind. Serialised with a file lock.
    """
    digest = hashlib.sha256(pom.read_bytes()).hexdigest()
    if _jars_current(lib, digest, marker):
        return lib
    lib.parent.mkdir(parents=True, exist_ok=True)
    with _file_lock(lib.parent / f".{lib.name}.lock"):
        if _jars_current(lib, digest, marker):
            return lib
        mvn = shutil.which("mvn")
        if mvn is None:
            raise LocalInfraError(f"Maven ('mvn') is not on PATH; it is needed once to fetch {what}'s jars")
        tmp, old = lib.parent / f"{lib.name}.tmp-{os.getpid()}", lib.parent / f"{lib.name}.old-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        cmd = [mvn, "-q", "-B", "-f", str(pom), "dependency:copy-dependencies", f"-DoutputDirectory={tmp}",
               "-DincludeScope=runtime"]
        say(f"{what}: fetching jars with maven into {lib} (missing or pom changed)")
        started = time.monotonic()
        try:
            res = subprocess.run(cmd, cwd=lib.parent, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, text=True)
            if res.returncode != 0:
                raise LocalInfraError(f"maven failed (exit {res.returncode}): {' '.join(cmd)}\n{res.stdout[-4000:]}")
            if not any(tmp.glob(marker)):
                raise LocalInfraError(f"maven succeeded but put no {marker} in {tmp}\n{res.stdout[-4000:]}")
            (tmp / POM_STAMP).write_text(digest + "\n")
            if lib.exists():
                lib.rename(old)
            tmp.rename(lib)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
            shutil.rmtree(old, ignore_errors=True)
        say(f"{what}: {len(list(lib.glob('*.jar')))} jars ready in {time.monotonic() - started:.1f}s")
    return lib


if __name__ == "__main__":  # `make setup`
    ensure_kafka_jars()
