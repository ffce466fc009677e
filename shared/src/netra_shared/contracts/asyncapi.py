"""An AsyncAPI 3.0 document generated from the topic registry: `python -m netra_shared.contracts.asyncapi`."""

from __future__ import annotations

import json
import sys
from typing import Any

from pydantic import TypeAdapter

from .access import PRINCIPALS, Operation, Resource, grants_for
from .envelope import CONTENT_TYPE, CloudEvent
from .topics import ALL_TOPICS, TopicSpec


def _principals(spec: TopicSpec, operation: Operation) -> list[str]:
    """The Kafka principals the ACLs let `operation` the topic (the broker's word on who may write or read it)."""
    return sorted(name for name in PRINCIPALS if any(
        grant.resource is Resource.topic and grant.name == spec.name and grant.operation is operation
        for grant in grants_for(name)))


def _message_name(event_type: str) -> str:
    return event_type.removeprefix("id.bawaslu.").replace(".", "_").replace("-", "_")


def _channel_id(spec: TopicSpec) -> str:
    return spec.name.replace(".", "_").replace("-", "_")


def _key_descriptions() -> dict[str, str]:
    """The Kafka key of each message: one field, or per topic when a message travels on several (an alert)."""
    keys: dict[str, dict[str, str]] = {}
    for spec in ALL_TOPICS:
        for event in spec.events:
            keys.setdefault(_message_name(event.type), {})[spec.name] = spec.key
    return {name: next(iter(by_topic.values())) if len(set(by_topic.values())) == 1
            else "; ".join(f"{key} on {topic}" for topic, key in by_topic.items()) for name, by_topic in keys.items()}


def build_document() -> dict[str, Any]:
    envelope_schema = TypeAdapter(CloudEvent).json_schema()
    envelope_schema["properties"].pop("data")
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    messages: dict[str, Any] = {}
    key_descriptions = _key_descriptions()
    for spec in ALL_TOPICS:
        channel_messages = {}
        for event in spec.events:
            name = _message_name(event.type)
            messages[name] = {
                "name": event.type,
                "title": event.type,
                "summary": event.description,
                "contentType": CONTENT_TYPE,
                "bindings": {"kafka": {"key": {"type": "string", "description": key_descriptions[name]}}},
                "payload": {
                    "allOf": [
                        {"$ref": "#/components/schemas/CloudEvent"},
                        {
                            "type": "object",
                            "properties": {
                                "type": {"const": event.type},
                                "data": event.schema.model_json_schema(ref_template="#/components/schemas/{model}"),
                            },
                        },
                    ]
                },
            }
            channel_messages[name] = {"$ref": f"#/components/messages/{name}"}
        channel = _channel_id(spec)
        channels[channel] = {
            "address": spec.name,
            "description": f"{spec.description}. Key: {spec.key}. Visibility: {spec.visibility.value}. "
            f"Written by {', '.join(spec.producers)}; read by {', '.join(spec.consumers)}. "
            f"Rejected messages go to {spec.dlq} with the reason in headers."
            + (f" Only {spec.sender} may {'write' if spec.producers == (spec.sender,) else 'read'} it: a "
               "message's sender is the topic it came on, never a field it wrote." if spec.sender else "")
            + (" Holds personal data: restrict by ACL." if spec.personal_data else ""),
            "messages": channel_messages,
            "x-netra-write-principals": _principals(spec, Operation.write),
            "x-netra-read-principals": _principals(spec, Operation.read),
        }
        refs = [{"$ref": f"#/channels/{channel}/messages/{name}"} for name in channel_messages]
        operations[f"publish_{channel}"] = {
            "action": "send", "channel": {"$ref": f"#/channels/{channel}"}, "messages": refs,
            "summary": f"{', '.join(spec.producers)} publish",
        }
        operations[f"consume_{channel}"] = {
            "action": "receive", "channel": {"$ref": f"#/channels/{channel}"}, "messages": refs,
            "summary": f"{', '.join(spec.consumers)} consume",
        }
    schemas = {"CloudEvent": envelope_schema}
    for message in messages.values():
        data_schema = message["payload"]["allOf"][1]["properties"]["data"]
        schemas.update(data_schema.pop("$defs", {}))
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "Netra: ASN/TNI/Polri/village neutrality reports, Pilkada 2024",
            "version": "2.0.0",  # 2: one inbound topic per sender (channels, Pokja members, recipients)
            "description": "Every message is a CloudEvents 1.0 JSON document in structured mode; the Kafka key is "
            "the id of the report, case or referral it concerns. Topic names take a deployment prefix.",
        },
        "defaultContentType": CONTENT_TYPE,
        "channels": channels,
        "operations": operations,
        "components": {"messages": messages, "schemas": schemas},
    }


def render() -> str:
    return json.dumps(build_document(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
