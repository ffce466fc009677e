"""Who may see the operator console: the login, the session cookie, CSRF on the forms, the lockout after failed
logins, where a login may send the browser. The console's own ASGI app with the real login and sessions; the read
model behind it is a stand-in (the integration tests read the real one)."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from netra_shared.kernel.clock import ManualClock
from notify.adapters.operator_accounts import OperatorAccounts, check_password, hash_password
from notify.adapters.pipeline_watch import Snapshot, parked_counts
from notify.adapters.sessions import Sessions
from notify.adapters.templates import Templates
from notify.domain.login_throttle import LoginThrottle
from notify.entrypoints.assets import ASSETS, Assets
from notify.entrypoints.console import Console
from notify.handlers.on_operator_login import OnOperatorLogin

T0 = datetime(2024, 11, 20, 1, 0, tzinfo=UTC)
PASSWORD = "kata-sandi-piket-malam"
HASH = hash_password(PASSWORD)
PAGES = ["/console", "/console/reports/RCP-AAAA-BBBB-CC", "/console/reports?receipt_no=RCP-AAAA-BBBB-CC"]
FRAGMENTS = ["/console/fragments/deadlines", "/console/fragments/summary", "/console/fragments/alerts",
             "/console/fragments/pipeline", "/console/fragments/journey/RCP-AAAA-BBBB-CC"]


class StandInView:
    """What OnConsoleRequest answers, empty."""

    def __init__(self) -> None:
        self.handled: list[tuple[str, str]] = []

    async def regions(self):
        return []

    async def deadlines(self, **filters):
        return {"rows": [], "more": 0, "overdue": 0, "soon": 0, "now": T0}

    async def summary(self):
        return {"backlog": [], "day": "2024-11-20", "counts": dict.fromkeys(
            ("received", "registered", "decided", "referred", "closed"), 0)}

    async def open_alerts(self):
        return []

    def pipeline_state(self):
        return Snapshot()

    async def journey(self, receipt_no):
        return None

    async def mark_handled(self, alert_id, operator):
        self.handled.append((alert_id, operator))
        return "alert_handled"


@pytest.fixture
def console():
    clock = ManualClock(T0)
    sessions = Sessions(b"k" * 32, lifetime_seconds=3600)
    login = OnOperatorLogin(OperatorAccounts({"piket": HASH}), sessions, LoginThrottle(max_failures=3), clock)
    view = StandInView()
    app = Console(view, login, sessions, Templates())
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=("10.0.0.7", 5000)),
                               base_url="http://notify.test")
    return client, view, clock


async def log_in(client, password=PASSWORD, username="piket", next_path="/console"):
    return await client.post("/console/login", data={"username": username, "password": password, "next": next_path})


@pytest.mark.parametrize("path", PAGES)
async def test_a_page_sends_a_client_without_a_session_to_the_login(console, path):
    client, _, _ = console
    response = await client.get(path)
    assert response.status_code == 303 and response.headers["location"].startswith("/console/login?next=/console")


@pytest.mark.parametrize("path", FRAGMENTS)
async def test_a_fragment_refuses_a_client_without_a_session(console, path):
    client, _, _ = console
    response = await client.get(path)
    assert response.status_code == 401 and "RCP" not in response.text


async def test_a_forged_or_expired_cookie_is_no_session(console):
    client, _, _ = console
    other = Sessions(b"z" * 32)  # signed with another secret
    _, cookie = other.issue("piket")
    forged = cookie.split(";")[0]
    assert (await client.get("/console/fragments/alerts", headers={"cookie": forged})).status_code == 401
    _, old = Sessions(b"k" * 32, lifetime_seconds=60).issue("piket", now=T0.timestamp())
    assert (await client.get("/console/fragments/alerts", headers={"cookie": old.split(";")[0]})).status_code == 401


async def test_logging_in_gives_an_httponly_strict_cookie_and_opens_the_console(console):
    client, _, _ = console
    response = await log_in(client)
    assert response.status_code == 303 and response.headers["location"] == "/console"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/console" in cookie
    page = await client.get("/console")
    assert page.status_code == 200 and "Tenggat terbuka" in page.text and "Operator: <strong>piket</strong>" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["cache-control"] == "no-store" and page.headers["x-frame-options"] == "DENY"
    assert (await client.get("/console/fragments/alerts")).text.strip().startswith("<p class=\"empty\">")


async def test_a_wrong_password_or_unknown_name_is_refused_alike(console):
    client, _, _ = console
    wrong, unknown = await log_in(client, "salah"), await log_in(client, PASSWORD, username="budi")
    assert wrong.status_code == unknown.status_code == 401
    assert "set-cookie" not in wrong.headers and "Nama pengguna atau kata sandi salah." in unknown.text


async def test_failed_logins_lock_the_name_and_the_address_out_for_a_while(console):
    client, _, clock = console
    for _ in range(3):
        assert (await log_in(client, "salah")).status_code == 401
    locked = await log_in(client)  # even the right password, while locked out
    assert locked.status_code == 429 and "Terlalu banyak percobaan" in locked.text
    clock.advance(timedelta(minutes=16))
    assert (await log_in(client)).status_code == 303


async def test_a_login_only_sends_the_browser_back_into_the_console(console):
    client, _, _ = console
    for elsewhere in ("https://evil.example/console", "//evil.example/console", "/reports/x"):
        assert (await log_in(client, next_path=elsewhere)).headers["location"] == "/console"
    assert (await log_in(client, next_path="/console/reports/RCP-AAAA-BBBB-CC")).headers["location"] == (
        "/console/reports/RCP-AAAA-BBBB-CC")


async def test_logout_and_marking_an_alert_need_the_sessions_csrf_token_and_our_origin(console):
    client, view, _ = console
    await log_in(client)
    page = (await client.get("/console")).text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    alert = "/console/alerts/triage-0b9c4f36-5d7e-5d1a-9d5e-7b0f1c2d3e4f/handled"
    assert (await client.post(alert, data={"csrf": "x"})).status_code == 403
    cross_site = await client.post(alert, data={"csrf": csrf}, headers={"origin": "https://evil.example"})
    assert cross_site.status_code == 403 and view.handled == []
    assert (await client.post(alert, data={"csrf": csrf})).status_code == 303
    assert view.handled == [("triage-0b9c4f36-5d7e-5d1a-9d5e-7b0f1c2d3e4f", "piket")]
    assert (await client.post("/console/logout", data={"csrf": "x"})).status_code == 403
    out = await client.post("/console/logout", data={"csrf": csrf})
    assert out.status_code == 303 and "Max-Age=0" in out.headers["set-cookie"]
    assert (await client.get("/console")).status_code == 303  # the browser dropped the cookie


async def test_a_login_from_another_site_is_refused(console):
    client, _, _ = console
    response = await client.post("/console/login", data={"username": "piket", "password": PASSWORD},
                                 headers={"origin": "https://evil.example"})
    assert response.status_code == 400 and "set-cookie" not in response.headers


def test_passwords_are_kept_as_salted_scrypt_hashes():
    first, second = hash_password("rahasia"), hash_password("rahasia")
    assert first != second and first.startswith("scrypt$16384$8$1$") and "rahasia" not in first
    assert check_password("rahasia", first) and not check_password("Rahasia", first)
    assert not check_password("rahasia", "plain:rahasia") and not check_password("rahasia", "scrypt$1$2$3$x$y")


async def test_the_vendored_htmx_is_the_npm_release_and_is_served_with_the_consoles_assets():
    recorded = re.search(r"`htmx.min.js` sha256: `([0-9a-f]{64})`", (ASSETS / "VENDORED.md").read_text()).group(1)
    assert hashlib.sha256((ASSETS / "htmx.min.js").read_bytes()).hexdigest() == recorded
    assert (ASSETS / "htmx.LICENSE").read_text().startswith("Zero-Clause BSD")
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=Assets()), base_url="http://notify.test")
    served = await client.get("/assets/htmx.min.js")
    assert served.status_code == 200 and served.content == (ASSETS / "htmx.min.js").read_bytes()
    assert (await client.get("/assets/../settings.py")).status_code == 404
    assert (await client.get("/assets/VENDORED.md")).status_code == 404


def test_parked_items_are_read_from_a_services_metrics():
    text = ('# HELP netra_parked_total Items set aside\nnetra_parked_total{collection="cases",kind="outbox"} 2.0\n'
            'netra_parked_total{collection="cases",kind="timer"} 1.0\nnetra_messages_total{topic="x"} 9.0\n')
    assert parked_counts(text) == {"cases": 3}


def test_the_console_templates_never_name_a_reporter_field():
    folder = Path(Templates().env.loader.searchpath[0]) / "console"
    text = "".join(path.read_text() for path in folder.glob("*.j2"))
    for field in ("full_name", "nik", "phone", "email", "address", "reporter_ref", "birth"):
        assert field not in text


def test_the_devkit_helper_prints_an_account_notify_logs_in_with():
    from netra_devkit.operator_account import account

    (name, stored), = account("siti", "sandi-siti").items()
    assert name == "siti" and check_password("sandi-siti", stored) and "sandi-siti" not in stored
    with pytest.raises(ValueError):
        account("siti", "")
