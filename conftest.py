import pytest


@pytest.fixture(autouse=True)
def isolated_media(settings, tmp_path):
    """Uploads and renditions go to a fresh folder per test, never the developer's media."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0
    return settings.MEDIA_ROOT


@pytest.fixture
def seed(db):
    """The seed story loaded from fixtures/seed.json, with its placeholder image in media storage."""
    from django.core.management import call_command

    from articles.models import Article

    call_command("load_seed", verbosity=0)
    return Article.objects.get(source_key="seed-article")


@pytest.fixture
def editor(db, django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.com", "a-long-test-password")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
