"""The known-divergence list, the findings directory and the summary.

The known list (tests/difftest/known.txt) holds one signature pattern per
line, '*' matching anything, then '  ## ' and the reason (an issue or a
docs/language.md row).  Findings go to one directory per distinct
signature: the first program that showed it, its shrunk form when it was
shrunk, and both interpreters' stdout, stderr and exit status for the
program kept.
"""

import hashlib
import os
import re
import shutil
from dataclasses import dataclass, field


@dataclass
class KnownEntry:
    pattern: str
    reason: str
    regex: re.Pattern
    hits: int = 0


def load_known(path):
    entries = []
    if not path or not os.path.exists(path):
        return entries
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            pattern, sep, reason = line.partition("  ## ")
            if not sep or not reason.strip():
                raise ValueError(f"{path}:{number}: an entry is 'SIGNATURE  ## reason'")
            pattern = pattern.strip()
            regex = re.compile(".*".join(re.escape(part) for part in pattern.split("*")), re.S)
            entries.append(KnownEntry(pattern, reason.strip(), regex))
    return entries


def known_reason(entries, signature):
    """The entry that explains signature, or None."""
    for entry in entries:
        if entry.regex.fullmatch(signature):
            return entry
    return None


@dataclass
class Finding:
    signature: str
    kind: str
    first: str                      # "SEED:INDEX" of the first program showing it
    count: int = 1
    known: object = None            # the KnownEntry, or None
    directory: str = ""
    shrunk_lines: int = 0
    examples: list = field(default_factory=list)


def slug(finding, number):
    digest = hashlib.sha1(finding.signature.encode()).hexdigest()[:8]
    return f"{number:03d}-{finding.kind}-{digest}"


def write_finding(out_dir, finding, number, source, outcomes, label):
    """Writes label.py (program or min) with both outcomes beside it; the
    first call for a finding creates its directory."""
    if not finding.directory:
        finding.directory = os.path.join(out_dir, slug(finding, number))
        os.makedirs(finding.directory, exist_ok=True)
    d = finding.directory
    with open(os.path.join(d, f"{label}.py"), "w", encoding="utf-8") as f:
        f.write(source)
    for who, o in outcomes:
        if o is None:
            continue
        with open(os.path.join(d, f"{label}.{who}.stdout"), "wb") as f:
            f.write(o.stdout)
        with open(os.path.join(d, f"{label}.{who}.stderr"), "wb") as f:
            f.write(o.stderr)
        with open(os.path.join(d, f"{label}.{who}.status"), "w") as f:
            f.write(f"{o.status}\n")
    with open(os.path.join(d, "signature.txt"), "w", encoding="utf-8") as f:
        f.write(f"{finding.signature}\nkind: {finding.kind}\nfirst: {finding.first}\n")
        if finding.known:
            f.write(f"known: {finding.known.reason}\n")


def prepare_out_dir(path):
    if os.path.isdir(path):
        shutil.rmtree(path)
    os.makedirs(path)


def summary_text(stats, findings, known_entries, known_path):
    """The run's figures and one line per distinct signature."""
    lines = []
    s = stats
    pct = 100.0 * s["divergent"] / s["valid"] if s["valid"] else 0.0
    lines.append(f"difftest: seed {s['seed']}, {s['programs']} programs in {s['seconds']:.1f} s "
                 f"(-j{s['jobs']}), tally {s['tally']}, features {','.join(sorted(s['features']))}")
    lines.append(f"  agreed {s['same']}, diverging {s['divergent']} ({pct:.1f}% of {s['valid']} valid): "
                 f"{s['divergence']} output/exit, {s['crash']} crashes, {s['timeout']} timeouts; "
                 f"{s['invalid']} invalid (generator's fault)")
    new = [f for f in findings if not f.known and f.kind != "invalid"]
    invalid = [f for f in findings if f.kind == "invalid"]
    lines.append(f"  distinct signatures: {len(findings) - len(invalid)} "
                 f"({len(findings) - len(invalid) - len(new)} known, {len(new)} new); shrunk {s['shrunk']}"
                 + (f", {s['unshrunk']} left unshrunk (--shrink-total)" if s["unshrunk"] else "")
                 + (f"; {s['lost']} tasks lost with their worker" if s["lost"] else ""))
    groups = [("new (not in " + (known_path or "a known list") + ")", new),
              ("known", [f for f in findings if f.known]), ("invalid programs", invalid)]
    for title, group in groups:
        if not group:
            continue
        lines.append(f"  {title}:")
        for f in sorted(group, key=lambda f: -f.count):
            where = os.path.relpath(f.directory) if f.directory else "-"
            size = f", min {f.shrunk_lines} lines" if f.shrunk_lines else ""
            lines.append(f"    {f.count:5d}x  {f.signature}")
            lines.append(f"           {where}  (first {f.first}{size})")
    unused = [e for e in known_entries if not e.hits]
    if unused and s["programs"] >= 500:
        lines.append(f"  known entries not seen in this run: {len(unused)}")
    return "\n".join(lines) + "\n"
