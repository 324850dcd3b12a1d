import re

from django.core.validators import URLValidator
from django.db import models

http_url_validator = URLValidator(schemes=["http", "https"])
WEB_URL_START = re.compile(r"https?://", re.IGNORECASE)


class WebURLField(models.URLField):
    """An http(s) URL only (no javascript: or data:); a scheme-less entry in a form reads as https.

    Forms validate it; rows written around validation (an import, the shell, raw SQL) are
    read back empty unless they start with http:// or https://, so no template can ever be
    handed a script URL for an href.
    """

    default_validators = [http_url_validator]

    def formfield(self, **kwargs):
        return super().formfield(**{"assume_scheme": "https", **kwargs})

    def from_db_value(self, value, expression, connection):
        if value and not WEB_URL_START.match(value):
            return ""
        return value
