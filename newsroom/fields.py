from django.core.validators import URLValidator
from django.db import models

http_url_validator = URLValidator(schemes=["http", "https"])


class WebURLField(models.URLField):
    """An http(s) URL only (no javascript: or data:); a scheme-less entry in a form reads as https."""

    default_validators = [http_url_validator]

    def formfield(self, **kwargs):
        return super().formfield(**{"assume_scheme": "https", **kwargs})
