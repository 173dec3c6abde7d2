"""The desk's live composer: one screen to post, edit, pin and delete entries, newest first."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import linebreaks_filter
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.views.decorators.http import require_POST
from django_ratelimit.core import is_ratelimited
from wagtail.images import get_image_model
from wagtail.images.widgets import AdminImageChooser
from wagtail.rich_text import RichText

from live.models import LiveEntry, LiveEntryRevision, LivePage
from newsroom.models import Author
from newsroom.roles import REPORTER

MAX_TEXT = 20_000  # characters: a long entry, but not a pasted document


class EntryForm(forms.Form):
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
        max_length=MAX_TEXT,
        help_text="Plain text; a blank line starts a new paragraph. Ctrl+Enter posts.",
    )
    quote = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}), required=False, max_length=2_000
    )
    speaker = forms.CharField(required=False, max_length=200)
    image = forms.ModelChoiceField(
        queryset=get_image_model().objects.all(), required=False, widget=AdminImageChooser
    )
    image_alt = forms.CharField(required=False, max_length=300, label="Image description")
    author = forms.ModelChoiceField(queryset=Author.objects.all(), required=False)

    def clean(self):
        data = super().clean()
        if not any(data.get(name) for name in ("text", "quote", "image")):
            raise forms.ValidationError("Write some text, a quote or choose an image.")
        if data.get("quote") and not data.get("speaker"):
            self.add_error("speaker", "Say who said it.")
        if data.get("image") and not data.get("image_alt"):
            self.add_error("image_alt", "Describe the picture for readers who cannot see it.")
        return data

    def body(self):
        data, blocks = self.cleaned_data, []
        if data["text"].strip():
            blocks.append(("paragraph", RichText(linebreaks_filter(data["text"].strip()))))
        if data["quote"]:
            quote = {"text": data["quote"], "speaker": data["speaker"], "source": ""}
            blocks.append(("quote", quote | {"context": ""}))
        if data["image"]:
            image = {"image": data["image"], "alt_text": data["image_alt"]}
            blocks.append(("image", image | {"caption": "", "credit": ""}))
        return blocks

    @classmethod
    def initial_for(cls, entry):
        """The form filled in from an entry, for editing it in place."""
        initial = {"author": entry.author_id}
        for block in entry.body:
            if block.block_type == "paragraph":
                html = block.value.source.replace("<br>", "\n").replace("</p>", "\n\n")
                initial["text"] = strip_tags(html).strip()
            elif block.block_type == "quote":
                initial |= {"quote": block.value["text"], "speaker": block.value["speaker"]}
            elif block.block_type == "image":
                initial |= {"image": block.value["image"], "image_alt": block.value["alt_text"]}
        return initial


def may_manage(user, page):
    """Editors pin, edit anyone's entries, delete and end the coverage."""
    return page.permissions_for_user(user).can_publish()


def may_post(user, page):
    reporter = page.reporters_may_post and user.groups.filter(name=REPORTER).exists()
    return may_manage(user, page) or reporter


def may_change(user, entry):
    return may_manage(user, entry.page) or (
        entry.posted_by_id == user.pk and may_post(user, entry.page)
    )


def flooding(request):
    """More than LIVE_POSTS_PER_MINUTE entries from one person in a minute is a stuck key
    or a script, not reporting (django-ratelimit, counted in the cache)."""
    rate = f"{settings.LIVE_POSTS_PER_MINUTE}/m"
    return is_ratelimited(request, group="live.posts", key="user", rate=rate, increment=True)


def composer(request, page_id):
    page = get_object_or_404(LivePage, pk=page_id)
    if not may_post(request.user, page):
        raise PermissionDenied
    form = EntryForm(request.POST or None, initial={"author": Author.for_user(request.user)})
    if request.method == "POST":
        if flooding(request):
            form.add_error(None, "Too many entries in a minute; wait a moment and post again.")
        elif form.is_valid():
            entry = LiveEntry(page=page, posted_by=request.user, author=form.cleaned_data["author"])
            entry.body = form.body()
            entry.record(LiveEntryRevision.Action.POSTED, request.user)
            messages.success(request, "Posted.")
            return redirect("live_composer", page.pk)
    return render_composer(request, page, form)


def render_composer(request, page, form, status=200):
    entries = page.entries.select_related("author", "posted_by").order_by("-posted_at")[:100]
    rows = [
        (entry, EntryForm(initial=EntryForm.initial_for(entry), prefix=f"e{entry.pk}"))
        for entry in entries
    ]
    context = {
        "page": page,
        "form": form,
        "rows": rows,
        "may_manage": may_manage(request.user, page),
        "states": LivePage.State,
    }
    return TemplateResponse(request, "live/admin/composer.html", context, status=status)


@require_POST
def change_entry(request, entry_id, action):
    if action not in ACTIONS:
        raise Http404("No such action.")
    entry = get_object_or_404(LiveEntry.objects.select_related("page"), pk=entry_id)
    page = entry.page
    manage_only = action in ("pin", "unpin", "restore")
    allowed = may_manage(request.user, page) if manage_only else may_change(request.user, entry)
    if not allowed:
        raise PermissionDenied
    if action == "edit":
        form = EntryForm(request.POST, prefix=f"e{entry.pk}")
        if not form.is_valid():
            messages.error(request, "The entry was not changed: " + form.errors.as_text())
            return render_composer(request, page, EntryForm(), status=400)
        entry.body = form.body()
        entry.author = form.cleaned_data["author"]
        entry.edited_at = timezone.now()
    elif action in ("pin", "unpin"):
        entry.pinned = action == "pin"
    elif action in ("delete", "restore"):
        entry.deleted_at = timezone.now() if action == "delete" else None
    entry.record(ACTIONS[action], request.user)
    messages.success(request, f"Entry {ACTIONS[action].label.lower()}.")
    return redirect("live_composer", page.pk)


ACTIONS = {
    "edit": LiveEntryRevision.Action.EDITED,
    "pin": LiveEntryRevision.Action.PINNED,
    "unpin": LiveEntryRevision.Action.UNPINNED,
    "delete": LiveEntryRevision.Action.DELETED,
    "restore": LiveEntryRevision.Action.RESTORED,
}


@require_POST
def change_state(request, page_id):
    """Live, paused or ended: published as a new revision, so the page history shows who."""
    page = get_object_or_404(LivePage, pk=page_id)
    if not may_manage(request.user, page):
        raise PermissionDenied
    state = request.POST.get("state")
    if state not in LivePage.State.values:
        messages.error(request, "Choose live, paused or ended.")
        return redirect("live_composer", page.pk)
    page.state = state
    if state == LivePage.State.ENDED:
        page.coverage_end = page.coverage_end or timezone.now()
    page.save_revision(user=request.user, log_action=True).publish(user=request.user)
    messages.success(request, f"Coverage is now {page.get_state_display().lower()}.")
    return redirect("live_composer", page.pk)


def index(request):
    """Every live page the user may post to, running ones first."""
    pages = LivePage.objects.select_related("topic").order_by("-first_published_at", "-pk")
    rows = [page for page in pages if may_post(request.user, page)]
    rows.sort(key=lambda page: page.state == LivePage.State.ENDED)
    return TemplateResponse(request, "live/admin/index.html", {"pages": rows})
