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

# The whole suite: everything on SQLite and, at the same time, every database test again on
# PostgreSQL (two processes, one per core; each prints its log when both are done; fails if either fails).
test: $(STAMP) system-deps messages
	@SPEECHWATCH_DATABASE_URL=sqlite:///$(CURDIR)/.venv/test.db $(BIN)/python -m pytest -p no:cacheprovider -q \
		> $(VENV)/test-sqlite.log 2>&1 & sqlite=$$!; \
	SPEECHWATCH_DATABASE_URL=$(PG_TEST_URL) $(BIN)/python -m pytest -p no:cacheprovider -q --only-db \
		> $(VENV)/test-postgres.log 2>&1 & pg=$$!; \
	wait $$sqlite; rs=$$?; wait $$pg; rp=$$?; \
	echo "== SQLite: the whole suite (exit $$rs)"; cat $(VENV)/test-sqlite.log; \
	echo "== PostgreSQL: the database tests (exit $$rp)"; cat $(VENV)/test-postgres.log; \
	test $$rs -eq 0 -a $$rp -eq 0

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
