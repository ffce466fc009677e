from netra_shared.kernel.logging import configure_logging

from .bootstrap import build
from .settings import ReferralSettings


def main() -> None:
    settings = ReferralSettings()
    configure_logging("referral", log_format=settings.log_format, level=settings.log_level)
    build(settings).serve()


if __name__ == "__main__":
    main()
