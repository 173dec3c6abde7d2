"""The desk's cycle in Chromium, counting what each person does (a click, a keystroke that acts, a
field filled, a file chosen): the reporter writes a new article (headline, standfirst, body with
a quote, picture, topic, tags) and submits it; the editor requests changes with a comment,
approves and schedules, and adds a correction from the edit screen; the moderator reads a held
comment whole and approves it. Each task starts where its person starts: the dashboard, or the
edit screen the editor already has open. It prints the counts and holds each to its limit; axe-
core finds no violation on the desk's own screens."""

from datetime import timedelta

import pytest
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.models import Site, TaskState

from comments.models import Comment
from newsroom.models import ArticlePage, NewsroomSettings
from newsroom.tests import test_review_flow_in_browser as review_flow

new_page = review_flow.new_page  # the same browser pages, each in its own context
sign_in = review_flow.sign_in
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
LIMITS = {
    "new article → submitted": 15,
    "approve and schedule": 5,
    "reject with comment": 4,
    "add a correction": 4,
    "read and approve a held comment": 3,
}


class Counter:
    """Runs each step of a person's task and counts it as one action."""

    def __init__(self):
        self.counts = {}

    def task(self, name):
        self.counts[name] = 0

        def act(step):
            self.counts[name] += 1
            return step()

        return act


@pytest.fixture
def counter():
    made = Counter()
    yield made
    print("\nactions per task:", made.counts, "limits:", LIMITS)


def within_limits(counter):
    return {task: count for task, count in counter.counts.items() if count > LIMITS[task]} == {}


@pytest.fixture
def kyiv(site_tree):
    settings = NewsroomSettings.for_site(Site.objects.get(is_default_site=True))
    settings.time_zone = "Europe/Kyiv"
    settings.save()
    return settings.zone


def in_review(make_article, reporter, site_tree, title):
    article = make_article(title, topic=site_tree["topics"]["Sport"], live=False, owner=reporter)
    article.save_revision(user=reporter)
    article.get_workflow().start(article, reporter)
    return article


def moderation_permissions():
    """What the comments app's migration gives the Moderator role (flushed by the live server)."""
    import importlib

    from django.contrib.auth.models import Permission

    migration = importlib.import_module("comments.migrations.0002_moderator_group")
    return [
        Permission.objects.get(content_type__app_label=app, codename=codename)
        for app, codename in migration.MODERATOR_PERMISSIONS
    ]


def more_actions(act, page, selector, navigates=True):
    act(lambda: page.click("footer .w-dropdown__toggle"))
    if navigates:
        with page.expect_navigation():
            act(lambda: page.click(f"footer {selector}"))
    else:
        act(lambda: page.click(f"footer {selector}"))


def test_the_editor_rejects_and_corrects_in_few_actions(
    live_server,
    new_page,
    reporter,
    editor,
    make_article,
    site_tree,
    counter,
):
    base = live_server.url
    first = in_review(make_article, reporter, site_tree, "Flood defences hold")
    page = sign_in(new_page, base, editor)

    act = counter.task("reject with comment")
    page.goto(f"{base}/admin/pages/{first.pk}/edit/")
    more_actions(act, page, "button[data-workflow-action-name=reject]", navigates=False)
    act(lambda: page.fill("textarea[name=comment]", "Name the engineer you quote."))
    with page.expect_navigation():
        act(lambda: page.locator("form:has(textarea[name=comment]) button[type=submit]").click())
    assert TaskState.objects.filter(status="rejected").get().finished_by == editor

    act = counter.task("add a correction")
    live = make_article("Dam holds after storm", owner=reporter)
    page.goto(f"{base}/admin/pages/{live.pk}/edit/")
    with page.expect_navigation():
        act(lambda: page.get_by_role("link", name="Add a correction").click())
    act(lambda: page.fill("textarea[name=text]", "The dam is 40 m high, not 400 m."))
    with page.expect_navigation():
        act(lambda: page.locator("footer button.action-save").first.click())
    assert live.corrections.count() == 1
    assert page.url.endswith(f"/admin/pages/{live.pk}/edit/")

    for task, limit in LIMITS.items():
        if task in counter.counts:
            assert counter.counts[task] <= limit, (task, counter.counts[task])


def test_the_moderator_reads_and_approves_a_held_comment_in_few_actions(
    live_server,
    new_page,
    moderator,
    make_article,
    counter,
):
    moderator.groups.get().permissions.add(*moderation_permissions())
    article = make_article("Held story", published_at=timezone.now())
    held = Comment.objects.create(
        article=article, name="Ada", email="ada@example.org", body="Long remark. " * 40
    )
    page = sign_in(new_page, live_server.url, moderator)
    act = counter.task("read and approve a held comment")
    with page.expect_navigation():
        act(lambda: page.locator("#comments-waiting-section a[href*=inspect]").first.click())
    assert "ada@example.org" in page.content()
    with page.expect_navigation():
        act(lambda: page.keyboard.press("a"))
    held.refresh_from_db()
    assert held.state == "approved"
    assert (
        counter.counts["read and approve a held comment"]
        <= LIMITS["read and approve a held comment"]
    )


def test_the_reporter_writes_and_submits_a_new_article_in_few_actions(
    live_server, new_page, reporter, site_tree, counter, tmp_path
):
    picture = tmp_path / "dnipro-flood-barrier.png"
    PILImage.new("RGB", (1200, 800), "steelblue").save(picture)
    page = sign_in(new_page, live_server.url, reporter)

    act = counter.task("new article → submitted")
    with page.expect_navigation():
        act(lambda: page.locator("#newsroom-desk-section").get_by_text("New article").click())
    assert page.locator("select[name=topic]").count() == 1  # the topic chooser first
    act(lambda: page.select_option("select[name=topic]", label="Sport"))
    act(lambda: page.fill("input[name=title]", "Flood barrier holds on the Dnipro"))
    act(lambda: page.fill("textarea[name=standfirst]", "The river peaked overnight."))
    act(lambda: page.set_input_files("input[name=lead_image_file]", str(picture)))
    act(lambda: page.fill("input[name=lead_image_alt]", "Grey water against a steel barrier"))
    paragraph = page.locator("[data-contentpath=body] [contenteditable=true]").first
    act(lambda: paragraph.press_sequentially("The barrier held as the river rose."))
    act(lambda: page.locator("[data-contentpath=body] button.c-sf-add-button").last.click())
    act(lambda: page.get_by_role("option", name="Quote").click())
    act(lambda: page.fill("textarea[name='body-1-value-text']", "It held, as designed."))
    act(lambda: page.fill("input[name='body-1-value-speaker']", "Olena Koval, engineer"))
    tags = page.locator("[data-contentpath=tags] ul.tagit input[type=text]")
    act(lambda: tags.press_sequentially("Flooding, Dnipro,"))
    with page.expect_navigation():
        act(lambda: page.locator("footer button[name=action-submit]").first.click())

    article = ArticlePage.objects.get(title="Flood barrier holds on the Dnipro")
    draft = article.get_latest_revision_as_object()
    assert article.workflow_in_progress and draft.topic.title == "Sport"
    assert [(b.block_type, b.value["speaker"]) for b in draft.body if b.block_type == "quote"] == [
        ("quote", "Olena Koval, engineer")
    ]
    assert draft.lead_image.uploaded_by_user == reporter
    assert sorted(tag.name for tag in draft.tags.all()) == ["Dnipro", "Flooding"]
    assert [link.author.user for link in draft.article_authors.all()] == [reporter]
    assert within_limits(counter), counter.counts


def test_the_editor_approves_and_schedules_in_few_actions(
    live_server, new_page, reporter, editor, make_article, site_tree, kyiv, counter
):
    article = in_review(make_article, reporter, site_tree, "Dam holds after storm")
    go_live = timezone.localtime(timezone.now() + timedelta(days=1), kyiv).replace(
        second=0, microsecond=0
    )
    page = sign_in(new_page, live_server.url, editor)

    act = counter.task("approve and schedule")
    with page.expect_navigation():  # from the dashboard's "In review"
        act(lambda: page.locator("#newsroom-desk-section").get_by_text(article.title).click())
    more_actions(act, page, "button[data-workflow-action-name=approve_schedule]", navigates=False)
    field = page.locator("input[name=schedule_at]")
    assert "Europe/Kyiv" in page.locator("label[for=id_schedule_at]").inner_text()
    dialog = "form:has(input[name=schedule_at])"
    assert axe_violations(page, dialog) == []  # the desk's own dialog, in the same session
    act(lambda: field.fill(f"{go_live:%Y-%m-%dT%H:%M}"))
    # Whether Wagtail's modal script has taken the form over yet or not, the press approves
    # and schedules: in the background with the edit form, or as a plain form.
    with page.expect_navigation():
        act(lambda: page.locator(f"{dialog} button[type=submit]").click())

    article.refresh_from_db()
    revision = article.get_latest_revision()
    assert not article.live and revision.approved_go_live_at == go_live
    assert TaskState.objects.get(status="approved").finished_by == editor
    assert within_limits(counter), counter.counts


@pytest.mark.parametrize(
    ("path", "part"),
    [("/admin/", "#newsroom-desk-section"), ("/admin/articles/", "main"), ("/admin/tags/", "main")],
)
def test_axe_core_finds_no_violation_on_the_desk(
    live_server,
    new_page,
    editor,
    make_article,
    path,
    part,
):
    make_article("A story on the desk")
    page = sign_in(new_page, live_server.url, editor)
    page.goto(live_server.url + path)
    assert axe_violations(page, part) == []


def test_a_rows_more_menu_opens_on_its_actions(live_server, new_page, editor, make_article):
    story = make_article("A story on the desk")
    page = sign_in(new_page, live_server.url, editor)
    page.goto(live_server.url + "/admin/articles/")
    page.get_by_role("button", name="More options for 'A story on the desk'").click()
    history = page.get_by_role("link", name="History")
    history.wait_for(state="visible")
    assert page.get_by_role("link", name="View live").is_visible()
    history.click()
    page.wait_for_url(f"**/admin/pages/{story.pk}/history/")


FINITE_ANIMATIONS_DONE = """() => Promise.all(document.getAnimations()
    .filter((a) => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
    .map((a) => a.finished.catch(() => null)))"""


def axe_violations(page, part):
    from axe_playwright_python.sync_playwright import Axe

    # Let transitions end first: a dialog caught mid fade-in has half-transparent text, which
    # axe reports as too little contrast (seen once: the schedule dialog). Endless animations
    # (spinners) are not waited for.
    page.evaluate(FINITE_ANIMATIONS_DONE)
    violations = Axe().run(page, context=part).response["violations"]
    return [(v["id"], v["help"]) for v in violations]
