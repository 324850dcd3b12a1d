"""The home page and each section's page as editors arrange them; Editors arrange them, Photo editors see them."""

import django.db.models.deletion
import django.db.models.functions.comparison
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

from articles.roles import sync_roles


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0011_quote_confidence'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='FrontPage',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('version', models.PositiveIntegerField(default=0, editable=False)),
                ('changed_at', models.DateTimeField(blank=True, editable=False, null=True)),
                ('changed_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('section', models.OneToOneField(blank=True, help_text='Empty for the home page.', null=True, on_delete=django.db.models.deletion.CASCADE, related_name='front_page', to='articles.section')),
            ],
        ),
        migrations.CreateModel(
            name='FrontPageSlot',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('position', models.PositiveIntegerField(help_text='1 is the lead.')),
                ('until', models.DateTimeField(blank=True, help_text='After this time the story leaves the slot by itself; empty keeps it until an editor takes it off.', null=True, verbose_name='drops out at')),
                ('placed_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('article', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='front_slots', to='articles.article')),
                ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='slots', to='articles.frontpage')),
                ('placed_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'ordering': ['page', 'position', 'id'],
            },
        ),
        migrations.AddConstraint(
            model_name='frontpage',
            constraint=models.UniqueConstraint(django.db.models.functions.comparison.Coalesce('section', models.Value(0)), name='frontpage_one_per_page'),
        ),
        migrations.AddIndex(
            model_name='frontpageslot',
            index=models.Index(condition=models.Q(('until__isnull', False)), fields=['until'], name='frontslot_until'),
        ),
        migrations.AddConstraint(
            model_name='frontpageslot',
            constraint=models.UniqueConstraint(fields=('page', 'article'), name='frontslot_story_once_per_page'),
        ),
        migrations.AddConstraint(
            model_name='frontpageslot',
            constraint=models.CheckConstraint(condition=models.Q(('position__gte', 1)), name='frontslot_position_from_one'),
        ),
        migrations.RunPython(sync_roles, migrations.RunPython.noop),
    ]
