"""The public status board: the timeline in words, never a personal field; receipt numbers validated."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from netra_devkit import samples
from netra_shared.contracts.schemas.status import ReportStatus
from notify.domain.notified_report import NotifiedReport
from notify.domain.public_board import board, is_receipt_no

T0 = datetime(2024, 10, 3, 2, 12, tzinfo=UTC)


def _status(status, minutes, **extra):
    return ReportStatus(submission_id="sigap-000123", channel="sigap-lapor", receipt_no="RCP-AAAA-BBBB-CC",
                        status=status, occurred_at=T0 + timedelta(minutes=minutes), **extra)


def test_board_shows_the_timeline_in_local_time_and_plain_words():
    report = NotifiedReport(receipt_no="RCP-AAAA-BBBB-CC", submission_id="sigap-000123", channel="sigap-lapor",
                            registration_no="001/Reg/LP/PB/Kab/15.04/X/2024", region_code="15.04",
                            region_name="Kabupaten Batanghari", kind="public_report", timeline=[
                                _status("received", 0), _status("registered", 1),
                                _status("referred", 9, outcome="neutrality_violation", recipients=["bkn", "pemda"])])
    public = board(report)
    assert public["status"] == "referred" and public["kind"] == "laporan"
    assert [step["status"] for step in public["timeline"]] == ["received", "registered", "referred"]
    assert public["timeline"][0]["occurred_at_local"] == "Kamis, 3 Oktober 2024 pukul 09.12 WIB"
    assert public["timeline"][2]["recipients_words"].startswith("Badan Kepegawaian Negara (BKN) dan Pemerintah")
    text = json.dumps(public)
    assert "submission_id" not in text and "sigap-000123" not in text
    for secret in samples.REPORTER_SECRETS:
        assert secret not in text


@pytest.mark.parametrize("text, valid", [("RCP-AAAA-BBBB-CC", True), ("RCP-K7QF-2M4D-XA", True),
                                         ("rcp-aaaa-bbbb-cc", False), ("RCP-AAAA-BBBB-C1", False),
                                         ("RCP-AAAA-BBBB-CC/../x", False), ("", False)])
def test_receipt_numbers_are_validated(text, valid):
    assert is_receipt_no(text) is valid
