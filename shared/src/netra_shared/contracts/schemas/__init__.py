"""Payload (`data`) schemas of every event type. External ones follow ../shared/ARCHITECTURE.md to the letter."""
