"""Operator accounts: user names and scrypt password hashes from the settings (NETRA_NOTIFY_OPERATOR_ACCOUNTS), never a
password in plain text. A hash reads `scrypt$<n>$<r>$<p>$<salt, base64>$<key, base64>`; `python -m
netra_devkit.operator_account <name>` prints one.

Checking a password costs about 16 MB and a few dozen milliseconds (scrypt n=2**14, r=8): it runs in a worker thread,
and an unknown user name costs the same as a wrong password, so the answer's timing tells nothing."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import os
from collections.abc import Mapping

N, R, P, KEY_BYTES, SALT_BYTES = 2**14, 8, 1, 32, 16
_DUMMY = None  # a hash to check unknown names against (made on first use)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def hash_password(password: str, *, salt: bytes | None = None, n: int = N, r: int = R, p: int = P) -> str:
    salt = salt or os.urandom(SALT_BYTES)
    key = hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r, dklen=KEY_BYTES)
    return f"scrypt${n}${r}${p}${_b64(salt)}${_b64(key)}"


def check_password(password: str, stored: str) -> bool:
    """True when `password` matches the stored hash (False for a malformed hash, never an exception)."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        n, r, p = int(n), int(r), int(p)
        expected = base64.b64decode(key, validate=True)
        if not (2**10 <= n <= 2**20 and 1 <= r <= 32 and 1 <= p <= 4 and len(expected) == KEY_BYTES):
            return False
        actual = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt, validate=True), n=n, r=r, p=p,
                                maxmem=256 * n * r, dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


class OperatorAccounts:
    def __init__(self, hashes: Mapping[str, str]) -> None:
        self.hashes = dict(hashes)

    def __bool__(self) -> bool:
        return bool(self.hashes)

    async def verify(self, username: str, password: str) -> bool:
        global _DUMMY
        stored = self.hashes.get(username)
        if stored is None:
            _DUMMY = _DUMMY or hash_password(os.urandom(8).hex())
            await asyncio.to_thread(check_password, password, _DUMMY)
            return False
        return await asyncio.to_thread(check_password, password, stored)
