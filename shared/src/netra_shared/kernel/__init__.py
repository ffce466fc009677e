"""The kernel every service is built on: the aggregate unit (load -> pure decide -> one guarded write with outbox
and processed id), refusals, the consumer, the outbox relay, timers, the one background loop, settings, logging."""
