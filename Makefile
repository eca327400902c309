# Kommunminne: fresh-machine entry points.  See README.md.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DATA   ?= $(CURDIR)/data
PORT   ?= 8000

.PHONY: demo test test-fast lint bench bench-quick eval corpus install clean

$(BIN)/kommunminne: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/kommunminne

## demo: install, ingest the sample corpus into ./data and serve it on http://127.0.0.1:8000
demo: install
	$(BIN)/python -m corpus.build --check-or-build
	-$(BIN)/kommunminne ingest corpus/pdf --data-dir $(DATA)
	$(BIN)/kommunminne serve --data-dir $(DATA) --port $(PORT)

## test: install and run the whole test suite (slow and browser tests included)
test: install
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -m "" -q

## test-fast: the fast tests only
test-fast: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

eval: install
	$(BIN)/kommunminne evaluate extraction
	$(BIN)/kommunminne evaluate nlp
	$(BIN)/kommunminne evaluate search

## bench: the full benchmark suite (figures to bench/results.json and bench/README.md)
bench: install
	$(BIN)/python -m bench.run

bench-quick: install
	$(BIN)/python -m bench.run --quick

corpus: install
	$(BIN)/python -m corpus.build

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
