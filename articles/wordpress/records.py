"""Which row each item of a WordPress site became, so importing the export again updates it."""

from django.db import models


class WordPressRecord(models.Model):
    """One item of a WordPress site (by the site's address and the item's id there) and its row here."""

    class Kind(models.TextChoices):
        POST = "post", "Post"
        ATTACHMENT = "attachment", "Attachment"
        IMAGE = "image", "Image by address"
        AUTHOR = "author", "Author"
        CATEGORY = "category", "Category"

    site = models.CharField(max_length=200, help_text="The WordPress site's base address, as its export gives it.")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    wordpress_id = models.CharField(
        max_length=500, help_text="The post id, the author's login, the category's slug or the image's address.",
    )
    original_url = models.URLField(max_length=500, blank=True, help_text="Where the item was on the WordPress site.")
    article = models.ForeignKey(
        "articles.Article", null=True, blank=True, on_delete=models.CASCADE, related_name="wordpress_records",
    )
    image = models.ForeignKey(
        "articles.Image", null=True, blank=True, on_delete=models.CASCADE, related_name="wordpress_records",
    )
    section = models.ForeignKey(
        "articles.Section", null=True, blank=True, on_delete=models.CASCADE, related_name="wordpress_records",
    )
    person = models.ForeignKey(
        "people.Person", null=True, blank=True, on_delete=models.CASCADE, related_name="wordpress_records",
    )
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        app_label = "articles"
        constraints = [
            models.UniqueConstraint(fields=["site", "kind", "wordpress_id"], name="wordpress_record_unique_item"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.wordpress_id} of {self.site}"
