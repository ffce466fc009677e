from pydantic_settings import SettingsConfigDict

from netra_shared.settings import ServiceSettings


class TriageSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="NETRA_TRIAGE_", extra="ignore", frozen=True)

    mongo_db: str = "netra_triage"
    http_port: int = 8082
    decision_days: int = 3
    extension_days: int = 2
    pokja_members: tuple[str, ...] = ("TNI", "POLRI", "BKD", "KESBANGPOL")
