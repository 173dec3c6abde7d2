from django.db import connection
from django.http import JsonResponse


def health(request):
    """For load balancers: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as error:  # any database failure means "take me out of rotation"
        return JsonResponse({"status": "unavailable", "error": error.__class__.__name__}, status=503)
    return JsonResponse({"status": "ok"})
