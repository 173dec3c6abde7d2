"""Buttons in the admin's page menus, registered in both places editors look for them."""

from wagtail import hooks


def page_menu_button(*, header, listing):
    """Puts the buttons `make(page, user, priority)` returns in the '…' menu of the page
    editor's header (and of the page's explorer page) at priority `header`, and in the 'More'
    menu of the page's row in the explorer at priority `listing`."""

    def register(make):
        def in_the_page_header(page, user, view_name, next_url=None):
            return make(page, user, priority=header)

        def in_page_listings(page, user, next_url=None):
            return make(page, user, priority=listing)

        hooks.register("register_page_header_buttons", in_the_page_header)
        hooks.register("register_page_listing_more_buttons", in_page_listings)
        return make

    return register
