from netra_shared.kernel.sealing import SealingKeys
from netra_shared.kernel.settings import ServiceSettings
from pydantic import BaseModel, SecretStr
from pydantic_settings import SettingsConfigDict



class WebhookTarget(BaseModel):
    url: str
    secret: SecretStr


class NotifySettings(ServiceSettings):
    """Addresses are data: NETRA_NOTIFY_POKJA_EMAILS='{"TNI": "pokja.tni@example.go.id", ...}' (JSON)."""

    model_config = SettingsConfigDict(env_prefix="NETRA_NOTIFY_", extra="ignore", frozen=True)

    mongo_db: str = "netra_notify"
    http_port: int = 8084

    # e-mail over SMTP (empty host: e-mail notices are dead-lettered with an alert, never dropped silently)
    smtp_host: str = ""
    smtp_port: int = 25
    smtp_username: str = ""
    smtp_password: SecretStr = SecretStr("")
    # STARTTLS required (security review M1): a server or an attacker that does not offer it gets no mail and no
    # password; the notice is retried and then dead-lettered with an alert. false only for a local test server.
    smtp_starttls: bool = True
    smtp_timeout_seconds: float = 10.0
    mail_from: str = "Netra Bawaslu <no-reply@netra.bawaslu.go.id>"
    message_id_domain: str = "netra.bawaslu.go.id"

    # signed webhooks, per reporting channel (reporters with contact_preference=webhook): {"sigap-lapor": {...}}
    webhooks: dict[str, WebhookTarget] = {}
    webhook_timeout_seconds: float = 10.0

    # who else hears (labels -> e-mail addresses)
    pokja_emails: dict[str, str] = {}  # agency (TNI, POLRI, BKD, KESBANGPOL, BAWASLU) -> address
    recipient_emails: dict[str, str] = {}  # bkn, pemda, gakkumdu, tni, polri, dkpp, kpu -> address
    operator_emails: dict[str, str] = {}  # label (e.g. "piket") -> address
    decision_reminder_hours: float = 24.0
    status_url: str = ""  # public status page in messages, e.g. "https://netra.bawaslu.go.id/reports/{receipt_no}"

    # delivery: bounded retries with exponential backoff and jitter
    max_attempts: int = 10
    retry_base_seconds: float = 30.0
    retry_max_seconds: float = 3600.0
    attempt_timeout_seconds: float = 30.0  # one attempt, all of it (connect, send, reply): a slow endpoint waits its turn
    # a notice's first attempt, made while its request is handled (the batch waits for it): a slower endpoint's
    # notice is retried by the sweeper with the full deadline
    first_attempt_seconds: float = 5.0
    contact_recheck_seconds: float = 60.0
    contact_wait_limit_hours: float = 72.0
    delivery_concurrency: int = 32  # recipients served at once (each recipient's notices about a report in order)
    smtp_connections: int = 16  # SMTP connections kept open and reused

    # Fernet key(s) sealing reporters' contact details at rest (comma-separated, newest first); no default: notify
    # does not start without one
    contact_key: SealingKeys

    # the operator console (/console): accounts, sessions, what it shows
    operator_accounts: dict[str, SecretStr] = {}  # user name -> scrypt hash: python -m netra_devkit.operator_account
    console_session_secret: SecretStr = SecretStr("")  # signs session cookies; empty: a random one per process
    console_session_hours: float = 12.0
    console_cookie_secure: bool = False  # true behind HTTPS: the cookie then travels over HTTPS only
    console_refresh_seconds: float = 10.0  # how often the console's sections refresh themselves
    login_max_failures: int = 5  # failed logins per user name or client address ...
    login_lockout_minutes: float = 15.0  # ... within this many minutes lock it out for as long
    trace_viewer_url: str = ""  # e.g. http://127.0.0.1:9411: a journey step links <url>/zipkin/traces/<trace id>
    service_metrics_urls: dict[str, str] = {}  # service -> its /metrics, for parked items ({"intake": "http://..."})
    pipeline_refresh_seconds: float = 15.0  # DLQ sizes, consumer lag and parked items are read this often
    deadline_gauges_seconds: float = 15.0  # the deadline gauges on /metrics are computed this often
