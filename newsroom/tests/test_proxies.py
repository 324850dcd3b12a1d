"""Sign-in throttling behind a proxy: the client's address comes from X-Forwarded-For only when a trusted proxy sent it."""

import pytest
from axes.models import AccessAttempt
from django.test import RequestFactory
from django.urls import reverse

from newsroom.proxies import client_ip_address

PROXY = "10.0.0.2"
EDITOR_HOME = "198.51.100.7"
ATTACKER = "203.0.113.9"


@pytest.fixture
def behind_proxy(settings):
    settings.NEWSROOM_TRUSTED_PROXIES = ["10.0.0.0/8"]
    settings.AXES_ENABLED = True
    return settings


def sign_in(client, password, *, remote, forwarded=None):
    headers = {"X-Forwarded-For": forwarded} if forwarded else {}
    return client.post(
        reverse("admin:login"), {"username": "editor", "password": password, "next": "/admin/"},
        REMOTE_ADDR=remote, headers=headers,
    )


def address_of(remote, forwarded=None):
    headers = {"X-Forwarded-For": forwarded} if forwarded else {}
    return client_ip_address(RequestFactory().get("/", REMOTE_ADDR=remote, headers=headers))


def test_the_header_is_believed_only_from_a_trusted_proxy(settings):
    settings.NEWSROOM_TRUSTED_PROXIES = ["10.0.0.0/8", "2001:db8::/32"]
    assert address_of(ATTACKER, forwarded=EDITOR_HOME) == ATTACKER
    assert address_of(PROXY, forwarded=EDITOR_HOME) == EDITOR_HOME
    # A client's own X-Forwarded-For arrives to the left of what the proxy appended.
    assert address_of(PROXY, forwarded=f"{EDITOR_HOME}, {ATTACKER}") == ATTACKER
    # Chains of trusted proxies are walked from the right.
    assert address_of(PROXY, forwarded=f"{ATTACKER}, 10.1.1.1, 10.2.2.2") == ATTACKER
    assert address_of("2001:db8::1", forwarded="2001:db9::5, 2001:db8::9") == "2001:db9::5"
    assert address_of(PROXY, forwarded="not-an-address") == PROXY
    assert address_of(PROXY) == PROXY


def test_no_proxy_is_trusted_unless_configured(settings):
    settings.NEWSROOM_TRUSTED_PROXIES = []
    assert address_of(PROXY, forwarded=EDITOR_HOME) == PROXY


@pytest.mark.django_db
def test_a_forged_header_from_an_untrusted_address_changes_nothing(client, behind_proxy, editor):
    for _ in range(behind_proxy.AXES_FAILURE_LIMIT):
        response = sign_in(client, "wrong", remote=ATTACKER, forwarded=EDITOR_HOME)
    assert response.status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER}
    # The editor, whose address the attacker claimed, signs in through the proxy as usual.
    assert sign_in(client, "a-long-test-password", remote=PROXY, forwarded=EDITOR_HOME).status_code == 302


@pytest.mark.django_db
def test_readers_sharing_the_proxy_cannot_lock_an_editor_out(client, behind_proxy, editor):
    for _ in range(behind_proxy.AXES_FAILURE_LIMIT):
        response = sign_in(client, "wrong", remote=PROXY, forwarded=f"{EDITOR_HOME}, {ATTACKER}")
    assert response.status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER}
    assert sign_in(client, "a-long-test-password", remote=PROXY, forwarded=EDITOR_HOME).status_code == 302
    # The attacker stays paused, whatever they write in the header.
    assert sign_in(client, "a-long-test-password", remote=PROXY, forwarded=f"192.0.2.1, {ATTACKER}").status_code == 429
