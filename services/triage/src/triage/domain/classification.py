"""A first, deliberately small classification: subject group from the structured subject type, category from
plain keyword rules over the Indonesian description. Anything not matched is marked for manual classification
(never guessed). Issue #4 replaces the rule table with configurable SKB 2022 reference data."""

from __future__ import annotations

from netra_shared.contracts.schemas.review import Classification
from netra_shared.contracts.schemas.submission import Incident, ReportedParty

# (category, legal basis, keywords) checked in order; first match wins.
RULES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("election_crime_official_action", "UU 10/2016 Pasal 71(1) jo. Pasal 188",
     ("mutasi", "surat keputusan", "bansos", "mobil dinas", "mobilisasi")),
    ("discipline_campaign_props", "PP 94/2021", ("spanduk", "baliho", "alat peraga")),
    ("discipline_campaign_attendance", "PP 94/2021", ("deklarasi", "kampanye")),
    ("ethics_social_media", "PP 42/2004", ("like", "share", "komentar", "unggah", "status whatsapp", "facebook",
                                           "instagram", "tiktok")),
    ("ethics_photo_with_candidate", "PP 42/2004", ("foto bersama",)),
)
CRIMINAL_CATEGORIES = {"election_crime_official_action"}


def classify(party: ReportedParty, incident: Incident) -> Classification:
    text = incident.description.lower()
    for category, basis, keywords in RULES:
        hits = [word for word in keywords if word in text]
        if hits:
            return Classification(
                subject_type=party.subject_type.value, category=category, legal_basis=[basis],
                crime_indication=category in CRIMINAL_CATEGORIES,
                reasons=[f"kata kunci: {', '.join(hits)}", f"jenis terlapor: {party.subject_type.value}"],
            )
    return Classification(subject_type=party.subject_type.value, category="needs_manual_classification",
                          reasons=["tidak ada aturan yang cocok; perlu klasifikasi manual"])
