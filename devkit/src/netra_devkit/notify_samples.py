"""Rendered samples of every template, committed under services/notify/docs/samples/ for review of the Indonesian.

    python -m netra_devkit.notify_samples   # rewrite the samples after changing a template (a unit test checks they match)
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import notify
from netra_shared.contracts.schemas.notification import NoticeFacts
from notify.adapters.templates import Templates
from notify.domain.notice_rules import RULES, templates

SAMPLES_DIR = Path(notify.__file__).resolve().parents[2] / "docs" / "samples"
STATUS_URL = "https://netra.bawaslu.go.id/reports/{receipt_no}"
T0 = datetime(2024, 10, 3, 2, 12, tzinfo=UTC)  # Kamis, 3 Oktober 2024 09.12 WIB
BASE = {"receipt_no": "RCP-K7QF-2M4D-XA", "registration_no": "004/Reg/LP/PB/Kab/15.04/X/2024",
        "submission_id": "sigap-000123", "channel": "sigap-lapor", "kind": "public_report", "region_code": "15.04",
        "region_name": "Kabupaten Batanghari", "case_id": "CASE-K7QF-2M4D-XA"}
SAMPLE_FACTS: dict[str, dict] = {
    "reporter/received": {"status": "received", "registration_no": None, "case_id": None, "occurred_at": T0},
    "reporter/completion_requested": {
        "status": "completion_requested", "registration_no": None, "case_id": None, "reason": "incomplete",
        "reason_detail": "Nomor Induk Kependudukan (NIK) pelapor; bukti kejadian berupa foto, video, atau tangkapan "
                         "layar", "occurred_at": T0, "due_at": T0 + timedelta(days=2)},
    "reporter/registered": {"status": "registered", "case_id": None, "occurred_at": T0 + timedelta(minutes=3)},
    "reporter/not_registered": {
        "status": "not_registered", "registration_no": None, "case_id": None, "reason": "expired",
        "reason_detail": "diterima 14 hari setelah kejadian diketahui; batasnya 7 hari", "occurred_at": T0},
    "reporter/under_review": {"status": "under_review", "occurred_at": T0 + timedelta(minutes=4),
                              "due_at": T0 + timedelta(days=3, minutes=3)},
    "reporter/review_extended": {"status": "review_extended", "occurred_at": T0 + timedelta(days=2),
                                 "due_at": T0 + timedelta(days=5, minutes=3),
                                 "reason_detail": "Pokja meminta rekaman video asli dari pelapor"},
    "reporter/decided": {"status": "decided", "outcome": "neutrality_violation", "occurred_at": T0 + timedelta(days=2)},
    "reporter/referred": {"status": "referred", "outcome": "neutrality_violation", "recipients": ["pemda"],
                          "occurred_at": T0 + timedelta(days=2, minutes=5)},
    "reporter/follow_up": {"status": "follow_up", "occurred_at": T0 + timedelta(days=12),
                           "reason_detail": "Bupati Batanghari menjatuhkan sanksi teguran tertulis"},
    "reporter/closed": {"status": "closed", "outcome": "not_a_violation", "occurred_at": T0 + timedelta(days=2),
                        "reason": "Bukan pelanggaran: tidak ada penerusan"},
    "pokja/review_requested": {"status": "under_review", "occurred_at": T0 + timedelta(minutes=4),
                               "due_at": T0 + timedelta(days=3, minutes=3)},
    "pokja/decision_reminder": {"occurred_at": T0 + timedelta(days=2, minutes=3),
                                "due_at": T0 + timedelta(days=3, minutes=3)},
    "recipient/referral_sent": {"status": "referred", "outcome": "neutrality_violation", "recipients": ["pemda"],
                                "occurred_at": T0 + timedelta(days=2, minutes=5)},
    "operator/alert_raised": {"occurred_at": T0 + timedelta(days=3, minutes=3), "due_at": T0 + timedelta(days=3, minutes=3),
                              "alert": "casting_vote_requested", "severity": "warning", "reason": "tie",
                              "reason_detail": "koordinator Bawaslu diminta memberi suara penentu: suara anggota "
                                               "Pokja seri (no_violation 2, violation 2)"},
}
GREETINGS = {"reporter": "Siti Rahmawati", "pokja": "Anggota Pokja Netralitas unsur POLRI",
             "recipient": "Pimpinan Pemerintah Daerah (pejabat pembina kepegawaian)",
             "operator": "Operator Netra Bawaslu"}


def render_samples() -> dict[str, str]:
    """template -> the text of its sample (subject line, blank line, body)."""
    engine = Templates(STATUS_URL)
    samples = {}
    for template in templates():
        facts = NoticeFacts.model_validate({**BASE, **SAMPLE_FACTS[template]})
        audience = next(rule.audience.value for rule in RULES if rule.template == template)
        message = engine.render(template, facts, greeting=GREETINGS[audience])
        samples[template] = f"Subjek: {message.subject}\n\n{message.body}"
    return samples


def write_samples(directory: Path = SAMPLES_DIR) -> list[Path]:
    written = []
    for template, text in render_samples().items():
        path = directory / f"{template}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_samples():
        sys.stdout.write(f"{path}\n")
