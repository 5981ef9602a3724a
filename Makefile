# Two commands: `make run` opens the app, `make test` runs the checks.
# Both create .venv and install the project when it is missing or pyproject.toml changed.
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PY_PATHS := clerk_tui tests bench installer

.PHONY: run test lint bench schema offline clean

run: $(STAMP)
	$(BIN)/clerk

test: $(STAMP)
	$(BIN)/ruff check $(PY_PATHS)
	$(BIN)/ruff format --check $(PY_PATHS)
	$(BIN)/mypy
	$(BIN)/pytest -n auto

lint: $(STAMP)
	$(BIN)/ruff format $(PY_PATHS)
	$(BIN)/ruff check --fix $(PY_PATHS)

# schema.sql: the readable current schema, written from the migrations (a test checks it).
schema: $(STAMP)
	$(BIN)/python -c 'from clerk_tui.store.schema import current_schema as s; print(s(), end="")' > schema.sql

BIG_DB := /tmp/clerk-big.db

bench: $(STAMP)
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/parse.py
	$(BIN)/python bench/match.py
	$(BIN)/python bench/export.py
	$(BIN)/python bench/ingest.py
	rm -f $(BIG_DB) && $(BIN)/python bench/make_big_db.py $(BIG_DB)
	$(BIN)/python bench/app.py $(BIG_DB)
	$(BIN)/python bench/sync.py

# The offline installer for laptops with no internet: wheels for Windows, macOS and Linux,
# Python 3.11-3.13, and install.ps1 / install.sh (see README).
offline: $(STAMP)
	$(BIN)/python installer/build_offline.py dist/clerk-tui-offline

$(STAMP): pyproject.toml
	test -x $(BIN)/python || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[team,dev]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info
