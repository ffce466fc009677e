#!/usr/bin/env bash
# Writes the .env that docker-compose.yml needs: every variable .env.example names, each with a fresh random value.
#   deploy/make-env.sh            -> ./.env (mode 0600); refuses to overwrite one
#   deploy/make-env.sh FILE       -> FILE
# Passwords: 24 characters of URL-safe base64 (18 random bytes: no '=', ',', '[', ']', '@', ':' or '/', so they fit
# Kafka's --add-scram syntax, JAAS strings and MongoDB URLs as they are). NETRA_NOTIFY_CONTACT_KEY and
# NETRA_REFERRAL_DISCLOSURE_KEY: Fernet keys, 32 random bytes in URL-safe base64 (what Fernet.generate_key() makes).
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:-.env}"
[ ! -e "${target}" ] || { echo "make-env: ${target} exists; keep it, or remove it first" >&2; exit 1; }

random_base64url() { head -c "$1" /dev/urandom | base64 -w0 | tr '+/' '-_'; }

umask 077
while IFS= read -r line || [ -n "${line}" ]; do
  case "${line}" in
    NETRA_NOTIFY_CONTACT_KEY=* | NETRA_REFERRAL_DISCLOSURE_KEY=*) echo "${line%%=*}=$(random_base64url 32)" ;;
    NETRA_*=*) echo "${line%%=*}=$(random_base64url 18)" ;;
    *) echo "${line}" ;;
  esac
done < .env.example > "${target}"
echo "make-env: wrote ${target} ($(grep -c '^NETRA_' "${target}") values)" >&2
