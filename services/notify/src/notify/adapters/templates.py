"""Jinja2 templates (src/notify/templates): each defines a `subject` block and the body (message, next steps)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from netra_shared.contracts.schemas.notification import NoticeFacts

from ..domain.wording import template_variables

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
_BLANK_RUNS = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class RenderedMessage:
    subject: str
    body: str


class Templates:
    def __init__(self, status_url: str = "") -> None:
        self.status_url = status_url
        self.env = Environment(
            loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
            keep_trailing_newline=True, autoescape=select_autoescape(["html.j2"]),
        )

    def render(self, template: str, facts: NoticeFacts, *, greeting: str) -> RenderedMessage:
        variables = template_variables(facts, greeting=greeting, status_url=self.status_url)
        compiled = self.env.get_template(f"{template}.txt.j2")
        subject = "".join(compiled.blocks["subject"](compiled.new_context(variables))).strip()
        body = _BLANK_RUNS.sub("\n\n", compiled.render(variables)).strip() + "\n"
        return RenderedMessage(" ".join(subject.split()), body)

    def page(self, name: str, **variables: object) -> str:
        return self.env.get_template(name).render(**variables)
