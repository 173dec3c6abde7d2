"""The reconciliation report: for every kind, how many in the file, imported, updated,
unchanged and skipped, each skip with its reason; plus what the content converter could only
keep as HTML (unknown shortcodes, blocks rendered by PHP)."""

from collections import defaultdict

KINDS = (
    "posts",
    "pages",
    "attachments",
    "comments",
    "authors",
    "categories",
    "tags",
    "menu items",
    "other items",
    "other terms",
)
COUNTS = ("in_file", "imported", "updated", "unchanged", "skipped")
SKIPS_KEPT = 1000  # per kind: a million skipped spam comments must not fill the database


class Report:
    def __init__(self):
        self.counts = {kind: dict.fromkeys(COUNTS, 0) for kind in KINDS}
        self.skips = defaultdict(list)
        self.notes = defaultdict(list)  # note -> [item ids]
        self.errors = []

    def count(self, kind, what, n=1):
        self.counts[kind][what] += n

    def skip(self, kind, wp_id, title, reason):
        self.count(kind, "skipped")
        if len(self.skips[kind]) < SKIPS_KEPT:
            self.skips[kind].append({"id": wp_id, "title": title[:100], "reason": reason})

    def snapshot(self, *kinds):
        return {kind: dict(self.counts[kind]) for kind in kinds}

    def restore(self, snapshot):
        for kind, counts in snapshot.items():
            self.counts[kind] = dict(counts)

    def note(self, text, wp_id):
        if len(self.notes[text]) < 50:
            self.notes[text].append(wp_id)

    def accounted(self, kind):
        """Every item in the file is imported, updated, unchanged or skipped."""
        c = self.counts[kind]
        return c["imported"] + c["updated"] + c["unchanged"] + c["skipped"] == c["in_file"]

    def as_dict(self):
        return {
            "counts": self.counts,
            "skips": dict(self.skips),
            "notes": dict(self.notes),
            "errors": self.errors,
        }

    def lines(self):
        yield (
            f"{'kind':<12} {'in file':>8} {'imported':>9} {'updated':>8} {'same':>8} {'skipped':>8}"
        )
        for kind, c in self.counts.items():
            if any(c.values()):
                yield (
                    f"{kind:<12} {c['in_file']:>8} {c['imported']:>9} {c['updated']:>8} "
                    f"{c['unchanged']:>8} {c['skipped']:>8}"
                )
        for kind, skips in self.skips.items():
            reasons = defaultdict(int)
            for skip in skips:
                reasons[skip["reason"]] += 1
            for reason, n in sorted(reasons.items(), key=lambda pair: -pair[1]):
                yield f"  skipped {kind}: {n} × {reason}"
        for note, ids in sorted(self.notes.items()):
            yield f"  kept as HTML or noted: {note} (items {', '.join(ids[:10])})"
        yield from (f"  error: {error}" for error in self.errors)
