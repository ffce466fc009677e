"""docker-compose.yml, its support files and the Dockerfile, held against the code (no Docker engine, no network).

Each ``check_*`` returns what disagrees with what, in sentences: nothing for the real files, and for a handful of
mutated copies the mistake made. .env's values come from deploy/make-env.sh, so settings read what a container would.
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any
from unittest import mock
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from cryptography.fernet import Fernet
from intake.settings import IntakeSettings
from netra_shared.contracts.access import ADMIN, SCRAM_MECHANISM, SUPER_USERS, principal_names
from netra_shared.kernel.kafka_auth import SECURITY_SCRAM, password_env_var
from netra_shared.provisioning.provision import ProvisionSettings
from notify.settings import NotifySettings
from pydantic import SecretStr, ValidationError
from pydantic_settings import BaseSettings
from referral.settings import ReferralSettings
from triage.settings import TriageSettings

REPO = Path(__file__).resolve().parents[1]
SETTINGS: dict[str, type[BaseSettings]] = {"intake": IntakeSettings, "triage": TriageSettings,
                                           "referral": ReferralSettings, "notify": NotifySettings}
PROVISION = "netra_shared.provisioning.provision"  # the one-shot job's module; ProvisionSettings reads its env
VARIABLE = re.compile(r"\$\{(\w+)(:?[-?+])?[^}]*\}")  # ${VAR}, ${VAR:?error}, ${VAR:-default}, ...
CONTROLLER_MECHANISM = "PLAIN"  # SCRAM cannot serve a KRaft controller listener: its users live in the metadata


def make_env(target: Path) -> dict[str, str]:
    subprocess.run([str(REPO / "deploy" / "make-env.sh"), str(target)], check=True, capture_output=True)
    return listed(target.read_text())


def listed(dotenv_text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in dotenv_text.splitlines() if re.match(r"\w+=", line))


def container_env(env: dict[str, str]) -> Any:
    """os.environ as a container would see it: ours without any NETRA_ variable, plus ``env``."""
    clean = {key: value for key, value in os.environ.items() if not key.startswith("NETRA_")}
    return mock.patch.dict(os.environ, {**clean, **env}, clear=True)


def listeners(value: str) -> dict[str, tuple[str, int]]:
    """``NAME://host:port,...`` -> {NAME: (host, port)}."""
    return {name: (host, int(port)) for name, host, port in re.findall(r"(\w+)://([^:,]*):(\d+)", value)}


class Compose:
    """The files docker-compose uses, as the checks see them; ``env()`` fills in the values of ``dotenv``."""

    def __init__(self, dotenv: dict[str, str]) -> None:
        self.dotenv = dotenv
        self.compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
        self.host = yaml.safe_load((REPO / "deploy" / "compose.host.yml").read_text())
        self.kafka_start = (REPO / "deploy" / "kafka" / "docker-start.sh").read_text()
        self.dockerfile = (REPO / "Dockerfile").read_text()
        self.env_example = (REPO / ".env.example").read_text()
        self.services: dict[str, dict[str, Any]] = self.compose["services"]
        ours = {name: svc for name, svc in self.services.items()
                if svc.get("build", {}).get("context") == "." and svc["build"].get("dockerfile") == "Dockerfile"}
        self.built = {svc["build"]["args"]["SERVICE"]: name for name, svc in ours.items() if "entrypoint" not in svc}
        self.apps = {service: name for service, name in self.built.items() if service in SETTINGS}
        self.jobs = {svc["entrypoint"][-1]: name for name, svc in ours.items() if "entrypoint" in svc}
        self.kafka, self.mongo = (self.by_image(image) for image in ("apache/kafka", "mongo"))

    def by_image(self, repository: str) -> str:
        [found] = [name for name, svc in self.services.items() if svc.get("image", "").split(":")[0] == repository]
        return found

    def raw(self, name: str) -> dict[str, str]:
        env = self.services[name].get("environment") or {}
        return {key: "" if value is None else str(value) for key, value in env.items()}

    def env(self, name: str) -> dict[str, str]:
        return {key: VARIABLE.sub(lambda m: self.dotenv.get(m[1], ""), value) for key, value in self.raw(name).items()}

    def settings(self, cls: type[BaseSettings], name: str) -> Any:
        with container_env(self.env(name)):
            return cls()


# --- the checks -----------------------------------------------------------------------------------------------
def check_services(c: Compose) -> list[str]:
    """Each of our services once, from the one Dockerfile, scalable; on the host only what compose.host.yml says."""
    problems = [f"docker-compose.yml runs no container for {service}" for service in SETTINGS if service not in c.apps]
    problems += [f"compose service {name!r} builds SERVICE={service!r}: no such service in SETTINGS"
                 for service, name in c.built.items() if service not in c.apps
                 or not (REPO / "services" / service / "src" / service / "__main__.py").is_file()]
    problems += [f"compose service {name!r} sets {key}: `--scale {name}=3` needs none"
                 for name in c.built.values() for key in ("container_name", "ports", "hostname")
                 if key in c.services[name]]
    problems += [f"compose service {name!r} uses the host's network: its replicas would fight over one port"
                 for name in c.built.values() if c.services[name].get("network_mode") == "host"]
    problems += [f"compose service {name!r} publishes {svc['ports']} on the host: only deploy/compose.host.yml may"
                 for name, svc in c.services.items() if svc.get("ports") and name not in c.built.values()]
    # deploy/compose.host.yml: Kafka's host listener and MongoDB, on the host's loopback only
    port = dict(listeners(c.raw(c.kafka)["KAFKA_ADVERTISED_LISTENERS"]).values()).get("localhost")
    wanted = {c.kafka: [f"127.0.0.1:{port}:{port}"], c.mongo: ["127.0.0.1:27017:27017"]}
    if (got := {name: svc.get("ports") for name, svc in c.host["services"].items()}) != wanted:
        problems.append(f"deploy/compose.host.yml publishes {got}, not {wanted}")
    return problems + ([] if PROVISION in c.jobs else [f"docker-compose.yml runs no job `python -m {PROVISION}`"])


def check_environment(c: Compose) -> list[str]:
    """Every NETRA_* variable is a field its settings class reads, secrets come from .env, and all validate."""
    problems = []
    targets = [(name, SETTINGS[service]) for service, name in c.apps.items()]
    for name, cls in targets + [(c.jobs[PROVISION], ProvisionSettings)] * (PROVISION in c.jobs):
        prefix = cls.model_config["env_prefix"]
        for key, value in c.raw(name).items():
            field = cls.model_fields.get(key.removeprefix(prefix).lower()) if key.startswith(prefix) else None
            if field is None:
                problems.append(f"compose service {name!r} sets {key}, but {key.removeprefix(prefix).lower()!r} is "
                                f"not a field of {cls.__name__}: misspelled or stale, it is silently ignored")
            elif field.annotation is SecretStr and not VARIABLE.fullmatch(value):
                problems.append(f"compose service {name!r} sets the secret {key} in the file: take it from .env")
        try:
            settings = c.settings(cls, name)
        except ValidationError as exc:
            problems.append(f"compose service {name!r}: its environment does not validate as {cls.__name__}: {exc}")
            continue
        if cls in SETTINGS.values() and settings.http_host != "0.0.0.0":
            problems.append(f"compose service {name!r} listens on {settings.http_host}, not 0.0.0.0")
    return problems


def check_health(c: Compose) -> list[str]:
    """The image's HEALTHCHECK asks /healthz on the port each service's settings give; the port is EXPOSEd."""
    text = re.sub(r"\\\n\s*", "", c.dockerfile)
    if not (command := re.search(r"^HEALTHCHECK .*?CMD (\[.*\])$", text, re.MULTILINE)):
        return ["the Dockerfile has no HEALTHCHECK CMD [...]: compose's service_healthy needs one"]
    argv = json.loads(command[1])
    specs = [spec for line in re.findall(r"^EXPOSE (.+)$", text, re.MULTILINE) for spec in line.split()]
    exposed = {port for spec in specs for port in range(int(spec.split("-")[0]), int(spec.split("-")[-1]) + 1)}
    problems = []
    for service, name in c.apps.items():
        port, asked = c.settings(SETTINGS[service], name).http_port, []
        with container_env({"SERVICE": service, **c.env(name)}), \
                mock.patch("urllib.request.urlopen", lambda url, *args, **kwargs: asked.append(url)):
            exec(compile(argv[argv.index("-c") + 1], "<healthcheck>", "exec"), {})  # noqa: S102
        if [(urlsplit(url).port, urlsplit(url).path) for url in asked] != [(port, "/healthz")]:
            problems.append(f"{name}: the HEALTHCHECK asks {asked}, but {service} serves /healthz on port {port}")
        if "healthcheck" in c.services[name]:
            problems.append(f"compose service {name!r} overrides the image's HEALTHCHECK (which reads the port)")
        if port not in exposed:
            problems.append(f"the Dockerfile EXPOSEs {sorted(exposed)}, not {service}'s http_port {port}")
    return problems


def check_kafka(c: Compose) -> list[str]:
    """Every listener authenticates, ACLs deny by default, admin alone is a super user, each principal a user."""
    env = c.env(c.kafka)
    bound, controller = listeners(env["KAFKA_LISTENERS"]), env["KAFKA_CONTROLLER_LISTENER_NAMES"]
    protocols = dict(item.split(":") for item in env["KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"].split(","))
    problems = [f"kafka: listener {name} is {protocols.get(name)}: every listener must authenticate" for name in bound
                if protocols.get(name) not in ("SASL_PLAINTEXT", "SASL_SSL")]
    wanted = {"KAFKA_SASL_ENABLED_MECHANISMS": SCRAM_MECHANISM,
              "KAFKA_SASL_MECHANISM_INTER_BROKER_PROTOCOL": SCRAM_MECHANISM,
              f"KAFKA_LISTENER_NAME_{controller}_SASL_ENABLED_MECHANISMS": CONTROLLER_MECHANISM,
              "KAFKA_SASL_MECHANISM_CONTROLLER_PROTOCOL": CONTROLLER_MECHANISM,
              "KAFKA_AUTHORIZER_CLASS_NAME": "org.apache.kafka.metadata.authorizer.StandardAuthorizer",
              "KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND": "false",
              "KAFKA_SUPER_USERS": ";".join(f"User:{user}" for user in SUPER_USERS)}
    problems += [f"kafka: {key}={env.get(key)!r}, not {value!r}" for key, value in wanted.items()
                 if env.get(key) != value]
    jaas = f"KAFKA_LISTENER_NAME_{controller}_{CONTROLLER_MECHANISM}_SASL_JAAS_CONFIG"
    if not re.search(rf"export {jaas}=.*user_{ADMIN}=", c.kafka_start):
        problems.append(f"deploy/kafka/docker-start.sh does not export {jaas} with user_{ADMIN} (the broker's login)")
    host, port = bound.get(controller, ("", 0))
    if host != "127.0.0.1" or env["KAFKA_CONTROLLER_QUORUM_VOTERS"] != f"{env['KAFKA_NODE_ID']}@{host}:{port}":
        problems.append(f"kafka: the controller listener is on {host}:{port} (voters "
                        f"{env['KAFKA_CONTROLLER_QUORUM_VOTERS']}), not on loopback, where only its broker reaches it")
    if sorted(names := env["NETRA_KAFKA_PRINCIPALS"].split()) != sorted(principal_names()):
        problems.append(f"kafka: NETRA_KAFKA_PRINCIPALS {names} are not the principals {principal_names()}")
    return problems + [f"kafka: {password_env_var(p)} is not the one in .env" for p in principal_names()
                       if env.get(password_env_var(p)) != c.dotenv.get(password_env_var(p))]


def check_kafka_clients(c: Compose) -> list[str]:
    """Each service logs in as its own principal, the provisioning job as admin; each waits for what it needs."""
    advertised = listeners(c.raw(c.kafka)["KAFKA_ADVERTISED_LISTENERS"])
    internal = {f"{host}:{port}" for host, port in advertised.values() if host == c.kafka}
    job, infra = c.jobs.get(PROVISION, "kafka-provision"), {c.kafka: "service_healthy", c.mongo: "service_healthy"}
    clients = [(name, service.upper(), service, {**infra, job: "service_completed_successfully"})
               for service, name in c.apps.items()] + [(job, "PROVISION", ADMIN, {c.kafka: "service_healthy"})]
    problems = []
    for name, prefix, user, needs in clients:
        env = c.env(name) if name in c.services else {}
        if env.get(f"NETRA_{prefix}_KAFKA_BOOTSTRAP") not in internal:
            problems.append(f"{name}: NETRA_{prefix}_KAFKA_BOOTSTRAP is not one of {sorted(internal)}")
        if prefix != "PROVISION" and env.get(f"NETRA_{prefix}_KAFKA_SECURITY") != SECURITY_SCRAM:
            problems.append(f"{name}: NETRA_{prefix}_KAFKA_SECURITY is not {SECURITY_SCRAM}")
        if env.get(f"NETRA_{prefix}_KAFKA_USERNAME") != user:
            problems.append(f"{name}: NETRA_{prefix}_KAFKA_USERNAME is not {user!r}, its own principal")
        if env.get(f"NETRA_{prefix}_KAFKA_PASSWORD") != c.dotenv[password_env_var(user)]:
            problems.append(f"{name}: NETRA_{prefix}_KAFKA_PASSWORD is not {password_env_var(user)}, its own")
        got = {dep: how.get("condition") for dep, how in c.services.get(name, {}).get("depends_on", {}).items()}
        if got != needs:
            problems.append(f"{name}: depends_on {got}, not {needs}: it would start before its infrastructure")
    return problems


def check_mongo(c: Compose) -> list[str]:
    """Authentication on, one user per service for its own database only, every password from .env."""
    mongo, env = c.services[c.mongo], c.env(c.mongo)
    problems = [] if "--auth" in mongo.get("command", []) else ["mongo: its command lacks --auth"]
    if not env.get("MONGO_INITDB_ROOT_USERNAME") or env.get("MONGO_INITDB_ROOT_PASSWORD") != c.dotenv.get(
            "NETRA_MONGO_ROOT_PASSWORD"):
        problems.append("mongo: no root user with NETRA_MONGO_ROOT_PASSWORD from .env")
    scripts = [volume.split(":")[0] for volume in mongo.get("volumes", []) if ":/docker-entrypoint-initdb.d/" in volume]
    if not scripts or not all((REPO / script).is_file() for script in scripts):
        problems.append(f"mongo: mounts no existing init script into /docker-entrypoint-initdb.d/ ({scripts})")
    users = dict(pair.split(":") for pair in env.get("NETRA_MONGO_USERS", "").split())
    for service, name in c.apps.items():
        settings, variable = c.settings(SETTINGS[service], name), f"NETRA_MONGO_PASSWORD_{service.upper()}"
        url, database = urlsplit(settings.mongo_url), settings.mongo_db
        if (url.hostname, url.username, url.password, url.path, parse_qs(url.query).get("authSource")) != (
                c.mongo, service, c.dotenv[variable], f"/{database}", [database]):
            problems.append(f"{name}: MONGO_URL is not mongodb://{service}:${{{variable}}}@{c.mongo}/{database}"
                            f"?authSource={database} (its own user and database)")
        if users.get(service) != database or env.get(variable) != c.dotenv[variable]:
            problems.append(f"mongo: NETRA_MONGO_USERS and {variable} make no user {service} for {database}")
    return problems


def check_dockerfile_and_images(c: Compose) -> list[str]:
    """Every image pinned to a version; the uv of devkit/setup.sh; only what uv.lock pins, never the dev kit."""
    text = re.sub(r"\\\n\s*", "", c.dockerfile)
    refs = [svc["image"] for svc in c.services.values() if "image" in svc] + re.findall(r"^FROM (\S+)", text, re.M)
    problems = [f"image {ref!r} is not pinned to a version (name:X.Y...)" for ref in refs
                if "@sha256:" not in ref and not re.fullmatch(r"[^:]+:\d+\.\d+\S*", ref)]
    uv, setup = (re.search(r"UV_VERSION=(\S+)", t) for t in (text, (REPO / "devkit" / "setup.sh").read_text()))
    if not (uv and setup and uv[1] == setup[1]):
        problems.append(f"the Dockerfile installs uv {uv and uv[1]}, devkit/setup.sh {setup and setup[1]}")
    copied = [source for line in re.findall(r"^COPY (.+)$", text, re.MULTILINE) for source in line.split()[:-1]]
    problems += [] if "uv.lock" in copied else ["the Dockerfile does not COPY uv.lock"]
    problems += [f"the Dockerfile copies {source!r}: the dev kit never goes into an image" for source in copied
                 if source.rstrip("/") in (".", "devkit")]
    syncs = re.findall(r"uv sync[^\n&;]*", text)
    problems += [f"`{sync}` is not --frozen --no-dev" for sync in syncs
                 if not {"--frozen", "--no-dev"} <= set(sync.split())]
    return problems + ([] if syncs else ["the Dockerfile never runs `uv sync`"])


def check_env_file(c: Compose) -> list[str]:
    """Compose refuses to start without each .env value; .env.example names each, with no placeholder."""
    used = [m for doc in (c.compose, c.host) for m in VARIABLE.finditer(json.dumps(doc))]
    names, example = {m[1] for m in used}, listed(c.env_example)
    problems = [f"${{{m[1]}}} has no `:?`: compose would start with it empty" for m in used if m[2] != ":?"]
    problems += [f".env.example does not list {name}" for name in sorted(names - set(example))]
    problems += [f".env.example lists {name}, which compose never uses" for name in sorted(set(example) - names)]
    return problems + [f".env.example gives {name} the placeholder {value!r}: leave it empty, deploy/make-env.sh "
                       "fills it" for name, value in example.items() if value]


CHECKS = (check_services, check_environment, check_health, check_kafka, check_kafka_clients, check_mongo,
          check_dockerfile_and_images, check_env_file)


def problems(compose: Compose) -> list[str]:
    return [problem for check in CHECKS for problem in check(compose)]


# --- the real files -------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def dotenv(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return make_env(tmp_path_factory.mktemp("env") / ".env")


@pytest.mark.parametrize("check", CHECKS, ids=[check.__name__ for check in CHECKS])
def test_compose_files_agree_with_the_code(check: Callable[[Compose], list[str]], dotenv: dict[str, str]) -> None:
    assert not (found := check(Compose(dotenv))), "\n" + "\n".join(found)


def test_make_env_gives_every_variable_a_fresh_value_and_notify_and_referral_a_fernet_key(tmp_path: Path) -> None:
    first, second = make_env(tmp_path / "a"), make_env(tmp_path / "b")
    assert set(first) == set(listed((REPO / ".env.example").read_text()))
    keys = [first.pop(name) for name in ("NETRA_NOTIFY_CONTACT_KEY", "NETRA_REFERRAL_DISCLOSURE_KEY")]
    for key in keys:
        Fernet(key)  # raises unless 32 url-safe base64 bytes
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{24}", password) for password in first.values())
    assert len({*keys, *first.values(), *second.values()}) == 2 * len(second)
    assert subprocess.run([REPO / "deploy" / "make-env.sh", tmp_path / "a"], capture_output=True).returncode  # kept


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node to run the init script's JavaScript")
def test_mongo_init_script_gives_each_service_its_own_database_only(dotenv: dict[str, str]) -> None:
    env = (compose := Compose(dotenv)).env(compose.mongo)
    fake_mongosh = ("const created = []; const print = () => {};"
                    "const db = {getSiblingDB: (name) => ({createUser: (user) => created.push({...user, name})})};"
                    "eval(require('fs').readFileSync(0, 'utf8')); console.log(JSON.stringify(created));")
    script = (REPO / "deploy" / "mongo" / "netra-users.js").read_text()
    node = [shutil.which("node") or "node", "-e", fake_mongosh]
    run = subprocess.run(node, input=script, env=env, capture_output=True, text=True, check=True)
    created = {user["user"]: user for user in json.loads(run.stdout)}
    assert set(created) == set(SETTINGS)
    for service, user in created.items():
        database = SETTINGS[service].model_fields["mongo_db"].default
        assert (user["name"], user["roles"]) == (database, [{"role": "readWrite", "db": database}])
        assert user["pwd"] == dotenv[f"NETRA_MONGO_PASSWORD_{service.upper()}"]
    del env["NETRA_MONGO_PASSWORD_TRIAGE"]
    assert subprocess.run(node, input=script, env=env, capture_output=True, text=True).returncode  # refuses


# --- the checks catch mistakes --------------------------------------------------------------------------------
def set_env(service: str, key: str, value: str) -> Callable[[Compose], None]:
    return lambda c: c.services[service]["environment"].__setitem__(key, value)


def edit(attribute: str, old: str, new: str) -> Callable[[Compose], None]:
    def mutate(c: Compose) -> None:
        assert old in getattr(c, attribute), f"the mutation no longer applies: {old!r}"
        setattr(c, attribute, getattr(c, attribute).replace(old, new))
    return mutate


MISTAKES: list[tuple[str, Callable[[Compose], None], str]] = [
    ("misspelled variable", set_env("intake", "NETRA_INTAKE_KAFKA_BOOTSRAP", "kafka:19092"),
     "'kafka_bootsrap' is not a field of IntakeSettings"),
    ("another service's Kafka password",
     set_env("triage", "NETRA_TRIAGE_KAFKA_PASSWORD", "${NETRA_KAFKA_PASSWORD_INTAKE:?x}"),
     "NETRA_TRIAGE_KAFKA_PASSWORD is not NETRA_KAFKA_PASSWORD_TRIAGE"),
    ("ANONYMOUS a super user again", set_env("kafka", "KAFKA_SUPER_USERS", "User:admin;User:ANONYMOUS"),
     "KAFKA_SUPER_USERS='User:admin;User:ANONYMOUS'"),
    ("plaintext controller listener", set_env("kafka", "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP",
                                              "CONTROLLER:PLAINTEXT,INTERNAL:SASL_PLAINTEXT,HOST:SASL_PLAINTEXT"),
     "listener CONTROLLER is PLAINTEXT"),
    ("a principal without a SCRAM user", set_env("kafka", "NETRA_KAFKA_PRINCIPALS", "admin intake"),
     "are not the principals"),
    ("another service's database", set_env("notify", "NETRA_NOTIFY_MONGO_URL",
                                           "mongodb://intake:${NETRA_MONGO_PASSWORD_INTAKE:?x}@mongo/netra_intake"),
     "(its own user and database)"),
    ("database published on the host", lambda c: c.services["mongo"].update(ports=["27017"]), "'mongo' publishes"),
    ("a fixed name", lambda c: c.services["triage"].update(container_name="t"), "`--scale triage=3` needs none"),
    ("a fixed host name", lambda c: c.services["notify"].update(hostname="notify"), "`--scale notify=3` needs none"),
    ("host networking", lambda c: c.services["referral"].update(network_mode="host"), "the host's network"),
    ("a published port", lambda c: c.services["intake"].update(ports=["8081:8081"]), "`--scale intake=3` needs none"),
    ("a committed contact key", set_env("notify", "NETRA_NOTIFY_CONTACT_KEY", "bmV0cmEtZGV2ZWxvcG1lbnQta2V5LW5vdC1zZWNyZXQ="),
     "sets the secret NETRA_NOTIFY_CONTACT_KEY in the file"),
    ("a placeholder password", edit("env_example", "NETRA_KAFKA_PASSWORD_BKN=", "NETRA_KAFKA_PASSWORD_BKN=change-me"),
     "placeholder 'change-me'"),
    ("lock file not frozen", edit("dockerfile", "uv sync --frozen --no-dev --no-editable", "uv sync --no-dev"),
     "is not --frozen --no-dev"),
    ("the dev kit in the image", edit("dockerfile", "COPY services/ services/", "COPY devkit/ devkit/"),
     "copies 'devkit/'"),
]


@pytest.mark.parametrize(("mutate", "expected"), [m[1:] for m in MISTAKES], ids=[m[0] for m in MISTAKES])
def test_checks_catch(mutate: Callable[[Compose], None], expected: str, dotenv: dict[str, str]) -> None:
    compose = Compose(dotenv)
    assert not problems(compose), "the real files must be clean for this test to mean much"
    mutate(broken := copy.deepcopy(compose))
    found = problems(broken)
    assert any(expected in problem for problem in found), f"missed ({expected!r}); found:\n" + "\n".join(found)
