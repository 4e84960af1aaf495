# The Python part of the tally module (tallymod.c runs it at first import):
# snapshots of tally.census() and the difference between two of them, and
# the DOT text of tally.graph's pictures.

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


def _short(text):
    """An edge's label: the reference's description without its holder,
    which the edge's tail already shows ("item [3] of a list" -> "item [3]")."""
    if text.startswith("held by the interpreter: constant"):
        return "constant"
    for cut in (" of a ", " of an ", " of module ", " of class ", " of function ", " of bound method ",
                " of suspended ", " of running ", " of ", " at "):
        i = text.find(cut)
        if i > 0 and not text.startswith("held by"):
            text = text[:i]
            break
    return text


def _quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _cyclic_edges(names, edges):
    """The edges that lie on a cycle: both ends in one strongly connected
    component (Tarjan's algorithm, without recursion)."""
    succ = {n: [] for n in names}
    for a, b, _ in edges:
        succ[a].append(b)
    index, low, comp = {}, {}, {}
    stack, on_stack, counter = [], set(), 0
    for start in names:
        if start in index:
            continue
        work = [(start, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            if i < len(succ[node]):
                work.append((node, i + 1))
                nxt = succ[node][i]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if low[node] == index[node]:
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    comp[top] = node
                    if top == node:
                        break
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return {(a, b) for a, b, _ in edges if comp.get(a) is not None and comp.get(a) == comp.get(b)}


def _write_graph(nodes, edges, path):
    """Write tally.graph's picture to path: DOT text, or (for a path ending
    in .svg, .png or .pdf) the DOT text beside it, rendered by dot."""
    objects = [n for n, kind, _, _ in nodes if kind != "root"]
    cyclic = _cyclic_edges(objects, [e for e in edges if e[0] in set(objects)])
    in_cycle = {a for a, _ in cyclic} | {b for _, b in cyclic}
    lines = ["digraph tally {",
             "  // tally.graph: counts on the nodes, references on the edges,",
             "  // cycles in red, roots (namespaces, frames, the interpreter) as grey tabs",
             "  rankdir=LR;",
             '  node [shape=box, style=rounded, fontname="Helvetica", fontsize=10];',
             '  edge [fontname="Helvetica", fontsize=9];']
    for name, kind, label, count in nodes:
        if kind == "root":
            attrs = f"label={_quote(label)}, shape=tab, style=filled, fillcolor=\"#dddddd\""
        else:
            attrs = f"label={_quote(label + chr(10) + 'refcount ' + str(count))}"
            if kind == "given":
                attrs += ', style="rounded,filled,bold", fillcolor="#fff2b3"'
            if name in in_cycle:
                attrs += ", color=red"
        lines.append(f"  {name} [{attrs}];")
    for a, b, label in edges:
        attrs = f"label={_quote(_short(label))}"
        if (a, b) in cyclic:
            attrs += ", color=red, fontcolor=red"
        lines.append(f"  {a} -> {b} [{attrs}];")
    lines.append("}")
    text = "\n".join(lines) + "\n"
    fmt = path.rsplit(".", 1)[-1] if "." in path else ""
    dot_path = path[: -len(fmt)] + "dot" if fmt in ("svg", "png", "pdf") else path
    with open(dot_path, "w") as f:
        f.write(text)
    if dot_path != path:
        _render(dot_path, path, fmt)
    return path


Snapshot.__module__ = SnapshotDiff.__module__ = snapshot.__module__ = "tally"
