"""Errors as JSON with a message, whatever went wrong, never the site's HTML error pages."""

import logging

from django.http import JsonResponse
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import exception_handler

logger = logging.getLogger(__name__)

SERVER_ERROR = "The server could not answer this request; it has been logged."


def handle_exception(exc, context):
    """DRF's answer for the errors it knows (404, 400, 429...), a logged JSON 500 for the rest."""
    response = exception_handler(exc, context)
    if response is not None:
        return response
    view = context.get("view")
    logger.exception("API error in %s", type(view).__name__ if view else "the API", exc_info=exc)
    return Response({"detail": SERVER_ERROR}, status=status.HTTP_500_INTERNAL_SERVER_ERROR)


def not_found(request, *args, **kwargs):
    """Any path under the API that names no resource."""
    return JsonResponse({"detail": "No API resource at this address."}, status=404)
