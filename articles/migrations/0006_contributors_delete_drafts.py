"""Contributors may delete their own drafts that were never published (articles.roles.may_delete_story)."""

from django.db import migrations

from articles.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0005_section_public_index"),
    ]

    operations = [
        migrations.RunPython(sync_roles, migrations.RunPython.noop),
    ]
