"""Identities at rest (security review H5): notify's contact details and referral's consented disclosures are sealed
under a key the deployment gives; there is no committed default, so a service started without its key refuses to
start, with a message that says what is missing."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from cryptography.fernet import Fernet
from netra_shared.kernel.sealing import Sealer
from notify.settings import NotifySettings
from pydantic import SecretStr, ValidationError
from referral.settings import ReferralSettings

KEY_FIELDS = {"notify": (NotifySettings, "contact_key"), "referral": (ReferralSettings, "disclosure_key")}


def test_a_sealed_identity_opens_with_its_key_and_shows_nothing_in_the_clear():
    sealer = Sealer(Fernet.generate_key().decode())
    sealed = sealer.seal({"full_name": "Rini Wulandari", "nik": "3171012345678901"})
    assert "Rini" not in sealed and "3171012345678901" not in sealed
    assert sealer.open(sealed) == {"full_name": "Rini Wulandari", "nik": "3171012345678901"}


def test_a_rotated_key_still_opens_what_the_old_one_sealed_and_an_unknown_key_opens_nothing():
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    sealed = Sealer(old).seal({"email": "a@example.id"})
    assert Sealer(f"{new},{old}").open(sealed) == {"email": "a@example.id"}
    with pytest.raises(ValueError, match="unknown key"):
        Sealer(new).open(sealed)


@pytest.mark.parametrize("service", KEY_FIELDS)
def test_a_service_that_keeps_identities_has_no_default_key(service):
    cls, field = KEY_FIELDS[service]
    with pytest.raises(ValidationError, match=field):
        cls(_env_file=None)


@pytest.mark.parametrize("bad", ["", "change-me", "bmV0cmE=", " , "])
@pytest.mark.parametrize("service", KEY_FIELDS)
def test_a_key_that_is_not_a_fernet_key_is_refused_with_what_a_key_is(service, bad):
    cls, field = KEY_FIELDS[service]
    with pytest.raises(ValidationError, match="not a Fernet key"):
        cls(**{field: SecretStr(bad)})


@pytest.mark.parametrize("service", KEY_FIELDS)
def test_the_service_refuses_to_start_without_its_key(service):
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETRA_")}
    run = subprocess.run([sys.executable, "-m", service], env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode != 0
    assert KEY_FIELDS[service][1] in run.stderr and "Field required" in run.stderr
