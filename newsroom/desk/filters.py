"""The article list's filters. Each narrows by an indexed column or a small table (workflow
states, revisions with a schedule, tag and author links), so every combination stays fast at
100,000 articles; none lists all owners or editors the way Wagtail's page filters do."""

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.db.models import IntegerField, Q
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.models import Page, Revision, Task, WorkflowState

from newsroom.models import ArticleAuthor, ArticlePage, ArticleTag, Author, TopicPage

STATUSES = [
    ("draft", "Draft"),
    ("in_review", "In review"),
    ("changes_requested", "Changes requested"),
    ("scheduled", "Scheduled"),
    ("live", "Live"),
    ("unpublished", "Unpublished"),
    ("embargoed", "Embargoed"),
    ("breaking", "Breaking now"),
]


def page_ids(queryset, field="object_id"):
    """Page ids out of a table that keeps them as text (workflow states, revisions)."""
    return queryset.annotate(page_id=Cast(field, IntegerField())).values("page_id")


def workflow_states(status):
    page_type = ContentType.objects.get_for_model(Page)
    return WorkflowState.objects.filter(base_content_type=page_type, status=status)


def scheduled_revisions():
    return Revision.page_revisions.filter(approved_go_live_at__isnull=False)


def with_status(pages, status):
    in_review = page_ids(workflow_states(WorkflowState.STATUS_IN_PROGRESS))
    changes = page_ids(workflow_states(WorkflowState.STATUS_NEEDS_CHANGES))
    scheduled = page_ids(scheduled_revisions())
    now = timezone.now()
    matches = {
        "in_review": Q(pk__in=in_review),
        "changes_requested": Q(pk__in=changes),
        "scheduled": Q(pk__in=scheduled),
        "live": Q(live=True),
        "unpublished": Q(live=False, first_published_at__isnull=False),
        "embargoed": Q(live=True, embargo_until__gt=now),
        "breaking": Q(live=True, breaking_until__gt=now),
        "draft": Q(live=False, first_published_at__isnull=True)
        & ~Q(pk__in=in_review)
        & ~Q(pk__in=changes)
        & ~Q(pk__in=scheduled),
    }
    return pages.filter(matches[status])


def topic_choices():
    return list(TopicPage.objects.order_by("title").values_list("pk", "title"))


def author_choices():
    return list(Author.objects.order_by("name").values_list("pk", "name"))


def workflow_step_choices():
    return list(Task.objects.filter(active=True).order_by("name").values_list("pk", "name"))


class ArticleFilterSet(WagtailFilterSet):
    """Topics, authors and workflow steps are offered as (id, name) pairs read in one plain
    query each: as model choices, Django reads them through a server-side cursor (three
    round trips each on PostgreSQL) into full page objects, ~5 ms a request for 8 topics."""

    status = django_filters.ChoiceFilter(
        label="Status", choices=STATUSES, method="filter_status", empty_label="Any"
    )
    topic = django_filters.ChoiceFilter(label="Topic", choices=topic_choices, empty_label="Any")
    author = django_filters.ChoiceFilter(
        label="Author", choices=author_choices, method="filter_author", empty_label="Any"
    )
    tag = django_filters.CharFilter(label="Tag", method="filter_tag")
    published_at = django_filters.DateFromToRangeFilter(
        label="Published", widget=DateRangePickerWidget
    )
    workflow_step = django_filters.ChoiceFilter(
        label="Workflow step",
        choices=workflow_step_choices,
        method="filter_workflow_step",
        empty_label="Any",
    )

    class Meta:
        model = ArticlePage
        fields = []

    def filter_status(self, pages, name, value):
        return with_status(pages, value)

    def filter_author(self, pages, name, value):
        return pages.filter(pk__in=ArticleAuthor.objects.filter(author=value).values("article_id"))

    def filter_tag(self, pages, name, value):
        value = value.strip()
        # The tag's ids first: with them in the query PostgreSQL knows how many articles carry
        # the tag and reads just those, instead of walking the list's order to find them.
        tags = Tag.objects.filter(Q(name__iexact=value) | Q(slug=slugify(value)))
        tagged = ArticleTag.objects.filter(tag_id__in=list(tags.values_list("pk", flat=True)))
        return pages.filter(pk__in=tagged.values("content_object_id"))

    def filter_workflow_step(self, pages, name, value):
        states = workflow_states(WorkflowState.STATUS_IN_PROGRESS)
        return pages.filter(pk__in=page_ids(states.filter(current_task_state__task=value)))
