# Two commands do all the set-up: `make run` serves the site, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed
export DJANGO_DEBUG ?= 1

.PHONY: run test install migrate seed e2e bench serve seed-fixture check clean

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(PY) manage.py migrate --noinput

seed: migrate
	$(PY) manage.py load_seed

run: seed
	$(PY) manage.py runserver 127.0.0.1:8000

test: install
	DJANGO_SECRET_KEY=test-only-secret-key-$$$$ $(PY) -m pytest $(PYTEST_ARGS)

check: install
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

seed-fixture: install
	rm -f /tmp/newsroom-seed-build.sqlite3
	DATABASE_URL=sqlite:////tmp/newsroom-seed-build.sqlite3 $(PY) manage.py migrate --noinput --verbosity 0
	DATABASE_URL=sqlite:////tmp/newsroom-seed-build.sqlite3 $(PY) manage.py build_seed_fixture
	rm -f /tmp/newsroom-seed-build.sqlite3

clean:
	rm -rf $(VENV) .pytest_cache
