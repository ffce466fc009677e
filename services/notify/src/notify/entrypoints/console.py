"""The operator console under /console: server-rendered pages (Jinja2, Bahasa Indonesia) whose sections refresh
themselves (htmx polling of /console/fragments/...). Every path but the login form refuses a client without a valid
operator session: a page redirects to the login, a fragment or a form answers 401. Forms that change something
(log out, mark an alert handled) carry the session's CSRF token and must come from this origin; the session cookie is
HttpOnly and SameSite=Strict. Only numbers, regions, stages and deadlines are shown: never who reported."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

import structlog
from faststream.asgi import AsgiResponse
from netra_shared.contracts.schemas.common import RegionCode
from pydantic import TypeAdapter, ValidationError

from ..adapters.sessions import Session, Sessions
from ..adapters.templates import Templates
from ..domain.console_view import (
    AGENCY_WORDS,
    DEADLINE_STAGES,
    KIND_WORDS,
    MARK_WORDS,
    MILESTONE_WORDS,
    STAGE_WORDS,
    time_left,
)
from ..domain.deadlines import mark
from ..domain.public_board import is_receipt_no
from ..domain.wording import ALERT_WORDS, RECIPIENT_WORDS, SEVERITY_WORDS, local_time
from ..handlers.on_console_request import OnConsoleRequest
from ..handlers.on_operator_login import LoggedIn, OnOperatorLogin
from .web import Request, html, login_url, redirect, text

PREFIX = "/console"
FRAGMENTS = f"{PREFIX}/fragments/"
_REGION = TypeAdapter(RegionCode)
_ALERT_ID = re.compile(r"[a-z]+-[0-9a-f-]{36}")
Page = Callable[[Request, Session], Awaitable[AsgiResponse]]


def _region(value: str | None) -> str | None:
    try:
        return _REGION.validate_python(value) if value else None
    except ValidationError:
        return None


class Console:
    def __init__(self, view: OnConsoleRequest, login: OnOperatorLogin, sessions: Sessions, templates: Templates, *,
                 refresh_seconds: float = 10.0) -> None:
        self.view = view
        self.login = login
        self.sessions = sessions
        self.templates = templates
        self.refresh_seconds = refresh_seconds
        self.log = structlog.get_logger()
        self.pages: dict[str, Page] = {
            PREFIX: self.overview, f"{PREFIX}/reports": self.find_report,
            f"{FRAGMENTS}deadlines": self.deadlines_fragment, f"{FRAGMENTS}summary": self.summary_fragment,
            f"{FRAGMENTS}alerts": self.alerts_fragment, f"{FRAGMENTS}pipeline": self.pipeline_fragment,
        }

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        request = Request(scope, receive)
        try:
            response = await self.respond(request)
        except Exception as exc:  # the database is away: say so, never a trace
            self.log.warning("console_unavailable", path=request.path, error_type=type(exc).__name__)
            response = text(503, "Konsol tidak tersedia sementara; coba lagi sebentar lagi.")
        await response(scope, receive, send)

    async def respond(self, request: Request) -> AsgiResponse:
        path = request.path.rstrip("/") or "/"
        if path == f"{PREFIX}/login":
            return await (self.login_form(request) if request.method != "POST" else self.log_in(request))
        session = self.sessions.read(request.headers.get("cookie", ""))
        if session is None:  # a page sends the browser to the login; anything else is refused
            page = request.method in ("GET", "HEAD") and not path.startswith(FRAGMENTS)
            return redirect(login_url(path)) if page else text(401, "Silakan masuk sebagai operator.")
        if request.method == "POST":
            return await self.post(request, session, path)
        if request.method not in ("GET", "HEAD"):
            return text(405, "Metode tidak diizinkan.")
        if path in self.pages:
            return await self.pages[path](request, session)
        for prefix, page in ((f"{PREFIX}/reports/", self.journey_page), (f"{FRAGMENTS}journey/", self.journey_fragment)):
            if path.startswith(prefix) and is_receipt_no(path[len(prefix):]):
                return await page(request, session, path[len(prefix):])
        return text(404, "Halaman tidak ditemukan.")

    # --- rendering ------------------------------------------------------------------------------------------------
    def _render(self, name: str, session: Session | None = None, status: int = 200, **variables: Any) -> AsgiResponse:
        common = {"operator": session.operator if session else None,
                  "csrf": self.sessions.csrf_token(session) if session else "",
                  "refresh_seconds": int(self.refresh_seconds), "local": local_time, "time_left": time_left,
                  "mark": mark, "words": WORDS}
        return html(self.templates.page(f"console/{name}.html.j2", **common, **variables), status)

    def _filters(self, request: Request) -> dict[str, str | None]:
        query = request.query
        stage, agency = query.get("stage"), query.get("agency")
        return {"region": _region(query.get("region")), "stage": stage if stage in DEADLINE_STAGES else None,
                "agency": agency if agency in AGENCY_WORDS else None}

    @staticmethod
    def _query(filters: dict[str, str | None]) -> str:
        return "&".join(f"{key}={value}" for key, value in filters.items() if value)

    # --- pages and fragments ----------------------------------------------------------------------------------------
    async def overview(self, request: Request, session: Session) -> AsgiResponse:
        filters = self._filters(request)
        return self._render(
            "overview", session, filters=filters, query=self._query(filters), regions=await self.view.regions(),
            deadlines=await self.view.deadlines(**filters), summary=await self.view.summary(),
            alerts=await self.view.open_alerts(), pipeline=self.view.pipeline_state())

    async def deadlines_fragment(self, request: Request, session: Session) -> AsgiResponse:
        filters = self._filters(request)
        return self._render("_deadlines", session, deadlines=await self.view.deadlines(**filters), filters=filters)

    async def summary_fragment(self, request: Request, session: Session) -> AsgiResponse:
        return self._render("_summary", session, summary=await self.view.summary())

    async def alerts_fragment(self, request: Request, session: Session) -> AsgiResponse:
        return self._render("_alerts", session, alerts=await self.view.open_alerts())

    async def pipeline_fragment(self, request: Request, session: Session) -> AsgiResponse:
        return self._render("_pipeline", session, pipeline=self.view.pipeline_state())

    async def find_report(self, request: Request, session: Session) -> AsgiResponse:
        receipt_no = request.query.get("receipt_no", "").strip().upper()
        if is_receipt_no(receipt_no):
            return redirect(f"{PREFIX}/reports/{receipt_no}")
        return self._render("journey", session, status=400, journey=None, receipt_no=receipt_no,
                            problem="Nomor tanda terima tidak sah (contoh: RCP-XXXX-XXXX-XX).")

    async def journey_page(self, request: Request, session: Session, receipt_no: str) -> AsgiResponse:
        journey = await self.view.journey(receipt_no)
        return self._render("journey", session, status=200 if journey else 404, journey=journey,
                            receipt_no=receipt_no, problem=None if journey else "Laporan tidak ditemukan.")

    async def journey_fragment(self, request: Request, session: Session, receipt_no: str) -> AsgiResponse:
        journey = await self.view.journey(receipt_no)
        if journey is None:
            return text(404, "Laporan tidak ditemukan.")
        return self._render("_journey", session, journey=journey, receipt_no=receipt_no)

    # --- login, logout, alerts ------------------------------------------------------------------------------------
    async def login_form(self, request: Request, problem: str | None = None, status: int = 200) -> AsgiResponse:
        next_path = request.query.get("next", PREFIX)
        return self._render("login", status=status, next=next_path if _safe_next(next_path) else PREFIX,
                            problem=problem)

    async def log_in(self, request: Request) -> AsgiResponse:
        form = await request.form()
        if form is None or not request.same_origin:
            return text(400, "Permintaan tidak sah.")
        result = await self.login(form.get("username", "").strip()[:100], form.get("password", "")[:1000],
                                  request.client)
        next_path = form.get("next", PREFIX)
        if isinstance(result, LoggedIn):
            return redirect(next_path if _safe_next(next_path) else PREFIX, {"set-cookie": result.cookie})
        if result.until is not None:
            return self._render("login", status=429, next=next_path if _safe_next(next_path) else PREFIX,
                                problem=f"Terlalu banyak percobaan yang gagal. Coba lagi setelah "
                                        f"{local_time(result.until, None)}.")
        return self._render("login", status=401, next=next_path if _safe_next(next_path) else PREFIX,
                            problem="Nama pengguna atau kata sandi salah.")

    async def post(self, request: Request, session: Session, path: str) -> AsgiResponse:
        form = await request.form()
        if form is None or not request.same_origin or not self.sessions.csrf_ok(session, form.get("csrf", "")):
            return text(403, "Permintaan ditolak (token formulir tidak sah).")
        if path == f"{PREFIX}/logout":
            self.log.info("operator_logged_out", operator=session.operator)
            return redirect(f"{PREFIX}/login", {"set-cookie": self.sessions.clear()})
        match = re.fullmatch(rf"{PREFIX}/alerts/([^/]+)/handled", path)
        if match and _ALERT_ID.fullmatch(match.group(1)):
            outcome = await self.view.mark_handled(match.group(1), session.operator)
            self.log.info("operator_alert_handled", operator=session.operator, alert_id=match.group(1),
                          outcome=outcome)
            back = form.get("back", PREFIX)
            return redirect(back if _safe_next(back) else PREFIX)
        return text(404, "Halaman tidak ditemukan.")


def _safe_next(path: str) -> bool:
    """Only back into the console (never another site: no scheme, no `//host`)."""
    return path.startswith(PREFIX) and not path.startswith("//") and "\\" not in path and "://" not in path


WORDS = {"kind": KIND_WORDS, "stage": STAGE_WORDS, "agency": AGENCY_WORDS, "mark": MARK_WORDS,
         "milestone": MILESTONE_WORDS, "alert": ALERT_WORDS, "severity": SEVERITY_WORDS, "recipient": RECIPIENT_WORDS,
         "deadline_stages": DEADLINE_STAGES}
