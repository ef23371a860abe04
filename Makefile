# Ervaringsmonitor: `make run` serves the app, `make test` runs the whole suite.
SHELL := /bin/bash
PYTHON ?= python3.11
TOOLS := .tools
VENV := .venv
UV := $(TOOLS)/bin/uv
export UV_PROJECT_ENVIRONMENT := $(abspath $(VENV))
# Compile bytecode at install time, so the first page load does not pay for it.
export UV_COMPILE_BYTECODE := 1
DB ?= data/monitor.duckdb
PORT ?= 8501

.PHONY: help run test test-fast test-e2e lint fmt bench demo env clean

## help: list the targets
help:
	@awk -F': ' '/^## /{sub(/^## /,""); split($$0,a,": "); printf "  %-10s %s\n", a[1], a[2]}' $(MAKEFILE_LIST)

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install -q uv==0.13.8

$(VENV)/.run-deps: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --no-dev --python $(PYTHON)
	touch $@

$(VENV)/.dev-deps: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --all-groups --python $(PYTHON)
	touch $@ $(VENV)/.run-deps

## env: create the environment with the test tools
env: $(VENV)/.dev-deps

$(DB): | $(VENV)/.run-deps
	$(VENV)/bin/python -m monitor demo --db $(DB)

## run: build the demo database on first start and serve the app on http://localhost:8501
run: $(VENV)/.run-deps $(DB)
	MONITOR_DB=$${MONITOR_DB:-$(DB)} $(VENV)/bin/streamlit run app.py --server.port $(PORT)

## test: the whole suite (unit, queries, pages, browser)
test: $(VENV)/.dev-deps
	$(VENV)/bin/python -m pytest

## test-fast: everything but the browser tests
test-fast: $(VENV)/.dev-deps
	$(VENV)/bin/python -m pytest -m "not e2e"

## test-e2e: only the browser tests (headless Chromium)
test-e2e: $(VENV)/.dev-deps
	$(VENV)/bin/python -m pytest -m e2e

## lint: ruff, ruff format --check and mypy
lint: $(VENV)/.dev-deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

## fmt: format the code
fmt: $(VENV)/.dev-deps
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

## bench: benchmark pages, queries, reports and writes at scale 1, 10 and 50
bench: $(VENV)/.dev-deps
	$(VENV)/bin/python -m monitor bench

## demo: rebuild the demo database from scratch
demo: $(VENV)/.run-deps
	rm -f $(DB) $(DB).wal
	$(VENV)/bin/python -m monitor demo --db $(DB)

clean:
	rm -rf $(VENV) $(TOOLS)
