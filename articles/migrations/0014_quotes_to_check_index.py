"""Quotes to check are found by their confidence, with their story (the desk's tray, the story list's filter)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0013_editing_presence_taken_over'),
        ('people', '0002_person_text_review'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='quote',
            index=models.Index(condition=models.Q(('confidence__isnull', False)), fields=['confidence', 'article'], name='quote_confidence'),
        ),
    ]
