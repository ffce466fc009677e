"""`python -m netra_devkit.kubernetes [--topic-prefix P] [--out DIR] [--check]`: write (or check) the base."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .manifests import base_manifests

DEFAULT_OUT = Path("deploy/kubernetes/base")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m netra_devkit.kubernetes", description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the base folder (default %(default)s)")
    parser.add_argument("--topic-prefix", default="", help="the deployment's topic prefix, e.g. 'staging.'")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when a file would change")
    args = parser.parse_args(argv)
    wanted = {manifest.path: manifest.render() for manifest in base_manifests(args.topic_prefix)}
    present = {path.name for path in args.out.glob("*.yaml")} if args.out.is_dir() else set()
    stale = sorted(path for path, text in wanted.items()
                   if not (args.out / path).is_file() or (args.out / path).read_text() != text)
    extra = sorted(present - set(wanted))
    if args.check:
        for path in stale + extra:
            print(f"kubernetes: {args.out / path} differs from the generator's output", file=sys.stderr)
        return 1 if stale or extra else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for path in stale:
        (args.out / path).write_text(wanted[path])
    for path in extra:
        (args.out / path).unlink()
    print(f"kubernetes: {len(stale)} of {len(wanted)} files written, {len(extra)} removed in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
