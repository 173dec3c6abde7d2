from django.dispatch import Signal

# Sent whenever what readers see of an article's comments changes (a comment approved,
# unapproved, edited or removed), with `article` (an ArticlePage). The cache purge
# listens to it, so the comments app never needs to know which pages show the count.
comments_changed = Signal()
