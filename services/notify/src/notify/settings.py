from pydantic_settings import SettingsConfigDict

from netra_shared.settings import ServiceSettings


class NotifySettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="NETRA_NOTIFY_", extra="ignore", frozen=True)

    mongo_db: str = "netra_notify"
    http_port: int = 8084
