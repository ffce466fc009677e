from pydantic_settings import SettingsConfigDict

from netra_shared.settings import ServiceSettings

DEFAULT_REGISTRATION_TEMPLATE = "{seq:03d}/Reg/{kind}/{election}/{office}/{region_code}/{month_roman}/{year}"


class IntakeSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="NETRA_INTAKE_", extra="ignore", frozen=True)

    mongo_db: str = "netra_intake"
    http_port: int = 8081
    filing_window_days: int = 7
    finding_window_days: int = 7
    registration_template: str = DEFAULT_REGISTRATION_TEMPLATE
