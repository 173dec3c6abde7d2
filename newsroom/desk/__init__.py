"""The newsroom desk in the Wagtail admin: the flat
article list, the dashboard, the writing aids."""
