"""Operators' tools: production code run by hand (redrive)."""
