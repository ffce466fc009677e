"""The README tells the truth: its first lines are the two commands, and it names every topic and setting."""

from __future__ import annotations

from pathlib import Path

from netra_shared.contracts.topics import ALL_TOPICS, CHANNELS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_the_readme_opens_with_the_two_commands():
    first = [line.strip() for line in README.splitlines()[:2]]
    assert first[0].startswith("make run") and first[1].startswith("make test")


def test_the_readme_lists_every_topic_and_event_type_of_the_registry():
    for spec in ALL_TOPICS:
        name = spec.name
        if spec.sender is not None:  # one topic per sender: the README names the family
            party = "<channel>" if spec.sender in CHANNELS else "<member>" if name.startswith("pokja.") else "<recipient>"
            name = name.removesuffix(spec.sender) + party
        assert f"`{name}`" in README, f"README does not list {name}"
        for event in spec.events:
            assert event.type.removeprefix("id.bawaslu.") in README, f"README does not name {event.type}"
