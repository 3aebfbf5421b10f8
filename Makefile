# Set-up is bootstrapped by the targets themselves: a target depends on stamp files that
# are older than their inputs only when a lock or pyproject changed, so a second run is
# near-instant. Stamps live inside .venv / node_modules, so deleting those resets them.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

BASE_PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
BENCH_VENV := .venv-bench
BENCH_PY := $(BENCH_VENV)/bin/python
SDK := generated
PRISM := $(CURDIR)/node_modules/.bin/prism
# No build isolation: the pinned hatchling and editables from requirements.lock build the
# editable installs, so nothing unpinned is fetched and every build uses the same backend.
PIP_INSTALL := $(PY) -m pip install --quiet --disable-pip-version-check --no-build-isolation

DEPS_STAMP := $(VENV)/.stamp-deps
SDK_STAMP := $(VENV)/.stamp-sdk
BENCH_STAMP := $(BENCH_VENV)/.stamp-bench
NODE_STAMP := node_modules/.stamp-npm
PAYLOAD := tests/payload
PAYLOAD_STAMP := $(PAYLOAD)/node_modules/.stamp-npm

.PHONY: help generate check test records bench fuzz dist clean

help:
	@echo "make generate   regenerate $(SDK)/ from spec/"
	@echo "make test       every test: lint of the generator, its tests, staleness check, generated SDK, mypy, ruff, black"
	@echo "make check      fail when $(SDK)/ differs from what generate would write"
	@echo "make records    rewrite the golden records of every corpus and feature spec"
	@echo "make fuzz       property tests with FUZZ_EXAMPLES=10000"
	@echo "make bench      compare with other generators (separate venv $(BENCH_VENV))"
	@echo "make dist       build the generated SDK's sdist and wheel into dist/"
	@echo "make clean      remove build output and tool caches (keeps venvs and node_modules)"

$(PY):
	$(BASE_PYTHON) -m venv $(VENV)

$(DEPS_STAMP): requirements.lock pyproject.toml | $(PY)
	$(PIP_INSTALL) -r requirements.lock
	$(PIP_INSTALL) --no-deps -e .
	touch $@

# Re-installed when the generated pyproject changes (a new package name or layout).
$(SDK_STAMP): $(SDK)/pyproject.toml $(DEPS_STAMP)
	$(PIP_INSTALL) --no-deps -e ./$(SDK)
	touch $@

$(SDK)/pyproject.toml:
	@echo "$(SDK)/ is missing: run 'make generate' first" >&2
	@exit 1

# npm ci empties node_modules first, so the stamp is written after it. --ignore-scripts:
# Prism needs no install script, and the only one in the tree (@scarf/scarf) phones home.
$(NODE_STAMP): package-lock.json package.json
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

# The Payload test bed (tests/payload) has its own lock. --ignore-scripts here too: the only
# install scripts in its tree are esbuild's, which check a binary npm already installed from
# its optional dependency; libsql ships prebuilt binaries the same way. Nothing is fetched
# when the tests run.
$(PAYLOAD_STAMP): $(PAYLOAD)/package-lock.json $(PAYLOAD)/package.json
	npm ci --prefix $(PAYLOAD) --ignore-scripts --no-audit --no-fund
	touch $@

generate: $(DEPS_STAMP)
	$(PY) -m generator generate
	$(MAKE) --no-print-directory $(SDK_STAMP)

check: $(DEPS_STAMP)
	$(PY) -m generator check

# In this order, stopping at the first failure.
test: $(DEPS_STAMP) $(SDK_STAMP) $(NODE_STAMP) $(PAYLOAD_STAMP)
	$(PY) -m mypy
	$(PY) -m ruff check generator tests bench
	$(PY) -m pytest tests
	$(PY) -m generator check
	PRISM=$(PRISM) $(PY) -m pytest $(SDK)/tests
	$(PY) -m mypy --strict $(SDK)/src $(SDK)/tests
	$(PY) -m ruff check $(SDK)/src $(SDK)/tests
	$(PY) -m black --check $(SDK)

fuzz: $(DEPS_STAMP)
	FUZZ_EXAMPLES=10000 $(PY) -m pytest tests/test_fuzz.py

$(BENCH_VENV)/bin/python:
	$(BASE_PYTHON) -m venv $(BENCH_VENV)

# The peers pin their own dependencies, which may disagree with requirements.lock: hence
# a venv of their own, pinned by bench/requirements.txt.
$(BENCH_STAMP): bench/requirements.txt pyproject.toml $(SDK)/pyproject.toml | $(BENCH_PY)
	$(BENCH_PY) -m pip install --quiet --disable-pip-version-check -r bench/requirements.txt
	$(BENCH_PY) -m pip install --quiet --disable-pip-version-check --no-build-isolation --no-deps -e . -e ./$(SDK)
	touch $@

bench: $(BENCH_STAMP)
	$(BENCH_PY) bench/run.py

dist: $(DEPS_STAMP)
	$(PY) -m build --no-isolation $(SDK) -o dist/

clean:
	rm -rf dist build .pytest_cache .mypy_cache .ruff_cache .hypothesis
	find . -path ./$(VENV) -prune -o -path ./$(BENCH_VENV) -prune -o -path ./node_modules -prune -o \
		\( -name __pycache__ -o -name '*.egg-info' \) -type d -print0 | xargs -0 -r rm -rf

# Rewrites tests/records/ (what every corpus and feature spec generates) and prints what changed.
records: $(DEPS_STAMP)
	$(PY) tests/records.py
