"""One aggregate = one document: state, outbox and processed message ids change in ONE guarded write."""
