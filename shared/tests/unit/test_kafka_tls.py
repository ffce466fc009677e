"""SASL_SSL: a service set to `sasl_ssl_scram512` talks TLS to the broker and trusts only the CA it is given.

The handshake runs against an in-process TLS server whose certificate a throwaway CA signed (as Strimzi's cluster CA
signs its brokers'), so what is checked is what a client does with the settings, not what the settings say.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import ssl
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from faststream.kafka.security import parse_security
from intake.settings import IntakeSettings
from netra_shared.kernel.kafka_auth import SECURITY_SCRAM_TLS, KafkaCredentials, from_settings


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _certificate(subject: str, issuer: str, key, signer, *, ca: bool, names=()) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    builder = (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(_name(issuer))
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if names:
        builder = builder.add_extension(x509.SubjectAlternativeName(list(names)), critical=False)
    if ca:
        builder = builder.add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False),
                                        critical=True)
    return builder.sign(signer, hashes.SHA256())


def _pem(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)


@pytest.fixture(scope="module")
def pki(tmp_path_factory) -> dict[str, Path]:
    """A cluster CA, a broker certificate it signed for localhost, and an unrelated CA."""
    folder = tmp_path_factory.mktemp("pki")
    ca_key, other_key, broker_key = (ec.generate_private_key(ec.SECP256R1()) for _ in range(3))
    ca = _certificate("netra-cluster-ca", "netra-cluster-ca", ca_key, ca_key, ca=True)
    other = _certificate("someone-else", "someone-else", other_key, other_key, ca=True)
    broker = _certificate("netra-kafka-0", "netra-cluster-ca", broker_key, ca_key, ca=False,
                          names=[x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))])
    files = {"ca": folder / "ca.crt", "other": folder / "other.crt", "broker": folder / "broker.crt",
             "key": folder / "broker.key"}
    files["ca"].write_bytes(_pem(ca))
    files["other"].write_bytes(_pem(other))
    files["broker"].write_bytes(_pem(broker))
    files["key"].write_bytes(broker_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                      serialization.NoEncryption()))
    return files


async def _handshake(pki: dict[str, Path], context: ssl.SSLContext, host: str = "localhost") -> None:
    served = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    served.load_cert_chain(pki["broker"], pki["key"])
    server = await asyncio.start_server(lambda reader, writer: writer.close(), "127.0.0.1", 0, ssl=served)
    port = server.sockets[0].getsockname()[1]
    try:
        _reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=context, server_hostname=host)
        writer.close()
    finally:
        server.close()
        await server.wait_closed()


def _settings(pki: dict[str, Path], ca: str = "ca") -> IntakeSettings:
    return IntakeSettings(kafka_security=SECURITY_SCRAM_TLS, kafka_username="intake", kafka_password="pw",
                          kafka_ca_file=str(pki[ca]))


async def test_a_service_over_tls_trusts_a_broker_its_cluster_ca_signed(pki):
    credentials = from_settings(_settings(pki))
    assert credentials.aiokafka()["security_protocol"] == "SASL_SSL"
    await _handshake(pki, credentials.aiokafka()["ssl_context"])


async def test_a_broker_certificate_from_another_ca_or_for_another_host_is_refused(pki):
    with pytest.raises(ssl.SSLCertVerificationError):
        await _handshake(pki, from_settings(_settings(pki, ca="other")).ssl_context())
    with pytest.raises(ssl.SSLCertVerificationError, match="match|mismatch"):
        await _handshake(pki, from_settings(_settings(pki)).ssl_context(), host="kafka.elsewhere.example")


def test_faststream_and_the_service_env_carry_tls_too(pki):
    credentials = from_settings(_settings(pki))
    broker_kwargs = parse_security(credentials.faststream())
    assert broker_kwargs["security_protocol"] == "SASL_SSL" and broker_kwargs["sasl_mechanism"] == "SCRAM-SHA-512"
    assert broker_kwargs["ssl_context"].verify_mode is ssl.CERT_REQUIRED
    env = credentials.service_env()
    assert env == {"KAFKA_SECURITY": "sasl_ssl_scram512", "KAFKA_USERNAME": "intake", "KAFKA_PASSWORD": "pw",
                   "KAFKA_CA_FILE": str(pki["ca"])}
    again = from_settings(IntakeSettings(**{key.lower(): value for key, value in env.items()}))
    assert again == credentials


def test_sasl_plaintext_stays_without_tls():
    credentials = KafkaCredentials("intake", "pw")
    assert credentials.aiokafka()["security_protocol"] == "SASL_PLAINTEXT" and credentials.ssl_context() is None
    assert parse_security(credentials.faststream())["security_protocol"] == "SASL_PLAINTEXT"
