"""How notify says things in Bahasa Indonesia: local dates and times (WIB/WITA/WIT), reasons, outcomes and
recipients in plain words, and the template variables of a notice. Pure data and functions."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from netra_shared.contracts.regions import WIB, WIT, WITA, local_timezone
from netra_shared.contracts.schemas.notification import NoticeFacts

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")
ZONES_BY_OFFSET = {timedelta(hours=7): WIB, timedelta(hours=8): WITA, timedelta(hours=9): WIT}

STATUS_WORDS = {
    "received": "Diterima",
    "completion_requested": "Menunggu kelengkapan",
    "registered": "Diregistrasi",
    "not_registered": "Tidak diregistrasi",
    "under_review": "Sedang dikaji Pokja Netralitas",
    "review_extended": "Waktu kajian diperpanjang",
    "decided": "Sudah diputus",
    "referred": "Diteruskan ke instansi berwenang",
    "follow_up": "Ditindaklanjuti instansi penerima",
    "closed": "Selesai",
}
REASON_WORDS = {
    "expired": "laporan disampaikan melewati batas waktu pelaporan, yaitu 7 hari sejak kejadian diketahui",
    "incomplete": "syarat laporan belum lengkap dan tidak dilengkapi dalam waktu 2 x 24 jam",
    "invalid": "data laporan tidak sah sehingga tidak dapat diperiksa",
    "withdrawn": "laporan dicabut oleh pelapor sebelum diregistrasi",
}
OUTCOME_WORDS = {
    "election_crime": "dugaan tindak pidana pemilihan",
    "neutrality_violation": "pelanggaran peraturan perundang-undangan lainnya (pelanggaran netralitas)",
    "administrative_violation": "pelanggaran administrasi pemilihan",
    "ethics_violation": "pelanggaran kode etik penyelenggara pemilihan",
    "not_a_violation": "bukan pelanggaran",
}
RECIPIENT_WORDS = {
    "bkn": "Badan Kepegawaian Negara (BKN)",
    "pemda": "Pemerintah Daerah (pejabat pembina kepegawaian)",
    "gakkumdu": "Sentra Penegakan Hukum Terpadu (Sentra Gakkumdu)",
    "tni": "Tentara Nasional Indonesia (TNI)",
    "polri": "Kepolisian Negara Republik Indonesia (Polri)",
    "dkpp": "Dewan Kehormatan Penyelenggara Pemilu (DKPP)",
    "kpu": "Komisi Pemilihan Umum (KPU)",
    "bawaslu": "Badan Pengawas Pemilihan Umum Kabupaten/Kota (Bawaslu)",
}
KIND_WORDS = {"public_report": "laporan", "supervisor_finding": "temuan"}
SEVERITY_WORDS = {"critical": "Mendesak", "warning": "Perhatian"}
ALERT_WORDS = {
    "decision_due_soon": "Batas putusan Pokja kurang dari 24 jam",
    "decision_deadline_missed": "Batas putusan Pokja terlewati",
    "casting_vote_requested": "Suara penentu koordinator Bawaslu diperlukan",
    "no_referral_route": "Putusan tanpa tujuan rujukan",
    "follow_up_overdue": "Tindak lanjut rujukan melewati batas",
    "criminal_referral_late": "Rujukan pidana ke Gakkumdu terlambat",
    "criminal_referral_at_risk": "Rujukan pidana ke Gakkumdu belum dikirim",
    "notification_dead_lettered": "Pemberitahuan gagal terkirim",
    "operator_notice_dead_lettered": "Pemberitahuan kepada operator gagal terkirim",
}
ALERT_NEXT = {
    "decision_due_soon": "Pastikan semua anggota Pokja menyampaikan pendapatnya sebelum batas waktu (UU 10/2016 "
                         "Pasal 134).",
    "decision_deadline_missed": "Segera hubungi koordinator Pokja Netralitas, pastikan kasus diputus, dan catat alasan "
                                "keterlambatan. Batas waktu ini ditetapkan UU 10/2016 Pasal 134.",
    "casting_vote_requested": "Minta koordinator Bawaslu menyampaikan pendapatnya; pendapat itu menentukan putusan.",
    "no_referral_route": "Tentukan instansi tujuan rujukan secara manual dan perbarui tabel rujukan bila perlu.",
    "follow_up_overdue": "Hubungi instansi penerima rujukan dan minta laporan tindak lanjutnya.",
    "criminal_referral_late": "Pastikan Sentra Gakkumdu menerima rujukan dan catat alasan keterlambatan.",
    "criminal_referral_at_risk": "Kirim rujukan ke Sentra Gakkumdu sebelum batas 1 x 24 jam sejak putusan.",
    "notification_dead_lettered": "Periksa alamat atau saluran penerima, lalu kirim ulang pemberitahuan.",
    "operator_notice_dead_lettered": "Periksa alamat e-mail operator di pengaturan notify.",
}


def zone_for(moment: datetime, region_code: str | None) -> timezone:
    """The region's zone; without a region, the zone the time was given in if it is WIB/WITA/WIT, else WIB."""
    if region_code:
        try:
            return local_timezone(region_code)
        except ValueError:
            pass
    return ZONES_BY_OFFSET.get(moment.utcoffset() or timedelta(0), WIB)


def local_time(moment: datetime | None, region_code: str | None) -> str:
    """e.g. "Kamis, 3 Oktober 2024 pukul 09.12 WIB"."""
    if moment is None:
        return ""
    zone = zone_for(moment, region_code)
    local = moment.astimezone(zone)
    return (f"{DAYS[local.weekday()]}, {local.day} {MONTHS[local.month - 1]} {local.year} "
            f"pukul {local:%H.%M} {zone.tzname(None)}")


def joined(words: list[str]) -> str:
    """["a", "b", "c"] -> "a, b, dan c"."""
    if len(words) <= 2:
        return " dan ".join(words)
    return ", ".join(words[:-1]) + ", dan " + words[-1]


def template_variables(facts: NoticeFacts, *, greeting: str, status_url: str) -> dict[str, Any]:
    region = facts.region_code
    missing = [item.strip() for item in (facts.reason_detail or "").split(";") if item.strip()]
    recipients = [RECIPIENT_WORDS.get(name, name.upper()) for name in facts.recipients]
    return {
        "greeting": greeting,
        "receipt_no": facts.receipt_no,
        "registration_no": facts.registration_no,
        "case_id": facts.case_id,
        "kind": KIND_WORDS.get(facts.kind or "", "laporan"),
        "region_name": facts.region_name,
        "status_words": STATUS_WORDS.get(facts.status or "", facts.status or ""),
        "reason": facts.reason,
        "reason_words": REASON_WORDS.get(facts.reason or "", facts.reason or ""),
        "reason_detail": facts.reason_detail,
        "missing_items": missing,
        "outcome": facts.outcome,
        "outcome_words": OUTCOME_WORDS.get(facts.outcome or "", facts.outcome or ""),
        "recipients_words": joined(recipients),
        "recipient_list": recipients,
        "occurred_at": local_time(facts.occurred_at, region),
        "due_at": local_time(facts.due_at, region),
        "status_url": status_url.format(receipt_no=facts.receipt_no) if status_url else "",
        "alert_words": ALERT_WORDS.get(facts.alert or "", facts.alert or ""),
        "alert_next": ALERT_NEXT.get(facts.alert or "", "Periksa konsol operator."),
        "severity_words": SEVERITY_WORDS.get(facts.severity or "", "Perhatian"),
    }
