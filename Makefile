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

.PHONY: run test env sysdeps guideps benchdeps forms translations check-forms lint typecheck imports pytest bench package bundle screenshots clean

run: env guideps forms translations
	$(BIN)/bpu-enroll demo-init $(DATA_ARG) --if-missing
	$(BIN)/bpu-enroll gui $(DATA_ARG)

# The tests of the frozen bundle (tests/packaging) fail, not skip, when it is missing here.
test: export BPU_TEST_REQUIRE_BUNDLE = 1
test: env sysdeps check-forms translations lint typecheck imports bundle pytest

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

# One test process per core (pytest-xdist; each starts its own PostgreSQL), each test file whole
# in one process, in its own order, as a serial run has it (a module's fixtures made once). The
# 30 slowest tests are listed at the end: the run's length is watched against CI's 90 minutes.
pytest: env
	$(PY) -m pytest -p no:cacheprovider --numprocesses=auto --dist=loadfile --durations=30

# PostgreSQL (the push rows), Xvfb and the xcb libraries (the frozen bundle's window row).
benchdeps:
	@bash scripts/install-system-deps.sh --screenshots

bench: env benchdeps forms translations
	$(PY) -m benchmarks.run

package: env forms translations
	bash packaging/build.sh

# The bundle `make test` tests: built as `make package` does (smoke test included) when anything
# that goes into it is newer than its executable (the sources, forms, resources, the translations'
# .ts files, the spec, entry script, icon maker, desktop entry and build script, pyproject.toml,
# the installed venv), else left as it is. A failed build or smoke test removes the executable,
# so the next run builds again. tests/packaging repeats the smoke test's checks on every run.
BUNDLE_EXE := dist/bpu-enroll/bpu-enroll
BUNDLE_INPUTS := pyproject.toml $(STAMP) $(wildcard packaging/*.spec packaging/build.sh \
	packaging/bpu_enroll_entry.py packaging/make_icons.py packaging/linux/*) \
	$(shell find src resources ui -type f ! -path '*/__pycache__/*' ! -name '*.pyc' \
	! -name '*.qm' 2>/dev/null)

bundle: $(BUNDLE_EXE)

$(BUNDLE_EXE): $(BUNDLE_INPUTS)
	bash packaging/build.sh || { rm -f $@; exit 1; }
	@touch $@

screenshots: env forms translations
	bash scripts/screenshots.sh

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
