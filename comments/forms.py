"""The "Leave a Reply" form: validation that explains itself and never drops what was typed."""

import time

from django import forms
from django.core import signing
from django.core.validators import URLValidator

from comments.plaintext import (
    has_control_characters,
    is_invisible,
    neutralise_bidi,
    normalise_newlines,
)

MAX_BODY = 10_000
MIN_SECONDS = 3  # a person does not read, type and submit faster than this
STAMP_SALT = "comments.rendered"
TOO_FAST = "That was very quick. Please check your comment and send it again."
MAX_ID = 2**63 - 1  # the largest id a database column holds; SQLite overflows past it


def render_stamp(article_id):
    """A signed 'this form was rendered at' for the page. The page is cached and shared, so the
    stamp is only ever a lower bound on when a reader saw it: it can make a submission look
    slower than it was (a cached page), never faster. The stamp is the same for every reader."""
    return signing.dumps({"a": article_id, "t": int(time.time())}, salt=STAMP_SALT, compress=True)


def seconds_since_render(stamp, article_id):
    """Seconds since the page showed the form, or None when the stamp is missing, garbled or
    another article's: then nobody can tell, and the form treats it as too fast."""
    try:
        data = signing.loads(stamp, salt=STAMP_SALT)
    except signing.BadSignature:
        return None
    if (
        not isinstance(data, dict)
        or data.get("a") != article_id
        or not isinstance(data.get("t"), int)
    ):
        return None
    return time.time() - data["t"]


class PlainTextField(forms.CharField):
    """Refuses NUL and other control characters (they break feeds and terminals) and removes
    bidi overrides, which can make a comment display as something other than what it says."""

    def to_python(self, value):
        value = super().to_python(value)
        if has_control_characters(value):
            raise forms.ValidationError(
                "Please remove the invisible control characters from this field.", code="control"
            )
        value = neutralise_bidi(normalise_newlines(value))
        if value and is_invisible(value):
            raise forms.ValidationError(
                "Please use characters that show: this field has only invisible ones.",
                code="invisible",
            )
        return value


class CommentForm(forms.Form):
    comment = PlainTextField(
        label="Comment",
        max_length=MAX_BODY,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 6, "maxlength": MAX_BODY}),
        error_messages={
            "required": "Please type a comment.",
            "max_length": "Please shorten your comment to %(limit_value)s characters.",
        },
    )
    name = PlainTextField(
        label="Name",
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": "Please give a name; any name you like."},
    )
    email = forms.EmailField(
        label="Email",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": "Please give your email address; it will not be published.",
            "invalid": "Please check your email address.",
        },
    )
    url = forms.URLField(
        label="Website",
        required=False,
        max_length=200,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
        error_messages={
            "invalid": "Please give a web address starting with http:// or https://, or leave it "
            "empty."
        },
    )
    parent = forms.IntegerField(
        required=False, min_value=1, max_value=MAX_ID, widget=forms.HiddenInput
    )
    # No length limit here: an over-long stamp is a garbled one, which counts as too fast.
    rendered = forms.CharField(required=False, widget=forms.HiddenInput)
    # Filled in by the page script with the seconds between first typing and submitting.
    typing = forms.FloatField(required=False, widget=forms.HiddenInput)
    # The honeypot: hidden from people (CSS and aria-hidden), irresistible to form-filling bots.
    homepage = forms.CharField(required=False, max_length=200)

    def __init__(self, *args, article_id=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.article_id = article_id

    def clean_url(self):
        url = self.cleaned_data["url"]
        if url and has_control_characters(url):
            raise forms.ValidationError(self.fields["url"].error_messages["invalid"])
        return neutralise_bidi(url)

    def clean_email(self):
        email = self.cleaned_data["email"]
        if has_control_characters(email):
            raise forms.ValidationError(self.fields["email"].error_messages["invalid"])
        return email

    def clean(self):
        """Bots are told apart by behaviour before any text is judged: the minimum time here,
        the honeypot in `is_bot`."""
        data = super().clean()
        if self.too_fast(data.get("typing")):
            raise forms.ValidationError(TOO_FAST, code="too_fast")
        return data

    def too_fast(self, typing):
        """Typed or sent faster than a person can. A missing or garbled stamp counts as too
        fast: every page with the form carries one, so only a hand-made POST lacks it."""
        stamp = self.cleaned_data.get("rendered", "")[:500]
        elapsed = seconds_since_render(stamp, self.article_id)
        typed_too_fast = typing is not None and 0 <= typing < MIN_SECONDS
        return elapsed is None or elapsed < MIN_SECONDS or typed_too_fast

    @property
    def is_bot(self):
        """The honeypot was filled in: stored as spam and never shown to the model."""
        return bool(self.cleaned_data.get("homepage"))
