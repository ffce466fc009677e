"""Syarat formal and materiil (Perbawaslu 8/2020 as amended by 9/2024): which required items are missing.

Each missing item is named in words a reporter understands, so the completion request can be sent as is.
"""

from __future__ import annotations

from netra_shared.contracts.schemas.intake_events import MissingItem
from netra_shared.contracts.schemas.submission import ReportSubmission, SubmissionKind

ITEMS = {
    "reporter.full_name": "nama lengkap pelapor",
    "reporter.nik": "NIK pelapor (16 digit, sesuai KTP)",
    "reporter.address": "alamat pelapor",
    "reported_party.full_name": "nama terlapor (pihak yang dilaporkan)",
    "reported_party.address": "alamat atau tempat kerja terlapor",
    "attestation": "tanda tangan pelapor atau verifikasi identitas oleh petugas/kanal",
    "incident.occurred_at": "hari, tanggal dan jam kejadian",
    "incident.place": "tempat kejadian",
    "incident.description": "uraian kejadian (apa yang dilakukan terlapor)",
    "evidence": "bukti: dokumen, foto, video, tangkapan layar, atau tautan unggahan media sosial",
}
MIN_DESCRIPTION_CHARS = 20


def missing_items(submission: ReportSubmission) -> list[MissingItem]:
    reporter, party, incident = submission.reporter, submission.reported_party, submission.incident
    missing: list[str] = []
    # formal (a): the reporter's identity. A supervisor's finding names the supervisor; a public report needs
    # the voter's NIK and address too.
    if not reporter.full_name:
        missing.append("reporter.full_name")
    if submission.kind is SubmissionKind.public_report:
        if not reporter.nik:
            missing.append("reporter.nik")
        if not reporter.address.strip():
            missing.append("reporter.address")
    # formal (b): name and address of the reported party
    if not party.full_name:
        missing.append("reported_party.full_name")
    if not party.address.strip():
        missing.append("reported_party.address")
    # formal (d): signed, or identity verified, as the channel attests
    attestation = submission.attestation
    if attestation is None or not (attestation.signed or attestation.identity_verified):
        missing.append("attestation")
    # material (a) time and place, (b) what happened, (c) evidence
    if incident.occurred_at is None:
        missing.append("incident.occurred_at")
    if not incident.place.strip():
        missing.append("incident.place")
    if len(incident.description.strip()) < MIN_DESCRIPTION_CHARS:
        missing.append("incident.description")
    if not submission.evidence:
        missing.append("evidence")
    return [MissingItem(item=item, description=ITEMS[item]) for item in missing]
