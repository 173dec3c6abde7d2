from django.dispatch import Signal

# Sent whenever what readers see of an article's comments changes (a comment approved,
# unapproved, edited or removed), with `article` (an ArticlePage). The cache purge
# listens to it, so the comments app never needs to know which pages show the count.
comments_changed = Signal()

# Sent when a moderator approves a comment or marks it spam: the learned filter may refit on the
# decision. A signal so that the model does not import the classifier, which imports the model.
moderator_decided = Signal()
