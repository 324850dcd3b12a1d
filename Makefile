# Two commands do all the set-up: `make run` serves the site, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed
export DJANGO_DEBUG ?= 1

.PHONY: run test install migrate seed e2e bench bench-archive serve seed-fixture check clean superuser

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

superuser: migrate
	$(PY) manage.py createsuperuser

# The background worker (photo renditions; django-tasks' db_worker) runs beside the web server
# and stops with it, whether the server exits or Ctrl-C stops both.
ADDRESS ?= 127.0.0.1:8000
START_WORKER = $(PY) manage.py db_worker --no-reload & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM;

run: seed
	$(START_WORKER) $(PY) manage.py runserver $(ADDRESS)

test: install
	DJANGO_SECRET_KEY=test-only-secret-key-$$$$ $(PY) -m pytest $(PYTEST_ARGS)

# Browser tests in Debian's Chromium (never a downloaded browser): installed first when run as root.
e2e: install
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = "0" ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; fi
	@test -x /usr/bin/chromium || echo "Chromium is missing (run as root, or apt-get install chromium): browser tests will skip."
	DJANGO_SECRET_KEY=test-only-secret-key-$$$$ $(PY) -m pytest -m browser $(PYTEST_ARGS)

# Production settings on the loopback (ADDRESS): DEBUG off, DJANGO_SECRET_KEY from the environment (or one
# generated once into var/ for local use), static files collected into whitenoise's manifest storage.
# Cookies are not marked Secure here because the loopback speaks plain http; behind TLS they are.
# Photos are served by the app itself (NEWSROOM_SERVE_MEDIA), as on a newsroom's single machine.
SERVE_ENV = DJANGO_DEBUG= DJANGO_STATIC_MANIFEST=1 DJANGO_SECURE_COOKIES=$${DJANGO_SECURE_COOKIES:-0} \
	NEWSROOM_SERVE_MEDIA=$${NEWSROOM_SERVE_MEDIA:-1} DJANGO_SECRET_KEY="$${DJANGO_SECRET_KEY:-$$(cat var/secret-key)}"
SERVE_WORKERS ?= 2

serve: seed
	@mkdir -p var
	@test -n "$$DJANGO_SECRET_KEY" || test -s var/secret-key || \
		$(PY) -c "import secrets; print(secrets.token_urlsafe(50))" > var/secret-key
	$(SERVE_ENV) $(PY) manage.py collectstatic --noinput --verbosity 0
	$(SERVE_ENV) $(START_WORKER) $(SERVE_ENV) $(PY) -m gunicorn newsroom.wsgi --bind $(ADDRESS) --workers $(SERVE_WORKERS)

# The seed story page cached, uncached and as a static file under gunicorn, with wrk: on SQLite
# with the file cache, then on PostgreSQL with Redis when they answer. A few minutes in all.
bench: install
	@if ! command -v wrk >/dev/null && [ "$$(id -u)" = "0" ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; fi
	$(PY) bench/http_bench.py --database sqlite
	@if pg_isready -q -h 127.0.0.1 -p 5432 && redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then \
		$(PY) bench/http_bench.py --database postgres; \
	else echo "PostgreSQL or Redis is not answering on 127.0.0.1: the PostgreSQL run was skipped."; fi

# Server times at 100,000 stories (builds the archive first: several minutes per database).
bench-archive: install
	$(PY) bench/archive_bench.py --database sqlite
	@if pg_isready -q -h 127.0.0.1 -p 5432; then $(PY) bench/archive_bench.py --database postgres; \
	else echo "PostgreSQL is not answering on 127.0.0.1:5432: the PostgreSQL run was skipped."; fi

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
