# Two commands: `make run` opens the app, `make test` runs the checks.
# Both create .venv and install the project when it is missing or pyproject.toml changed.
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PY_PATHS := clerk_tui tests bench setup.py

.PHONY: run test lint bench clean

run: $(STAMP)
	$(BIN)/clerk

test: $(STAMP)
	$(BIN)/ruff check $(PY_PATHS)
	$(BIN)/ruff format --check $(PY_PATHS)
	$(BIN)/mypy
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff format $(PY_PATHS)
	$(BIN)/ruff check --fix $(PY_PATHS)

bench: $(STAMP)
	for script in bench/*.py; do $(BIN)/python $$script || exit 1; done

$(STAMP): pyproject.toml setup.py
	test -x $(BIN)/python || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build *.egg-info
