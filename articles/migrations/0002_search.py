"""Full-text search: a weighted search vector per story, kept current by PostgreSQL itself.

The body lives in Block rows, so no expression index on the article table can cover it.
Triggers keep ``articles_article.search_vector`` current whatever writes the rows (admin,
importer, ``loaddata``, ``bulk_create``, raw SQL): headline weighs A, summary B, body C.
Blocks touch their story once per statement, so importing a 200-block story recomputes it once.
SQLite has no tsvector: the column stays empty there and ``articles.search`` falls back to
substring matching.
"""

import django.contrib.postgres.search
from django.db import migrations

CREATE_SQL = """
CREATE OR REPLACE FUNCTION articles_search_document(story_id bigint, headline text, dek text)
RETURNS tsvector LANGUAGE sql STABLE AS $$
    SELECT setweight(to_tsvector('pg_catalog.english', coalesce(headline, '')), 'A')
        || setweight(to_tsvector('pg_catalog.english', coalesce(dek, '')), 'B')
        || setweight(to_tsvector('pg_catalog.english', coalesce(
            (SELECT string_agg(b.text, ' ' ORDER BY b.position, b.id)
               FROM articles_block b WHERE b.article_id = story_id), '')), 'C')
$$;

CREATE OR REPLACE FUNCTION articles_article_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := articles_search_document(NEW.id, NEW.headline, NEW.dek);
    RETURN NEW;
END $$;

CREATE TRIGGER articles_article_search_vector
    BEFORE INSERT OR UPDATE OF headline, dek, search_vector ON articles_article
    FOR EACH ROW EXECUTE FUNCTION articles_article_search_vector();

CREATE OR REPLACE FUNCTION articles_block_search_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Setting the column fires the story's own trigger, which recomputes it from scratch.
    IF TG_OP = 'INSERT' THEN
        UPDATE articles_article SET search_vector = NULL
         WHERE id IN (SELECT article_id FROM new_blocks);
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE articles_article SET search_vector = NULL
         WHERE id IN (SELECT article_id FROM new_blocks UNION SELECT article_id FROM old_blocks);
    ELSE
        UPDATE articles_article SET search_vector = NULL
         WHERE id IN (SELECT article_id FROM old_blocks);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER articles_block_search_insert AFTER INSERT ON articles_block
    REFERENCING NEW TABLE AS new_blocks
    FOR EACH STATEMENT EXECUTE FUNCTION articles_block_search_touch();
CREATE TRIGGER articles_block_search_update AFTER UPDATE ON articles_block
    REFERENCING OLD TABLE AS old_blocks NEW TABLE AS new_blocks
    FOR EACH STATEMENT EXECUTE FUNCTION articles_block_search_touch();
CREATE TRIGGER articles_block_search_delete AFTER DELETE ON articles_block
    REFERENCING OLD TABLE AS old_blocks
    FOR EACH STATEMENT EXECUTE FUNCTION articles_block_search_touch();

CREATE INDEX articles_article_search_gin ON articles_article USING gin (search_vector);

UPDATE articles_article SET search_vector = NULL;
"""

DROP_SQL = """
DROP INDEX IF EXISTS articles_article_search_gin;
DROP TRIGGER IF EXISTS articles_block_search_insert ON articles_block;
DROP TRIGGER IF EXISTS articles_block_search_update ON articles_block;
DROP TRIGGER IF EXISTS articles_block_search_delete ON articles_block;
DROP FUNCTION IF EXISTS articles_block_search_touch();
DROP TRIGGER IF EXISTS articles_article_search_vector ON articles_article;
DROP FUNCTION IF EXISTS articles_article_search_vector();
DROP FUNCTION IF EXISTS articles_search_document(bigint, text, text);
"""


def create_search_machinery(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE_SQL)


def drop_search_machinery(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_SQL)


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial"), ("people", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="article",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(create_search_machinery, drop_search_machinery, elidable=False),
    ]
