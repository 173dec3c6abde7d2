"""The "Leave a Reply" form: validation that explains itself and never drops what was typed."""

import time

from django import forms
from django.core import signing
from django.core.validators import URLValidator

from comments.plaintext import has_control_characters, neutralise_bidi, normalise_newlines

MAX_BODY = 10_000
MIN_SECONDS = 3  # a person does not read, type and submit faster than this
STAMP_SALT = "comments.rendered"


def render_stamp(article_id):
    """A signed 'this form was rendered at' for the page. The page is cached and shared, so the
    stamp is only ever a lower bound on when a reader saw it: it can make a submission look
    slower than it was (a cached page), never faster. The stamp is the same for every reader."""
    return signing.dumps({"a": article_id, "t": int(time.time())}, salt=STAMP_SALT, compress=True)


def seconds_since_render(stamp, article_id):
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
        return neutralise_bidi(normalise_newlines(value))


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
            "invalid": "Please give a web address starting with http:// or https://, or leave it empty."
        },
    )
    parent = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    rendered = forms.CharField(required=False, max_length=200, widget=forms.HiddenInput)
    # Filled in by the page script with the seconds between first typing and submitting.
    typing = forms.FloatField(required=False, widget=forms.HiddenInput)
    # The honeypot: hidden from people (CSS and aria-hidden), irresistible to form-filling bots.
    homepage = forms.CharField(required=False, max_length=200)

    def clean_url(self):
        url = self.cleaned_data["url"]
        if url and has_control_characters(url):
            raise forms.ValidationError(self.fields["url"].error_messages["invalid"])
        return url

    def clean_email(self):
        email = self.cleaned_data["email"]
        if has_control_characters(email):
            raise forms.ValidationError(self.fields["email"].error_messages["invalid"])
        return email
