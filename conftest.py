"""Session fixtures shared by every test suite: the real servers (env -> Docker -> local runner)."""

from __future__ import annotations

import pytest
from netra_devkit.servers import Servers, discover_servers


@pytest.fixture(scope="session")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Servers:
    with discover_servers(tmp_path_factory.mktemp("servers")) as found:
        yield found
