from netra_shared.contracts.schemas.review import Agency
from netra_shared.kernel.settings import ServiceSettings
from pydantic_settings import SettingsConfigDict


class TriageSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="NETRA_TRIAGE_", extra="ignore", frozen=True)

    mongo_db: str = "netra_triage"
    http_port: int = 8082
    decision_days: int = 3
    extension_days: int = 2
    reminder_hours: int = 24  # the Pokja reminder, before the decision deadline
    deadline_quorum: int = 2  # counted opinions that conclude a review at its deadline
    link_window_days: int = 3  # a report joins an open case on the same party with an incident this close
    pokja_members: tuple[str, ...] = tuple(a.value for a in Agency if a is not Agency.BAWASLU)  # Bawaslu coordinates
    reference_file: str = ""  # SKB 2022 reference data (JSON); empty: the file packaged with triage
