# The Python part of the tally module (tallymod.c runs it at first import):
# snapshots of tally.census() and the difference between two of them.

class Snapshot:
    """The live objects by type at one point: tally.snapshot()."""

    def __init__(self, counts):
        self.counts = counts

    def diff(self, earlier):
        """The types whose number of live objects changed since the
        snapshot `earlier`, most grown first, as a SnapshotDiff."""
        rows = []
        for t in set(self.counts) | set(earlier.counts):
            before = earlier.counts.get(t, 0)
            after = self.counts.get(t, 0)
            if before != after:
                rows.append((t.__qualname__, before, after, after - before))
        rows.sort(key=lambda row: (-row[3], row[0]))
        return SnapshotDiff(rows)

    def __repr__(self):
        return f"<tally.Snapshot of {sum(self.counts.values())} objects>"


class SnapshotDiff:
    """Rows (type name, before, after, growth), most grown first; str()
    makes them a table."""

    def __init__(self, rows):
        self.rows = rows

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)

    def __str__(self):
        header = ("type", "before", "after", "growth")
        cells = [header] + [(name, str(b), str(a), f"{g:+d}") for name, b, a, g in self.rows]
        width = [max(len(row[i]) for row in cells) for i in range(4)]
        lines = []
        for row in cells:
            lines.append(row[0].ljust(width[0]) + "".join(
                "  " + row[i].rjust(width[i]) for i in range(1, 4)))
        return "\n".join(lines)

    def __repr__(self):
        return f"<tally.SnapshotDiff of {len(self.rows)} types>"


def snapshot():
    """snapshot() -> Snapshot: tally.census() kept for a later diff."""
    return Snapshot(census())


Snapshot.__module__ = SnapshotDiff.__module__ = snapshot.__module__ = "tally"
