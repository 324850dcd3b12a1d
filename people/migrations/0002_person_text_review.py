"""Bios and roles go through review: the proposal an Editor approves (people/admin.py)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('people', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='person',
            name='proposed_at',
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='person',
            name='proposed_bio',
            field=models.TextField(blank=True, help_text='A new bio, shown once an Editor approves it.'),
        ),
        migrations.AddField(
            model_name='person',
            name='proposed_by',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='person_proposals', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='person',
            name='proposed_title',
            field=models.CharField(blank=True, help_text='A new role or title, shown once an Editor approves it.', max_length=200),
        ),
    ]
