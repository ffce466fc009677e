"""The principals and ACLs derived from the topic registry (contracts/access.py), without a broker."""

from __future__ import annotations

import pytest
from netra_shared.contracts.access import (
    ADMIN,
    Kind,
    PRINCIPALS,
    SERVICES,
    SUPER_USERS,
    Grant,
    Operation,
    Pattern,
    Resource,
    acl_table,
    grants_for,
    principal_names,
    render_table,
)
from netra_shared.contracts.schemas.common import Recipient
from netra_shared.contracts.topics import ALL_TOPICS, CHANNELS, REPORTS_SUBMITTED, Topics, Visibility


def topics_of(principal: str, op: Operation, prefix: str = "") -> set[str]:
    return {g.name for g in grants_for(principal, prefix) if g.resource is Resource.topic and g.operation is op}


def test_every_principal_the_brief_names_exists() -> None:
    assert set(principal_names()) == {
        "intake", "triage", "referral", "notify", "bkn", "pemda", "gakkumdu", "dkpp", "kpu",
        "tni", "polri", "bkd", "kesbangpol", "bawaslu", "sigap-lapor", "gowaslu", "supervisor-app", "office-desk",
        "operators", "admin"}
    assert SUPER_USERS == (ADMIN,) and grants_for(ADMIN) == []


@pytest.mark.parametrize("agency", ["bkn", "pemda", "gakkumdu", "dkpp", "kpu"])
def test_an_agency_reads_only_its_referrals_and_writes_only_responses(agency: str) -> None:
    assert topics_of(agency, Operation.read) == {f"referrals.{agency}"}
    assert topics_of(agency, Operation.write) == {f"referrals.responses.{agency}"}


@pytest.mark.parametrize("member", ["bkd", "kesbangpol"])
def test_a_pokja_member_reads_review_requests_and_writes_opinions(member: str) -> None:
    assert topics_of(member, Operation.read) == {f"pokja.review-requests.{member}", f"pokja.rejections.{member}"}
    assert topics_of(member, Operation.write) == {f"pokja.opinions.{member}"}


@pytest.mark.parametrize("member", ["tni", "polri", "bawaslu"])  # bawaslu: ethics of its ad hoc supervisors
def test_tni_and_polri_are_pokja_members_and_recipients(member: str) -> None:
    assert topics_of(member, Operation.read) == {f"pokja.review-requests.{member}", f"pokja.rejections.{member}",
                                                 f"referrals.{member}"}
    assert topics_of(member, Operation.write) == {f"pokja.opinions.{member}", f"referrals.responses.{member}"}


@pytest.mark.parametrize("channel", CHANNELS)
def test_a_channel_writes_only_its_own_topics_and_reads_status_and_its_rejections(channel: str) -> None:
    assert topics_of(channel, Operation.write) == {f"reports.submitted.{channel}", f"reports.supplemented.{channel}",
                                                   f"reports.withdrawals.{channel}"}
    assert topics_of(channel, Operation.read) == {"reports.status", f"reports.rejections.{channel}"}


def test_every_per_sender_topic_has_exactly_its_sender_outside_netra() -> None:
    for spec in ALL_TOPICS:
        if spec.sender is None:
            continue
        op = Operation.write if spec.visibility is Visibility.external_in else Operation.read
        outside = {p for p, principal in PRINCIPALS.items() if not principal.kinds & {Kind.service, Kind.operators}
                   and spec.name in topics_of(p, op)}
        assert outside == {spec.sender}, spec.name


def test_operators_read_alerts_and_dlqs_but_none_holding_personal_data() -> None:
    reads = topics_of("operators", Operation.read)
    assert "notify.alerts" in reads and topics_of("operators", Operation.write) == set()
    for spec in ALL_TOPICS:
        assert (spec.dlq in reads) == (not spec.personal_data), spec.name


@pytest.mark.parametrize("service", SERVICES)
def test_a_service_gets_exactly_what_the_registry_says(service: str) -> None:
    consumed = {spec for spec in ALL_TOPICS if service in spec.consumers}
    produced = {spec for spec in ALL_TOPICS if service in spec.producers}
    assert topics_of(service, Operation.read) == {spec.name for spec in consumed}
    assert topics_of(service, Operation.write) == ({spec.name for spec in produced}
                                                   | {spec.dlq for spec in consumed})
    groups = [g for g in grants_for(service) if g.resource is Resource.group and g.operation is Operation.read]
    assert groups == [Grant(service, Resource.group, f"netra-{service}", Pattern.prefixed, Operation.read)]


def test_only_the_console_describes_topics_and_groups_and_describing_reads_nothing() -> None:
    """notify serves the operator console: it sees every topic's and DLQ's offsets and the services' groups' lag,
    which READ would reveal with the contents too; no other principal gets DESCRIBE."""
    described = topics_of("notify", Operation.describe, "p.")
    assert described == {f"p.{name}" for spec in ALL_TOPICS for name in (spec.name, spec.dlq)}
    assert "p.reports.submitted" not in topics_of("notify", Operation.read, "p.")  # personal data stays unread
    groups = {(g.name, g.operation) for g in grants_for("notify") if g.resource is Resource.group}
    assert groups == {("netra-notify", Operation.read), ("netra-", Operation.describe)}
    others = {g.principal for g in acl_table() if g.operation is Operation.describe}
    assert others == {"notify"}


def test_only_intake_reads_submissions_and_only_referral_writes_referrals() -> None:
    for spec in REPORTS_SUBMITTED.values():
        assert {p for p in PRINCIPALS if spec.name in topics_of(p, Operation.read)} == {"intake"}
    for recipient in Recipient:
        writers = {p for p in PRINCIPALS if f"referrals.{recipient.value}" in topics_of(p, Operation.write)}
        assert writers == {"referral"}


def test_every_topic_has_a_writer_and_the_topic_prefix_is_applied() -> None:
    table = acl_table("staging.")
    for spec in ALL_TOPICS:
        name = Topics("staging.").name(spec)
        assert any(g.name == name and g.operation is Operation.write for g in table), spec.name
    assert all(g.name.startswith("staging.") and g.pattern is Pattern.literal
               for g in table if g.resource is Resource.topic)


def test_no_principals_group_prefix_grants_another_principals_groups() -> None:
    prefixes = {name: p.group_prefix for name, p in PRINCIPALS.items() if p.group_prefix}
    for name, prefix in prefixes.items():
        for other, other_prefix in prefixes.items():
            assert other == name or not other_prefix.startswith(prefix), (name, other)


def test_nobody_but_admin_may_create_alter_or_delete() -> None:
    assert {g.operation for g in acl_table()} <= {Operation.read, Operation.write, Operation.describe}


def test_the_table_renders() -> None:
    text = render_table()
    assert "bkn" in text and "super user" in text
