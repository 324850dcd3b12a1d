"""Editorial roles: the Contributor, Editor and Photo editor groups, synced with articles.roles.

A pull-quote block now restricts rather than protects its quote, so a story (or an earlier
version restored over it) can still be deleted with the quote it features, while deleting the
quote alone stays refused.
"""

import django.db.models.deletion
from django.db import migrations, models

from articles.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_search"),
        ("people", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterField(
            model_name="block",
            name="quote",
            field=models.ForeignKey(
                blank=True, help_text="The quote to feature as a pull quote.", null=True,
                on_delete=django.db.models.deletion.RESTRICT, related_name="pull_blocks", to="articles.quote",
            ),
        ),
        migrations.RunPython(sync_roles, migrations.RunPython.noop, elidable=False),
    ]
