"""Sample submissions and opinions for `make run`, tests and the benchmark.

Written in our own words after the kinds of cases in ../shared/seeds/ (Batanghari, Belitung Timur, Kota Bengkulu,
Kubu Raya). Every person here is invented; NIKs, phones and emails are fake but well-formed.
"""

from __future__ import annotations

import copy
import json
import uuid
from datetime import UTC, datetime
from typing import Any

from netra_shared.contracts.envelope import CONTENT_TYPE

SUBMITTED = "id.bawaslu.report.submitted.v1"
OPINION = "id.bawaslu.pokja.opinion.submitted.v1"


def _reporter(full_name: str, nik: str, phone: str, email: str, address: str, **extra: Any) -> dict[str, Any]:
    return {"full_name": full_name, "nik": nik, "birth_place": "Muara Bulian", "birth_date": "1988-04-12",
            "gender": "perempuan", "occupation": "wiraswasta", "address": address, "phone": phone, "email": email,
            "standing": "voter", "contact_preference": "email", "consents_to_disclosure": False, **extra}


SAMPLE_SUBMISSIONS: list[dict[str, Any]] = [
    {
        "submission_id": "sigap-000123", "channel": "sigap-lapor", "kind": "public_report",
        "election": {"level": "regent", "region_code": "15.04", "region_name": "Kabupaten Batanghari"},
        "received_at": "2024-10-03T09:12:00+07:00",
        "reporter": _reporter("Siti Rahmawati", "1504014204880003", "+6281234500123", "siti.rahma@example.id",
                              "Jl. Gajah Mada No. 14, Muara Bulian"),
        "reported_party": {"full_name": "Darmawan Saputra", "address": "Desa Rengas IX, Muara Bulian",
                           "subject_type": "village_official", "position": "Sekretaris Desa",
                           "agency": "Pemerintah Desa Rengas IX", "nip": None},
        "incident": {"occurred_at": "2024-09-29T19:30:00+07:00", "known_at": "2024-09-30T08:00:00+07:00",
                     "place": "Balai Desa Rengas IX",
                     "description": "Sekretaris desa mengumpulkan warga di balai desa dan meminta mereka memilih "
                                    "pasangan calon petahana; ada mobilisasi warga dengan kendaraan desa.",
                     "candidate": {"name": "Paslon 1", "ballot_number": 1, "is_incumbent": True}},
        "witnesses": [{"full_name": "Ahmad Fauzi", "phone": "+6281234500999"}],
        "attestation": {"signed": True, "identity_verified": True, "method": "e-KTP diverifikasi SIGAP Lapor"},
        "evidence": [{"kind": "video", "uri": "https://evidence.example.id/sigap-000123/rekaman.mp4",
                      "sha256": "a" * 64, "description": "Rekaman pertemuan di balai desa"}],
    },
    {
        "submission_id": "gowaslu-2024-0457", "channel": "gowaslu", "kind": "public_report",
        "election": {"level": "regent", "region_code": "19.06", "region_name": "Kabupaten Belitung Timur"},
        "received_at": "2024-10-11T14:05:00+07:00",
        "reporter": _reporter("Rudi Hartono", "1906021507900001", "+6281977700457", "rudi.h@example.id",
                              "Jl. Lipat Kajang No. 3, Manggar"),
        "reported_party": {"full_name": "Yuliana Pratiwi", "address": "Manggar", "subject_type": "asn_pns",
                           "position": "Kepala Seksi", "agency": "Dinas Pendidikan Kabupaten Belitung Timur",
                           "nip": "198503122010012004"},
        "incident": {"occurred_at": "2024-10-08T21:10:00+07:00", "known_at": "2024-10-09T07:30:00+07:00",
                     "place": "Facebook",
                     "description": "ASN mengunggah foto kampanye calon bupati dan menulis komentar ajakan memilih "
                                    "di grup Facebook warga Manggar; unggahan itu juga dibagikan (share) ulang.",
                     "candidate": {"name": "Paslon 2", "ballot_number": 2, "is_incumbent": False}},
        "witnesses": [],
        "attestation": {"signed": False, "identity_verified": True, "method": "akun Gowaslu terverifikasi"},
        "evidence": [{"kind": "screenshot", "uri": "https://evidence.example.id/gowaslu-0457/tangkapan.png",
                      "sha256": "b" * 64, "description": "Tangkapan layar unggahan"}],
    },
    {
        "submission_id": "desk-bkl-0031", "channel": "office-desk", "kind": "public_report",
        "election": {"level": "mayor", "region_code": "17.71", "region_name": "Kota Bengkulu"},
        "received_at": "2024-11-04T10:00:00+07:00",
        "reporter": _reporter("Dewi Anggraini", "1771036108920002", "+6285266600031", "dewi.a@example.id",
                              "Jl. Suprapto No. 21, Kota Bengkulu", standing="monitor"),
        "reported_party": {"full_name": "Hendra Wijaya", "address": "Kota Bengkulu", "subject_type": "asn_pns",
                           "position": "Camat", "agency": "Kecamatan Ratu Samban", "nip": "197811052005011003"},
        "incident": {"occurred_at": "2024-11-01T15:00:00+07:00", "known_at": "2024-11-01T16:00:00+07:00",
                     "place": "Lapangan Merdeka, Kota Bengkulu",
                     "description": "Camat hadir dan berpidato di panggung kampanye calon wali kota, memakai "
                                    "atribut pasangan calon dan mengajak hadirin mendukungnya.",
                     "candidate": {"name": "Paslon 3", "ballot_number": 3, "is_incumbent": False}},
        "witnesses": [{"full_name": "Budi Santoso", "phone": "+6285266600777"}],
        "attestation": {"signed": True, "identity_verified": True, "method": "formulir ditandatangani di meja"},
        "evidence": [{"kind": "photo", "uri": "https://evidence.example.id/desk-bkl-0031/foto.jpg",
                      "sha256": "c" * 64, "description": "Foto camat di panggung"}],
    },
    {
        "submission_id": "pkd-kkr-0088", "channel": "supervisor-app", "kind": "supervisor_finding",
        "election": {"level": "governor", "region_code": "61", "region_name": "Provinsi Kalimantan Barat"},
        "received_at": "2024-11-06T08:45:00+07:00",
        "reporter": _reporter("Yohanes Kurniawan", "6112011001850004", "+6285345600088", "pkd.sungaiRaya@example.id",
                              "Desa Kuala Dua, Kubu Raya", standing="supervisor", contact_preference="none"),
        "reported_party": {"full_name": "Suparman", "address": "Desa Kuala Dua, Kubu Raya",
                           "subject_type": "village_head", "position": "Kepala Desa",
                           "agency": "Pemerintah Desa Kuala Dua", "nip": None},
        "incident": {"occurred_at": "2024-11-05T09:00:00+07:00", "known_at": "2024-11-05T09:00:00+07:00",
                     "place": "Kantor Desa Kuala Dua",
                     "description": "Kepala desa membagikan bansos beras sambil menyebut nama calon gubernur dan "
                                    "meminta warga memilihnya.",
                     "candidate": {"name": "Paslon 1", "ballot_number": 1, "is_incumbent": False}},
        "witnesses": [],
        "attestation": {"signed": True, "identity_verified": True, "method": "akun pengawas desa"},
        "evidence": [{"kind": "photo", "uri": "https://evidence.example.id/pkd-kkr-0088/bansos.jpg",
                      "sha256": "d" * 64, "description": "Foto pembagian bansos"}],
    },
    {
        "submission_id": "sigap-000311", "channel": "sigap-lapor", "kind": "public_report",
        "election": {"level": "regent", "region_code": "15.04", "region_name": "Kabupaten Batanghari"},
        "received_at": "2024-10-20T11:00:00+07:00",
        "reporter": _reporter("Lestari Wulandari", "1504035507910005", "+6281366600311", "lestari.w@example.id",
                              "Jl. Sultan Thaha No. 9, Muara Bulian"),
        "reported_party": {"full_name": "Agus Salim", "address": "Muara Bulian", "subject_type": "asn_pppk",
                           "position": "Staf", "agency": "Dinas Kesehatan Kabupaten Batanghari", "nip": None},
        "incident": {"occurred_at": "2024-10-05T20:00:00+07:00", "known_at": "2024-10-06T09:00:00+07:00",
                     "place": "Instagram",
                     "description": "Pegawai memberi like dan komentar dukungan pada unggahan calon bupati.",
                     "candidate": {"name": "Paslon 1", "ballot_number": 1, "is_incumbent": True}},
        "witnesses": [],
        "attestation": {"signed": True, "identity_verified": True, "method": "e-KTP diverifikasi SIGAP Lapor"},
        "evidence": [{"kind": "link", "uri": "https://instagram.example/p/abc123", "description": "Tautan unggahan"}],
    },
]
"""The last sample was filed 14 days after the reporter learned of it: it is refused as expired."""

REPORTER_SECRETS = [
    value
    for submission in SAMPLE_SUBMISSIONS
    for value in (submission["reporter"]["full_name"], submission["reporter"]["nik"], submission["reporter"]["phone"],
                  submission["reporter"]["email"], submission["reporter"]["address"])
]


def submission(index: int = 0, **overrides: Any) -> dict[str, Any]:
    data = copy.deepcopy(SAMPLE_SUBMISSIONS[index % len(SAMPLE_SUBMISSIONS)])
    data.update(overrides)
    return data


def envelope(type_: str, data: dict[str, Any], *, source: str, subject: str, event_id: str | None = None) -> dict:
    event_id = event_id or str(uuid.uuid4())
    return {"specversion": "1.0", "id": event_id, "type": type_, "source": source,
            "time": datetime.now(UTC).isoformat(), "subject": subject, "datacontenttype": "application/json",
            "correlationid": event_id, "data": data}


def submission_message(data: dict[str, Any], event_id: str | None = None) -> tuple[bytes, bytes]:
    """(key, value) for reports.submitted."""
    value = envelope(SUBMITTED, data, source=f"/channels/{data['channel']}", subject=data["submission_id"],
                     event_id=event_id)
    return data["submission_id"].encode(), json.dumps(value).encode()


def opinion_message(case_id: str, agency: str, verdict: str = "violation",
                    proposed_outcome: str | None = "neutrality_violation") -> tuple[bytes, bytes]:
    data = {"case_id": case_id, "agency": agency, "member": f"Anggota Pokja {agency}", "verdict": verdict,
            "proposed_outcome": proposed_outcome, "note": "Fakta dalam laporan terbukti dari bukti yang dilampirkan.",
            "submitted_at": datetime.now(UTC).isoformat()}
    return case_id.encode(), json.dumps(envelope(OPINION, data, source=f"/pokja/{agency.lower()}",
                                                 subject=case_id)).encode()


HEADERS = [("content-type", CONTENT_TYPE.encode())]
