"""The reporter's own identity taken out of the free text that leaves intake (security review M8).

A report's description, place and evidence go to every Pokja member and, once decided, to the agencies. Reporters
often name themselves in them ("Saya, Budi Santoso, NIK ...", "di rumah saya di Jl. ...", an upload link with their
name), which would make a subordinate who reports a superior known to the superior's own institution. So intake
replaces what it knows of the reporter (full name, NIK, phone, e-mail, address) wherever it appears in that text,
in any spacing, case or URL spelling. The register in intake keeps the report as filed; an agency learns who reported
only from a consented disclosure.

What it cannot know it cannot take out: a nickname, a relative's name, a description of the reporter. Nor does it
touch the reported party or the candidate: a reporter who shares a name with them is not redacted from the text
(the report would lose whom it is about)."""

from __future__ import annotations

import re

from netra_shared.contracts.schemas.common import EvidenceRef
from netra_shared.contracts.schemas.submission import Incident, ReportSubmission

REDACTED = "[identitas pelapor]"
_SEPARATOR = r"(?:\s|[-_.+,/]|%20)*"  # between the parts of a name or the digits of a number, as people and URLs write


def _words(text: str) -> str:
    parts = [re.escape(part) for part in re.split(r"\s+", text.strip()) if part]
    return _SEPARATOR.join(parts)


def _digits(number: str) -> str:
    return _SEPARATOR.join(re.escape(digit) for digit in number)


def _phone(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    national = digits[2:] if digits.startswith("62") else digits.lstrip("0")
    return rf"(?:\+?62|0)?{_SEPARATOR}{_digits(national)}" if len(national) >= 6 else ""


def _patterns(submission: ReportSubmission) -> list[str]:
    reporter = submission.reporter
    protected = {name.casefold() for name in (submission.reported_party.full_name,
                                              submission.incident.candidate.name if submission.incident.candidate
                                              else None) if name}
    patterns = []
    if reporter.full_name and len(reporter.full_name.strip()) >= 3 and reporter.full_name.casefold() not in protected:
        patterns.append(rf"(?<!\w){_words(reporter.full_name)}(?!\w)")
    if reporter.nik:
        patterns.append(rf"(?<!\d){_digits(reporter.nik)}(?!\d)")
    if reporter.phone and (phone := _phone(reporter.phone)):
        patterns.append(rf"(?<!\d){phone}(?!\d)")
    if reporter.email:
        local, _, domain = reporter.email.partition("@")
        patterns.append(rf"{re.escape(local)}(?:@|%40){re.escape(domain)}")
    if len(reporter.address.strip()) >= 8 and reporter.address.casefold() != submission.reported_party.address.casefold():
        patterns.append(_words(reporter.address))
    return patterns


def without_reporter(text: str, patterns: list[str]) -> str:
    for pattern in patterns:
        text = re.sub(pattern, REDACTED, text, flags=re.IGNORECASE)
    return text


def redacted(submission: ReportSubmission) -> tuple[Incident, list[EvidenceRef]]:
    """The incident and evidence as they may leave intake: without the reporter's identity."""
    patterns = _patterns(submission)
    if not patterns:
        return submission.incident, list(submission.evidence)
    incident = submission.incident.model_copy(update={
        "place": without_reporter(submission.incident.place, patterns),
        "description": without_reporter(submission.incident.description, patterns)})
    evidence = [item.model_copy(update={"uri": without_reporter(item.uri, patterns),
                                        "description": without_reporter(item.description, patterns)})
                for item in submission.evidence]
    return incident, evidence
