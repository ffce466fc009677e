"""Events for the operator console, as intake, triage and referral would publish them, for tests, the browser test and
the screenshots (`python -m netra_devkit.console_screenshots`). Written in our own words; every region is real, every
number and name invented. Each report's events carry one W3C `traceparent` (one trace per report), as the services'
relays will once tracing is in.

    story = ConsoleStory(now)
    a = story.report("15.04")                         # received and registered in Kabupaten Batanghari
    story.under_review(a, due_in=timedelta(hours=3))  # its Pokja decision due in 3 hours
    story.casting_vote(a)                             # triage's operator alert
    await story.send(producer, topics)
"""

from __future__ import annotations

import base64
import json
import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from netra_shared.contracts.topics import INTAKE_EVENTS, NOTIFY_ALERTS, REFERRAL_EVENTS, TRIAGE_EVENTS, Topics, TopicSpec

from .kafka_probe import Producer
from .samples import envelope

REGIONS = {  # code -> (name, election level)
    "15.04": ("Kabupaten Batanghari", "regent"), "19.06": ("Kabupaten Belitung Timur", "regent"),
    "17.71": ("Kota Bengkulu", "mayor"), "61.12": ("Kabupaten Kubu Raya", "regent"),
    "73.71": ("Kota Makassar", "mayor"), "52.01": ("Kabupaten Lombok Barat", "regent"),
    "94.71": ("Kota Jayapura", "mayor"),
}
PARTY = {"full_name": "Tokoh Rekaan", "address": "Alamat rekaan", "subject_type": "village_official",
         "position": "Kepala Urusan Pemerintahan", "agency": "Pemerintah Desa", "nip": None}
CLASSIFICATION = {"subject_type": "village_official", "category": "active_support",
                  "category_name": "Dukungan aktif kepada pasangan calon"}
SERVICES = {"intake": INTAKE_EVENTS, "triage": TRIAGE_EVENTS, "referral": REFERRAL_EVENTS, "notify": NOTIFY_ALERTS}


def new_receipt() -> str:
    code = base64.b32encode(os.urandom(10)).decode()[:10]
    return f"RCP-{code[:4]}-{code[4:8]}-{code[8:]}"


@dataclass
class Report:
    receipt_no: str
    region_code: str
    registration_no: str | None
    trace_id: str

    @property
    def case_id(self) -> str:
        return "CASE-" + self.receipt_no.removeprefix("RCP-")

    @property
    def ref(self) -> dict[str, Any]:
        return {"receipt_no": self.receipt_no, "registration_no": self.registration_no,
                "submission_id": f"sub-{self.receipt_no.lower()}", "channel": "sigap-lapor"}

    @property
    def election(self) -> dict[str, Any]:
        name, level = REGIONS[self.region_code]
        return {"level": level, "region_code": self.region_code, "region_name": name}


@dataclass(frozen=True)
class Message:
    topic: TopicSpec
    key: str
    value: dict[str, Any]
    trace_id: str

    @property
    def traceparent(self) -> bytes:
        return f"00-{self.trace_id}-{os.urandom(8).hex()}-01".encode()


@dataclass
class ConsoleStory:
    now: datetime
    messages: list[Message] = field(default_factory=list)
    sequence: int = 0

    def _emit(self, report: Report, service: str, type_: str, data: dict[str, Any], key: str | None = None, *,
              at: datetime) -> str:
        """One event, stamped `at` (the moment the story says it happened)."""
        topic = SERVICES[service]
        value = envelope(f"id.bawaslu.{type_}", data, source=f"/netra/{service}", subject=key or report.case_id)
        value["time"] = self._iso(at)
        self.messages.append(Message(topic, key or report.case_id, value, report.trace_id))
        return value["id"]

    def _iso(self, moment: datetime) -> str:
        return moment.isoformat()

    def report(self, region_code: str = "15.04", *, received_ago: timedelta = timedelta(hours=5),
               registered: bool = True, receipt_no: str | None = None) -> Report:
        """A report received (and registered) some hours ago."""
        self.sequence += 1
        received_at = self.now - received_ago
        report = Report(receipt_no or new_receipt(), region_code, None, uuid.uuid4().hex)
        self._emit(report, "intake", "report.received.v1",
                   {**report.ref, "kind": "public_report", "received_at": self._iso(received_at),
                    "election": report.election}, key=report.receipt_no, at=received_at)
        if registered:
            office = "Kota" if report.election["level"] == "mayor" else "Kab"
            report.registration_no = f"{self.sequence:03d}/Reg/LP/PB/{office}/{region_code}/X/2024"
            self._emit(report, "intake", "report.registered.v1", {
                **report.ref, "kind": "public_report", "election": report.election, "reported_party": PARTY,
                "incident": {"occurred_at": self._iso(received_at - timedelta(days=2)),
                             "known_at": self._iso(received_at - timedelta(days=1)), "place": "Balai desa",
                             "description": "Perangkat desa mengajak warga memilih pasangan calon tertentu."},
                "reporter_ref": f"rr-{report.receipt_no.lower()}",
                "registered_at": self._iso(received_at + timedelta(minutes=3))}, key=report.receipt_no,
                at=received_at + timedelta(minutes=3))
        return report

    def completion_requested(self, report: Report, *, due_in: timedelta) -> None:
        requested = self.now + due_in - timedelta(hours=48)
        self._emit(report, "intake", "report.completion-requested.v1", {
            **report.ref, "missing": [{"item": "evidence", "description": "bukti kejadian (foto, video, tautan)"}],
            "due_at": self._iso(self.now + due_in), "requested_at": self._iso(requested),
            "election": report.election}, key=report.receipt_no, at=requested)

    def under_review(self, report: Report, *, due_in: timedelta) -> None:
        """Review opened (3 days before its decision is due: make the report's received_ago longer than that)."""
        opened = self.now + due_in - timedelta(days=3)
        self._emit(report, "triage", "review.opened.v1", {
            "case_id": report.case_id, "reports": [report.ref], "decision_due_at": self._iso(self.now + due_in),
            "classification": CLASSIFICATION, "opened_at": self._iso(opened)}, at=opened)

    def casting_vote(self, report: Report, *, due_in: timedelta) -> str:
        """Triage's casting-vote request and its operator alert (returns the alert's event id)."""
        due = self._iso(self.now + due_in)
        self._emit(report, "triage", "review.casting-vote-requested.v1", {
            "case_id": report.case_id, "reports": [report.ref], "reason": "tie",
            "tally": {"violation": 2, "no_violation": 2}, "decision_due_at": due, "requested_at": self._iso(self.now)},
            at=self.now)
        return self.alert(report, "triage", "casting_vote_requested", due_in=due_in, reason="tie", agency="bawaslu",
                          detail="koordinator Bawaslu diminta memberi suara penentu: suara anggota Pokja seri "
                                 "(no_violation 2, violation 2)")

    def alert(self, report: Report, service: str, kind: str, *, due_in: timedelta | None = None,
              severity: str = "warning", reason: str | None = None, agency: str | None = None,
              detail: str = "") -> str:
        data = {"alert": kind, "severity": severity, "service": service, "receipt_no": report.receipt_no,
                "receipt_nos": [report.receipt_no], "case_id": report.case_id, "reason": reason, "agency": agency,
                "due_at": self._iso(self.now + due_in) if due_in is not None else None, "detail": detail,
                "raised_at": self._iso(self.now)}
        key = report.receipt_no if service == "notify" else report.case_id
        return self._emit(report, service, "operator.alert-raised.v1", data, key=key, at=self.now)

    def decided(self, report: Report, outcome: str = "neutrality_violation", *, ago: timedelta) -> None:
        self._emit(report, "triage", "case.decided.v1", {
            "case_id": report.case_id, "reports": [report.ref], "outcome": outcome,
            "subject_type": "village_official", "classification": CLASSIFICATION, "reported_party": PARTY,
            "election": report.election, "incident": {
                "occurred_at": self._iso(self.now - timedelta(days=6)), "known_at": self._iso(self.now - timedelta(days=5)),
                "place": "Balai desa", "description": "Perangkat desa mengajak warga memilih pasangan calon tertentu."},
            "votes": {"TNI": "violation", "POLRI": "violation", "BKD": "violation"},
            "decided_at": self._iso(self.now - ago), "decided_by": "majority"}, at=self.now - ago)

    def referred(self, report: Report, follow_ups: dict[str, timedelta], *, ago: timedelta) -> None:
        """Referred `ago`; each recipient's follow-up due in the given time from now."""
        recipients = list(follow_ups)
        self._emit(report, "referral", "case.referred.v1", {
            "case_id": report.case_id, "reports": [report.ref], "outcome": "neutrality_violation",
            "recipients": recipients, "referral_ids": [f"{report.case_id}-{r}" for r in recipients],
            "referred_at": self._iso(self.now - ago),
            "follow_ups": [{"referral_id": f"{report.case_id}-{r}",
                            "referral_no": f"REK-{r.upper()}/{report.region_code}/2024/{report.receipt_no[-6:]}",
                            "recipient": r, "follow_up_due_at": self._iso(self.now + due)}
                           for r, due in follow_ups.items()]}, at=self.now - ago)

    async def send(self, producer: Producer, topics: Topics) -> int:
        for message in self.messages:
            await producer.send(topics.name(message.topic), message.key.encode(), json.dumps(message.value).encode(),
                                headers=[("traceparent", message.traceparent)])
        sent, self.messages = len(self.messages), []
        return sent


def screenshot_story(now: datetime) -> tuple[ConsoleStory, dict[str, Report]]:
    """A day of a regency office's console: deadlines in every state, two alerts, a referral being followed up."""
    story = ConsoleStory(now)
    near = story.report("15.04", received_ago=timedelta(days=2, hours=22))
    story.under_review(near, due_in=timedelta(hours=2, minutes=40))
    story.casting_vote(near, due_in=timedelta(hours=2, minutes=40))
    late = story.report("73.71", received_ago=timedelta(days=3, hours=4))
    story.under_review(late, due_in=-timedelta(hours=1, minutes=10))
    story.alert(late, "triage", "decision_deadline_missed", due_in=-timedelta(hours=1, minutes=10),
                severity="critical", agency="bawaslu",
                detail="batas putusan terlewati dengan 1 pendapat; pendapat koordinator Bawaslu yang menentukan")
    waiting = story.report("61.12", received_ago=timedelta(hours=20), registered=False)
    story.completion_requested(waiting, due_in=timedelta(hours=28))
    crime = story.report("17.71", received_ago=timedelta(days=3, hours=8))
    story.under_review(crime, due_in=-timedelta(hours=6))
    story.decided(crime, "election_crime", ago=timedelta(hours=6))
    followed = story.report("19.06", received_ago=timedelta(days=9, hours=2))
    story.under_review(followed, due_in=-timedelta(days=6))
    story.decided(followed, ago=timedelta(days=6))
    story.referred(followed, {"bkn": timedelta(hours=20), "pemda": timedelta(days=8)}, ago=timedelta(days=6))
    for region, due in (("52.01", timedelta(days=2, hours=5)), ("94.71", timedelta(days=1, hours=9)),
                        ("15.04", timedelta(days=2, hours=18))):
        story.under_review(story.report(region, received_ago=timedelta(days=3, hours=1) - due), due_in=due)
    return story, {"near": near, "late": late, "waiting": waiting, "crime": crime, "followed": followed}
