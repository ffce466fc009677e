"""deploy/prometheus/alerts.yml against the code: the file parses as Prometheus rule groups, every rule says how
bad it is and what to do, and every metric (and label) a rule reads is one the services really export."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
RULES = REPO / "deploy" / "prometheus" / "alerts.yml"
DEFINED = re.compile(r'(?:Counter|Gauge|Histogram|Summary)\(\s*"(netra_[a-z0-9_]+)"[^\[]*\[([^\]]*)\]', re.S)


def exported() -> dict[str, set[str]]:
    """Every metric the production code defines, with its labels."""
    found: dict[str, set[str]] = {}
    for root in (REPO / "shared" / "src", *(REPO / "services").glob("*/src")):
        for path in root.rglob("*.py"):
            for name, labels in DEFINED.findall(path.read_text(encoding="utf-8")):
                found[name] = set(re.findall(r'"([a-z_]+)"', labels))
    return found


def rules() -> list[dict]:
    document = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    return [rule for group in document["groups"] for rule in group["rules"]]


def test_the_rules_file_is_prometheus_rule_groups_and_each_rule_says_how_bad_and_what_to_do():
    document = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    assert set(document) == {"groups"} and document["groups"]
    names = [rule["alert"] for rule in rules()]
    assert len(names) == len(set(names)) and all(re.fullmatch(r"Netra[A-Z][A-Za-z0-9]+", n) for n in names)
    for rule in rules():
        assert set(rule) <= {"alert", "expr", "for", "labels", "annotations"}, rule["alert"]
        assert rule["labels"]["severity"] in ("page", "ticket", "info"), rule["alert"]
        assert rule["annotations"]["summary"] and rule["annotations"]["description"], rule["alert"]
        assert rule["expr"].count("(") == rule["expr"].count(")"), rule["alert"]
        if "for" in rule:
            assert re.fullmatch(r"\d+[smh]", rule["for"]), rule["alert"]


def test_every_metric_and_label_a_rule_reads_is_exported_by_the_services():
    metrics = exported()
    assert "netra_consumer_lag_records" in metrics and "netra_dead_lettered_total" in metrics
    known = metrics
    for rule in rules():
        used = set(re.findall(r"\bnetra_[a-z0-9_]+\b", rule["expr"]))
        assert used, rule["alert"]
        assert used <= set(known), f"{rule['alert']} reads {sorted(used - set(known))}, which nothing exports"
        labels = set().union(*(known[name] for name in used))
        grouped = {label.strip() for group in re.findall(r"by \(([^)]*)\)", rule["expr"]) for label in group.split(",")}
        matched = set(re.findall(r"([a-z_]+)=~?\"", rule["expr"]))
        assert grouped | matched <= labels, f"{rule['alert']} uses labels {sorted((grouped | matched) - labels)}"
