"""Who may do what on Kafka: the principals and their ACLs, derived from the topic registry (topics.py).

Nothing here talks to Kafka: this is data. `messaging/acls.py` turns it into CreateAcls requests,
`devinfra/provision.py` applies it (as the `admin` super user) before any service starts.

Principals (SASL/SCRAM-SHA-512 user names):
- the four services, `intake`, `triage`, `referral`, `notify`: READ what the registry says they consume (and
  their consumer groups, PREFIXED `netra-<service>`), WRITE what they produce and the DLQs of what they consume.
  No CREATE, no ALTER: topics and ACLs are provisioned by `admin`;
- the recipients that are not Pokja members, `bkn`, `pemda`, `gakkumdu`, `dkpp`, `kpu`: READ their own
  `referrals.<self>`, WRITE their own `referrals.responses.<self>`;
- the Pokja members `tni`, `polri`, `bkd`, `kesbangpol` and the coordinator `bawaslu`: READ
  `pokja.review-requests` and their own `pokja.rejections.<self>`, WRITE their own `pokja.opinions.<self>`; `tni`,
  `polri` and `bawaslu` are also recipients (their `referrals.<self>`, `referrals.responses.<self>`);
- one principal per channel (`sigap-lapor`, `gowaslu`, `supervisor-app`, `office-desk`): WRITE its own
  `reports.submitted.<self>`, `reports.supplemented.<self>`, `reports.withdrawals.<self>`; READ `reports.status` and
  its own `reports.rejections.<self>`;
Who sent a message is the topic it came on: only its sender may write a per-sender topic.
- `operators`: READ what the registry addresses to operators (`notify.alerts`) and every DLQ but those of
  topics holding personal data (`reports.submitted`, `intake.contacts`, ...: a DLQ keeps the message as it came);
- `notify`, which serves the operator console, may also DESCRIBE every topic and DLQ and the services' consumer
  groups (PREFIXED `netra-`): offsets only (DLQ sizes, consumer lag), never a message;
- `admin`: a super user (broker `super.users`), no ACLs.
Outside principals read with consumer groups PREFIXED with their own name (`bkn`, `bkn-case-desk`, ...).

Topic ACLs are LITERAL names with the deployment's topic prefix applied (a PREFIXED `referrals.bkn` would
also match `referrals.bkn.dlq`). Group ACLs are PREFIXED and do not carry the topic prefix: the services'
group ids (`netra-<service>`, settings `consumer_group`) do not either.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from .schemas.common import Recipient
from .schemas.review import Agency
from .topics import ALL_TOPICS, CHANNELS as CHANNEL_NAMES, SERVICES, Topics

ADMIN = "admin"
CHANNELS = "channels"  # the registry's name for "every channel"
OPERATORS = "operators"
POKJA = "pokja"  # the registry's name for "every Pokja member agency"
CONSOLE = "notify"  # serves the operator console: DESCRIBEs every topic and the services' groups (offsets, lag)
SERVICE_GROUP_PREFIX = "netra-"
SCRAM_MECHANISM = "SCRAM-SHA-512"


class Kind(StrEnum):
    service = "service"
    recipient = "recipient"  # receives referrals
    pokja = "pokja"  # Pokja member (tni and polri are recipients too)
    channels = "channels"
    operators = "operators"
    admin = "admin"


class Operation(StrEnum):
    read = "READ"
    write = "WRITE"
    describe = "DESCRIBE"


class Resource(StrEnum):
    topic = "TOPIC"
    group = "GROUP"


class Pattern(StrEnum):
    literal = "LITERAL"
    prefixed = "PREFIXED"


@dataclass(frozen=True, order=True)
class Grant:
    """One ALLOW ACL: `User:<principal>` may `operation` the `resource` named `name` (from any host)."""

    principal: str
    resource: Resource
    name: str
    pattern: Pattern
    operation: Operation

    def __str__(self) -> str:
        star = "*" if self.pattern is Pattern.prefixed else ""
        return f"User:{self.principal} {self.operation.value} {self.resource.value.lower()}:{self.name}{star}"


@dataclass(frozen=True)
class Principal:
    name: str
    kinds: frozenset[Kind]
    parties: frozenset[str]  # the names this principal answers to in the registry's producers/consumers
    group_prefix: str | None  # consumer groups it may use (PREFIXED); None: none

    @property
    def is_super_user(self) -> bool:
        return Kind.admin in self.kinds


def _principals() -> dict[str, Principal]:
    out: dict[str, Principal] = {}

    def add(name: str, kind: Kind, parties: Iterable[str], group_prefix: str | None) -> None:
        old = out.get(name)
        if old is None:
            out[name] = Principal(name, frozenset({kind}), frozenset(parties), group_prefix)
        else:
            out[name] = Principal(name, old.kinds | {kind}, old.parties | set(parties), old.group_prefix)

    for service in SERVICES:
        add(service, Kind.service, (service,), f"{SERVICE_GROUP_PREFIX}{service}")
    for recipient in Recipient:
        add(recipient.value, Kind.recipient, (recipient.value,), recipient.value)
    for agency in Agency:
        add(agency.value.lower(), Kind.pokja, (POKJA, agency.value.lower()), agency.value.lower())
    for channel in CHANNEL_NAMES:
        add(channel, Kind.channels, (CHANNELS, channel), channel)
    add(OPERATORS, Kind.operators, (OPERATORS,), OPERATORS)
    add(ADMIN, Kind.admin, (), None)
    return out


PRINCIPALS: dict[str, Principal] = _principals()
SUPER_USERS: tuple[str, ...] = tuple(name for name, p in PRINCIPALS.items() if p.is_super_user)


def principal_names() -> tuple[str, ...]:
    """Every SCRAM user the broker needs, admin included."""
    return tuple(PRINCIPALS)


def grants_for(principal: str, topic_prefix: str = "") -> list[Grant]:
    """The ACLs of one principal, topic names with `topic_prefix` applied (empty for the super user)."""
    p = PRINCIPALS[principal]
    if p.is_super_user:
        return []
    topics = Topics(topic_prefix)
    out: set[Grant] = set()

    def topic(name: str, op: Operation) -> None:
        out.add(Grant(p.name, Resource.topic, name, Pattern.literal, op))

    for spec in ALL_TOPICS:
        if p.parties & set(spec.consumers):
            topic(topics.name(spec), Operation.read)
            if Kind.service in p.kinds:  # a service dead-letters what it cannot accept
                topic(topics.dlq(spec), Operation.write)
        if p.parties & set(spec.producers):
            topic(topics.name(spec), Operation.write)
        if Kind.operators in p.kinds and not spec.personal_data:
            topic(topics.dlq(spec), Operation.read)
        if p.name == CONSOLE:  # offsets only: how full each DLQ is, how far behind each consumer group
            topic(topics.name(spec), Operation.describe)
            topic(topics.dlq(spec), Operation.describe)
    if p.group_prefix:
        out.add(Grant(p.name, Resource.group, p.group_prefix, Pattern.prefixed, Operation.read))
    if p.name == CONSOLE:
        out.add(Grant(p.name, Resource.group, SERVICE_GROUP_PREFIX, Pattern.prefixed, Operation.describe))
    return sorted(out)


def acl_table(topic_prefix: str = "") -> list[Grant]:
    """Every ACL of the deployment whose topics carry `topic_prefix`."""
    return [grant for name in PRINCIPALS for grant in grants_for(name, topic_prefix)]


def render_table(topic_prefix: str = "") -> str:
    """The ACL table as text (`python -m netra_shared.contracts.access [prefix]`)."""
    lines = []
    for name, p in PRINCIPALS.items():
        kinds = "+".join(sorted(k.value for k in p.kinds))
        if p.is_super_user:
            lines.append(f"{name:<11} {kinds:<15} super user (super.users): everything")
            continue
        grants = grants_for(name, topic_prefix)
        for op in Operation:
            names = [g.name + ("*" if g.pattern is Pattern.prefixed else "") for g in grants
                     if g.operation is op and g.resource is Resource.topic]
            if names:
                lines.append(f"{name:<11} {kinds:<15} {op.value:<5} topic  {', '.join(names)}")
        for op in Operation:
            groups = [g.name + "*" for g in grants if g.resource is Resource.group and g.operation is op]
            if groups:
                lines.append(f"{name:<11} {kinds:<15} {op.value:<5} group  {', '.join(groups)}")
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    print(render_table(sys.argv[1] if len(sys.argv) > 1 else ""))
