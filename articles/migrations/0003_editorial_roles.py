from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("articles", "0002_search"), ("people", "0001_initial")]

    operations = []
