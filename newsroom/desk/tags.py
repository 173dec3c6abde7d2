"""Tag hygiene for editors: rename a tag, or merge a mistyped one into the right one. Either
way the old tag page redirects to the new one (Wagtail's redirects), so links keep working."""

from django import forms
from django.db import transaction
from django.urls import reverse
from taggit.models import Tag
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.contrib.redirects.models import Redirect

from newsroom.models import ArticleTag


def tag_url(slug):
    return reverse("tag", args=[slug])


def merge(tag, into):
    """Every article tagged `tag` is tagged `into` instead (once); `tag` goes."""
    already = ArticleTag.objects.filter(tag=into).values("content_object_id")
    ArticleTag.objects.filter(tag=tag, content_object_id__in=already).delete()
    ArticleTag.objects.filter(tag=tag).update(tag=into)
    tag.delete()


def redirect_tag_page(old_slug, new_slug):
    if old_slug != new_slug:
        Redirect.add_redirect(tag_url(old_slug), tag_url(new_slug), is_permanent=True)


class TagForm(WagtailAdminModelForm):
    merge_into = forms.ModelChoiceField(
        queryset=Tag.objects.order_by("name"),
        required=False,
        label="Merge into",
        help_text="Move every article from this tag to the one chosen here, and delete this "
        "one; its page redirects there.",
    )

    class Meta:
        model = Tag
        fields = ["name", "slug"]

    def clean_merge_into(self):
        into = self.cleaned_data.get("merge_into")
        if into is not None and into.pk == self.instance.pk:
            raise forms.ValidationError("Choose another tag: a tag cannot be merged into itself.")
        return into


class TagEditView(EditView):
    def save_instance(self):
        old_slug = Tag.objects.get(pk=self.object.pk).slug
        into = self.form.cleaned_data.get("merge_into")
        with transaction.atomic():
            if into is not None:
                merge(Tag.objects.get(pk=self.object.pk), into)
                redirect_tag_page(old_slug, into.slug)
                return into
            tag = self.form.save()
            redirect_tag_page(old_slug, tag.slug)
            return tag

    def get_success_message(self):
        return f"Tag “{self.object.name}” saved; the old tag page redirects to it."


class TagViewSet(ModelViewSet):
    model = Tag
    edit_view_class = TagEditView
    icon = "tag"
    menu_label = "Tags"
    menu_order = 260
    add_to_admin_menu = True
    name = "tags"
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    ordering = ["name"]
    inspect_view_enabled = False
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return TagForm


tag_views = TagViewSet()
