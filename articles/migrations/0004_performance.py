from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_editorial_roles"), ("people", "0001_initial")]

    operations = []
