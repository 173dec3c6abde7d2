"""The admin sends no staff member's email hash to Gravatar (or anything to wagtail.io): the
avatar is the one staff upload to their own profile, or Wagtail's plain placeholder."""

import pytest

pytestmark = pytest.mark.django_db

ADMIN_PAGES = ["/admin/", "/admin/account/", "/admin/users/", "/admin/pages/"]


@pytest.mark.parametrize("path", ADMIN_PAGES)
def test_admin_pages_name_no_gravatar_or_outside_avatar(client, administrator, editor, path):
    client.force_login(administrator)
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode().lower()
    assert "gravatar" not in html
    assert "releases.wagtail.io" not in html and "data-upgrade" not in html
