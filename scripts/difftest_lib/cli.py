"""Command line and scheduling of scripts/difftest.

run (the default): generate programs SEED:0, SEED:1, ... for --seconds or
--programs, run each under python3.11 and tally on -j worker processes,
group the diverging ones by signature, shrink the first program of each new
signature, write findings and print the summary; exit 1 when a crash,
timeout or divergence is not explained by the known list.

show, check, shrink, selfcheck and features are the tools for looking at
one program, one file, or the generator itself.
"""

import argparse
import itertools
import os
import shutil
import signal
import sys
import tempfile
import time

import report
from generate import FEATURES, generate, parse_features
from run import ENV, ForkServer, Runner, execute, is_sanitized, judge, last_line, sanitizer_report
from shrink import shrink
from workers import LostTask, WorkerPool

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Per worker process: set by init_worker.
_worker = {}


def init_worker(python, tally, timeout, features, seed, base_tmp, fast=True, symbolizer=""):
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _worker.update(runner=Runner(python, tally, timeout, fast), features=features, seed=seed,
                   dir=tempfile.mkdtemp(dir=base_tmp), symbolizer=symbolizer)


def program_path(name="prog.py"):
    return os.path.join(_worker["dir"], name)


def test_program(index):
    """Generates and runs program index; what the scheduler needs back."""
    source = generate(_worker["seed"], index, _worker["features"])
    path = program_path()
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    py, ta, verdict = _worker["runner"].check(path)
    if verdict.kind == "same":
        return index, verdict, None, None, None
    if verdict.kind == "crash" and _worker["symbolizer"]:
        verdict.signature = symbolize(_worker["symbolizer"], path, verdict.signature)
    return index, verdict, source, py, ta


def verdict_of(source, name="cand.py"):
    path = program_path(name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    return _worker["runner"].check(path)


def shrink_program(signature, source, seconds, max_tests, symbolizer):
    """Shrinks source keeping its signature; returns the result with its
    outcomes and the signature the debug build gives it.  A release crash
    the debug build has symbolized is shrunk under the debug build, keeping
    the sanitizer's report: a use-after-free that segfaults the release
    build only with some memory layouts is reported by AddressSanitizer
    every time."""
    runner, target = _worker["runner"], signature
    if " ; " in signature and symbolizer:
        runner = Runner(runner.python[0], symbolizer, runner.timeout * 6, fast=False)
        target = "crash: " + signature.split(" ; ", 1)[1]

    def still_fails(candidate):
        path = program_path("cand.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(candidate)
        return runner.shows(path, target)

    small, tests = shrink(source, still_fails, seconds, max_tests)
    py, ta, v = verdict_of(small, "min.py")
    debug_sig = symbolize(symbolizer, program_path("min.py"), v.signature) if symbolizer else ""
    return signature, small, tests, py, ta, v.signature, debug_sig


def release_signature(signature):
    return signature.split(" ; ", 1)[0]


def symbolize(debug_binary, path, signature):
    """For a crash of the release build, the sanitizer report of the debug
    build on the same program (it names the functions), appended to the
    signature after ' ; '; other signatures come back unchanged."""
    if not signature.startswith("crash: SIG") or not debug_binary:
        return signature
    o = execute([debug_binary], path, _worker["runner"].timeout * 6, False)
    report_sig = sanitizer_report(o.stderr)
    return f"{signature} ; {report_sig[len('crash: '):]}" if report_sig else signature


def symbolize_program(source, signature, debug_binary):
    path = program_path("sym.py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    return symbolize(debug_binary, path, signature)


def default_symbolizer(tally):
    candidate = os.path.join(ROOT, "tally-debug")
    if is_sanitized(tally) or not os.path.exists(candidate):
        return ""
    return candidate


def interrupt(signum, frame):
    raise KeyboardInterrupt


def check_binaries(args):
    for binary in (args.python, args.tally):
        if not shutil.which(binary) and not os.access(binary, os.X_OK):
            sys.exit(f"difftest: {binary} is not an executable (build tally first: make tally)")


def cmd_run(args):
    check_binaries(args)
    features = parse_features(args.features)
    seed = args.seed if args.seed is not None else str(int(time.time()))
    known = report.load_known(args.known)
    report.prepare_out_dir(args.out)
    symbolizer = args.symbolize if args.symbolize is not None else default_symbolizer(args.tally)
    base_tmp = tempfile.mkdtemp(prefix="difftest-")
    stats = dict(seed=seed, programs=0, same=0, divergence=0, crash=0, timeout=0, invalid=0, shrunk=0, lost=0,
                 jobs=args.jobs, tally=args.tally, features=features)
    findings = {}
    start = time.monotonic()
    last_progress = start
    print(f"difftest: seed {seed}, -j{args.jobs}, tally {args.tally}, "
          f"{'%d programs' % args.programs if args.programs else '%d s' % args.seconds}", file=sys.stderr)

    def generating():
        if args.programs:
            return next_index < args.programs
        return time.monotonic() - start < args.seconds

    pool = WorkerPool(args.jobs, init_worker,
                      (args.python, args.tally, args.timeout, features, seed, base_tmp, args.fast, symbolizer))
    signal.signal(signal.SIGTERM, interrupt)
    task_ids = itertools.count()
    tasks = {}                      # id -> "test" or "shrink"

    def submit(what, fn, *fn_args):
        tid = next(task_ids)
        tasks[tid] = what
        pool.submit(tid, fn, *fn_args)

    next_index = args.start
    # Shrinking waits until the programs have run, so that the figures
    # say how many programs ran in the time asked for; the most frequent
    # signatures are shrunk first, within --shrink-total seconds.
    pending_shrinks = []
    shrink_deadline = None
    try:
        while True:
            while pool.idle() and generating():
                submit("test", test_program, next_index)
                next_index += 1
            if not tasks and not generating() and pending_shrinks and shrink_deadline is None:
                stats["seconds"] = time.monotonic() - start
                shrink_deadline = time.monotonic() + args.shrink_total
                pending_shrinks.sort(key=lambda item: -findings[item[0]].count)
            while (shrink_deadline is not None and pending_shrinks and pool.idle()
                   and time.monotonic() < shrink_deadline):
                signature, source = pending_shrinks.pop(0)
                budget = min(args.shrink_seconds, shrink_deadline - time.monotonic())
                submit("shrink", shrink_program, signature, source, budget, args.shrink_tests, symbolizer)
            if not tasks:
                break
            for tid, result, error in pool.wait(5):
                what = tasks.pop(tid)
                if isinstance(error, LostTask):
                    print(f"difftest: a worker died running a {what} task ({error})", file=sys.stderr)
                    stats["lost"] += 1
                elif error:
                    raise error
                elif what == "test":
                    handle_test(result, args, stats, findings, known, pending_shrinks)
                else:
                    handle_shrunk(result, args, stats, findings)
            if time.monotonic() - last_progress >= 30:
                last_progress = time.monotonic()
                print(f"  ... {stats['programs']} programs, "
                      f"{stats['divergence'] + stats['crash'] + stats['timeout']} diverging, "
                      f"{len(findings)} signatures, {time.monotonic() - start:.0f} s", file=sys.stderr)
    except KeyboardInterrupt:
        print("difftest: interrupted; the summary covers the programs run so far", file=sys.stderr)
    finally:
        pool.close()
        shutil.rmtree(base_tmp, ignore_errors=True)
    stats.setdefault("seconds", time.monotonic() - start)
    stats["unshrunk"] = len(pending_shrinks)
    stats["valid"] = stats["programs"] - stats["invalid"]
    stats["divergent"] = stats["divergence"] + stats["crash"] + stats["timeout"]
    ordered = list(findings.values())
    text = report.summary_text(stats, ordered, known, args.known)
    with open(os.path.join(args.out, "summary.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    sys.stdout.write(text)
    unexplained = [f for f in ordered if not f.known and f.kind != "invalid"]
    return 1 if unexplained else 0


def handle_test(result, args, stats, findings, known, pending_shrinks):
    index, verdict, source, py, ta = result
    stats["programs"] += 1
    stats[verdict.kind] += 1
    if verdict.kind == "same":
        return
    signature = verdict.signature
    finding = findings.get(signature)
    entry = report.known_reason(known, signature)
    if entry:
        entry.hits += 1
    if finding:
        finding.count += 1
        return
    finding = report.Finding(signature, verdict.kind, f"{stats['seed']}:{index}", known=entry)
    findings[signature] = finding
    report.write_finding(args.out, finding, len(findings), source, [("python", py), ("tally", ta)], "program")
    if verdict.kind != "invalid" and args.shrink and (not entry or args.shrink_known):
        pending_shrinks.append((signature, source))


def handle_shrunk(result, args, stats, findings):
    signature, small, tests, py, ta, min_sig, debug_sig = result
    finding = findings[signature]
    stats["shrunk"] += 1
    finding.shrunk_lines = small.count("\n")
    report.write_finding(args.out, finding, 0, small, [("python", py), ("tally", ta)], "min")
    with open(os.path.join(finding.directory, "signature.txt"), "a", encoding="utf-8") as f:
        f.write(f"shrunk: {tests} candidates run, min.py is {finding.shrunk_lines} lines, signature {min_sig}\n")
        if debug_sig and debug_sig != min_sig:
            f.write(f"min.py under the debug build: {debug_sig}\n")


# ---- the single-program tools ----

def single_runner(args):
    check_binaries(args)
    base = tempfile.mkdtemp(prefix="difftest-")
    init_worker(args.python, args.tally, args.timeout, parse_features(getattr(args, "features", "")),
                getattr(args, "seed", "0"), base, args.fast)
    return base


def describe(py, ta, verdict):
    lines = [f"verdict: {verdict.kind}" + (f"  signature: {verdict.signature}" if verdict.signature else "")]
    for who, o in (("python3.11", py), ("tally", ta)):
        if o is None:
            continue
        out = o.stdout.decode("utf-8", "replace")
        lines.append(f"--- {who}: status {o.status}, {out.count(chr(10))} lines, last stderr line: "
                     f"{last_line(o.stderr)!r}")
    if py and ta and py.stdout != ta.stdout:
        a = py.stdout.decode("utf-8", "replace").split("\n")
        b = ta.stdout.decode("utf-8", "replace").split("\n")
        i = next((j for j in range(max(len(a), len(b))) if a[j:j + 1] != b[j:j + 1]), 0)
        lines.append(f"first difference at stdout line {i + 1}:")
        lines.append(f"  python3.11: {a[i] if i < len(a) else '<eof>'!r}")
        lines.append(f"  tally:      {b[i] if i < len(b) else '<eof>'!r}")
    return "\n".join(lines)


def cmd_show(args):
    seed, _, index = args.program.rpartition(":")
    sys.stdout.write(generate(seed, int(index), parse_features(args.features)))
    return 0


def cmd_check(args):
    base = single_runner(args)
    try:
        with open(args.file, encoding="utf-8") as f:
            py, ta, v = verdict_of(f.read())
        print(describe(py, ta, v))
        return 0 if v.kind == "same" else 1
    finally:
        shutil.rmtree(base, ignore_errors=True)


def cmd_shrink(args):
    base = single_runner(args)
    try:
        with open(args.file, encoding="utf-8") as f:
            source = f.read()
        _, _, v = verdict_of(source)
        if v.kind in ("same", "invalid"):
            print(f"{args.file}: {v.kind}, nothing to shrink", file=sys.stderr)
            return 1
        symbolizer = default_symbolizer(args.tally)
        signature = v.signature
        if v.kind == "crash" and symbolizer:
            signature = symbolize_program(source, signature, symbolizer)
        print(f"shrinking, keeping: {signature}", file=sys.stderr)
        _, small, tests, py, ta, _, _ = shrink_program(signature, source, args.shrink_seconds,
                                                       args.shrink_tests, symbolizer)
        print(f"{tests} candidates run, {source.count(chr(10))} -> {small.count(chr(10))} lines", file=sys.stderr)
        if args.output:
            with open(args.output, "w", encoding="utf-8") as f:
                f.write(small)
        else:
            sys.stdout.write(small)
        print(describe(py, ta, judge(py, ta)), file=sys.stderr)
        return 0
    finally:
        shutil.rmtree(base, ignore_errors=True)


def cmd_selfcheck(args):
    """Every program must compile under python3.11, end within the timeout,
    print the same under two hash seeds (no dependence on str hashes,
    addresses or timing), and print the same in the fork server as in a
    fresh python3.11."""
    features = parse_features(args.features)
    base = tempfile.mkdtemp(prefix="difftest-")
    server = ForkServer(args.python)
    bad = 0
    try:
        for index in range(args.start, args.start + args.programs):
            source = generate(args.seed, index, features)
            path = os.path.join(base, "prog.py")
            with open(path, "w", encoding="utf-8") as f:
                f.write(source)
            a, b = (execute([args.python, "-S"], path, args.timeout, True, {**ENV, "PYTHONHASHSEED": hash_seed})
                    for hash_seed in ("0", "12345"))
            c = server.run(path, args.timeout)
            problem = ""
            if a.status == "timeout":
                problem = "timed out"
            elif a.status != 0 and last_line(a.stderr).startswith(("SyntaxError", "IndentationError")):
                problem = last_line(a.stderr)
            elif (a.stdout, a.status, last_line(a.stderr)) != (b.stdout, b.status, last_line(b.stderr)):
                problem = "output depends on the hash seed or on timing"
            elif (a.stdout, a.status, last_line(a.stderr)) != (c.stdout, c.status, last_line(c.stderr)):
                problem = "the fork server's run differs from a fresh one"
            elif len(a.stdout) > 200_000:
                problem = f"prints {len(a.stdout)} bytes"
            if problem:
                bad += 1
                print(f"{args.seed}:{index}: {problem}")
        print(f"selfcheck: {args.programs} programs, {bad} bad")
        return 1 if bad else 0
    finally:
        server.stop()
        shutil.rmtree(base, ignore_errors=True)


def cmd_features(args):
    for name, (_, _, default, what) in FEATURES.items():
        print(f"{name:11s} {'on ' if default else 'off'}  {what}")
    return 0


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = ("run", "show", "check", "shrink", "selfcheck", "features")
    if not argv or argv[0] not in commands + ("-h", "--help"):
        argv.insert(0, "run")
    parser = argparse.ArgumentParser(prog="scripts/difftest", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command")

    def common(p):
        p.add_argument("--python", default="/usr/bin/python3.11")
        p.add_argument("--tally", default="./tally")
        p.add_argument("--timeout", type=float, default=10.0, help="seconds per run (default 10)")
        p.add_argument("--features", default="", help="comma-separated: names replace the defaults, "
                       "+name/-name adjust them, 'all' is everything (see: scripts/difftest features)")
        p.add_argument("--fresh-python", dest="fast", action="store_false",
                       help="start python3.11 for every run instead of forking a warm one (slower)")

    p = sub.add_parser("run", help="generate, run, compare, shrink (the default)")
    common(p)
    p.add_argument("--seconds", type=float, default=60, help="generate programs for this long (default 60)")
    p.add_argument("--programs", type=int, default=0, help="run exactly this many programs instead")
    p.add_argument("--seed", help="seed of the program stream (default: the current time)")
    p.add_argument("--start", type=int, default=0, help="first program index")
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--known", default=os.path.join(ROOT, "tests/difftest/known.txt"))
    p.add_argument("--out", default="build/difftest", help="findings directory (emptied first)")
    p.add_argument("--no-shrink", dest="shrink", action="store_false")
    p.add_argument("--shrink-known", action="store_true", help="also shrink signatures the known list explains")
    p.add_argument("--shrink-seconds", type=float, default=90, help="per signature (default 90)")
    p.add_argument("--shrink-total", type=float, default=600,
                   help="for all shrinking after the programs have run (default 600)")
    p.add_argument("--shrink-tests", type=int, default=1500)
    p.add_argument("--symbolize", default=None,
                   help="sanitizer build that names a release crash's functions (default ./tally-debug if built)")
    p = sub.add_parser("show", help="print program SEED:INDEX")
    p.add_argument("program")
    p.add_argument("--features", default="")
    p = sub.add_parser("check", help="run one file under both and say how they differ")
    common(p)
    p.add_argument("file")
    p = sub.add_parser("shrink", help="shrink one diverging file, keeping its signature")
    common(p)
    p.add_argument("file")
    p.add_argument("-o", "--output")
    p.add_argument("--shrink-seconds", type=float, default=300)
    p.add_argument("--shrink-tests", type=int, default=4000)
    p = sub.add_parser("selfcheck", help="check the generator: programs compile, end, and are deterministic")
    common(p)
    p.add_argument("--programs", type=int, default=200)
    p.add_argument("--seed", default="selfcheck")
    p.add_argument("--start", type=int, default=0)
    sub.add_parser("features", help="list the feature flags")
    args = parser.parse_args(argv)
    handlers = dict(run=cmd_run, show=cmd_show, check=cmd_check, shrink=cmd_shrink, selfcheck=cmd_selfcheck,
                    features=cmd_features)
    return handlers[args.command](args)
