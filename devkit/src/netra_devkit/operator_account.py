"""Print an operator account for NETRA_NOTIFY_OPERATOR_ACCOUNTS: `python -m netra_devkit.operator_account siti` asks
for the password (twice, not echoed) and prints `{"siti": "scrypt$..."}`; the password itself is kept nowhere."""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from notify.adapters.operator_accounts import hash_password


def account(username: str, password: str) -> dict[str, str]:
    if not username or not password:
        raise ValueError("an operator account needs a user name and a password")
    return {username: hash_password(password)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("username")
    parser.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    args = parser.parse_args()
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Kata sandi: ")
        if getpass.getpass("Ulangi kata sandi: ") != password:
            raise SystemExit("the two passwords differ")
    print(json.dumps(account(args.username, password)))


if __name__ == "__main__":
    main()
