from prometheus_client import Counter, Gauge, Histogram

MESSAGES = Counter("netra_messages_total", "Inbound messages by topic and outcome", ["topic", "outcome"])
HANDLING = Histogram(
    "netra_message_handling_seconds", "Time from receipt to committed write", ["topic"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
RETRIES = Counter("netra_transient_retries_total", "Transient failures retried", ["topic"])
PUBLISHED = Counter("netra_outbox_published_total", "Outbox entries published", ["topic"])
TIMERS = Counter("netra_timers_fired_total", "Timers fired by the sweeper", ["collection", "outcome"])
PARKED = Counter("netra_parked_total", "Items set aside after a permanent failure, with their reason", ["collection", "kind"])
DB_COMMANDS = Counter("netra_db_commands_total", "Database round trips by command", ["command"])
DB_DOCUMENTS = Counter("netra_db_documents_written_total", "Documents inserted or updated", ["command", "collection"])
COMMITS = Counter("netra_offset_commits_total", "Consumer offset commits sent to the broker", ["service"])
BATCHES = Histogram("netra_batch_records", "Records per consumed batch", ["service"], buckets=(1, 5, 20, 50, 100, 200, 500))
# what alerting needs (deploy/prometheus/alerts.yml)
CONSUMER_LAG = Gauge("netra_consumer_lag_records", "Records on a partition this replica consumes that are not yet "
                     "handled and committed (high watermark - committed offset)", ["service", "topic", "partition"])
DEAD_LETTERED = Counter("netra_dead_lettered_total", "Records sent to their topic's DLQ, by reason",
                        ["service", "topic", "reason"])
PARKED_NOW = Gauge("netra_parked_items", "Outbox entries and timers parked now, waiting for an operator's redrive",
                   ["collection", "kind"])
STUCK = Gauge("netra_stuck_seconds", "How long the oldest unfinished work has waited beyond its time: an outbox entry "
              "not yet published, a timer not yet fired (0: nothing stuck)", ["collection", "kind"])
