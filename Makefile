# speechwatch task index. `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PG_TEST_URL ?= postgresql://postgres@127.0.0.1:5432/test
PORT   ?= 8000

.PHONY: run test test-sqlite test-postgres e2e lint bench eval system-deps messages clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Debian packages the suite needs: Chromium for the browser tests, pango for WeasyPrint.
system-deps:
	@sh scripts/system-deps.sh

messages: $(STAMP)
	$(BIN)/python -m speechwatch.core.i18n compile

run: $(STAMP) messages
	$(BIN)/speechwatch migrate
	$(BIN)/speechwatch demo
	$(BIN)/speechwatch serve --dev --host $(HOST) --port $(PORT)

# The whole suite: everything on SQLite, then every database test again on PostgreSQL.
test: $(STAMP) system-deps messages
	SPEECHWATCH_DATABASE_URL=sqlite:///$(CURDIR)/.venv/test.db $(BIN)/python -m pytest -p no:cacheprovider -q
	SPEECHWATCH_DATABASE_URL=$(PG_TEST_URL) $(BIN)/python -m pytest -p no:cacheprovider -q --only-db

test-sqlite: $(STAMP) messages
	SPEECHWATCH_DATABASE_URL=sqlite:///$(CURDIR)/.venv/test.db $(BIN)/python -m pytest -q

test-postgres: $(STAMP) messages
	SPEECHWATCH_DATABASE_URL=$(PG_TEST_URL) $(BIN)/python -m pytest -q --only-db

lint: $(STAMP)
	$(BIN)/ruff check speechwatch tests benchmarks

eval: $(STAMP)
	$(BIN)/speechwatch eval ../shared/corpus/dev

bench: $(STAMP)
	$(BIN)/python benchmarks/extract.py

clean:
	rm -rf $(VENV) build *.egg-info
