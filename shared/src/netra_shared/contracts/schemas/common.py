from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029]")


def no_control_characters(value: str) -> str:
    """Text is printable: control characters (other than tab and newlines) are refused, never stored."""
    if _CONTROL.search(value):
        raise ValueError("contains control characters")
    return value


Text = Annotated[str, StringConstraints(max_length=2000), AfterValidator(no_control_characters)]
LongText = Annotated[str, StringConstraints(max_length=20000), AfterValidator(no_control_characters)]
Name = Annotated[str, StringConstraints(min_length=1, max_length=200), AfterValidator(no_control_characters)]
RegionCode = Annotated[str, StringConstraints(pattern=r"^[0-9]{2}(\.[0-9]{2})?$")]


class Contract(BaseModel):
    """Fields may grow over versions: unknown fields are ignored, never stored; strings are never coerced."""

    model_config = ConfigDict(extra="ignore", frozen=True, strict=False, str_strip_whitespace=True)


class ElectionLevel(StrEnum):
    governor = "governor"
    regent = "regent"
    mayor = "mayor"


class SubjectType(StrEnum):
    asn_pns = "asn_pns"
    asn_pppk = "asn_pppk"
    village_head = "village_head"
    village_official = "village_official"
    bpd_member = "bpd_member"
    tni = "tni"
    polri = "polri"
    regional_official = "regional_official"  # "pejabat daerah" who is neither ASN nor an elected head (DPRD members)
    regional_head = "regional_head"  # an elected governor, regent or mayor or deputy (pejabat negara, not ASN)
    election_organiser = "election_organiser"  # KPU and Bawaslu members (province, regency/city): DKPP
    election_organiser_ad_hoc = "election_organiser_ad_hoc"  # PPK, PPS, KPPS; Panwascam, PKD, PTPS
    candidate = "candidate"
    other = "other"


class Outcome(StrEnum):
    election_crime = "election_crime"
    neutrality_violation = "neutrality_violation"
    administrative_violation = "administrative_violation"
    ethics_violation = "ethics_violation"
    not_a_violation = "not_a_violation"


class ReportingChannel(StrEnum):
    """The systems that submit reports. Each is its own Kafka principal with its own topics: a receipt belongs to
    the channel that submitted it, and only that channel may supplement or withdraw it."""

    sigap_lapor = "sigap-lapor"  # SIGAP Lapor, Bawaslu's public reporting site
    gowaslu = "gowaslu"  # Gowaslu, the public reporting app
    supervisor_app = "supervisor-app"  # the supervisors' app (findings of Panwascam, PKD, PTPS)
    office_desk = "office-desk"  # reports taken in person at a Bawaslu office


class Recipient(StrEnum):
    bkn = "bkn"
    pemda = "pemda"
    gakkumdu = "gakkumdu"
    tni = "tni"
    polri = "polri"
    dkpp = "dkpp"
    kpu = "kpu"
    bawaslu = "bawaslu"  # the Bawaslu Kabupaten/Kota (also the Pokja coordinator): ethics of its ad hoc supervisors


class Election(Contract):
    level: ElectionLevel
    region_code: RegionCode
    region_name: Name


class ReportRef(Contract):
    """How outside systems find a report: receipt and registration numbers."""

    receipt_no: Name
    registration_no: Name | None = None
    submission_id: Name
    channel: Name


class EvidenceRef(Contract):
    kind: Annotated[str, StringConstraints(pattern=r"^(photo|video|document|screenshot|link)$")]
    uri: Annotated[str, StringConstraints(min_length=1, max_length=2000), AfterValidator(no_control_characters)]
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-fA-F]{64}$")] | None = None
    description: Text = ""


Evidence = Annotated[list[EvidenceRef], Field(max_length=50)]
