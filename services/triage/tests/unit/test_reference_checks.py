"""The reference data is checked whole when it is loaded: a file with a pattern that does not compile, in any list the
rules search, is refused at start-up rather than failing on the first report that reaches that rule."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError
from triage.adapters.reference_file import load_reference
from triage.domain.reference import ReferenceData

REFERENCE = load_reference()
WORD_LISTS = [name for name, field in ReferenceData.model_fields.items()
              if field.annotation == list[str] and name not in {"notes", "name_titles", "negators",
                                                                "negation_fillers", "negation_not_only",
                                                                "negation_relatives", "third_parties"}]


def test_every_searched_word_list_is_covered():
    assert {"hedges", "retirees", "description_running", "pair_named", "office_means", "indefinite_party"} <= set(
        WORD_LISTS)


@pytest.mark.parametrize("name", WORD_LISTS)
def test_a_broken_pattern_in_any_searched_list_is_refused(name):
    data = REFERENCE.model_dump()
    data[name] = [*data[name], "(unclosed"]
    with pytest.raises((ValidationError, re.error)):
        ReferenceData.model_validate(data)


def test_a_broken_pattern_in_a_lawful_rule_is_refused():
    data = REFERENCE.model_dump()
    data["lawful_conduct"][0]["rules"][0]["all_of"][0].append("[unclosed")
    with pytest.raises((ValidationError, re.error)):
        ReferenceData.model_validate(data)


def test_the_shipped_reference_data_passes_its_checks():
    assert ReferenceData.model_validate(REFERENCE.model_dump()) == REFERENCE


def test_reference_data_without_the_lawful_conduct_category_is_refused():
    data = REFERENCE.model_dump()
    data["categories"] = [c for c in data["categories"] if c["code"] != "lawful_conduct"]
    with pytest.raises(ValidationError, match="lawful_conduct"):
        ReferenceData.model_validate(data)
