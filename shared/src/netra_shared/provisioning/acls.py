"""Create and describe Kafka ACLs with aiokafka's own protocol classes (its admin client has no ACL API).

CreateAcls v1 / DescribeAcls v1 (Kafka 4 removed v0 of both; v1 is the oldest it serves and the newest aiokafka
defines). Sent with aiokafka's public `AIOKafkaClient` to any broker (KRaft brokers forward ACL changes to the
controller). Needs a principal allowed to ALTER / DESCRIBE the cluster: the `admin` super user.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable
from typing import Any

from aiokafka.client import AIOKafkaClient
from aiokafka.errors import for_code
from aiokafka.protocol.admin import (
    CreateAclsRequest_v1,
    DescribeAclsRequest_v1,
)
from aiokafka.protocol.api import Request

from ..contracts.access import Grant, Operation, Pattern, Resource
from ..kernel.kafka_auth import KafkaCredentials, aiokafka_kwargs

# Kafka's wire codes (org.apache.kafka.common.acl.AclOperation, resource.ResourceType / PatternType, ...)
RESOURCE_TYPE = {Resource.topic: 2, Resource.group: 3}
RESOURCE_TYPE_NAME = {2: Resource.topic, 3: Resource.group}
PATTERN_TYPE = {Pattern.literal: 3, Pattern.prefixed: 4}
PATTERN_TYPE_NAME = {3: Pattern.literal, 4: Pattern.prefixed}
OPERATION = {Operation.read: 3, Operation.write: 4, Operation.describe: 8}
OPERATION_NAME = {code: op for op, code in OPERATION.items()}
ANY = 1
ALLOW = 3
MATCH = 2  # pattern type filter MATCH: every pattern that matches the name


class AclError(RuntimeError):
    """The broker refused to create or describe ACLs."""


class _CreateAcls(Request[CreateAclsRequest_v1]):
    API_KEY = 30

    def __init__(self, creations: list[tuple[Any, ...]]) -> None:
        self.creations = creations

    def build(self, request_struct_class: type[CreateAclsRequest_v1]) -> CreateAclsRequest_v1:
        return request_struct_class(self.creations)


class _DescribeAcls(Request[DescribeAclsRequest_v1]):
    API_KEY = 29

    def __init__(self, principal: str | None) -> None:
        self.principal = principal

    def build(self, request_struct_class: type[DescribeAclsRequest_v1]) -> DescribeAclsRequest_v1:
        # resource type ANY, any name, any pattern type, this principal (or any), any host/operation/permission
        return request_struct_class(ANY, None, ANY, self.principal, None, ANY, ANY)


def _creation(grant: Grant) -> tuple[Any, ...]:
    return (RESOURCE_TYPE[grant.resource], grant.name, PATTERN_TYPE[grant.pattern], f"User:{grant.principal}",
            "*", OPERATION[grant.operation], ALLOW)


async def _client(bootstrap: str, credentials: KafkaCredentials | None, timeout: float) -> AIOKafkaClient:
    client = AIOKafkaClient(bootstrap_servers=bootstrap, request_timeout_ms=int(timeout * 1000),
                            **aiokafka_kwargs(credentials))
    await client.bootstrap()
    return client


async def _send(client: AIOKafkaClient, request: Request) -> Any:
    return await client.send(client.get_random_node(), request)


async def create_acls(bootstrap: str, credentials: KafkaCredentials | None, grants: Iterable[Grant], *,
                      timeout: float = 30.0, batch: int = 200) -> int:
    """Create ALLOW ACLs (idempotent: an existing identical ACL is not an error). Returns how many were sent."""
    wanted = sorted(set(grants))
    client = await _client(bootstrap, credentials, timeout)
    try:
        for start in range(0, len(wanted), batch):
            chunk = wanted[start:start + batch]
            response = await _send(client, _CreateAcls([_creation(grant) for grant in chunk]))
            failures = [(grant, code, message) for grant, (code, message)
                        in zip(chunk, response.creation_responses, strict=True) if code]
            if failures:
                shown = "; ".join(f"{grant}: {for_code(code).__name__} {message or ''}".strip()
                                  for grant, code, message in failures[:5])
                raise AclError(f"{len(failures)} of {len(chunk)} ACLs not created: {shown}")
    finally:
        await client.close()
    return len(wanted)


async def describe_acls(bootstrap: str, credentials: KafkaCredentials | None, principal: str | None = None, *,
                        timeout: float = 30.0) -> set[Grant]:
    """The ALLOW ACLs the broker holds (of one principal, or all) that this module can express."""
    client = await _client(bootstrap, credentials, timeout)
    try:
        response = await _send(client, _DescribeAcls(f"User:{principal}" if principal else None))
    finally:
        await client.close()
    if response.error_code:
        raise AclError(f"DescribeAcls failed: {for_code(response.error_code).__name__} {response.error_message}")
    found: set[Grant] = set()
    for resource_type, name, pattern_type, acls in response.resources:
        for acl_principal, _host, operation, permission in acls:
            if (permission != ALLOW or resource_type not in RESOURCE_TYPE_NAME or operation not in OPERATION_NAME
                    or pattern_type not in PATTERN_TYPE_NAME or not acl_principal.startswith("User:")):
                continue
            found.add(Grant(acl_principal.removeprefix("User:"), RESOURCE_TYPE_NAME[resource_type], name,
                            PATTERN_TYPE_NAME[pattern_type], OPERATION_NAME[operation]))
    return found


async def wait_for_acls(bootstrap: str, credentials: KafkaCredentials | None, grants: Iterable[Grant], *,
                        timeout: float = 30.0) -> None:
    """Wait until a broker describes every grant (then its authorizer enforces them)."""
    wanted = set(grants)
    deadline = time.monotonic() + timeout
    while True:
        missing = wanted - await describe_acls(bootstrap, credentials, timeout=timeout)
        if not missing:
            return
        if time.monotonic() > deadline:
            shown = ", ".join(str(grant) for grant in sorted(missing)[:5])
            raise AclError(f"{len(missing)} ACLs still not described after {timeout:.0f}s: {shown}")
        await asyncio.sleep(0.2)
