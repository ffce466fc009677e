"""The external and internal contract: CloudEvents envelope, event types, topic registry, payload schemas."""
