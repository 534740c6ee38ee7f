# BPU Enroll — the two commands a newcomer needs are `make run` and `make test`.
# Everything else here is what those two build on.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
UV := $(BIN)/uv
STAMP := $(VENV)/.installed
# The demo profile lives in the platform's user data directory unless told otherwise.
DATA_DIR ?=
DATA_ARG := $(if $(DATA_DIR),--data-dir $(DATA_DIR),)

.PHONY: run test env sysdeps guideps benchdeps forms translations check-forms lint typecheck imports pytest bench package screenshots clean

run: env guideps forms translations
	$(BIN)/bpu-enroll demo-init $(DATA_ARG) --if-missing
	$(BIN)/bpu-enroll gui $(DATA_ARG)

test: env sysdeps check-forms translations lint typecheck imports pytest

env: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@test -x $(UV) || $(BIN)/pip install --quiet "uv==0.13.9"
	$(UV) pip install --quiet --python $(PY) -e ".[branch,dev,ktp]"
	@touch $@

sysdeps:
	@bash scripts/install-system-deps.sh --test

# What the desktop app needs to open a window (the Qt xcb platform's libraries).
guideps:
	@bash scripts/install-system-deps.sh

forms: env
	$(PY) scripts/build_forms.py

check-forms: env
	$(PY) scripts/build_forms.py --check

translations: env
	$(PY) scripts/build_translations.py

lint: env
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: env
	$(BIN)/mypy

imports: env
	$(BIN)/lint-imports

pytest: env
	$(PY) -m pytest -p no:cacheprovider

# PostgreSQL (the push rows), Xvfb and the xcb libraries (the frozen bundle's window row).
benchdeps:
	@bash scripts/install-system-deps.sh --screenshots

bench: env benchdeps forms translations
	$(PY) -m benchmarks.run

package: env forms translations
	bash packaging/build.sh

screenshots: env forms translations
	bash scripts/screenshots.sh

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
