"""Settings for Newsroom, read from the environment.

Every knob a deployment turns is an environment variable (see the README's table):
``DJANGO_*`` for Django's own settings, ``*_URL`` for services, ``NEWSROOM_*`` for ours.
The defaults are safe: DEBUG off, a secret key required unless DEBUG is on, SQLite on disk.
"""

import ipaddress
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_number(name, default, kind=float):
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return kind(value)
    except ValueError as exc:
        what = "a whole number" if kind is int else "a number"
        raise ImproperlyConfigured(f"{name} must be {what}, not {value!r}") from exc


def env_int(name, default):
    return env_number(name, default, int)


def env_networks(name):
    """A comma list of addresses or networks (``10.0.0.0/8``), refused at start-up when one is not."""
    networks = env_list(name)
    for network in networks:
        try:
            ipaddress.ip_network(network, strict=False)
        except ValueError as exc:
            raise ImproperlyConfigured(f"{name}: {network!r} is not an address or a network") from exc
    return networks


DEBUG = env_bool("DJANGO_DEBUG")

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Set it to a long random string in production, "
            "or set DJANGO_DEBUG=1 for local development."
        )
    SECRET_KEY = "dev-only-insecure-key-never-use-in-production"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.redirects",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django_filters",
    "taggit",
    "reversion",
    "axes",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_tasks",
    "django_tasks_db",
    # Only its built Tiptap/ProseMirror assets: the story body editor (articles/body_document/).
    "django_prose_editor",
    "people",
    "articles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and auth, so a cached page costs no session, user or database work.
    "newsroom.pagecache.middleware.PageCacheMiddleware",
    # Inside the page cache: the policy has no nonces, so it is stored with each page and
    # replayed on hits instead of being rebuilt for every request.
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.contrib.redirects.middleware.RedirectFallbackMiddleware",
    # Last, as django-axes asks: it turns a refused sign-in into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"
SITE_ID = 1

TEMPLATES = [
    # Readers' pages: Jinja2, for speed (see newsroom/jinja2.py). First, so its error pages win.
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [BASE_DIR / "templates" / "jinja2"],
        "APP_DIRS": False,
        "OPTIONS": {
            "environment": "newsroom.jinja2.environment",
            "context_processors": ["newsroom.context_processors.site"],
        },
    },
    # The admin, form widgets, feeds and sitemaps: Django's template language.
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "newsroom.context_processors.site",
                "articles.notifying.unread_count_context",
            ],
        },
    },
]

# PostgreSQL binds parameters on the server, which lets the article page's queries (compiled
# once per process, newsroom/prepared.py) be prepared in each database session, so PostgreSQL
# skips parsing and planning them. Other queries
# are planned for their values each time (Django leaves psycopg's automatic preparing off, and
# a generic plan for a listing can be much worse). A pooler in transaction mode that cannot
# carry prepared statements (PgBouncer before 1.21, or without max_prepared_statements) needs
# DJANGO_DB_PREPARED_STATEMENTS=0, which goes back to binding parameters in the client.
POSTGRES_OPTIONS = {"server_side_binding": True} if env_bool("DJANGO_DB_PREPARED_STATEMENTS", True) else {}
# The article page's querysets compiled once per process (newsroom/prepared.py, which reads
# Django's SQL compiler internals); 0 runs the same querysets through the plain ORM.
NEWSROOM_PREPARED_QUERIES = env_bool("NEWSROOM_PREPARED_QUERIES", True)

# SQLite by default so a new clone needs nothing installed; DATABASE_URL switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers go on while the importer writes; IMMEDIATE avoids "database is locked"
    # when two writers upgrade read transactions at once.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # Connections stay open (CONN_MAX_AGE above) as on PostgreSQL: a new SQLite connection
    # re-reads the schema on every request.
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {}).update(POSTGRES_OPTIONS)
# An optional read replica answers readers' page views (newsroom/routers.py); writes, the
# admin and management commands stay on the primary. Tests read the replica as the primary.
DATABASE_REPLICA_URL = os.environ.get("DATABASE_REPLICA_URL", "")
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = dj_database_url.parse(
        DATABASE_REPLICA_URL, conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 60), conn_health_checks=True,
    )
    if DATABASES["replica"]["ENGINE"] == "django.db.backends.postgresql":
        DATABASES["replica"].setdefault("OPTIONS", {}).update(POSTGRES_OPTIONS)
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["newsroom.routers.ReplicaRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
# The app serves MEDIA_ROOT itself (newsroom/media.py): a newsroom on one machine; `make serve`
# turns it on. Off by default in production, where object storage or the web server serves media.
NEWSROOM_SERVE_MEDIA = env_bool("NEWSROOM_SERVE_MEDIA", DEBUG)

# Without collectstatic (development, tests) whitenoise serves straight from the app folders.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env_bool("DJANGO_STATIC_MANIFEST")
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# The page cache must be one cache for every worker process, or an edit would leave other
# workers serving the old page. By default: files under NEWSROOM_CACHE_DIR, shared by the
# machine's processes (a hit reads two small files, cheaper than the database cache on
# SQLite). Across machines: Redis through django-redis with the hiredis parser, cheaper per
# hit than Django's own RedisCache (docs/performance.md has the figures).
# Media go to S3-compatible object storage when a bucket is named; boto3 reads the keys from
# AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or the machine's role). Local files otherwise.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            # Published photos are public: plain URLs, so cached pages never carry expiring signatures.
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", False),
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        },
    }

REDIS_URL = os.environ.get("REDIS_URL", "")
# A cache that does not answer within this many seconds is taken as away: pages are then
# rendered uncached, and it is tried again after NEWSROOM_CACHE_RETRY_SECONDS.
NEWSROOM_CACHE_TIMEOUT = env_number("NEWSROOM_CACHE_TIMEOUT", 0.5)
NEWSROOM_CACHE_RETRY_SECONDS = env_number("NEWSROOM_CACHE_RETRY_SECONDS", 5)
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "newsroom",
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": NEWSROOM_CACHE_TIMEOUT,
                "SOCKET_TIMEOUT": NEWSROOM_CACHE_TIMEOUT,
            },
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "newsroom.pagecache.filecache.UncompressedFileCache",
            "LOCATION": Path(os.environ.get("NEWSROOM_CACHE_DIR", BASE_DIR / "var" / "cache")).resolve(),
            "KEY_PREFIX": "newsroom",
            # Each write lists the folder once it holds more than this; keep it to hot pages.
            "OPTIONS": {"MAX_ENTRIES": 5000, "CULL_FREQUENCY": 4},
        }
    }

# Background tasks (django-tasks, the backport of Django 6's Tasks): rows in the database, run
# by `manage.py db_worker`, which `make run` and `make serve` start beside the web server.
# Photo renditions are made there, never in a reader's request (articles/renditions.py).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# Publisher identity: used wherever a page, feed or structured data names the publisher.
NEWSROOM_SITE_NAME = os.environ.get("NEWSROOM_SITE_NAME", "The Newsroom Daily")
# Imported quotes whose speaker the importer is less sure of than this (0..1) are flagged
# "needs check" in the admin story list and form.
NEWSROOM_QUOTE_CHECK_BELOW = env_number("NEWSROOM_QUOTE_CHECK_BELOW", 0.6)
NEWSROOM_SITE_URL = os.environ.get("NEWSROOM_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
NEWSROOM_LOGO = os.environ.get("NEWSROOM_LOGO", "img/logo.png")
NEWSROOM_PAGE_CACHE_SECONDS = env_int("NEWSROOM_PAGE_CACHE_SECONDS", 300)
# Pages with query parameters (page numbers, filters, searches) stored per page lifetime:
# what clients can add to the cache by making up addresses (see newsroom/pagecache/keys.py).
NEWSROOM_PAGE_CACHE_VARIANTS = env_int("NEWSROOM_PAGE_CACHE_VARIANTS", 1000)
# What a CDN may do with a public page (s-maxage and stale-while-revalidate): edits reach
# readers behind it within NEWSROOM_CDN_MAX_AGE + NEWSROOM_CDN_STALE_SECONDS, or at once
# when NEWSROOM_CDN_PURGE_HOOK names a function that purges it (see docs/deploy.md).
NEWSROOM_CDN_MAX_AGE = env_int("NEWSROOM_CDN_MAX_AGE", 60)
NEWSROOM_CDN_STALE_SECONDS = env_int("NEWSROOM_CDN_STALE_SECONDS", 30)
NEWSROOM_CDN_PURGE_HOOK = os.environ.get("NEWSROOM_CDN_PURGE_HOOK", "")

# Largest image an editor may upload; larger files are refused with a form error.
NEWSROOM_MAX_UPLOAD_BYTES = env_int("NEWSROOM_MAX_UPLOAD_BYTES", 20 * 1024 * 1024)
# Most pixels an upload may have, read before decoding: refuses decompression bombs (articles/uploads.py).
NEWSROOM_MAX_IMAGE_PIXELS = env_int("NEWSROOM_MAX_IMAGE_PIXELS", 80_000_000)

# Security. Production values unless DEBUG is on; docs/workflow.md has the table.
# HTTPS: cookies only over TLS, and browsers told to stay on HTTPS (HSTS). Where TLS ends at a
# proxy, DJANGO_SECURE_PROXY_SSL_HEADER=1 trusts its X-Forwarded-Proto (the proxy must set it
# on every request); the redirect to HTTPS is left to the proxy unless DJANGO_SECURE_SSL_REDIRECT is on.
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT")
# Where the TLS proxy itself redirects http to https, Django need not: saying so silences the
# deployment check's warning about the redirect (security.W008), and nothing else does.
NEWSROOM_PROXY_REDIRECTS_HTTPS = env_bool("NEWSROOM_PROXY_REDIRECTS_HTTPS")
if NEWSROOM_PROXY_REDIRECTS_HTTPS:
    SILENCED_SYSTEM_CHECKS = ["security.W008"]
if env_bool("DJANGO_SECURE_PROXY_SSL_HEADER"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 0 if DEBUG else 365 * 24 * 3600)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
# Other sites see that a reader came from us but not from which page; plain-HTTP links get nothing.
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Content-Security-Policy (django-csp 4). Pages are cached whole, so they carry no nonces:
# every script and style comes from our own static files, none inline, for the site and the
# admin alike (Django's admin passes its data in data- attributes, not inline scripts).
# Photos may also come from the media host when media live on object storage.
NEWSROOM_MEDIA_ORIGINS = env_list("NEWSROOM_MEDIA_ORIGINS")
if os.environ.get("AWS_S3_CUSTOM_DOMAIN"):
    NEWSROOM_MEDIA_ORIGINS.append(f"https://{os.environ['AWS_S3_CUSTOM_DOMAIN']}")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *NEWSROOM_MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

# Sign-in throttling (django-axes): after NEWSROOM_LOGIN_FAILURE_LIMIT wrong passwords for one
# account from one address, that pair waits NEWSROOM_LOGIN_COOLOFF_MINUTES. Keyed on the pair so
# a shared newsroom address (or a proxy) does not lock out colleagues.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("NEWSROOM_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("NEWSROOM_LOGIN_COOLOFF_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
AXES_HTTP_RESPONSE_CODE = 429
# Behind a proxy or CDN every request comes from the proxy: the client's address is read from
# X-Forwarded-For, but only on connections from these addresses or networks (newsroom/proxies.py).
NEWSROOM_TRUSTED_PROXIES = env_networks("NEWSROOM_TRUSTED_PROXIES")
AXES_CLIENT_IP_CALLABLE = "newsroom.proxies.client_ip_address"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}

# E-mail, for the desk's notifications (articles/notifying.py): printed on the console unless
# DJANGO_EMAIL_HOST names an SMTP server. DJANGO_EMAIL_PORT (587), DJANGO_EMAIL_HOST_USER,
# DJANGO_EMAIL_HOST_PASSWORD, DJANGO_EMAIL_USE_TLS (on) or DJANGO_EMAIL_USE_SSL (off, port 465)
# and DJANGO_DEFAULT_FROM_EMAIL complete it; DJANGO_EMAIL_BACKEND overrides the choice.
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "")
EMAIL_BACKEND = os.environ.get("DJANGO_EMAIL_BACKEND") or (
    "django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = env_int("DJANGO_EMAIL_PORT", 587)
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_SSL = env_bool("DJANGO_EMAIL_USE_SSL", False)
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", not EMAIL_USE_SSL)
EMAIL_TIMEOUT = env_int("DJANGO_EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "newsroom@localhost")

# Who is editing a story (articles/presence.py): the open form's heartbeat, and how long a silent
# page still counts, so a closed tab's editor is gone within a minute.
NEWSROOM_PRESENCE_HEARTBEAT_SECONDS = env_int("NEWSROOM_PRESENCE_HEARTBEAT_SECONDS", 5)
NEWSROOM_PRESENCE_TIMEOUT_SECONDS = env_int("NEWSROOM_PRESENCE_TIMEOUT_SECONDS", 30)

# The slots editors fill on the home page and on each section's page: the lead and the top
# stories after it (articles/front_pages/).
NEWSROOM_FRONT_PAGE_SLOTS = max(env_int("NEWSROOM_FRONT_PAGE_SLOTS", 6), 1)

FIXTURE_DIRS = [BASE_DIR / "fixtures"]

# The read API (articles/api/): public content only, for anonymous clients. The rate is
# DRF's syntax ("600/min", "50/s"), counted per client address in the default cache; answers
# served by the page cache cost no database work and are not counted.
NEWSROOM_API_THROTTLE_RATE = os.environ.get("NEWSROOM_API_THROTTLE_RATE", "600/min")
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "articles.api.errors.handle_exception",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.CursorPagination",
    "PAGE_SIZE": env_int("NEWSROOM_API_PAGE_SIZE", 20),
}
SPECTACULAR_SETTINGS = {
    "TITLE": f"{NEWSROOM_SITE_NAME} API",
    "DESCRIPTION": "Published stories, sections, people and photos, as JSON and IPTC ninjs.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
}
