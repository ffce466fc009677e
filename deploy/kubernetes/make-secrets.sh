#!/usr/bin/env bash
# Writes the passwords an overlay's secretGenerator turns into Secrets (never committed: see .gitignore).
#   deploy/kubernetes/make-secrets.sh              -> deploy/kubernetes/overlays/production/secrets/
#   deploy/kubernetes/make-secrets.sh OVERLAY_DIR  -> OVERLAY_DIR/secrets/
# mongodb-passwords.env: one password per service's MongoDB user (key = the service), 24 characters of URL-safe
# base64; notify.env: NETRA_NOTIFY_CONTACT_KEY and referral.env: NETRA_REFERRAL_DISCLOSURE_KEY, Fernet keys (32 random
# bytes, URL-safe base64) that seal reporters' identities at rest. Kafka's passwords
# are not here: Strimzi's User Operator makes one per KafkaUser. Refuses to overwrite a file that exists.
set -euo pipefail
overlay="$(realpath -m "${1:-$(dirname "$0")/overlays/production}")"
mkdir -p "${overlay}/secrets"
random_base64url() { head -c "$1" /dev/urandom | base64 -w0 | tr '+/' '-_'; }

umask 077
write() {  # write FILE LINE...
  local file="${overlay}/secrets/$1"; shift
  [ ! -e "${file}" ] || { echo "make-secrets: ${file} exists; keep it, or remove it first" >&2; exit 1; }
  printf '%s\n' "$@" > "${file}"
  echo "make-secrets: wrote ${file}" >&2
}
write mongodb-passwords.env "intake=$(random_base64url 18)" "triage=$(random_base64url 18)" \
  "referral=$(random_base64url 18)" "notify=$(random_base64url 18)"
write notify.env "NETRA_NOTIFY_CONTACT_KEY=$(random_base64url 32)"
write referral.env "NETRA_REFERRAL_DISCLOSURE_KEY=$(random_base64url 32)"
