"""Your byline, on your account page: every newsroom user has an Author profile (made from
their name the first time it is needed) and edits its role, bio and photo here; editors manage
everyone else's in the Authors list."""

from django import forms
from wagtail.admin.views.account import BaseSettingsPanel
from wagtail.images.widgets import AdminImageChooser

from newsroom.models import Author
from newsroom.roles import ADMINISTRATOR, EDITOR, REPORTER


class BylineForm(forms.ModelForm):
    class Meta:
        model = Author
        fields = ["name", "role", "bio", "photo"]
        widgets = {"photo": AdminImageChooser, "bio": forms.Textarea(attrs={"rows": 4})}
        labels = {"name": "Name in the byline"}


class BylinePanel(BaseSettingsPanel):
    name = "byline"
    title = "Your byline"
    order = 150  # under name and e-mail
    form_class = BylineForm

    def is_active(self):
        writers = [REPORTER, EDITOR, ADMINISTRATOR]  # moderators sign no articles
        return self.user.groups.filter(name__in=writers).exists()

    def get_form(self):
        author = Author.for_user(self.user)
        if self.request.method == "POST":
            return BylineForm(
                self.request.POST, self.request.FILES, instance=author, prefix=self.name
            )
        return BylineForm(instance=author, prefix=self.name)
