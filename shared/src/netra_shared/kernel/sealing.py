"""Personal data at rest: sealed with Fernet (AES-128-CBC + HMAC-SHA256) under a key from the service's settings,
so a dump of the database or a backup shows no reporter identity. Used by the two services that keep identities:
notify (contact details) and referral (consented disclosures).

A key setting holds one or more Fernet keys, comma-separated, newest first: a value sealed under an older key still
opens, and new values are sealed under the newest (rotation). The setting has no default: a service that keeps
identities does not start without its key (the dev kit gives development keys to the processes it starts)."""

from __future__ import annotations

import json
from typing import Annotated

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from pydantic import AfterValidator, SecretStr


def _fernets(keys: str) -> list[Fernet]:
    return [Fernet(key.strip().encode()) for key in keys.split(",") if key.strip()]


def _valid(keys: SecretStr) -> SecretStr:
    try:
        if not _fernets(keys.get_secret_value()):
            raise ValueError
    except ValueError:
        raise ValueError("not a Fernet key: 32 random bytes in URL-safe base64 (deploy/make-env.sh makes one), "
                         "or several comma-separated, newest first") from None
    return keys


SealingKeys = Annotated[SecretStr, AfterValidator(_valid)]


class Sealer:
    def __init__(self, keys: SecretStr | str) -> None:
        self.fernet = MultiFernet(_fernets(keys.get_secret_value() if isinstance(keys, SecretStr) else keys))

    def seal(self, details: dict) -> str:
        return self.fernet.encrypt(json.dumps(details).encode()).decode()

    def open(self, sealed: str) -> dict:
        try:
            return json.loads(self.fernet.decrypt(sealed.encode()))
        except InvalidToken:
            raise ValueError("sealed with an unknown key") from None
