from netra_shared.kernel.logging import configure_logging

from .bootstrap import build
from .settings import IntakeSettings


def main() -> None:
    settings = IntakeSettings()
    configure_logging("intake", log_format=settings.log_format, level=settings.log_level)
    build(settings).serve()


if __name__ == "__main__":
    main()
