from django.apps import AppConfig


class DiscoveryConfig(AppConfig):
    name = "discovery"
    verbose_name = "Discovery"

    def ready(self):
        from discovery import signals  # noqa: F401  (queues related-list refreshes on publish)
        from discovery.storyline import suggest_topic
        from newsroom.desk.panels import STORY_LINE_SUGGESTERS

        if suggest_topic not in STORY_LINE_SUGGESTERS:
            STORY_LINE_SUGGESTERS.append(suggest_topic)  # the hint on the article edit screen
