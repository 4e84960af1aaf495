"""Running one program under python3.11 and tally, and naming what differs.

A verdict is one of: same; crash (tally died by a signal python did not, or
a sanitizer or the debug build's leak check reported); timeout (tally ran
past the limit, python did not); divergence (stdout, exit status or the last
line of stderr differ); invalid (python itself timed out or rejected the
program: the generator's fault, never tally's).

The signature of a divergence names its kind without the details that vary
from program to program, so one root cause gives few signatures: the two
exception lines when only the ending differs, otherwise the first stdout
line that differs on either side, reduced to its tag word (prog.TAGS) when
the tags differ and to its shape (numbers and generated names blotted out)
when they agree.
"""

import os
import re
import resource
import select
import signal
import subprocess
import time
from dataclasses import dataclass

from prog import TAGS

ENV = {
    "PATH": "/usr/bin:/bin",
    "LC_ALL": "C.UTF-8",
    "PYTHONHASHSEED": "0",
    "PYTHONIOENCODING": "utf-8",
    "PYTHONDONTWRITEBYTECODE": "1",
    "ASAN_OPTIONS": "detect_leaks=1:abort_on_error=0",
    "UBSAN_OPTIONS": "print_stacktrace=1",
}
MEMORY_LIMIT = 2 << 30


@dataclass
class Outcome:
    status: object       # exit status (negative: killed by that signal), or "timeout"
    stdout: bytes
    stderr: bytes
    seconds: float


@dataclass
class Verdict:
    kind: str            # same, crash, timeout, divergence, invalid
    signature: str = ""


def is_sanitized(binary):
    """Whether binary was built with AddressSanitizer, which reserves more
    address space than any sensible RLIMIT_AS allows."""
    try:
        with open(binary, "rb") as f:
            return b"__asan_init" in f.read()
    except OSError:
        return False


def execute(argv, path, timeout, limit_memory, env=None):
    """Runs argv + [path's name] in path's directory (environment env,
    ENV by default) and collects what it printed; past timeout seconds the
    process is killed."""
    start = time.monotonic()
    proc = subprocess.Popen(argv + [os.path.basename(path)], cwd=os.path.dirname(path) or ".", env=env or ENV,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: limit_process(limit_memory), start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
        status = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        status = "timeout"
    return Outcome(status, out, err, time.monotonic() - start)


class ForkServer:
    """pyserver.py in a child process: python3.11 runs without paying its
    start-up for every program."""

    def __init__(self, python):
        self.python = python
        self.proc = None
        self.buffer = b""

    def start(self):
        server = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pyserver.py")
        self.proc = subprocess.Popen([self.python, "-S", server], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     env=ENV, preexec_fn=lambda: limit_process(True))
        self.buffer = b""

    def stop(self):
        if self.proc:
            self.proc.kill()
            self.proc.wait()
            self.proc = None

    def line(self, deadline):
        """The server's next answer, or None past deadline."""
        fd = self.proc.stdout.fileno()
        while b"\n" not in self.buffer:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                return None
            ready, _, _ = select.select([fd], [], [], left)
            if ready:
                chunk = os.read(fd, 4096)
                if not chunk:
                    raise OSError("pyserver ended")
                self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line.decode()

    def run(self, path, timeout):
        if self.proc is None or self.proc.poll() is not None:
            self.start()
        start = time.monotonic()
        self.proc.stdin.write(path.encode() + b"\n")
        self.proc.stdin.flush()
        pid = int(self.line(start + 30))
        answer = self.line(start + timeout)
        status = "timeout"
        if answer is None:
            os.kill(pid, signal.SIGKILL)
            self.line(None)
        else:
            status = int(answer)
        with open(path + ".out", "rb") as f:
            out = f.read()
        with open(path + ".err", "rb") as f:
            err = f.read()
        return Outcome(status, out, err, time.monotonic() - start)


def limit_process(limit_memory):
    if limit_memory:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


class Runner:
    """Runs programs under both interpreters with fixed settings.  With
    fast set, python3.11 runs in the fork server, and a fresh python3.11
    confirms any program where it and tally disagree."""

    def __init__(self, python, tally, timeout, fast=True):
        # Programs run in a directory of their own: relative paths of the
        # interpreters are taken from where the tester was started.
        self.python = [os.path.abspath(python) if os.sep in python else python, "-S"]
        tally = os.path.abspath(tally) if os.sep in tally else tally
        self.tally = [tally]
        self.timeout = timeout
        self.tally_limited = not is_sanitized(tally)
        self.server = ForkServer(self.python[0]) if fast else None

    def run_python(self, path):
        return execute(self.python, path, self.timeout, True)

    def run_tally(self, path):
        return execute(self.tally, path, self.timeout, self.tally_limited)

    def check(self, path):
        """Both outcomes and the verdict for the program at path; a
        divergence the fork server saw is confirmed by a fresh python3.11."""
        fresh = self.server is None
        py = self.run_python(path) if fresh else self.server.run(path, self.timeout)
        if invalid_reason(py) and not fresh:
            py, fresh = self.run_python(path), True
        if invalid_reason(py):
            return py, None, Verdict("invalid", "invalid: " + invalid_reason(py))
        ta = self.run_tally(path)
        verdict = judge(py, ta)
        if verdict.kind != "same" and not fresh:
            py = self.run_python(path)
            if invalid_reason(py):
                return py, None, Verdict("invalid", "invalid: " + invalid_reason(py))
            verdict = judge(py, ta)
        return py, ta, verdict


    def shows(self, path, target):
        """Whether the program at path shows the divergence whose signature
        is target (for the shrinker).  tally runs first: a crash or a hang
        needs nothing from python3.11, and an exit signature whose tally
        side does not match needs no python run."""
        ta = self.run_tally(path)
        if target.startswith(("crash:", "timeout")):
            alone = sanitizer_report(ta.stderr) or (
                f"crash: {signal_name(-ta.status)}" if isinstance(ta.status, int) and ta.status < 0 else
                "timeout" if ta.status == "timeout" else "")
            return alone == target
        if (target.startswith("exit: ") and not target.startswith("exit: status ")
                and not target.endswith(" | " + ending(ta))):
            return False
        py = self.server.run(path, self.timeout) if self.server else self.run_python(path)
        return not invalid_reason(py) and judge(py, ta).signature == target


def invalid_reason(py):
    if py.status == "timeout":
        return "python timed out"
    last = last_line(py.stderr)
    if py.status != 0 and re.match(r"(SyntaxError|IndentationError|TabError)\b", last):
        return last
    return ""


def last_line(data):
    lines = [line for line in data.decode("utf-8", "replace").splitlines() if line.strip()]
    return lines[-1].strip() if lines else ""


def sanitizer_report(stderr):
    """The signature of a sanitizer or leak report in stderr, or '': the
    report's kind and the two innermost functions of tally's source."""
    text = stderr.decode("utf-8", "replace")
    m = re.search(r"ERROR: (AddressSanitizer|LeakSanitizer|MemorySanitizer): ([\w-]+)", text)
    if m:
        tool = {"AddressSanitizer": "asan", "LeakSanitizer": "leak"}.get(m.group(1), "msan")
        return f"crash: {tool} {m.group(2)}" + innermost(text[m.end():])
    m = re.search(r"src/[\w/]+\.[ch]:\d+:\d+: runtime error: (.*)", text)
    if m:
        return f"crash: ubsan {shape(m.group(1))}" + innermost(text[m.end():])
    m = re.search(r"^tally-debug: (.*)$", text, re.M)
    if m:
        return f"crash: debug-check {shape(m.group(1))}"
    return ""


def innermost(report):
    frames = re.findall(r"#\d+ 0x[0-9a-f]+ in (\w+) (?:\S*/)?src/", report)
    return " @ " + "<".join(frames[:2]) if frames else ""


def judge(py, ta):
    report = sanitizer_report(ta.stderr)
    if report:
        return Verdict("crash", report)
    if isinstance(ta.status, int) and ta.status < 0 and ta.status != py.status:
        return Verdict("crash", f"crash: {signal_name(-ta.status)}")
    if ta.status == "timeout":
        return Verdict("timeout", "timeout")
    if py.stdout == ta.stdout and py.status == ta.status and last_line(py.stderr) == last_line(ta.stderr):
        return Verdict("same")
    return Verdict("divergence", divergence_signature(py, ta))


def signal_name(number):
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def ending(o):
    """How a run ended, as it appears in a signature."""
    last = last_line(o.stderr)
    text = shape(last) if last else "ok"
    if o.status not in (0, 1) or (o.status == 1 and not last):
        text += f" [status {o.status}]"
    return text


def divergence_signature(py, ta):
    pl = py.stdout.decode("utf-8", "replace").split("\n")
    tl = ta.stdout.decode("utf-8", "replace").split("\n")
    endings_differ = ending(py) != ending(ta)
    one_is_prefix = pl[:len(tl) - 1] == tl[:-1] or tl[:len(pl) - 1] == pl[:-1]
    if py.stdout == ta.stdout or (endings_differ and one_is_prefix):
        if endings_differ:
            return f"exit: {ending(py)} | {ending(ta)}"
        if py.status != ta.status:
            return f"exit: status {py.status} | {ta.status}"
        # the lines differ only in names shape() blots out
        return f"exit: {shape(last_line(py.stderr), names=True)} | {shape(last_line(ta.stderr), names=True)}"
    i = 0
    while i < len(pl) and i < len(tl) and pl[i] == tl[i]:
        i += 1
    a = pl[i] if i < len(pl) - 1 or (i < len(pl) and pl[i]) else "<eof>"
    b = tl[i] if i < len(tl) - 1 or (i < len(tl) and tl[i]) else "<eof>"
    ta_tag, py_tag = tag(b), tag(a)
    if py_tag != ta_tag:
        return f"out: [{py_tag}] | [{ta_tag}]"
    names = shape(a) == shape(b)
    return f"out: {shape(a, names=names)} | {shape(b, names=names)}"


def tag(line):
    if line == "<eof>":
        return "eof"
    word = line.split(" ", 1)[0]
    return word if word in TAGS else "?"


def shape(text, limit=110, names=False):
    """text with what varies between instances of one bug blotted out:
    generated names lose their numbers, numbers become N, quoted names W
    (unless names is set), addresses go, and runs of equal items (the
    length of a list) fold into one followed by '...'."""
    text = re.sub(r"0x[0-9a-fA-F]+", "0xA", text)
    text = re.sub(r"\b([A-Za-z_]+)\d+(_\d+)?\b", r"\1#", text)
    text = re.sub(r"\d+", "N", text)
    if not names:
        text = re.sub(r"(['\"])[A-Za-z_][\w#]*\1", r"\1W\1", text)
    text = re.sub(r"((['\"]?)[NW#]\2(\.N)?)(, \1)+", r"\1...", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[:limit] + "..."
