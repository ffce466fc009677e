"""docker-compose.yml and the Dockerfile, held against the code (no Docker, no servers, no network).

Each ``check_*`` function takes the parsed compose file and/or the Dockerfile's text and returns a list of
problems, each a sentence saying what disagrees with what. The ``test_*_consistent`` tests run them on the
real files; ``test_checker_reports_*`` run them on mutated copies to show each check does catch its mistake.
"""

from __future__ import annotations

import base64
import binascii
import copy
import json
import os
import re
import shlex
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock
from urllib.parse import urlsplit

import pytest
import yaml
from intake.settings import IntakeSettings
from netra_shared.contracts.access import ADMIN, principal_names
from netra_shared.contracts.access import SCRAM_MECHANISM as MECHANISM
from netra_shared.kernel.kafka_auth import SECURITY_SCRAM, password_env_var
from netra_shared.provisioning.provision import ProvisionSettings
from notify.settings import NotifySettings
from pydantic import ValidationError
from pydantic_settings import BaseSettings
from referral.settings import ReferralSettings
from triage.settings import TriageSettings

REPO = Path(__file__).resolve().parents[1]
COMPOSE_PATH = REPO / "docker-compose.yml"
DOCKERFILE_PATH = REPO / "Dockerfile"
# Where the rest of the project pins uv; the Dockerfile must install the same version.
UV_PIN_FILES = (REPO / "devkit" / "setup.sh", REPO / "Makefile")

SETTINGS: dict[str, type[BaseSettings]] = {
    "intake": IntakeSettings,
    "triage": TriageSettings,
    "referral": ReferralSettings,
    "notify": NotifySettings,
}
KAFKA_IMAGE = "apache/kafka"
MONGO_IMAGE = "mongo"
MONGO_PORT = 27017
ALL_INTERFACES = {"0.0.0.0", "::", "[::]"}
STANDARD_PROTOCOLS = {"PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"}

Compose = dict[str, Any]


# --- loading and normalising --------------------------------------------------------------------------------
def load_compose(path: Path = COMPOSE_PATH) -> Compose:
    data = yaml.safe_load(path.read_text())
    assert isinstance(data, dict), f"{path}: not a YAML mapping"
    assert isinstance(data.get("services"), dict), f"{path}: no `services:` mapping"
    return data


def services(compose: Compose) -> dict[str, dict[str, Any]]:
    return {name: (svc or {}) for name, svc in (compose.get("services") or {}).items()}


def env_of(svc: dict[str, Any]) -> dict[str, str]:
    raw = svc.get("environment") or {}
    if isinstance(raw, list):
        pairs = (item.split("=", 1) if "=" in item else (item, "") for item in map(str, raw))
        return {key: value for key, value in pairs}
    out = {}
    for key, value in raw.items():
        out[str(key)] = "" if value is None else str(value).lower() if isinstance(value, bool) else str(value)
    return out


def build_args(svc: dict[str, Any]) -> dict[str, str]:
    build = svc.get("build")
    raw = build.get("args") if isinstance(build, dict) else None
    if isinstance(raw, list):
        return dict(item.split("=", 1) if "=" in item else (item, "") for item in map(str, raw))
    return {str(k): "" if v is None else str(v) for k, v in (raw or {}).items()}


def dockerfile_of(svc: dict[str, Any]) -> Path | None:
    build = svc.get("build")
    if build is None:
        return None
    if isinstance(build, str):
        return (REPO / build / "Dockerfile").resolve()
    return (REPO / str(build.get("context", ".")) / str(build.get("dockerfile", "Dockerfile"))).resolve()


def app_services(compose: Compose) -> dict[str, dict[str, Any]]:
    """The compose services built from the repo's Dockerfile (that is, running one of our four services).

    A service that overrides the image's `entrypoint` is a one-shot job run from that image (kafka-provision),
    not one of the four services.
    """
    return {name: svc for name, svc in services(compose).items()
            if dockerfile_of(svc) == DOCKERFILE_PATH and "entrypoint" not in svc}


def one_shot_jobs(compose: Compose) -> dict[str, dict[str, Any]]:
    """Services built from the repo's Dockerfile that run something else than a service (`entrypoint`)."""
    return {name: svc for name, svc in services(compose).items()
            if dockerfile_of(svc) == DOCKERFILE_PATH and "entrypoint" in svc}


def expand_range(spec: str) -> list[int]:
    spec = spec.split("/")[0]
    if "-" in spec:
        low, high = spec.split("-", 1)
        return list(range(int(low), int(high) + 1))
    return [int(spec)]


def published_ports(svc: dict[str, Any]) -> list[tuple[str | None, int]]:
    """(host side, container side) of each `ports:` entry, short or long syntax."""
    out: list[tuple[str | None, int]] = []
    for entry in svc.get("ports") or []:
        if isinstance(entry, dict):
            out += [(str(entry["published"]) if entry.get("published") else None, port)
                    for port in expand_range(str(entry["target"]))]
            continue
        parts = str(entry).rsplit(":", 2)
        host = parts[-2] if len(parts) >= 2 else None
        out += [(host, port) for port in expand_range(parts[-1])]
    return out


def image_ref_problem(where: str, ref: str) -> str | None:
    if "@sha256:" in ref:
        return None
    name, _, tag = ref.rpartition(":")
    if not name or "/" in tag:  # no tag at all (a ':' only in a registry host:port)
        return f"{where}: image {ref!r} has no tag (it means :latest); pin a version"
    if tag == "latest":
        return f"{where}: image {ref!r} uses the floating tag 'latest'; pin a version"
    return None


@contextmanager
def service_environment(env: dict[str, str]) -> Iterator[None]:
    """os.environ as a container would see it: ours without any NETRA_ variable, plus the given ones."""
    clean = {key: value for key, value in os.environ.items() if not key.startswith("NETRA_")}
    with mock.patch.dict(os.environ, {**clean, **env}, clear=True):
        yield


def settings_for(service: str, env: dict[str, str]) -> BaseSettings:
    with service_environment(env):
        return SETTINGS[service]()


# --- Dockerfile parsing -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Instruction:
    keyword: str
    args: str


def parse_dockerfile(text: str) -> list[Instruction]:
    out: list[Instruction] = []
    pending = ""
    for raw in text.splitlines():
        stripped = raw.strip()
        if stripped.startswith("#") or (not stripped and not pending):
            continue  # comments (also inside a continued instruction) and blank lines between instructions
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        line = (pending + stripped).strip()
        pending = ""
        keyword, _, args = line.partition(" ")
        out.append(Instruction(keyword.upper(), args.strip()))
    if pending.strip():
        keyword, _, args = pending.strip().partition(" ")
        out.append(Instruction(keyword.upper(), args.strip()))
    return out


def exec_or_shell(args: str) -> tuple[list[str], bool]:
    """(argv, is_exec_form) of a RUN/CMD/ENTRYPOINT/HEALTHCHECK CMD argument."""
    if args.startswith("["):
        try:
            argv = json.loads(args)
            if isinstance(argv, list) and all(isinstance(a, str) for a in argv):
                return argv, True
        except json.JSONDecodeError:
            pass  # Docker runs a malformed JSON array with a shell, as a string
    return ["/bin/sh", "-c", args], False


def key_values(args: str) -> dict[str, str]:
    """ENV/ARG pairs: `K=V K2=V2` or the legacy `K V` form of ENV; `ARG K` gives K=''."""
    tokens = shlex.split(args, posix=True)
    if tokens and "=" not in tokens[0] and len(tokens) > 1:
        return {tokens[0]: " ".join(tokens[1:])}
    return {tok.split("=", 1)[0]: (tok.split("=", 1)[1] if "=" in tok else "") for tok in tokens}


def expand(text: str, variables: dict[str, str]) -> str:
    return re.sub(r"\$\{(\w+)\}|\$(\w+)", lambda m: variables.get(m.group(1) or m.group(2), m.group(0)), text)


def dockerfile_variables(instructions: list[Instruction]) -> dict[str, str]:
    variables: dict[str, str] = {}
    for ins in instructions:
        if ins.keyword in ("ARG", "ENV"):
            for key, value in key_values(ins.args).items():
                if value or key not in variables:
                    variables[key] = expand(value, variables)
    return variables


def shell_words(argv: list[str]) -> list[str]:
    """The words a command runs: argv itself, or the split script of `sh -c SCRIPT`."""
    if len(argv) >= 3 and Path(argv[0]).name in ("sh", "bash", "dash") and argv[1] == "-c":
        try:
            return shlex.split(argv[2])
        except ValueError:
            return argv[2].split()
    return argv


# --- health checks ------------------------------------------------------------------------------------------
def healthcheck_argv_from_dockerfile(instructions: list[Instruction]) -> list[str] | None:
    found = [ins for ins in instructions if ins.keyword == "HEALTHCHECK"]
    if not found:
        return None
    rest = found[-1].args
    while rest.startswith("--"):
        rest = rest.split(None, 1)[1] if " " in rest else ""
    kind, _, command = rest.partition(" ")
    if kind.upper() != "CMD":
        return None  # HEALTHCHECK NONE
    return exec_or_shell(command.strip())[0]


def healthcheck_argv_from_compose(svc: dict[str, Any]) -> list[str] | None | bool:
    """argv of the compose healthcheck, None when it disables the image's, False when compose says nothing."""
    check = svc.get("healthcheck")
    if not check:
        return False
    if check.get("disable"):
        return None
    test = check.get("test")
    if isinstance(test, str):
        return ["/bin/sh", "-c", test]
    if not test or test[0] == "NONE":
        return None
    if test[0] == "CMD-SHELL":
        return ["/bin/sh", "-c", " ".join(test[1:])]
    return list(test[1:]) if test[0] == "CMD" else list(test)


def probed_urls(argv: list[str], env: dict[str, str]) -> tuple[list[str], str | None]:
    """The URLs a health check command asks for, with the container's environment; (urls, error)."""
    words = shell_words(argv)
    if words and Path(words[0]).name.startswith("python") and "-c" in words[:-1]:
        code = words[words.index("-c") + 1]
        asked: list[str] = []

        def fake_urlopen(url: Any, *args: Any, **kwargs: Any) -> mock.MagicMock:
            asked.append(url if isinstance(url, str) else url.full_url)
            response = mock.MagicMock(status=200, reason="OK")  # what /healthz answers when alive
            response.getcode.return_value = 200
            response.read.return_value = b'{"status": "ok"}'
            response.__enter__.return_value = response
            return response

        with service_environment(env), mock.patch("urllib.request.urlopen", fake_urlopen):
            try:
                exec(compile(code, "<healthcheck>", "exec"), {"__name__": "__healthcheck__"})  # noqa: S102
            except SystemExit as exc:
                if exc.code not in (None, 0):
                    return asked, f"exits {exc.code!r} even when /healthz answers"
            except Exception as exc:  # noqa: BLE001 - reported as a problem
                return asked, f"fails before asking anything: {type(exc).__name__}: {exc}"
        return asked, None
    text = expand(" ".join(words), env)
    return re.findall(r"https?://[^\s'\"]+", text), None


# --- Kafka --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Listener:
    name: str
    host: str
    port: int


def parse_listeners(value: str) -> list[Listener]:
    out = []
    for item in filter(None, (part.strip() for part in value.split(","))):
        match = re.fullmatch(r"([A-Za-z0-9_-]+)://(\[[^\]]*\]|[^:/]*):(\d+)", item)
        if match:
            out.append(Listener(match.group(1), match.group(2), int(match.group(3))))
        else:
            out.append(Listener(item, "?", -1))
    return out


def names_of(name: str, svc: dict[str, Any]) -> set[str]:
    """The names a service is reachable by on the compose network."""
    names = {name}
    names |= {str(svc[key]) for key in ("hostname", "container_name") if svc.get(key)}
    networks = svc.get("networks")
    if isinstance(networks, dict):
        for net in networks.values():
            names |= set((net or {}).get("aliases") or [])
    return names


def image_repository(ref: str) -> str:
    """`mongo:7` -> `mongo`, `docker.io/apache/kafka:4.1.1` -> `apache/kafka`."""
    ref = ref.split("@")[0]
    head, _, last = ref.rpartition("/")
    name = f"{head}/{last.split(':')[0]}" if head else last.split(":")[0]
    for registry in ("docker.io/library/", "docker.io/"):
        name = name.removeprefix(registry)
    return name


def find_by_image(compose: Compose, repository: str) -> list[str]:
    return [name for name, svc in services(compose).items()
            if svc.get("image") and image_repository(str(svc["image"])) == repository]


def kafka_listeners(svc: dict[str, Any]) -> list[Listener]:
    env = env_of(svc)
    if env.get("KAFKA_LISTENERS"):
        return parse_listeners(env["KAFKA_LISTENERS"])
    # the apache/kafka image derives listeners from the advertised ones, binding every interface
    advertised = parse_listeners(env.get("KAFKA_ADVERTISED_LISTENERS", ""))
    return [Listener(lst.name, "0.0.0.0", lst.port) for lst in advertised]


def host_port(address: str, default_port: int | None = None) -> tuple[str, int | None]:
    host, sep, port = address.strip().rpartition(":")
    if not sep:
        return address.strip(), default_port
    return host, int(port) if port.isdigit() else -1


# --- the checks ---------------------------------------------------------------------------------------------
def check_app_services(compose: Compose) -> list[str]:
    problems = []
    for name, svc in services(compose).items():
        path = dockerfile_of(svc)
        if path is not None and not path.is_file():
            problems.append(f"compose service {name!r} builds from {path}, which does not exist")
    seen: dict[str, str] = {}
    for name, svc in app_services(compose).items():
        service = build_args(svc).get("SERVICE", "")
        main = REPO / "services" / service / "src" / service / "__main__.py"
        if not service:
            problems.append(f"compose service {name!r} builds the Dockerfile without `args: SERVICE: <name>`")
        elif not main.is_file():
            problems.append(f"compose service {name!r} builds SERVICE={service!r}, but there is no package "
                            f"services/{service}/src/{service}/__main__.py to run with `python -m {service}`")
        elif service not in SETTINGS:
            problems.append(f"compose service {name!r} runs {service!r}, which this test does not know: "
                            "add its settings class to SETTINGS")
        if service in seen:
            problems.append(f"compose services {seen[service]!r} and {name!r} both run SERVICE={service!r}")
        seen[service] = name
    missing = sorted(set(SETTINGS) - set(seen))
    if missing:
        problems.append(f"docker-compose.yml runs no container for {missing} (no service builds the "
                        f"Dockerfile with SERVICE set to it); it runs {sorted(seen)}")
    return problems


def app_services_by_service(compose: Compose) -> dict[str, tuple[str, dict[str, Any]]]:
    """SERVICE build arg -> (compose name, compose service), for the four services we know."""
    out = {}
    for name, svc in app_services(compose).items():
        service = build_args(svc).get("SERVICE", "")
        if service in SETTINGS:
            out[service] = (name, svc)
    return out


def check_settings_prefixes() -> list[str]:
    return [f"{cls.__name__}.model_config env_prefix is {cls.model_config.get('env_prefix')!r}, "
            f"not NETRA_{service.upper()}_ as the compose file and deploy/ assume"
            for service, cls in SETTINGS.items()
            if cls.model_config.get("env_prefix") != f"NETRA_{service.upper()}_"]


def check_service_environment(compose: Compose) -> list[str]:
    problems = []
    for service, (name, svc) in app_services_by_service(compose).items():
        cls = SETTINGS[service]
        prefix = f"NETRA_{service.upper()}_"
        env = env_of(svc)
        for key in sorted(k for k in env if k.startswith("NETRA_")):
            if not key.startswith(prefix):
                problems.append(f"compose service {name!r} (SERVICE={service}) sets {key}, but "
                                f"{cls.__name__} reads only {prefix}*: the variable is ignored")
            elif key[len(prefix):].lower() not in cls.model_fields:
                field = key[len(prefix):].lower()
                problems.append(f"compose service {name!r} sets {key}, but {field!r} is not a field of "
                                f"{cls.__name__} (fields: {', '.join(sorted(cls.model_fields))}): "
                                "misspelled or stale, it is silently ignored")
        for field in ("kafka_bootstrap", "mongo_url", "http_host", "http_port"):
            if f"{prefix}{field.upper()}" not in env:
                default = cls.model_fields[field].default
                problems.append(f"compose service {name!r} does not set {prefix}{field.upper()}: the "
                                f"container would fall back on the default {default!r}, meant for a "
                                "developer machine")
        try:
            settings = settings_for(service, env)
        except ValidationError as exc:
            problems.append(f"compose service {name!r}: its NETRA_ variables do not validate as "
                            f"{cls.__name__}: {exc}")
            continue
        if settings.http_host not in ALL_INTERFACES:
            problems.append(f"compose service {name!r} listens on {prefix}HTTP_HOST={settings.http_host!r}: "
                            "published ports and health checks from outside the container need 0.0.0.0")
    return problems


def check_ports(compose: Compose, dockerfile: str) -> list[str]:
    problems = []
    exposed = set()
    for ins in parse_dockerfile(dockerfile):
        if ins.keyword == "EXPOSE":
            for spec in ins.args.split():
                exposed |= set(expand_range(spec))
    host_ports: dict[str, str] = {}
    for name, svc in services(compose).items():
        for host, _ in published_ports(svc):
            if host is not None:
                if host in host_ports:
                    problems.append(f"compose services {host_ports[host]!r} and {name!r} both publish host "
                                    f"port {host}")
                host_ports[host] = name
    for service, (name, svc) in app_services_by_service(compose).items():
        try:
            port = settings_for(service, env_of(svc)).http_port
        except ValidationError:
            continue  # reported by check_service_environment
        ports = published_ports(svc)
        if not ports:
            problems.append(f"compose service {name!r} publishes no port; its HTTP port is {port}")
        for host, target in ports:
            if target != port:
                problems.append(f"compose service {name!r} publishes {host}:{target}, but the service "
                                f"listens on NETRA_{service.upper()}_HTTP_PORT={port}: container side must "
                                f"be {port}")
        if port not in exposed:
            problems.append(f"the Dockerfile EXPOSEs {sorted(exposed)}, not {service}'s HTTP port {port}")
    return problems


def check_healthchecks(compose: Compose, dockerfile: str) -> list[str]:
    problems = []
    instructions = parse_dockerfile(dockerfile)
    image_check = healthcheck_argv_from_dockerfile(instructions)
    if image_check is None:
        problems.append("the Dockerfile has no HEALTHCHECK CMD (compose's service_healthy needs one)")
    for service, (name, svc) in app_services_by_service(compose).items():
        own = healthcheck_argv_from_compose(svc)
        if own is False:
            argv, origin = image_check, "the Dockerfile's HEALTHCHECK"
        else:
            argv, origin = own, "its healthcheck"
        if argv is None:
            continue
        env = {"SERVICE": build_args(svc).get("SERVICE", ""), **env_of(svc)}
        try:
            port = settings_for(service, env_of(svc)).http_port
        except ValidationError:
            continue  # reported by check_service_environment
        urls, error = probed_urls(argv, env)
        where = f"compose service {name!r}: {origin}"
        if error:
            problems.append(f"{where} {error}")
        if not urls:
            problems.append(f"{where} requests no http:// URL: {argv}")
        for url in urls:
            parts = urlsplit(url)
            if parts.port != port:
                problems.append(f"{where} asks {url}, but the service listens on port {port} "
                                f"(NETRA_{service.upper()}_HTTP_PORT)")
            if parts.path != "/healthz":
                problems.append(f"{where} asks {url}, not the /healthz endpoint")
    return problems


def check_kafka(compose: Compose) -> list[str]:
    found = find_by_image(compose, KAFKA_IMAGE)
    if len(found) != 1:
        return [f"docker-compose.yml should run exactly one {KAFKA_IMAGE} service; found {found}"]
    kname = found[0]
    kafka = services(compose)[kname]
    env = env_of(kafka)
    problems = []
    roles = {role.strip() for role in env.get("KAFKA_PROCESS_ROLES", "").split(",")}
    if roles != {"broker", "controller"}:
        problems.append(f"kafka: KAFKA_PROCESS_ROLES={env.get('KAFKA_PROCESS_ROLES')!r}; a single KRaft node "
                        "must be 'broker,controller'")
    for key in ("KAFKA_NODE_ID", "KAFKA_LISTENERS", "KAFKA_ADVERTISED_LISTENERS",
                "KAFKA_CONTROLLER_QUORUM_VOTERS", "KAFKA_CONTROLLER_LISTENER_NAMES",
                "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "CLUSTER_ID"):
        if not env.get(key):
            problems.append(f"kafka: {key} is not set (the apache/kafka image needs it in KRaft mode)")
    listeners = kafka_listeners(kafka)
    advertised = parse_listeners(env.get("KAFKA_ADVERTISED_LISTENERS", ""))
    by_name = {lst.name: lst for lst in listeners}
    for lst in listeners + advertised:
        if lst.port < 0:
            problems.append(f"kafka: cannot read listener {lst.name!r} (want NAME://host:port)")
    controller_names = {n.strip() for n in env.get("KAFKA_CONTROLLER_LISTENER_NAMES", "").split(",")
                        if n.strip()}
    protocol_pairs = env.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "").split(",")
    protocol_map = dict(pair.split(":", 1) for pair in protocol_pairs if ":" in pair)
    for lst_name in sorted({lst.name for lst in listeners + advertised}):
        if lst_name not in protocol_map and lst_name not in STANDARD_PROTOCOLS:
            problems.append(f"kafka: listener {lst_name!r} has no entry in "
                            "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")
    for lst in advertised:
        if lst.name not in by_name:
            problems.append(f"kafka: advertised listener {lst.name!r} is not in KAFKA_LISTENERS")
    for cname in controller_names:
        if cname not in by_name:
            problems.append(f"kafka: controller listener {cname!r} is not in KAFKA_LISTENERS")
    inter = env.get("KAFKA_INTER_BROKER_LISTENER_NAME")
    if inter and inter not in by_name:
        problems.append(f"kafka: KAFKA_INTER_BROKER_LISTENER_NAME={inter!r} is not in KAFKA_LISTENERS")
    kafka_names = names_of(kname, kafka)
    controller_ports = {by_name[c].port for c in controller_names if c in by_name}
    for voter in filter(None, env.get("KAFKA_CONTROLLER_QUORUM_VOTERS", "").split(",")):
        node, _, address = voter.partition("@")
        host, port = host_port(address)
        if node != env.get("KAFKA_NODE_ID"):
            problems.append(f"kafka: quorum voter {voter!r} is not this node "
                            f"(KAFKA_NODE_ID={env.get('KAFKA_NODE_ID')})")
        if host not in kafka_names | {"localhost", "127.0.0.1"} or port not in controller_ports:
            problems.append(f"kafka: quorum voter {voter!r} is not the controller listener (port "
                            f"{sorted(controller_ports)} on {sorted(kafka_names)})")
    cluster_id = env.get("CLUSTER_ID", "")
    try:
        if cluster_id and len(base64.urlsafe_b64decode(cluster_id + "=" * (-len(cluster_id) % 4))) != 16:
            raise ValueError
    except (ValueError, binascii.Error):
        problems.append(f"kafka: CLUSTER_ID={cluster_id!r} is not a base64url UUID (16 bytes, 22 characters; "
                        "`kafka-storage.sh random-uuid` makes one)")
    required_ones = ("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR",
                     "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR")
    for key in required_ones:
        if env.get(key) != "1":
            problems.append(f"kafka: {key}={env.get(key)!r}; on one node it must be 1 "
                            "(the default 3 cannot be met)")
    for key, value in env.items():
        if (re.search(r"REPLICATION_FACTOR$|MIN_ISR$|MIN_INSYNC_REPLICAS$", key) and value not in ("1", "-1")
                and key not in required_ones):
            problems.append(f"kafka: {key}={value!r} cannot be met by a single broker; use 1")
    if env.get("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS") != "0":
        problems.append("kafka: KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS is not 0 "
                        "(each new consumer group waits 3 s)")

    client_ports = {lst.port for lst in listeners if lst.name not in controller_names}
    check = healthcheck_argv_from_compose(kafka)
    if not check:
        problems.append("kafka has no healthcheck, so `condition: service_healthy` can never be met")
    else:
        words = shell_words(check)
        bootstrap = words[words.index("--bootstrap-server") + 1] if "--bootstrap-server" in words[:-1] else ""
        host, port = host_port(bootstrap) if bootstrap else ("", None)
        if port not in client_ports or host not in kafka_names | {"localhost", "127.0.0.1"}:
            problems.append(f"kafka: its healthcheck asks --bootstrap-server {bootstrap!r}, but kafka's "
                            f"client listeners are on ports {sorted(client_ports)}")

    advertised_by_name = {lst.name: lst for lst in advertised}
    for service, (name, svc) in app_services_by_service(compose).items():
        key = f"NETRA_{service.upper()}_KAFKA_BOOTSTRAP"
        for address in filter(None, env_of(svc).get(key, "").split(",")):
            host, port = host_port(address)
            if host not in kafka_names:
                problems.append(f"compose service {name!r}: {key}={address!r} does not name the kafka "
                                f"service ({sorted(kafka_names)}); inside a container {host!r} is not the "
                                "broker")
                continue
            listener = next((lst for lst in listeners if lst.port == port), None)
            if listener is None:
                problems.append(f"compose service {name!r}: {key}={address!r}, but kafka listens on no port "
                                f"{port} (KAFKA_LISTENERS ports: {sorted(lst.port for lst in listeners)})")
                continue
            if listener.name in controller_names:
                problems.append(f"compose service {name!r}: {key}={address!r} is kafka's controller "
                                "listener, not a client one")
                continue
            adv = advertised_by_name.get(listener.name)
            if adv is None or adv.host not in kafka_names or adv.port != port:
                shown = f"{adv.host}:{adv.port}" if adv else "nothing"
                problems.append(f"compose service {name!r}: {key}={address!r} reaches listener "
                                f"{listener.name}, which kafka advertises as {shown}; clients on the compose "
                                "network are sent there after bootstrapping and cannot connect")
    return problems


def check_mongo(compose: Compose) -> list[str]:
    found = find_by_image(compose, MONGO_IMAGE)
    if len(found) != 1:
        return [f"docker-compose.yml should run exactly one {MONGO_IMAGE} service; found {found}"]
    mname = found[0]
    mongo = services(compose)[mname]
    problems = []
    check = healthcheck_argv_from_compose(mongo)
    if not check or "ping" not in " ".join(check) or not any("mongosh" in word for word in check):
        problems.append(f"mongo: its healthcheck should ping with mongosh; it is {check!r}")
    mongo_names = names_of(mname, mongo)
    for service, (name, svc) in app_services_by_service(compose).items():
        key = f"NETRA_{service.upper()}_MONGO_URL"
        url = env_of(svc).get(key, "")
        parts = urlsplit(url)
        hosts = parts.netloc.rpartition("@")[2].split(",") if parts.netloc else []
        if parts.scheme != "mongodb" or not hosts:
            problems.append(f"compose service {name!r}: {key}={url!r} is not a mongodb:// URL")
        for address in hosts:
            host, port = host_port(address, MONGO_PORT)
            if host not in mongo_names or port != MONGO_PORT:
                problems.append(f"compose service {name!r}: {key}={url!r} does not point at the mongo "
                                f"service ({mname}:{MONGO_PORT})")
    return problems


def check_depends_on(compose: Compose, dockerfile: str) -> list[str]:
    problems = []
    all_services = services(compose)
    image_check = healthcheck_argv_from_dockerfile(parse_dockerfile(dockerfile))
    infra = set(find_by_image(compose, KAFKA_IMAGE) + find_by_image(compose, MONGO_IMAGE))
    for name, svc in all_services.items():
        raw = svc.get("depends_on") or {}
        deps = {d: {"condition": "service_started"} for d in raw} if isinstance(raw, list) else raw
        for dep, spec in deps.items():
            if dep not in all_services:
                problems.append(f"compose service {name!r} depends_on {dep!r}, which is not a service "
                                f"(services: {sorted(all_services)})")
                continue
            if (spec or {}).get("condition") == "service_healthy":
                target = all_services[dep]
                own = healthcheck_argv_from_compose(target)
                has_check = bool(own) or (own is False and dockerfile_of(target) == DOCKERFILE_PATH
                                          and image_check is not None)
                if not has_check:
                    problems.append(f"compose service {name!r} waits for {dep!r} to be healthy, but {dep!r} "
                                    "has no healthcheck")
        if name in app_services(compose):
            for dep in sorted(infra):
                if (deps.get(dep) or {}).get("condition") != "service_healthy":
                    problems.append(f"compose service {name!r} does not wait for {dep!r} "
                                    f"(depends_on: {dep}: condition: service_healthy)")
            if svc.get("restart") not in ("always", "unless-stopped", "on-failure"):
                problems.append(f"compose service {name!r} has restart={svc.get('restart')!r}; a service "
                                "that loses Kafka or MongoDB should come back (unless-stopped)")
    return problems


def check_images(compose: Compose, dockerfile: str) -> list[str]:
    problems = []
    for name, svc in services(compose).items():
        if svc.get("image"):
            problem = image_ref_problem(f"compose service {name!r}", str(svc["image"]))
            if problem:
                problems.append(problem)
        elif svc.get("build") is None:
            problems.append(f"compose service {name!r} has neither image nor build")
    for ins in parse_dockerfile(dockerfile):
        if ins.keyword == "FROM":
            ref = [word for word in ins.args.split() if not word.startswith("--")][0]
            problem = image_ref_problem("Dockerfile FROM", ref)
            if problem:
                problems.append(problem)
    return problems


def dockerfile_uv_pin(dockerfile: str) -> str | None:
    instructions = parse_dockerfile(dockerfile)
    variables = dockerfile_variables(instructions)
    for ins in instructions:
        if ins.keyword == "RUN":
            match = re.search(r"\buv==([^\s\"']+)", expand(ins.args, variables))
            if match:
                return match.group(1)
    return None


def project_uv_pins() -> dict[str, str]:
    pins = {}
    for path in UV_PIN_FILES:
        if path.is_file():
            text = path.read_text()
            assignment = r"^\s*(?:export\s+)?UV_VERSION\s*:?=\s*['\"]?([0-9][^\s'\"]*)"
            match = re.search(assignment, text, re.MULTILINE) or re.search(r"\buv==([0-9][^\s'\"]*)", text)
            if match:
                pins[str(path.relative_to(REPO))] = match.group(1)
    return pins


def check_dockerfile(dockerfile: str) -> list[str]:
    problems = []
    instructions = parse_dockerfile(dockerfile)
    froms = [ins.args.split()[0] for ins in instructions if ins.keyword == "FROM"]
    if not froms or not froms[0].startswith("python:3.11"):
        problems.append(f"Dockerfile: base image is {froms[:1]}, not python:3.11-slim "
                        "(requires-python >= 3.11)")

    pin = dockerfile_uv_pin(dockerfile)
    if pin is None:
        problems.append("Dockerfile: no RUN installs a pinned uv (pip install uv==X.Y.Z)")
    for where, version in project_uv_pins().items():
        if pin != version:
            problems.append(f"Dockerfile installs uv {pin}, but {where} pins uv {version}")

    copies = []
    for index, ins in enumerate(instructions):
        if ins.keyword in ("COPY", "ADD"):
            words = [w for w in shlex.split(ins.args) if not w.startswith("--")]
            copies += [(index, src.removeprefix("./").rstrip("/") or ".") for src in words[:-1]]
    copied = {src for _, src in copies}
    for needed in ("pyproject.toml", "uv.lock", "shared", "services"):
        if needed not in copied and "." not in copied:
            problems.append(f"Dockerfile does not COPY {needed}")
    syncs = [(index, ins.args) for index, ins in enumerate(instructions)
             if ins.keyword == "RUN" and re.search(r"\buv sync\b", ins.args)]
    if not syncs:
        problems.append("Dockerfile never runs `uv sync` (the locked install)")
    for _, args in syncs:
        if "--frozen" not in args and "--locked" not in args:
            problems.append(f"Dockerfile: `{args}` is not --frozen: the image would not use uv.lock as is")
        if "--no-dev" not in args:
            problems.append(f"Dockerfile: `{args}` lacks --no-dev: test tools (the dev group) would be "
                            "installed")
    members_copied = max((index for index, src in copies if src in ("shared", "services", ".")), default=-1)
    if syncs and syncs[-1][0] < members_copied:
        problems.append("Dockerfile: the last `uv sync` runs before shared/ and services/ are copied, so the "
                        "workspace packages are never installed")

    env: dict[str, str] = {}
    for ins in instructions:
        if ins.keyword == "ENV":
            env.update(key_values(ins.args))
    if not any(ins.keyword == "ARG" and "SERVICE" in key_values(ins.args) for ins in instructions):
        problems.append("Dockerfile has no `ARG SERVICE`")
    if env.get("SERVICE") not in ("${SERVICE}", "$SERVICE"):
        problems.append(f"Dockerfile: ENV SERVICE is {env.get('SERVICE')!r}, not ${{SERVICE}} from the "
                        "build arg")
    if "/app/.venv/bin" not in env.get("PATH", "").split(":"):
        problems.append(f"Dockerfile: ENV PATH={env.get('PATH')!r} lacks /app/.venv/bin")
    users = [ins.args.split(":")[0] for ins in instructions if ins.keyword == "USER"]
    if not users or users[-1] in ("root", "0"):
        problems.append(f"Dockerfile: runs as {users[-1] if users else 'root'!r}; add a non-root USER")

    starts = [ins for ins in instructions if ins.keyword in ("ENTRYPOINT", "CMD")]
    entrypoints = [ins for ins in starts if ins.keyword == "ENTRYPOINT"]
    entry = (entrypoints or starts or [None])[-1]
    if entry is None:
        problems.append("Dockerfile has neither ENTRYPOINT nor CMD")
    else:
        argv, exec_form = exec_or_shell(entry.args)
        words = shell_words(argv)
        expanded = words is not argv or not exec_form
        module = words[words.index("-m") + 1] if "-m" in words[:-1] else None
        runner = words[words.index("-m") - 1] if module else ""
        if module not in ("$SERVICE", "${SERVICE}") or not Path(runner).name.startswith("python"):
            problems.append(f"Dockerfile: {entry.keyword} {entry.args} does not run `python -m $SERVICE`")
        elif not expanded:
            problems.append(f"Dockerfile: {entry.keyword} {entry.args} is exec form without a shell: "
                            "$SERVICE is passed literally, not expanded")
    return problems


ENV_EXAMPLE_PATH = REPO / ".env.example"
STANDARD_AUTHORIZER = "org.apache.kafka.metadata.authorizer.StandardAuthorizer"
PROVISION_MODULE = "netra_shared.provisioning.provision"


def compose_variable(value: str) -> str | None:
    """`${NAME}`, `${NAME:?msg}`, `${NAME-default}` ... -> NAME (the whole value must be the reference)."""
    match = re.fullmatch(r"\$\{(\w+)(?:[:]?[-?+][^}]*)?\}", value.strip())
    return match.group(1) if match else None


def dotenv_names(text: str) -> set[str]:
    return {line.split("=", 1)[0].strip() for line in text.splitlines()
            if "=" in line and not line.lstrip().startswith("#")}


def as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (str, dict)):
        value = [value]
    return [str(item.get("path") if isinstance(item, dict) else item) for item in value]


def check_kafka_security(compose: Compose, env_example: str | None = None) -> list[str]:
    """SASL/SCRAM + ACLs on the broker, a provisioning job as admin, each service as its own principal."""
    problems = []
    env_example = ENV_EXAMPLE_PATH.read_text() if env_example is None and ENV_EXAMPLE_PATH.is_file() else (
        env_example or "")
    found = find_by_image(compose, KAFKA_IMAGE)
    if len(found) != 1:
        return []  # reported by check_kafka
    kname = found[0]
    kafka = services(compose)[kname]
    env = env_of(kafka)
    controller_names = {n.strip() for n in env.get("KAFKA_CONTROLLER_LISTENER_NAMES", "").split(",") if n.strip()}
    protocol_map = dict(pair.split(":", 1) for pair in env.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "").split(",")
                        if ":" in pair)
    for listener in kafka_listeners(kafka):
        protocol = protocol_map.get(listener.name, listener.name)
        if listener.name not in controller_names and protocol not in ("SASL_PLAINTEXT", "SASL_SSL"):
            problems.append(f"kafka: client listener {listener.name!r} is {protocol}: clients would connect "
                            "without authenticating (use SASL_PLAINTEXT with SCRAM)")
    if MECHANISM not in env.get("KAFKA_SASL_ENABLED_MECHANISMS", "").split(","):
        problems.append(f"kafka: KAFKA_SASL_ENABLED_MECHANISMS={env.get('KAFKA_SASL_ENABLED_MECHANISMS')!r} "
                        f"lacks {MECHANISM}")
    if env.get("KAFKA_AUTHORIZER_CLASS_NAME") != STANDARD_AUTHORIZER:
        problems.append(f"kafka: KAFKA_AUTHORIZER_CLASS_NAME={env.get('KAFKA_AUTHORIZER_CLASS_NAME')!r}: no "
                        f"authorizer means no ACLs (want {STANDARD_AUTHORIZER})")
    if env.get("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "").lower() != "false":
        problems.append("kafka: KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND must be false (else a resource without ACLs "
                        "is open to every principal)")
    supers = {u.strip() for u in env.get("KAFKA_SUPER_USERS", "").split(";") if u.strip()}
    if f"User:{ADMIN}" not in supers or supers - {f"User:{ADMIN}", "User:ANONYMOUS"}:
        problems.append(f"kafka: KAFKA_SUPER_USERS={env.get('KAFKA_SUPER_USERS')!r}; want User:{ADMIN} (and "
                        "User:ANONYMOUS for the PLAINTEXT controller listener), nobody else")
    users = set(env.get("NETRA_KAFKA_PRINCIPALS", "").split())
    if users != set(principal_names()):
        problems.append(f"kafka: NETRA_KAFKA_PRINCIPALS (the SCRAM users deploy/kafka/docker-start.sh creates) "
                        f"has no SCRAM user for {sorted(set(principal_names()) - users)} and extra "
                        f"{sorted(users - set(principal_names()))} (netra_shared.contracts.access)")
    if ".env" not in [Path(p).name for p in as_list(kafka.get("env_file"))]:
        problems.append("kafka: no `env_file: .env`, so the SCRAM users' passwords never reach the container")
    missing = [password_env_var(p) for p in principal_names() if password_env_var(p) not in dotenv_names(env_example)]
    if missing:
        problems.append(f".env.example does not list {missing}")
    for ignore in (".gitignore", ".dockerignore"):
        path = REPO / ignore
        if path.is_file() and ".env" not in {line.strip().lstrip("/") for line in path.read_text().splitlines()}:
            problems.append(f"{ignore} does not list .env (it holds the Kafka passwords)")

    kafka_names = names_of(kname, kafka)
    client_ports = {lst.port for lst in kafka_listeners(kafka) if lst.name not in controller_names}
    jobs = {name: svc for name, svc in one_shot_jobs(compose).items()
            if PROVISION_MODULE in " ".join(as_list(svc.get("entrypoint")) + as_list(svc.get("command")))}
    if len(jobs) != 1:
        problems.append(f"docker-compose.yml: no one-shot job runs {PROVISION_MODULE} (the topics and ACLs, as "
                        f"admin, before the services start); found {sorted(jobs)}")
    for jname, job in jobs.items():
        jenv = env_of(job)
        for key in sorted(k for k in jenv if k.startswith("NETRA_")):
            field = key.removeprefix("NETRA_PROVISION_").lower()
            if not key.startswith("NETRA_PROVISION_") or field not in ProvisionSettings.model_fields:
                problems.append(f"compose service {jname!r} sets {key}, which ProvisionSettings does not read")
        host, port = host_port(jenv.get("NETRA_PROVISION_KAFKA_BOOTSTRAP", ""))
        if host not in kafka_names or port not in client_ports:
            problems.append(f"compose service {jname!r}: NETRA_PROVISION_KAFKA_BOOTSTRAP="
                            f"{jenv.get('NETRA_PROVISION_KAFKA_BOOTSTRAP')!r} is not a kafka client listener")
        if jenv.get("NETRA_PROVISION_KAFKA_USERNAME", ADMIN) != ADMIN or compose_variable(
                jenv.get("NETRA_PROVISION_KAFKA_PASSWORD", "")) != password_env_var(ADMIN):
            problems.append(f"compose service {jname!r} must log in as {ADMIN} with ${{{password_env_var(ADMIN)}}}")
        if ((job.get("depends_on") or {}).get(kname) or {}).get("condition") != "service_healthy":
            problems.append(f"compose service {jname!r} does not wait for {kname!r} to be healthy")

    for service, (name, svc) in app_services_by_service(compose).items():
        prefix = f"NETRA_{service.upper()}_"
        senv = env_of(svc)
        if senv.get(f"{prefix}KAFKA_SECURITY") != SECURITY_SCRAM:
            problems.append(f"compose service {name!r}: {prefix}KAFKA_SECURITY="
                            f"{senv.get(f'{prefix}KAFKA_SECURITY')!r}, not {SECURITY_SCRAM}")
        if senv.get(f"{prefix}KAFKA_USERNAME") != service:
            problems.append(f"compose service {name!r}: {prefix}KAFKA_USERNAME="
                            f"{senv.get(f'{prefix}KAFKA_USERNAME')!r}; it must run as its own principal {service!r}")
        if compose_variable(senv.get(f"{prefix}KAFKA_PASSWORD", "")) != password_env_var(service):
            problems.append(f"compose service {name!r}: {prefix}KAFKA_PASSWORD="
                            f"{senv.get(f'{prefix}KAFKA_PASSWORD')!r} is not ${{{password_env_var(service)}}} "
                            "from .env")
        raw = svc.get("depends_on") or {}
        deps = {d: {"condition": "service_started"} for d in raw} if isinstance(raw, list) else raw
        for jname in jobs:
            if (deps.get(jname) or {}).get("condition") != "service_completed_successfully":
                problems.append(f"compose service {name!r} does not wait for {jname!r} "
                                "(condition: service_completed_successfully)")
    return problems


def all_problems(compose: Compose, dockerfile: str) -> list[str]:
    return (check_app_services(compose) + check_service_environment(compose)
            + check_ports(compose, dockerfile) + check_healthchecks(compose, dockerfile)
            + check_kafka(compose) + check_mongo(compose) + check_depends_on(compose, dockerfile)
            + check_images(compose, dockerfile) + check_dockerfile(dockerfile) + check_kafka_security(compose))


# --- the real files -----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def compose() -> Compose:
    return load_compose(COMPOSE_PATH)


@pytest.fixture(scope="module")
def dockerfile() -> str:
    return DOCKERFILE_PATH.read_text()


def report(problems: list[str]) -> str:
    return "\n".join(["", *problems])


def test_settings_env_prefixes_consistent() -> None:
    problems = check_settings_prefixes()
    assert not problems, report(problems)


def test_app_services_consistent(compose: Compose) -> None:
    problems = check_app_services(compose)
    assert not problems, report(problems)


def test_service_environment_consistent(compose: Compose) -> None:
    problems = check_service_environment(compose)
    assert not problems, report(problems)


def test_ports_consistent(compose: Compose, dockerfile: str) -> None:
    problems = check_ports(compose, dockerfile)
    assert not problems, report(problems)


def test_healthchecks_consistent(compose: Compose, dockerfile: str) -> None:
    problems = check_healthchecks(compose, dockerfile)
    assert not problems, report(problems)


def test_kafka_consistent(compose: Compose) -> None:
    problems = check_kafka(compose)
    assert not problems, report(problems)


def test_mongo_consistent(compose: Compose) -> None:
    problems = check_mongo(compose)
    assert not problems, report(problems)


def test_depends_on_consistent(compose: Compose, dockerfile: str) -> None:
    problems = check_depends_on(compose, dockerfile)
    assert not problems, report(problems)


def test_images_pinned(compose: Compose, dockerfile: str) -> None:
    problems = check_images(compose, dockerfile)
    assert not problems, report(problems)


def test_dockerfile_consistent(dockerfile: str) -> None:
    problems = check_dockerfile(dockerfile)
    assert not problems, report(problems)


def test_dockerfile_installs_from_the_lock_file(dockerfile: str) -> None:
    instructions = parse_dockerfile(dockerfile)
    copied = " ".join(ins.args for ins in instructions if ins.keyword == "COPY")
    runs = [ins.args for ins in instructions if ins.keyword == "RUN"]
    assert "uv.lock" in copied.split(), f"the Dockerfile does not COPY uv.lock (COPY lines: {copied!r})"
    assert any("uv sync" in run and "--frozen" in run for run in runs), (
        f"the Dockerfile never runs `uv sync --frozen` (RUN lines: {runs})")


def test_dockerfile_uv_pin_matches_the_project(dockerfile: str) -> None:
    pins = project_uv_pins()
    pin = dockerfile_uv_pin(dockerfile)
    assert pin, "the Dockerfile does not pin uv (pip install uv==X.Y.Z)"
    assert all(version == pin for version in pins.values()), (
        f"the Dockerfile installs uv {pin}, but the project pins {pins}")


# --- the checker catches mistakes ---------------------------------------------------------------------------
def env_map(data: Compose, name: str) -> dict[str, Any]:
    return data["services"][name]["environment"]


def rename_env(name: str, old: str, new: str) -> Callable[[Compose], None]:
    def mutate(data: Compose) -> None:
        env = env_map(data, name)
        env[new] = env.pop(old)
    return mutate


def set_env(name: str, key: str, value: Any) -> Callable[[Compose], None]:
    def mutate(data: Compose) -> None:
        env_map(data, name)[key] = value
    return mutate


def set_key(path: tuple[str, ...], value: Any) -> Callable[[Compose], None]:
    def mutate(data: Compose) -> None:
        node = data
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return mutate


def delete_key(path: tuple[str, ...]) -> Callable[[Compose], None]:
    def mutate(data: Compose) -> None:
        node = data
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]
    return mutate


COMPOSE_MUTATIONS: list[tuple[str, Callable[[Compose], None], str]] = [
    ("misspelled env var",
     rename_env("intake", "NETRA_INTAKE_KAFKA_BOOTSTRAP", "NETRA_INTAKE_KAFKA_BOOTSRAP"),
     "'kafka_bootsrap' is not a field of IntakeSettings"),
    ("another service's prefix", set_env("intake", "NETRA_TRIAGE_LOG_LEVEL", "DEBUG"),
     "sets NETRA_TRIAGE_LOG_LEVEL, but IntakeSettings reads only NETRA_INTAKE_*"),
    ("invalid value", set_env("notify", "NETRA_NOTIFY_LOG_FORMAT", "xml"),
     "do not validate as NotifySettings"),
    ("loopback http host", set_env("referral", "NETRA_REFERRAL_HTTP_HOST", "127.0.0.1"), "need 0.0.0.0"),
    ("http port vs published port", set_env("intake", "NETRA_INTAKE_HTTP_PORT", "9000"),
     "publishes 8081:8081, but the service listens on NETRA_INTAKE_HTTP_PORT=9000"),
    ("published to the wrong container port", set_key(("services", "triage", "ports"), ["8082:8080"]),
     "container side must be 8082"),
    ("compose healthcheck on another port",
     set_key(("services", "triage", "healthcheck"),
             {"test": ["CMD-SHELL", "curl -fsS http://127.0.0.1:8081/healthz"]}),
     "asks http://127.0.0.1:8081/healthz, but the service listens on port 8082"),
    ("bootstrap to a port kafka does not listen on",
     set_env("triage", "NETRA_TRIAGE_KAFKA_BOOTSTRAP", "kafka:29092"),
     "kafka listens on no port 29092"),
    ("bootstrap to localhost", set_env("triage", "NETRA_TRIAGE_KAFKA_BOOTSTRAP", "localhost:19092"),
     "does not name the kafka service"),
    ("bootstrap via the host listener", set_env("notify", "NETRA_NOTIFY_KAFKA_BOOTSTRAP", "kafka:9092"),
     "which kafka advertises as localhost:9092"),
    ("bootstrap to the controller", set_env("notify", "NETRA_NOTIFY_KAFKA_BOOTSTRAP", "kafka:9093"),
     "controller listener"),
    ("advertised on localhost only",
     set_env("kafka", "KAFKA_ADVERTISED_LISTENERS",
             "INTERNAL://localhost:19092,HOST://localhost:9092"),
     "which kafka advertises as localhost:19092"),
    ("listener without a protocol",
     set_env("kafka", "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "CONTROLLER:PLAINTEXT"),
     "listener 'HOST' has no entry"),
    ("quorum voter on the wrong port", set_env("kafka", "KAFKA_CONTROLLER_QUORUM_VOTERS", "1@kafka:19092"),
     "is not the controller listener"),
    ("replication factor 3", set_env("kafka", "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", 3), "must be 1"),
    ("rebalance delay",
     delete_key(("services", "kafka", "environment", "KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS")),
     "KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS is not 0"),
    ("bad cluster id", set_env("kafka", "CLUSTER_ID", "netra-cluster"), "is not a base64url UUID"),
    ("kafka healthcheck on a closed port",
     set_key(("services", "kafka", "healthcheck", "test"),
             ["CMD", "/opt/kafka/bin/kafka-broker-api-versions.sh", "--bootstrap-server", "localhost:9094"]),
     "its healthcheck asks --bootstrap-server 'localhost:9094'"),
    ("mongo url to another host", set_env("referral", "NETRA_REFERRAL_MONGO_URL", "mongodb://mongodb:27017"),
     "does not point at the mongo service"),
    ("mongo without healthcheck", delete_key(("services", "mongo", "healthcheck")), "has no healthcheck"),
    ("unknown dependency",
     set_key(("services", "intake", "depends_on"), {"zookeeper": {"condition": "service_started"}}),
     "depends_on 'zookeeper', which is not a service"),
    ("not waiting for kafka", delete_key(("services", "notify", "depends_on", "kafka")),
     "compose service 'notify' does not wait for 'kafka'"),
    ("floating tag", set_key(("services", "mongo", "image"), "mongo:latest"), "floating tag 'latest'"),
    ("untagged image", set_key(("services", "kafka", "image"), "apache/kafka"), "has no tag"),
    ("unknown SERVICE", set_key(("services", "intake", "build", "args", "SERVICE"), "intak"),
     "services/intak/src/intak/__main__.py"),
    ("a service missing", delete_key(("services", "notify")), "runs no container for ['notify']"),
    ("a service without its HTTP port variable", delete_key(("services", "triage", "environment",
                                                               "NETRA_TRIAGE_HTTP_PORT")),
     "does not set NETRA_TRIAGE_HTTP_PORT"),
    # access control
    ("a plaintext client listener",
     set_env("kafka", "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "CONTROLLER:PLAINTEXT,INTERNAL:SASL_PLAINTEXT,HOST:PLAINTEXT"),
     "client listener 'HOST' is PLAINTEXT"),
    ("no authorizer", delete_key(("services", "kafka", "environment", "KAFKA_AUTHORIZER_CLASS_NAME")),
     "no authorizer means no ACLs"),
    ("everyone allowed", set_env("kafka", "KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "true"),
     "KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND must be false"),
    ("a service as super user", set_env("kafka", "KAFKA_SUPER_USERS", "User:admin;User:intake"), "nobody else"),
    ("a principal without a SCRAM user", set_env("kafka", "NETRA_KAFKA_PRINCIPALS", "admin intake triage"),
     "has no SCRAM user for ['bawaslu'"),
    ("no passwords for kafka", delete_key(("services", "kafka", "env_file")), "no `env_file: .env`"),
    ("a service on plaintext", delete_key(("services", "notify", "environment", "NETRA_NOTIFY_KAFKA_SECURITY")),
     "NETRA_NOTIFY_KAFKA_SECURITY=None, not sasl_scram512"),
    ("a service as admin", set_env("intake", "NETRA_INTAKE_KAFKA_USERNAME", "admin"),
     "it must run as its own principal 'intake'"),
    ("a service with another's password",
     set_env("triage", "NETRA_TRIAGE_KAFKA_PASSWORD", "${NETRA_KAFKA_PASSWORD_ADMIN:?x}"),
     "is not ${NETRA_KAFKA_PASSWORD_TRIAGE} from .env"),
    ("a committed password", set_env("referral", "NETRA_REFERRAL_KAFKA_PASSWORD", "hunter2"),
     "NETRA_REFERRAL_KAFKA_PASSWORD='hunter2' is not ${NETRA_KAFKA_PASSWORD_REFERRAL}"),
    ("no provisioning job", delete_key(("services", "kafka-provision")),
     "no one-shot job runs netra_shared.provisioning.provision"),
    ("services not waiting for provisioning", delete_key(("services", "intake", "depends_on", "kafka-provision")),
     "compose service 'intake' does not wait for 'kafka-provision'"),
    ("provisioning as a service principal",
     set_key(("services", "kafka-provision", "environment", "NETRA_PROVISION_KAFKA_USERNAME"), "intake"),
     "must log in as admin"),
    ("provisioning through the controller",
     set_key(("services", "kafka-provision", "environment", "NETRA_PROVISION_KAFKA_BOOTSTRAP"), "kafka:9093"),
     "is not a kafka client listener"),
]


def test_kafka_security_consistent(compose: Compose) -> None:
    problems = check_kafka_security(compose)
    assert not problems, report(problems)


def test_checker_reports_a_principal_missing_from_env_example(compose: Compose) -> None:
    text = ENV_EXAMPLE_PATH.read_text()
    broken = "\n".join(line for line in text.splitlines() if not line.startswith(password_env_var("bkn")))
    assert any("does not list ['NETRA_KAFKA_PASSWORD_BKN']" in problem
               for problem in check_kafka_security(compose, broken))


@pytest.mark.parametrize(("mutate", "expected"), [(m, e) for _, m, e in COMPOSE_MUTATIONS],
                         ids=[label for label, _, _ in COMPOSE_MUTATIONS])
def test_checker_reports_compose_mistake(compose: Compose, dockerfile: str, mutate: Callable[[Compose], None],
                                         expected: str) -> None:
    assert not all_problems(compose, dockerfile), "the real files must be clean for this test to mean much"
    broken = copy.deepcopy(compose)
    mutate(broken)
    problems = all_problems(broken, dockerfile)
    assert any(expected in problem for problem in problems), (
        f"the checker missed the mistake (wanted a problem containing {expected!r}); "
        f"it reported:{report(problems)}")


DOCKERFILE_MUTATIONS: list[tuple[str, str, str, str]] = [
    ("uv pin drifts", "ARG UV_VERSION=0.13.9", "ARG UV_VERSION=0.13.8", "Dockerfile installs uv 0.13.8, but"),
    ("not frozen", "uv sync --frozen --no-dev --no-editable", "uv sync --no-dev --no-editable",
     "is not --frozen"),
    ("dev tools installed", "uv sync --frozen --no-dev --no-editable", "uv sync --frozen --no-editable",
     "lacks --no-dev"),
    ("lock file not copied", "COPY pyproject.toml uv.lock ./", "COPY pyproject.toml ./",
     "does not COPY uv.lock"),
    ("healthcheck on a fixed wrong port", "{settings.http_port}", "8080",
     "asks http://127.0.0.1:8080/healthz, but the service listens on port 8081"),
    ("exec form without a shell", 'ENTRYPOINT ["/bin/sh", "-c", "exec python -m \\"$SERVICE\\""]',
     'ENTRYPOINT ["python", "-m", "$SERVICE"]', "$SERVICE is passed literally"),
    ("runs as root", "USER 10001:10001", "USER root", "add a non-root USER"),
    ("venv not on PATH", "PATH=/app/.venv/bin:$PATH", "PATH=$PATH", "lacks /app/.venv/bin"),
    ("floating base image", "FROM python:3.11-slim", "FROM python:latest", "floating tag 'latest'"),
]


@pytest.mark.parametrize(("old", "new", "expected"), [(o, n, e) for _, o, n, e in DOCKERFILE_MUTATIONS],
                         ids=[label for label, *_ in DOCKERFILE_MUTATIONS])
def test_checker_reports_dockerfile_mistake(compose: Compose, dockerfile: str, old: str, new: str,
                                            expected: str) -> None:
    assert old in dockerfile, f"the mutation no longer applies: {old!r} is not in the Dockerfile"
    problems = all_problems(compose, dockerfile.replace(old, new))
    assert any(expected in problem for problem in problems), (
        f"the checker missed the mistake (wanted a problem containing {expected!r}); "
        f"it reported:{report(problems)}")


def test_checker_reports_a_broken_copy_on_disk(tmp_path: Path, dockerfile: str) -> None:
    """The loader on a misspelled copy of the file: the problem surfaces, the real file is untouched."""
    text = COMPOSE_PATH.read_text()
    assert "NETRA_REFERRAL_LOG_FORMAT" in text
    broken_path = tmp_path / "docker-compose.yml"
    broken_path.write_text(text.replace("NETRA_REFERRAL_LOG_FORMAT", "NETRA_REFERRAL_LOGFORMAT"))
    problems = all_problems(load_compose(broken_path), dockerfile)
    wanted = "sets NETRA_REFERRAL_LOGFORMAT, but 'logformat' is not a field of ReferralSettings"
    assert any(wanted in problem for problem in problems), (
        f"a misspelled variable in a copy of docker-compose.yml went unreported:{report(problems)}")
    assert not all_problems(load_compose(COMPOSE_PATH), dockerfile)
