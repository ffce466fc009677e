"""Which channel sent a message: the topic it came on (only that channel may write it), never a field in it."""

from __future__ import annotations

from netra_shared.kernel.consumer import Inbound


def channel_of(inbound: Inbound) -> str:
    return sender_channel(inbound.sender)


def sender_channel(sender: str | None) -> str:
    if sender is None:  # every topic intake reads from the channels is one channel's own
        raise ValueError("a channel's message without its sender")
    return sender
