from netra_shared.kernel.sealing import SealingKeys
from netra_shared.kernel.settings import ServiceSettings
from pydantic_settings import SettingsConfigDict

# counts per recipient; routing.json says which are working days (pemda, gakkumdu) and why
DEFAULT_FOLLOW_UP_DAYS = {"bkn": 7, "pemda": 14, "gakkumdu": 14, "tni": 14, "polri": 14, "dkpp": 14, "kpu": 14,
                         "bawaslu": 14}


class ReferralSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="NETRA_REFERRAL_", extra="ignore", frozen=True)

    mongo_db: str = "netra_referral"
    http_port: int = 8083
    follow_up_days: dict[str, int] = DEFAULT_FOLLOW_UP_DAYS
    escalate_after_days: int = 3
    criminal_referral_hours: int = 24
    # a consenting reporter's identity not here yet: the case waits this long (looking again every few seconds),
    # then is referred without it and operators are alerted (review H7)
    disclosure_wait_minutes: float = 60
    disclosure_recheck_seconds: float = 30
    routing_table_path: str = ""  # empty: the packaged reference/routing.json
    # Fernet key(s) sealing consented reporters' identities at rest (comma-separated, newest first); no default:
    # referral does not start without one
    disclosure_key: SealingKeys
