"""Kafka plumbing: the subscriber wrapper (parse, DLQ, retry, commit after write), the outbox relay, topics."""
