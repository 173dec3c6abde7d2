"""What readers' browsers ask a live page while they read it: the changes after their cursor."""

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.views.decorators.http import require_GET

from live.models import LivePage


def change(entry, page):
    if entry.is_deleted:
        return {"id": entry.pk, "seq": entry.seq, "deleted": True}
    html = render_to_string("live/entry.html", {"entry": entry, "page": page})
    return {"id": entry.pk, "seq": entry.seq, "pinned": entry.pinned, "html": html}


@require_GET
def since(request, page_id, cursor):
    """Entries posted, edited or deleted after `cursor`, and the cursor to ask from next.

    A full batch never changes (later changes take later numbers), so shared caches keep it
    for long; the newest answer is kept a few seconds, so however many readers poll, the
    origin answers each page about once per LIVE_FRESH_SECONDS."""
    page = get_object_or_404(LivePage.objects.published(), pk=page_id)
    changes, next_cursor, final = page.changes_since(cursor)
    poll = page.poll_seconds()
    response = JsonResponse(
        {
            "cursor": next_cursor,
            "final": final,
            "poll": poll,
            "state": page.state,
            "changes": [change(entry, page) for entry in changes],
        }
    )
    fresh = 31_536_000 if final else settings.LIVE_FRESH_SECONDS
    response["Cache-Control"] = f"public, max-age={fresh}" + (", immutable" if final else "")
    response["X-Poll-Seconds"] = str(poll)
    return response
