"""CloudEvents 1.0, structured JSON mode, with Netra's correlation and causation extensions."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

CONTENT_TYPE = "application/cloudevents+json"
EVENT_ID_NAMESPACE = uuid.UUID("5f3c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f")


class CloudEvent(BaseModel):
    """The envelope of every message on every topic. `data` is validated against the event type's schema."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    specversion: Literal["1.0"]
    id: str = Field(min_length=1, max_length=128)
    type: str = Field(min_length=1, max_length=128)
    source: str = Field(min_length=1, max_length=256)
    time: AwareDatetime
    subject: str | None = Field(default=None, max_length=128)
    datacontenttype: Literal["application/json"] = "application/json"
    correlationid: str | None = Field(default=None, max_length=128)
    causationid: str | None = Field(default=None, max_length=128)
    data: dict[str, Any]

    def to_bytes(self) -> bytes:
        return self.model_dump_json(exclude_none=True).encode()


def derive_event_id(cause_id: str, label: str) -> str:
    """Same cause, same label -> same id: a retried handler emits byte-identical events."""
    return str(uuid.uuid5(EVENT_ID_NAMESPACE, f"{cause_id}/{label}"))


def new_event(
    *,
    type: str,
    source: str,
    subject: str,
    data: BaseModel,
    cause: CloudEvent | None,
    label: str,
    time: datetime,
    cause_id: str | None = None,
) -> CloudEvent:
    """An event caused by `cause` (or by a timer/cause_id when there is no inbound event).

    Its id derives from the cause's id and `label`; the correlation id is inherited from the cause.
    """
    root = cause.id if cause is not None else cause_id
    if root is None:
        raise ValueError("an event needs a cause or a cause_id")
    return CloudEvent(
        specversion="1.0",
        id=derive_event_id(root, label),
        type=type,
        source=source,
        time=time,
        subject=subject,
        correlationid=(cause.correlationid or cause.id) if cause is not None else root,
        causationid=root,
        data=json.loads(data.model_dump_json(exclude_none=False)),
    )
