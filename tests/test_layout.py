"""The import picture the architecture promises, checked from the code's own imports: the four services have the
same shape, layers only import downwards, services never import each other, production never imports the dev kit,
and no package or module takes part in an import cycle."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SERVICES = ("intake", "triage", "referral", "notify")
SHARED = REPO / "shared" / "src" / "netra_shared"
LAYERS = ("domain", "adapters", "handlers", "entrypoints")  # lowest first
# what each layer of a service may import of its own service (bootstrap may import anything of it)
MAY_IMPORT = {"domain": {"domain"}, "adapters": {"domain", "adapters"},
              "handlers": {"domain", "adapters", "handlers"},
              "entrypoints": {"domain", "adapters", "handlers", "entrypoints"}}
# what the pure domain may import from outside: the standard library, pydantic, and these
DOMAIN_MAY_USE = ("netra_shared.contracts", "netra_shared.kernel.decision", "pydantic")
NOT_IN_DOMAIN = ("pymongo", "faststream", "aiokafka", "structlog", "httpx", "jinja2", "aiosmtplib", "uvicorn",
                 "netra_shared.kernel.aggregates", "netra_shared.kernel.runtime", "netra_shared.kernel.clock")
SERVICE_FILES = {"__init__.py", "__main__.py", "bootstrap.py", "settings.py"}


def is_data(folder: Path) -> bool:
    """A folder of reference data (JSON, templates) made a package only so that importlib.resources finds it."""
    code = list(folder.glob("*.py"))
    return [p.name for p in code] == ["__init__.py"] and not code[0].read_text(encoding="utf-8").strip()


def service_root(service: str) -> Path:
    return REPO / "services" / service / "src" / service


def modules(root: Path, package: str) -> Iterator[tuple[str, Path]]:
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        name = ".".join((package, *(parts[:-1] if parts[-1] == "__init__" else parts)))
        yield name, path


def imports(path: Path, module: str) -> set[str]:
    """Every module `path` imports, absolute, at any depth of the file (lazy imports count)."""
    found: set[str] = set()
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return found


def production_modules() -> dict[str, Path]:
    found = dict(modules(SHARED, "netra_shared"))
    for service in SERVICES:
        found.update(modules(service_root(service), service))
    return found


def test_the_four_services_have_the_same_shape():
    shapes = {}
    for service in SERVICES:
        root = service_root(service)
        packages = sorted(str(p.parent.relative_to(root)) for p in root.rglob("__init__.py")
                          if p.parent != root and not is_data(p.parent))
        top = sorted(p.name for p in root.glob("*.py"))
        shapes[service] = (packages, top, (root / "entrypoints" / "subscriptions.py").is_file())
    assert all(shape == (sorted(LAYERS), sorted(SERVICE_FILES), True) for shape in shapes.values()), shapes


@pytest.mark.parametrize("service", SERVICES)
def test_a_service_imports_only_downwards_and_never_another_service(service):
    others = set(SERVICES) - {service}
    for module, path in modules(service_root(service), service):
        parts = module.split(".")
        layer = parts[1] if len(parts) > 1 and parts[1] in LAYERS else None
        for target in imports(path, module):
            target_parts = target.split(".")
            assert target_parts[0] not in others, f"{module} imports {target}: services talk only through Kafka"
            if target_parts[0] != service or len(target_parts) < 2 or parts[1:2] == ["__main__"]:
                continue
            assert target_parts[1] != "bootstrap" or parts[1] == "__main__", f"{module} imports the bootstrap"
            if layer is not None and target_parts[1] in LAYERS:
                assert target_parts[1] in MAY_IMPORT[layer], f"{module} ({layer}) imports {target}, a higher layer"
            if layer in ("domain", "adapters", "handlers"):
                assert target_parts[1] != "settings", f"{module} ({layer}) reads settings: bootstrap passes them"


@pytest.mark.parametrize("service", SERVICES)
def test_the_domain_is_pure(service):
    for module, path in modules(service_root(service) / "domain", f"{service}.domain"):
        for target in imports(path, module):
            assert not target.startswith(NOT_IN_DOMAIN), f"{module} imports {target}: the domain does no I/O"
            if target.startswith("netra_shared"):
                assert target.startswith(DOMAIN_MAY_USE), f"{module} imports {target}"


@pytest.mark.parametrize("service", SERVICES)
def test_handlers_touch_the_database_only_through_the_kernel(service):
    for module, path in modules(service_root(service) / "handlers", f"{service}.handlers"):
        for target in imports(path, module):
            assert not target.startswith(("pymongo", "motor")), f"{module} imports {target}"
        assert ".collection" not in path.read_text(encoding="utf-8"), f"{module} reaches a collection directly"


def test_production_never_imports_the_dev_kit_and_shared_never_imports_a_service():
    for module, path in production_modules().items():
        for target in imports(path, module):
            assert not target.startswith("netra_devkit"), f"{module} imports {target}"
            if module.startswith("netra_shared"):
                assert target.split(".")[0] not in SERVICES, f"{module} imports {target}"


def test_shared_packages_depend_one_way_contracts_then_kernel_then_provisioning():
    order = {"contracts": 0, "kernel": 1, "provisioning": 2}
    for module, path in modules(SHARED, "netra_shared"):
        parts = module.split(".")
        if len(parts) < 2 or parts[1] not in order:
            continue
        for target in imports(path, module):
            target_parts = target.split(".")
            if target_parts[0] == "netra_shared" and len(target_parts) > 1 and target_parts[1] in order:
                assert order[target_parts[1]] <= order[parts[1]], f"{module} imports {target}, a higher package"


def test_no_module_of_the_project_is_part_of_an_import_cycle():
    known = {**production_modules(), **dict(modules(REPO / "devkit" / "src" / "netra_devkit", "netra_devkit"))}
    graph = {module: {target for target in imports(path, module) if target in known and target != module}
             for module, path in known.items()}
    for module, path in known.items():  # a package's __init__ importing its own modules is how packages work
        if path.name == "__init__.py":
            graph[module] = {target for target in graph[module] if not target.startswith(module + ".")}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        stack.append(module)
        for target in graph[module]:
            if state.get(target) == 1:
                cycle = stack[stack.index(target):] + [target]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if target not in state:
                visit(target)
        stack.pop()
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module)


def test_the_service_image_holds_no_dev_kit():
    dockerfile = (REPO / "Dockerfile").read_text(encoding="utf-8")
    copied = [line for line in dockerfile.splitlines() if line.startswith("COPY")]
    assert copied and not [line for line in copied if "devkit" in line or line.split()[1] == "."], copied
    assert "--no-dev" in dockerfile


@pytest.mark.parametrize("service", SERVICES)
def test_each_service_is_built_by_its_composition_root_with_the_default_settings(service, monkeypatch):
    """bootstrap.build() wires the service (no server is contacted): a wiring mistake fails here, not in production.
    The defaults, except for the keys that have none (notify's and referral's sealing keys: the dev kit's)."""
    import importlib

    from netra_devkit.services import DEVELOPMENT_KEYS

    for key, value in DEVELOPMENT_KEYS.get(service, {}).items():
        monkeypatch.setenv(f"NETRA_{service.upper()}_{key}", value)
    kernel = importlib.import_module(f"{service}.bootstrap").build()
    assert kernel.consumer is not None and kernel.consumer.subscriptions.topics(service)
    assert {loop.name for loop in kernel.loops} >= {"outbox-relay"}
