"""Who the reported party is: the subject type normalised from the submission, the stated position and agency.

"Sekretaris Desa" is a village official and "Camat" is ASN whatever the channel said; an elected "Bupati" is a
regional head (not ASN) while a "Pj Bupati" is an ASN bound by Pasal 71(2)-(3) as well (Pasal 71(4)); a retiree
("pensiunan", "purnawirawan", "mantan") is a private person ("other"), never a serving official. The agency fills
in when the channel said "other"; with neither position nor agency, the description may name the subject; else the
channel's subject type stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from netra_shared.contracts.schemas.common import SubjectType
from netra_shared.contracts.schemas.submission import ReportedParty

from .reference import ReferenceData, SubjectTable
from .text import hits, matches, normalise, standard_words

OFFICIAL_TYPES = (SubjectType.regional_head, SubjectType.regional_official)
_CANDIDATE_POSITION = re.compile(r"^ ?(calon|paslon|pasangan calon|bakal calon|cabup|cawabup|cagub|cawagub|cawalkot|"
                                 r"cawawalkot|cawali)\b")  # the candidate himself: a former office is his past, and
# the rules for a candidate judge him (UU 10/2016 Pasal 70(1) jo. 189); round 25
_TITLED_NAME = re.compile(r"^(?:pak|bu|bapak|ibu|sdr|sdri|saudara|saudari) (\w+)\b")
# what the position says the party was first taken for ('Petugas satpam bank swasta (semula dilaporkan sebagai anggota
# Polri)'): the reporter's or the channel's mistaken first account, not the party's office; the office the position
# establishes decides, and with none known the party is a private person (UU 2/2002 Pasal 28 and the SKB 2022 bind
# only those who hold the office; Perbawaslu 8/2020: the facts the clarification establishes; round 31)
_FIRST_TAKEN_FOR = re.compile(r"\b(?:(?:semula|awalnya|sebelumnya|tadinya|mula mula|sempat) (?:\w+ ){0,2}"
                              r"(?:dilaporkan|disebut|dikira|disangka|diduga|ditulis|dianggap)|dikira|disangka|"
                              r"dikirain) (?:sebagai )?.*$")
# a position that names the party by another person's office ('Istri Sekretaris Camat', 'Anak Kepala Desa X'): the
# office is the relative's, not the party's; SKB 2022 and UU 10/2016 Pasal 71(1) bind the holder only (round 33)
_RELATIVE_OF = re.compile(r"^ ?(?:istri|isteri|suami|anak|adik|kakak|menantu|mertua|ipar|keponakan|ayah|orang tua) "
                          r"(?:kandung )?(?:dari )?(?:pak |bu |bapak |ibu )?")
# a kelurahan is headed by a lurah, a PNS the regent or mayor appoints (UU 23/2014 Pasal 229(3)-(4)), never by a
# kepala desa: a 'Kades' whose agency is a kelurahan, not a desa, is the lurah (round 36)
_KELURAHAN = re.compile(r"\bkelurahan\b")
_DESA = re.compile(r"\b(?:desa|kampung|nagari|gampong|pekon|lembang)\b")
# an acting village head ('Pj Kepala Desa ... (PNS kecamatan)') is a PNS the regent appoints (UU 6/2014 Pasal
# 46(1), 47(1); PP 43/2014 Pasal 58(1)): the SKB 2022 binds him as the ASN he is (round 36)
_ACTING_VILLAGE_HEAD = re.compile(r"^ ?(?:pj|penjabat|plt|pjs|pelaksana tugas)\b")
_NOT_RESIGNED = re.compile(r"\b(?:belum|tidak|tak|enggan|menolak|tanpa) (?:\w+ )?(?:mengundurkan diri|mundur|berhenti|"
                           r"resign|diberhentikan)\b")  # a determined candidate the report says has not resigned
_SET_OFF = re.compile(r"[(),;/]| - ")  # a part of the position set off from the office it opens with
_KIN = (r"(?:ayah|ibu|bapak|istri|isteri|suami|anak|adik|kakak|menantu|mertua|paman|bibi|keponakan|kakek|nenek|"
        r"orang tua|saudara|sepupu|cucu|tetangga|teman|rekan)")
_ABOUT_ANOTHER = (rf"\b(?:calon|paslon|cabup|cawabup|cagub|cawagub|cawalkot|cawawalkot|cawali|kandidat|petahana|"
                  rf"{_KIN}nya)\b(?: \w+){{0,4}} yang (?:\w+ ){{0,2}}")  # the head of the relative clause is another

# a number that is part of a name ('SMPN 1 Pare', 'TPS 04', 'RT 3') counts no people (round 51)
_NOT_A_NAMES_NUMBER = "".join(f"(?<!{word} )" for word in ("sd", "sdn", "smp", "smpn", "sma", "sman", "smk", "smkn", "mi",
                                                         "mts", "man", "negeri", "nomor", "no", "tps", "rt", "rw",
                                                         "kelas", "jalan", "jl", "gang", "blok", "pos", "ruang"))

# a phrase with no pronoun whose subject is several others or an office's predecessors ('karena tiga kepala dinas lama
# memasuki masa pensiun', 'para pejabat lama yang pensiun'): theirs, not the party's (round 40)
_OTHERS_BEFORE = (r"\b(?:(?:para|beberapa|sejumlah|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|"
                  rf"{_NOT_A_NAMES_NUMBER}\d{{1,3}}) "
                  r"(?:(?!(?:tahun|bulan|hari|minggu|pekan|lalu|dan|serta|kini|sekarang|ia|dia|beliau|terlapor|ybs)\b)"
                  r"\w+ ){0,4}|(?!(?:sudah|telah|cukup|begitu|sangat|terlalu|tidak|tak)\b)\w+ lama (?:yang )?)")


def _someone_else(found: str, description: str) -> bool:
    """A retiree phrase about a person the report names as someone else's relative or acquaintance ('Pak Syarifuddin
    adalah ayah dari Sdr. Andi ... Pak Syarifuddin sendiri pensiunan guru'), or in a relative clause about a
    candidate or a relative ('calon wakil bupatinya, Hendra, yang sudah mengundurkan diri sebagai PNS'), or whose
    subject is several others or predecessors ('tiga kepala dinas lama memasuki masa pensiun'): their status, not
    the party's (SKB 2022 binds the serving ASN; review E3; rounds 27, 36 and 40)."""
    if re.search(_ABOUT_ANOTHER + re.escape(found.strip()), description):
        return True
    if re.search(_OTHERS_BEFORE + re.escape(found.strip()), description):
        return True
    named = _TITLED_NAME.match(found.strip())
    if not named:
        return False
    return bool(re.search(rf"\b{re.escape(named.group(1))} (?:\w+ )?(?:adalah|merupakan|ialah|yaitu|selaku|sebagai) "
                          rf"(?:\w+ )?{_KIN}(?:nya)? (?:kandung )?(?:dari|terlapor|pegawai|asn|pns)\b", description))


@dataclass(frozen=True)
class Subject:
    subject_type: SubjectType
    official: bool  # a "pejabat" in the sense of UU 10/2016 Pasal 71(1): structural office, village head, lurah
    senior: bool  # sekda, kepala dinas, camat, kepala desa ...: weighs in the priority
    reason: str
    acting_head: bool = False  # a Pj/Plt/Pjs governor, regent or mayor (ASN; Pasal 71(4))
    retiree: bool = False
    public_worker: bool = False  # honorary or contract staff, BUMD/BUMN staff: not ASN, yet employed by the state
    unknown: bool = False  # the description says the party's identity is not known
    source: str = "kanal"  # jabatan | instansi | uraian | kanal: where the subject type came from


def _own_status(raw_position: str) -> str:
    """The party's own ASN status in a position that names a relative's office: a status in a part set off after
    that office ('Istri Camat (PNS Dinas Kesehatan)', 'Anak Camat, PPPK di Dinas Sosial'), not the office itself
    ('Istri guru PNS SDN 05 (ibu rumah tangga)': the husband's status)."""
    for part in _SET_OFF.split(raw_position or "")[1:]:
        if found := next((word for word in normalise(part).split() if word in ("pns", "cpns", "pppk")), ""):
            return found
    return ""


def _resigned_candidate(description: str, reference: ReferenceData) -> str:
    """What the report says of the party having left the civil service or his office to run ('telah menyerahkan
    keputusan pemberhentian sebagai PNS', 'mengundurkan diri dari ASN untuk maju sebagai calon'): he is a candidate
    now (UU 10/2016 Pasal 7(2) huruf t: a PNS resigns once determined as a candidate), or ""."""
    found = hits(reference.description_resigned_candidates, description)
    if found and matches(reference.description_running, description):
        return found[0]
    # a candidate KPU determined ('beliau sekarang calon wakil bupati nomor urut 3 yang sudah ditetapkan KPU') has
    # resigned: the law requires it once he is determined (Pasal 7(2) huruf t), unless the report says he has not
    # ('belum mundur dari PNS'); round 40
    determined = hits(reference.description_determined_candidates, description)
    return determined[0] if determined and not _NOT_RESIGNED.search(description) else ""


def _elected_head(position: str, reference: ReferenceData) -> bool:
    """Whether the position is an elected regional head's: he runs on campaign leave, no resignation (UU 10/2016
    Pasal 70(3)), so a candidate's number tells nothing of his having left an office (round 40)."""
    found = _lookup(reference.positions, position)
    return found is not None and found[0].subject_type == "regional_head" and not found[0].acting_head


def _lookup(tables: list[SubjectTable], text: str) -> tuple[SubjectTable, str] | None:
    for table in tables:
        if found := hits(table.patterns, text):
            return table, found[0]
    return None


def _corrected(description: str, reference: ReferenceData) -> bool:
    """Whether the description corrects the status the reporter wrote in the position ('Operator (PNS)' and then
    "dari pengecekan ke dinas, yang bersangkutan bukan PNS melainkan PPPK"): what the report establishes about the
    party's status decides, not the form's word (round 23; UU 20/2023 Pasal 1 angka 2-4: ASN is PNS or PPPK, by
    appointment, not by what a reporter wrote)."""
    return matches(reference.description_status_corrections, description)


def _same_office(title: str, position: str) -> bool:
    """Whether an acting title the description names ('Penjabat Gubernur') is the office the position holds: a
    'Bupati' who campaigns with "surat izin kampanye dari Penjabat Gubernur" is an elected regent, the acting governor
    only granted his leave (UU 10/2016 Pasal 70: a regional head campaigns on leave granted by the level above;
    round 24).
    An acting head is an ASN only for the office he acts in (Pasal 71(4))."""
    held = _offices(position)
    return not held or bool(_offices(title) & held)


def _offices(text: str) -> set[str]:
    return {office for office, words in (("bupati", ("bupati",)), ("gubernur", ("gubernur",)),
                                         ("wali kota", ("wali kota", "walikota"))) if any(w in text for w in words)}


def _resolve_asn(submitted: SubjectType, position: str, description: str, reference: ReferenceData) -> SubjectType:
    """The position's own word decides (a 'perawat PPPK' is PPPK whatever the channel said), unless the description
    corrects it ("saya tulis PNS, belakangan saya tahu dia PPPK"), then what the description says of the party
    ("ternyata dia PPPK, bukan PNS": the reporter corrects the form), then the channel."""
    pppk = matches(reference.description_pppk, description)
    if _corrected(description, reference) and pppk:
        return SubjectType.asn_pppk
    if " pppk " in position:
        return SubjectType.asn_pppk
    if " pns " in position or " cpns " in position:
        return SubjectType.asn_pns
    pns = matches(reference.description_pns, description)
    if pppk != pns:
        return SubjectType.asn_pppk if pppk else SubjectType.asn_pns
    if submitted in (SubjectType.asn_pns, SubjectType.asn_pppk):
        return submitted
    return SubjectType.asn_pns


def _not_asn(position: str, description: str, reference: ReferenceData) -> str | None:
    """What the description says of a party whose position names only a post ('guru SD', 'perawat'): that they are
    honorary or contract staff, not ASN ('ternyata masih tenaga honorer, bukan PNS'); None when the position names an
    ASN status the description does not correct ("kata bagian kepegawaian dia tenaga honorer, bukan PNS": round 23),
    or the description also says PNS or PPPK."""
    if any(f" {status} " in position for status in ("pns", "cpns", "pppk", "asn")) and not _corrected(description,
                                                                                                      reference):
        return None
    if matches(reference.description_pppk, description) or matches(reference.description_pns, description):
        return None
    found = hits(reference.description_non_asn, description)
    return found[0] if found else None


def _retired(position: str, description: str, reference: ReferenceData, serving: list[str]) -> str | None:
    """Why the party is a retiree or a former holder, or None. Not when the report shows them still serving
    (`serving`: 'ngaku sudah purna, padahal masih ikut apel', 'SK pensiunnya baru berlaku Januari 2025', 'mantan
    kapolsek, sekarang menjabat kasat'): what they do now is what the rules judge."""
    if serving:
        return None
    if found := hits(reference.retirees, position):
        return f"jabatan '{found[0]}'"
    if _CANDIDATE_POSITION.search(position):  # 'Calon Bupati', described as 'mantan Ketua DPRD': he is the candidate
        return None
    if found := [hit for hit in hits(reference.description_retirees, description)
                 if not _someone_else(hit, description)]:
        return f"uraian '{found[0]}'"
    return None


def normalise_subject(party: ReportedParty, reference: ReferenceData, description: str = "",
                      unasserted: Sequence[str] = ()) -> Subject:
    """`description`: the incident text, already normalised (used for retirees and when nothing else tells);
    `unasserted`: its sentences the report itself does not assert (a belief a later sentence corrects): they show no
    party still serving (round 23)."""
    submitted = party.subject_type
    forms = reference.word_forms
    position = standard_words(normalise(party.position), forms)
    if (taken_for := _FIRST_TAKEN_FOR.search(position)) and taken_for.start() > 1:
        position = position[:taken_for.start()] + " "  # what the party was first taken for is not his office
        if submitted is not SubjectType.other and _lookup(reference.positions, position) is None:
            return Subject(SubjectType.other, False, False, f"jenis terlapor: other (jabatan '{position.strip()}'; "
                           f"semula dikira '{taken_for.group(0).strip()}'); kanal menyebut {submitted.value}",
                           source="jabatan")
    if (relative := _RELATIVE_OF.match(position)) and _lookup(reference.positions, position) is not None and (
            own := _own_status(party.position)):
        # 'Istri Camat (PNS Dinas Kesehatan)': the office is the relative's, the status the party's own; she is bound
        # as the ASN she is, not as the relative's office (SKB 2022; UU 20/2023 Pasal 1; round 34)
        subject_type = _resolve_asn(submitted, position, description, reference)
        reason = (f"jenis terlapor: {subject_type.value} (jabatan '{position.strip()}': jabatan kerabatnya, "
                  f"'{relative.group(0).strip()}', dan status terlapor sendiri, '{own}')")
        if subject_type is not submitted:
            reason += f"; kanal menyebut {submitted.value}"
        return Subject(subject_type, False, False, reason, source="jabatan")
    if (relative := _RELATIVE_OF.match(position)) and _lookup(reference.positions, position) is not None and not (
            matches(reference.description_pns, description) or matches(reference.description_pppk, description)
            or any(f" {status} " in position for status in ("pns", "cpns", "pppk", "asn"))):
        reason = (f"jenis terlapor: other (jabatan '{position.strip()}': jabatan kerabatnya, '{relative.group(0).strip()}'"
                  f", bukan jabatan terlapor)")
        if submitted is not SubjectType.other:
            reason += f"; kanal menyebut {submitted.value}"
        return Subject(SubjectType.other, False, False, reason, source="jabatan")
    if (resigned := _resigned_candidate(description, reference)) and not _elected_head(position, reference):
        reason = (f"jenis terlapor: candidate (uraian '{resigned}'): ia sudah berhenti dari jabatan atau kepegawaiannya "
                  "untuk mencalonkan diri; bukan ASN lagi (UU 10/2016 Pasal 7(2) huruf t)")
        if submitted is not SubjectType.candidate:
            reason += f"; kanal menyebut {submitted.value}"
        return Subject(SubjectType.candidate, False, False, reason, retiree=True, source="uraian")
    agency = standard_words(normalise(party.agency), forms)
    serving = [found for found in hits(reference.still_serving, description)
               if not any(found in sentence for sentence in unasserted)]
    if retired := _retired(position, description, reference, serving):
        reason = f"jenis terlapor: other (purnatugas/mantan, {retired}): bukan pejabat atau pegawai aktif"
        if submitted is not SubjectType.other:
            reason += f"; kanal menyebut {submitted.value}"
        return Subject(SubjectType.other, False, False, reason, retiree=True, source="jabatan")
    if unknown := hits(reference.unknown_identity, position):  # "pegawai kantor bupati (PNS atau honorer, belum pasti)"
        return Subject(SubjectType.other, False, False, f"jenis terlapor: other (identitas tidak pasti: jabatan "
                       f"'{unknown[0]}'); kanal menyebut {submitted.value}", unknown=True, source="jabatan")
    if unknown := hits(reference.unknown_identity, description):
        reason = (f"jenis terlapor: other (identitas tidak pasti: uraian '{unknown[0]}'); "
                  f"kanal menyebut {submitted.value}")
        return Subject(SubjectType.other, False, False, reason, unknown=True, source="uraian")
    found, source = _lookup(reference.positions, position), "jabatan"
    acting = [title for title in hits(reference.description_acting_heads, description)
              if _same_office(title, position)] if found is not None else []
    if acting and matches(reference.description_head_on_leave, description):
        acting = []  # 'petahana wajib cuti ... Pjs bupati sudah dilantik': the Pjs stands in, the party is on leave
    if acting and found[0].subject_type == "regional_head":
        # the channel and position say 'Bupati', the report says 'Penjabat (Pj) Bupati': an acting head is an ASN
        # (the office itself is the position's, so the source stays the position)
        found = (next(table for table in reference.positions if table.acting_head), acting[0])
    if found is None and submitted is SubjectType.other:
        found, source = _lookup(reference.agencies, agency), "instansi"
    if found is None and submitted is SubjectType.other and (serving or (not position.strip() and not agency.strip())):
        found, source = _lookup(reference.description_subjects, description), "uraian"
    if found is None and serving and submitted is SubjectType.other:  # still serving, but as what, nothing says
        return Subject(SubjectType.other, False, False, f"jenis terlapor: other (identitas tidak pasti: uraian "
                       f"menunjukkan masih aktif, '{serving[0][:60]}', tanpa jabatan yang dikenal)", unknown=True,
                       source="uraian")
    public_worker = False
    if found is not None and found[0].subject_type == "asn" and (not_asn := _not_asn(position, description, reference)):
        reason = (f"jenis terlapor: other (uraian '{not_asn}'): tenaga honorer atau kontrak bukan ASN, SKB 2022 tidak "
                  f"mengikatnya; kanal menyebut {submitted.value}")
        return Subject(SubjectType.other, False, False, reason, public_worker=True, source="uraian")
    if found is None:
        subject_type, reason, source, acting = submitted, f"jenis terlapor: {submitted.value} (dari kanal)", "kanal", False
    else:
        table, word = found
        acting, public_worker = table.acting_head, table.public_worker
        subject_type = _resolve_asn(submitted, position, description, reference) if table.subject_type == "asn" else SubjectType(table.subject_type)
        reason = f"jenis terlapor: {subject_type.value} ({source} '{word}')"
        if serving:
            reason += f"; uraian tidak menunjukkan ia purnatugas ('{serving[0][:60]}')"
        if table.subject_type == "asn" and _corrected(description, reference):
            reason += "; uraian mengoreksi status kepegawaian yang ditulis pada jabatan"
        if subject_type is SubjectType.village_head and _KELURAHAN.search(agency) and not _DESA.search(agency):
            subject_type = _resolve_asn(submitted, position, description, reference)
            reason = (f"jenis terlapor: {subject_type.value} (jabatan '{word}' pada instansi kelurahan): kelurahan "
                      "dipimpin lurah, seorang PNS, bukan kepala desa (UU 23/2014 Pasal 229(3)-(4))")
        if (subject_type is SubjectType.village_head and _ACTING_VILLAGE_HEAD.search(position)
                and (status := hits(reference.asn_status, position))):
            subject_type = _resolve_asn(submitted, position, description, reference)
            reason = (f"jenis terlapor: {subject_type.value} (jabatan '{word}' dan '{status[0]}'): penjabat kepala desa "
                      "yang PNS terikat SKB 2022 sebagai ASN (UU 6/2014 Pasal 46-47; PP 43/2014 Pasal 58(1))")
        if subject_type is SubjectType.bpd_member and (status := hits(reference.asn_status, position)):
            subject_type = _resolve_asn(submitted, position, description, reference)
            reason = (f"jenis terlapor: {subject_type.value} (jabatan '{word}' dan '{status[0]}'): anggota BPD yang juga "
                      "ASN terikat SKB 2022 sebagai ASN (PP 94/2021 Pasal 5 huruf n); UU 6/2014 Pasal 64 tidak "
                      "membebaskannya")
        if acting:
            reason += "; penjabat/pelaksana tugas kepala daerah adalah ASN (UU 10/2016 Pasal 71(4))"
        if subject_type is not submitted:
            reason += f"; kanal menyebut {submitted.value}"
    former = bool(serving) and bool(hits(reference.retirees, position))  # 'mantan camat', still PNS: not camat now
    official = not former and (acting or subject_type.value in reference.election_crime.pasal_71.official_subjects
                               or (matches(reference.official_positions, position)
                                   and not matches(reference.non_official_positions, position)))
    senior = subject_type in OFFICIAL_TYPES or acting or matches(reference.senior_positions, position)
    return Subject(subject_type, official, senior, reason, acting_head=acting, public_worker=public_worker,
                   source=source)
