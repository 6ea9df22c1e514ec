# kehoach — the four promises: make install, make run, make test, make bench (+ make eval, make typecheck)
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: install run typecheck test bench eval serve clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: install
	$(PY) -m extractor.cli run

typecheck: install
	$(VENV)/bin/mypy extractor service evaluation

test: install typecheck
	scripts/with-postgres $(PY) -m pytest

bench: install
	$(PY) bench/run.py

eval: install
	$(VENV)/bin/kehoach evaluate --docs corpus/documents --gold corpus/gold --report reports/latest

clean:
	rm -rf $(VENV) reports/latest
