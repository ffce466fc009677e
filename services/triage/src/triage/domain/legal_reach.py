"""The law's reach by date, office and period: Pasal 71(1) jo. 188 (from candidate determination; "pejabat ASN";
TNI, Polri and pejabat daerah only from MK 136/PUU-XXII/2024), Pasal 71(2)-(3) jo. 190 (from 6 months before
determination), Pasal 70 jo. 189 (in the campaign, the pair's crime) and Pasal 71(5) (an incumbent's candidacy)."""

from __future__ import annotations

from collections.abc import Sequence

from netra_shared.contracts.schemas.submission import Incident

from .draft import Draft, for_subject, live_phrase, no_campaign_then
from .evidence import found
from .reference import Category, Rule
from .rule_match import rule_match

NEXT = "@next"  # a fallback that takes the next category the description matched


def _next_matched(act: Category, draft: Draft) -> Category | None:
    codes = [e.code for e in found(draft.evidence)]
    later = codes[codes.index(act.code) + 1:] if act.code in codes else codes
    for code in later:
        category = draft.reference.category(code)
        if category is not None and category.group not in ("election_crime", "regional_head"):
            mapped = for_subject(category, "", draft)
            if mapped is not None:
                return mapped
            if draft.lawful_reason or draft.manual_reason:
                return None
    return None


def pasal_71_reaches(draft: Draft) -> str | None:
    """Why Pasal 71(1) jo. 188 does NOT reach this subject on this day, or None when it does."""
    crime, schedule, subject = draft.reference.election_crime, draft.reference.schedule, draft.subject
    reach = crime.pasal_71.subjects.get(draft.subject_type)
    if reach is None:
        return f"Pasal 71(1) tidak menyebut {draft.subject_type}"
    if reach.officials_only and not subject.official:
        return (f"Pasal 71(1) dan 188 menyebut 'pejabat ASN': {draft.subject_type} tanpa jabatan struktural "
                "bukan subjeknya")
    if not schedule.within(crime.pasal_71.period, draft.day):
        start = schedule.resolve(crime.pasal_71.period.start)
        return (f"kejadian {draft.day:%d-%m-%Y} sebelum pasangan calon ditetapkan ({start:%d-%m-%Y}): "
                "Pasal 71(1) melindungi pasangan calon")
    if reach.effective_from and draft.day < reach.effective_from:
        return (f"sanksi pidana Pasal 188 bagi {draft.subject_type} baru berlaku sejak {reach.ruling} "
                f"({reach.effective_from:%d-%m-%Y}); kejadian {draft.day:%d-%m-%Y}")
    return None


def _official_action(category: Category, draft: Draft, kind: str = "") -> Category | None:
    """Pasal 71(1) jo. 188 by subject, incident date and office; otherwise the act's non-criminal category."""
    why_not = pasal_71_reaches(draft)
    if why_not is None:
        return category
    draft.reasons.append(f"bukan indikasi pidana Pasal 71(1): {why_not}")
    draft.cite("UU 10/2016 Pasal 71(1) jo. Pasal 188 (tidak berlaku: " + why_not + ")")
    fallback = draft.reference.election_crime.pasal_71.fallback.get(draft.subject_type)
    if draft.subject.acting_head:
        fallback = draft.reference.election_crime.pasal_71.fallback.get("regional_head")
    if fallback == NEXT:
        draft.weak.append("perbuatan terbaca sebagai tindakan pejabat, tetapi Pasal 71(1) tidak menjangkau terlapor: "
                          "kategorinya yang terdekat, bukan yang dicocokkan")
        by_kind = draft.reference.election_crime.pasal_71.fallback_by_kind.get(kind)
        if by_kind and by_kind in [e.code for e in found(draft.evidence)]:
            return draft.reference.category(by_kind)
        if (shown := _next_matched(category, draft)) is not None or draft.lawful_reason or draft.manual_reason:
            return shown  # what else the text shows: a pressure phrase in an online appeal is online campaigning
        return draft.reference.category(by_kind or "discipline_partisan_activity")
    if fallback:
        mapped = draft.reference.category(fallback)
        return _regional_head_window(mapped, draft) if mapped and mapped.group == "regional_head" else mapped
    draft.manual(f"perbuatan pejabat ({category.code}) di luar jangkauan Pasal 71(1) dan tanpa aturan lain untuk "
                 f"{draft.subject_type}")
    return None


def _regional_head_window(category: Category, draft: Draft) -> Category | None:
    window = draft.reference.election_crime.regional_head.window
    schedule = draft.reference.schedule
    if schedule.within(window, draft.day):
        return category
    start = schedule.resolve(window.start)
    if category.code == "regional_head_replacement_of_officials":
        draft.lawful_reason = (f"penggantian pejabat pada {draft.day:%d-%m-%Y}, sebelum larangan Pasal 71(2) berlaku "
                               f"({start:%d-%m-%Y}, 6 bulan sebelum penetapan pasangan calon)")
        draft.lawful_basis = ["UU 10/2016 Pasal 71(2)"]
        draft.lawful_by_date = True
        return None
    if draft.subject.subject_type.value == "regional_head" and not draft.subject.acting_head:
        # an elected head is no ASN (review B1): before the window no Pilkada rule reaches his use of a programme, and
        # Pasal 71(1) only from the determination (round 28). A Pj head is an ASN the SKB binds: the Pokja weighs it.
        draft.lawful_reason = (f"penggunaan program atau kewenangan pada {draft.day:%d-%m-%Y}, sebelum larangan Pasal "
                               f"71(3) berlaku ({start:%d-%m-%Y}, 6 bulan sebelum penetapan pasangan calon); kepala "
                               "daerah hasil pemilihan bukan ASN, SKB 2022 tidak mengikatnya")
        draft.lawful_basis = ["UU 10/2016 Pasal 71(3)"]
        draft.lawful_by_date = True
        return None
    draft.manual(f"{category.code} pada {draft.day:%d-%m-%Y}, sebelum masa larangan Pasal 71(3) ({start:%d-%m-%Y})")
    return None


def _in_period(category: Category, draft: Draft) -> Category | None:
    if no_campaign_then(category, draft, "after"):
        return None
    period = draft.reference.election_crime.candidate_periods.get(category.code)
    if period is None or draft.reference.schedule.within(period, draft.day):
        return category
    draft.manual(f"{category.code}: kejadian {draft.day:%d-%m-%Y} di luar masa kampanye; pidana Pasal 70 jo. 189 "
                 "tidak berlaku, pelanggaran lain perlu dinilai")
    return None


def dated(category: Category, draft: Draft, kind: str = "") -> Category | None:
    if category.code == "election_crime_official_action":
        return _official_action(category, draft, kind)
    if category.group == "regional_head":
        return _regional_head_window(category, draft)
    return _in_period(category, draft)


SKB_GROUPS = ("discipline", "ethics", "village_law")  # acts an official may commit as a Pasal 71(1) "tindakan"


def _pasal_70_for_the_pair(draft: Draft) -> str:
    """UU 10/2016 Pasal 70(1) jo. 189: the PAIR commits the crime by involving the ASN, TNI, Polri or village official
    in its campaign (review A5). The reported party's own case carries no crime indication for it: the reasons and
    `crime_offender` say a report on the pair is needed."""
    crime, schedule = draft.reference.election_crime, draft.reference.schedule
    pasal_70 = crime.pasal_70
    if draft.subject_type not in pasal_70.subjects:
        return ""
    matched = [m for rule in pasal_70.rules if (m := rule_match(rule, draft.passage)) and m.phrases]
    if not matched:
        return ""
    if not schedule.within(pasal_70.period, draft.day):
        draft.reasons.append(f"bukan indikasi pidana Pasal 70(1): kejadian {draft.day:%d-%m-%Y} di luar masa kampanye")
        return ""
    draft.reasons.append(f"indikasi pidana bagi pasangan calon, bukan bagi terlapor: {pasal_70.legal_basis} "
                         f"(kata kunci: {', '.join(matched[0].phrases)}); perlu laporan atau temuan terhadap "
                         "pasangan calon")
    draft.cite(f"{pasal_70.legal_basis} (pelaku: pasangan calon)")
    return "candidate_pair"


def crime_bases(act: Category, category: Category, rule: Rule | None, draft: Draft) -> tuple[list[str], str]:
    reference, subject = draft.reference, draft.subject
    crime = reference.election_crime
    bases: list[str] = []
    if category.always_criminal:
        bases += category.crime_basis_for(draft.subject_type, subject.acting_head)
        draft.reasons.append(f"indikasi pidana: {', '.join(bases)}")
    elif (category.pasal_71 or act.pasal_71) and category.group in SKB_GROUPS:
        if rule is not None and rule.pasal_71 is False:
            draft.reasons.append(f"bukan indikasi pidana Pasal 71(1): cara perbuatan ({rule.name}) "
                                 "bukan keputusan atau tindakan jabatan")
        elif subject.official and pasal_71_reaches(draft) is None:
            bases.append(crime.pasal_71.legal_basis)
            draft.reasons.append(f"indikasi pidana: {crime.pasal_71.legal_basis} ({act.code} oleh {draft.subject_type}"
                                 ", pejabat)")
    offender = _pasal_70_for_the_pair(draft)
    weight = draft.confidence if draft.act_confidence is None else draft.act_confidence
    if bases and draft.crime_doubts:
        draft.reasons.append(f"indikasi pidana tidak diberikan: {'; '.join(draft.crime_doubts)}; Pokja menilai")
        return [], offender
    if bases and weight < reference.confidence.crime_min:
        draft.reasons.append(f"indikasi pidana tidak diberikan: bukti belum cukup kuat (keyakinan "
                             f"{weight:.2f} < {reference.confidence.crime_min:.2f}); Pokja menilai")
        return [], offender
    for basis in bases:
        draft.cite(basis)
    return list(dict.fromkeys(bases)), offender


def incumbent_at_stake(category: Category, incidents: Sequence[Incident], draft: Draft) -> bool:
    if category.group != "regional_head" or draft.subject_type != "regional_head":
        return False
    flagged = any(incident.candidate and incident.candidate.is_incumbent for incident in incidents)
    words = live_phrase(draft.reference.incumbent_words, draft.passage)
    if flagged or words:
        draft.reasons.append("kepala daerah petahana: KPU dapat membatalkan pencalonannya (UU 10/2016 Pasal 71(5))")
        return True
    return False


