"""Production settings come from the environment, and Django's deployment check finds nothing to fix."""

import json
import os
import secrets
import subprocess
import sys

from django.conf import settings

PRODUCTION = {
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "DJANGO_ALLOWED_HOSTS": "news.example.com",
    "DJANGO_CSRF_TRUSTED_ORIGINS": "https://news.example.com",
    "DJANGO_SECURE_SSL_REDIRECT": "1",
    "DJANGO_SECURE_PROXY_SSL_HEADER": "1",
}


def manage(*args, env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "NEWSROOM_"))}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=settings.BASE_DIR, env={**clean, **env},
        capture_output=True, text=True, timeout=120,
    )


def read_settings(env, names):
    script = f"from django.conf import settings; import json; print(json.dumps({{n: getattr(settings, n, None) for n in {names!r}}}, default=str))"
    run = manage("shell", "-v", "0", "-c", script, env=env)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_the_deployment_check_is_clean_with_production_settings():
    run = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)
    assert run.returncode == 0, run.stderr + run.stdout
    assert "no issues" in run.stdout


def test_the_deployment_check_is_clean_where_tls_ends_at_a_proxy_that_redirects():
    env = {k: v for k, v in PRODUCTION.items() if k != "DJANGO_SECURE_SSL_REDIRECT"}
    run = manage("check", "--deploy", "--fail-level", "WARNING", env={**env, "NEWSROOM_PROXY_REDIRECTS_HTTPS": "1"})
    assert run.returncode == 0, run.stderr + run.stdout
    assert "no issues" in run.stdout


def test_the_deployment_check_asks_who_redirects_to_https_when_nothing_says():
    env = {k: v for k, v in PRODUCTION.items() if k != "DJANGO_SECURE_SSL_REDIRECT"}
    run = manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert run.returncode != 0 and "security.W008" in run.stderr + run.stdout


def test_the_deployment_check_would_catch_a_debug_deployment():
    run = manage("check", "--deploy", "--fail-level", "WARNING", env={**PRODUCTION, "DJANGO_DEBUG": "1"})
    assert run.returncode != 0 and "security.W018" in run.stderr + run.stdout


def test_production_settings_come_from_the_environment():
    values = read_settings(PRODUCTION, [
        "DEBUG", "ALLOWED_HOSTS", "CSRF_TRUSTED_ORIGINS", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE",
        "SECURE_SSL_REDIRECT", "SECURE_PROXY_SSL_HEADER", "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "X_FRAME_OPTIONS", "SECURE_REFERRER_POLICY", "CONTENT_SECURITY_POLICY", "AUTHENTICATION_BACKENDS",
    ])
    assert values["DEBUG"] is False
    assert values["ALLOWED_HOSTS"] == ["news.example.com"]
    assert values["CSRF_TRUSTED_ORIGINS"] == ["https://news.example.com"]
    assert values["SESSION_COOKIE_SECURE"] and values["CSRF_COOKIE_SECURE"]
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert values["SECURE_HSTS_SECONDS"] >= 365 * 24 * 3600 and values["SECURE_HSTS_INCLUDE_SUBDOMAINS"]
    assert values["X_FRAME_OPTIONS"] == "DENY"
    assert values["SECURE_REFERRER_POLICY"] == "strict-origin-when-cross-origin"
    directives = values["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]
    assert directives["script-src"] == ["'self'"] and directives["style-src"] == ["'self'"]
    assert values["AUTHENTICATION_BACKENDS"][0] == "axes.backends.AxesStandaloneBackend"


def test_tls_at_a_proxy_leaves_the_redirect_and_the_header_off_unless_asked():
    env = {k: v for k, v in PRODUCTION.items() if k not in ("DJANGO_SECURE_SSL_REDIRECT", "DJANGO_SECURE_PROXY_SSL_HEADER")}
    values = read_settings(env, ["SECURE_SSL_REDIRECT", "SECURE_PROXY_SSL_HEADER", "SESSION_COOKIE_SECURE"])
    assert values == {"SECURE_SSL_REDIRECT": False, "SECURE_PROXY_SSL_HEADER": None, "SESSION_COOKIE_SECURE": True}


def test_a_missing_secret_key_stops_start_up_when_debug_is_off():
    env = {k: v for k, v in PRODUCTION.items() if k != "DJANGO_SECRET_KEY"}
    run = manage("check", env=env)
    assert run.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in run.stderr


def test_debug_is_off_unless_asked_and_then_needs_no_key():
    values = read_settings({"DJANGO_DEBUG": "1"}, ["DEBUG", "SESSION_COOKIE_SECURE", "SECURE_HSTS_SECONDS"])
    assert values == {"DEBUG": True, "SESSION_COOKIE_SECURE": False, "SECURE_HSTS_SECONDS": 0}
    assert read_settings({"DJANGO_SECRET_KEY": "k" * 60}, ["DEBUG"]) == {"DEBUG": False}


def test_trusted_proxies_are_addresses_or_networks():
    values = read_settings({**PRODUCTION, "NEWSROOM_TRUSTED_PROXIES": "10.0.0.0/8, 192.0.2.10"}, ["NEWSROOM_TRUSTED_PROXIES"])
    assert values == {"NEWSROOM_TRUSTED_PROXIES": ["10.0.0.0/8", "192.0.2.10"]}
    run = manage("check", env={**PRODUCTION, "NEWSROOM_TRUSTED_PROXIES": "10.0.0.0/8, proxy.example.com"})
    assert run.returncode != 0 and "'proxy.example.com' is not an address or a network" in run.stderr
