"""Indexes for an archive of 100,000 stories and more.

``article_public_listing`` replaces ``article_public_order``: it adds the section and the
embargo time after the public order, so the home page, section pages (however deep) and the
paginator's counts filter and count from the index without reading story rows. The partial
index on ``embargo_until`` finds the next embargo lift, which bounds the page cache's lifetime.
``mention_person_article`` lets a person's page find the stories that mention them without
reading mention rows.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_editorial_roles"), ("people", "0001_initial")]

    operations = [
        migrations.RemoveIndex(model_name="article", name="article_public_order"),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                fields=["status", "-published_at", "-id", "section", "embargo_until"], name="article_public_listing",
            ),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                condition=models.Q(("embargo_until__isnull", False)), fields=["embargo_until"],
                name="article_embargo_until",
            ),
        ),
        migrations.AddIndex(
            model_name="mention",
            index=models.Index(fields=["person", "article"], name="mention_person_article"),
        ),
    ]
