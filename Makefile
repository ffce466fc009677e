# The two commands a newcomer needs: `make run` and `make test`. Each installs what it needs first.
SHELL := /bin/bash
PY := .venv/bin/python
export NETRA_CACHE_DIR := $(CURDIR)/.cache
.DEFAULT_GOAL := help
.PHONY: help setup run test test-fast bench asyncapi kubernetes lint

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

setup: ## install uv, the locked virtualenv, Kafka's jars and the Kubernetes schemas (idempotent, a few seconds when done)
	@devkit/setup.sh

run: setup ## Kafka + database + the four services + sample reports and Pokja opinions; Ctrl-C stops all
	@$(PY) -m netra_devkit.run

test: setup ## every test: unit, integration (real Kafka + database), end to end (services as processes)
	@$(PY) -m pytest

test-fast: setup ## unit tests only (no servers)
	@$(PY) -m pytest -m "not integration"

bench: setup ## push N reports through the whole pipeline; prints throughput and p50/p99 latency
	@$(PY) tests/bench/bench_pipeline.py $(BENCH_ARGS)

asyncapi: setup ## regenerate docs/asyncapi.json from the topic registry
	@$(PY) -m netra_shared.contracts.asyncapi > docs/asyncapi.json

kubernetes: setup ## regenerate deploy/kubernetes/base/ from the topic registry, access.py and the settings
	@$(PY) -m netra_devkit.kubernetes

lint: setup ## ruff
	@.venv/bin/ruff check .
