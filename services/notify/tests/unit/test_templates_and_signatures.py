"""Every template renders; the committed samples match the templates; webhook signatures verify."""

from __future__ import annotations

from pathlib import Path

import pytest
from netra_devkit.notify_samples import SAMPLES_DIR, render_samples
from notify.adapters.webhook_channel import SIGNATURE, TIMESTAMP, sign, verify
from notify.domain.notice_rules import templates


def test_every_rule_has_a_template_file():
    root = Path(__file__).resolve().parents[2] / "src" / "notify" / "templates"
    for template in templates():
        assert (root / f"{template}.txt.j2").is_file(), template


def test_committed_samples_match_the_templates():
    """After changing a template: `python -m netra_devkit.notify_samples`, then review the Indonesian and commit."""
    rendered = render_samples()
    committed = {str(path.relative_to(SAMPLES_DIR).with_suffix("")): path.read_text(encoding="utf-8")
                 for path in SAMPLES_DIR.rglob("*.txt")}
    assert committed == rendered


@pytest.mark.parametrize("template", templates())
def test_every_message_names_its_numbers_and_a_next_step(template):
    text = render_samples()[template]
    subject, _, body = text.partition("\n\n")
    assert subject.startswith("Subjek: ") and len(subject) < 140
    assert "RCP-K7QF-2M4D-XA" in body and "Langkah selanjutnya:" in body
    assert "None" not in text and "{{" not in text


def test_deadlines_are_in_local_time_with_the_zone():
    assert "Sabtu, 5 Oktober 2024 pukul 09.12 WIB" in render_samples()["reporter/completion_requested"]


def test_a_signature_verifies_and_a_tampered_or_stale_one_does_not():
    body = b'{"notification_id":"n-1"}'
    headers = {SIGNATURE: sign("s3cret", 1_700_000_000, body), TIMESTAMP: "1700000000"}
    assert verify("s3cret", headers, body, now=1_700_000_010)
    assert not verify("s3cret", headers, body + b" ", now=1_700_000_010)
    assert not verify("other", headers, body, now=1_700_000_010)
    assert not verify("s3cret", headers, body, now=1_700_000_000 + 301)
    assert not verify("s3cret", {SIGNATURE: headers[SIGNATURE]}, body, now=1_700_000_010)
