from datetime import datetime

from netra_shared.kernel.settings import ServiceSettings
from pydantic import AwareDatetime
from pydantic_settings import SettingsConfigDict

DEFAULT_REGISTRATION_TEMPLATE = "{seq:03d}/Reg/{kind}/{election}/{office}/{region_code}/{month_roman}/{year}"


class IntakeSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="NETRA_INTAKE_", extra="ignore", frozen=True)

    mongo_db: str = "netra_intake"
    http_port: int = 8081
    filing_window_days: int = 7
    finding_window_days: int = 7
    completion_hours: int = 48
    earliest_incident: AwareDatetime = datetime.fromisoformat("2024-01-01T00:00:00+07:00")
    future_tolerance_minutes: int = 10
    registration_template: str = DEFAULT_REGISTRATION_TEMPLATE
