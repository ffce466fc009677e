"""Security review M1: notify's e-mail goes only over STARTTLS unless a deployment says otherwise, so an attacker who
strips STARTTLS from the server's reply reads no reporter's e-mail and no SMTP password."""

from __future__ import annotations

from netra_devkit.services import DEVELOPMENT_KEYS
from netra_devkit.sinks import SmtpSink
from notify.adapters.email_channel import EmailChannel, SmtpSettings
from notify.adapters.templates import RenderedMessage
from notify.settings import NotifySettings

MESSAGE = RenderedMessage(subject="Status laporan", body="Laporan Anda telah diregistrasi.")


async def test_with_the_default_settings_a_server_that_offers_no_starttls_gets_nothing_in_the_clear():
    sink = SmtpSink().start()  # a real SMTP server on a socket, which offers no STARTTLS
    try:
        defaults = NotifySettings(contact_key=DEVELOPMENT_KEYS["notify"]["CONTACT_KEY"], smtp_host="127.0.0.1",
                                  smtp_port=sink.port)
        required = EmailChannel(SmtpSettings(host=defaults.smtp_host, port=defaults.smtp_port,
                                             starttls=defaults.smtp_starttls))
        result = await required.send("pelapor@example.id", MESSAGE, "n-1")
        assert not result.delivered and result.error and result.error.startswith("smtp_")
        assert not sink.to("pelapor@example.id")
        plain = EmailChannel(SmtpSettings(host="127.0.0.1", port=sink.port, starttls=False))  # a local test server
        assert (await plain.send("pelapor@example.id", MESSAGE, "n-2")).delivered
        assert len(sink.to("pelapor@example.id")) == 1
    finally:
        sink.stop()
