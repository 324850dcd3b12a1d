from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial"), ("people", "0001_initial")]

    operations = []
