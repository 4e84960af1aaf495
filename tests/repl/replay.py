#!/usr/bin/python3.11
"""Replays REPL transcripts through a pseudo-terminal (see README.md).

(Environment: TALLY_REPL_FILTER=part keeps the transcripts whose file name
contains it.)

    replay.py [--bin PROGRAM] [--jobs N] [NAME.t ...]
        run the transcripts (default: every tests/repl/*.t) under PROGRAM
        (default ./tally-debug) and compare each screen with NAME.out
    replay.py --regen NAME.t ...
        write NAME.out from python3.11 (refused for "oracle: own")
    replay.py --regen-own NAME.t ...
        write NAME.out of an "oracle: own" transcript from PROGRAM's screen,
        to be read and checked by hand before committing
    replay.py --check-oracle
        replay every python3.11 transcript under python3.11 and report the
        ones whose NAME.out is not (or no longer) python3.11's screen
    replay.py --show NAME.t
        print the screen PROGRAM gives, without comparing
"""

import argparse
import multiprocessing
import os
import pty
import select
import shlex
import shutil
import signal
import struct
import sys
import tempfile
import termios
import time
import fcntl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vt import Screen  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PYTHON = "/usr/bin/python3.11"
COLUMNS, LINES = 200, 50
STEP_TIMEOUT = 60.0      # seconds one step may take (the sanitizer build is slow)
QUIET = 0.05             # output silent this long after a prompt: the step is over
KEYS_QUIET = 0.4         # a `keys` step without prompt ends after this much silence
EXIT_TIMEOUT = 60.0


class TranscriptError(Exception):
    pass


# The system calls a program blocked reading its terminal sits in (read on
# fd 0, poll, select, pselect6, ppoll), by architecture.
INPUT_WAITS = {"x86_64": (0, {0, 7, 23, 270, 271}), "aarch64": (63, {63, 72, 73})}.get(
    os.uname().machine, (None, set()))


def waiting_for_input(pid):
    """Is a thread of pid blocked waiting for input (Linux /proc)?"""
    read_nr, calls = INPUT_WAITS
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return False
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/syscall") as f:
                fields = f.read().split()
        except OSError:
            continue
        if not fields or not fields[0].isdigit() or int(fields[0]) not in calls:
            continue
        if int(fields[0]) == read_nr and int(fields[1], 16) != 0:
            continue            # reading something else than stdin
        return True
    return False


def unescape(text):
    """The escapes a transcript line may use: \\n \\r \\t \\e \\\\ \\xNN and ^X."""
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            simple = {"n": "\n", "r": "\r", "t": "\t", "e": "\x1b", "\\": "\\", "^": "^"}
            if nxt in simple:
                out.append(simple[nxt])
                i += 2
                continue
            if nxt == "x":
                out.append(chr(int(text[i + 2:i + 4], 16)))
                i += 4
                continue
            raise TranscriptError(f"unknown escape \\{nxt}")
        if ch == "^" and i + 1 < len(text) and "@" <= text[i + 1] <= "_":
            out.append(chr(ord(text[i + 1]) - 64))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


class Transcript:
    """A parsed NAME.t file."""

    def __init__(self, path):
        self.path = path
        self.name = os.path.basename(path)[:-2]
        self.oracle = None
        self.args = []
        self.stdin = None        # None: the terminal; else the bytes of a pipe
        self.stdout_file = False
        self.stderr_file = False
        self.prompts = [">>> ", "... "]
        self.steps = []
        with open(path, encoding="utf-8") as f:
            for lineno, raw in enumerate(f, 1):
                line = raw.rstrip("\n")
                try:
                    self._directive(line)
                except TranscriptError as e:
                    raise TranscriptError(f"{path}:{lineno}: {e}") from None
        if self.oracle is None:
            raise TranscriptError(f"{path}: no 'oracle:' line")

    def _directive(self, line):
        if line.startswith("# oracle:"):
            value = line[len("# oracle:"):].strip()
            if value == "python3.11":
                self.oracle = "python3.11"
            elif value.startswith("own"):
                if not value[3:].strip(" ,:—-"):
                    raise TranscriptError("'oracle: own' needs its reason on the same line")
                self.oracle = "own"
            else:
                raise TranscriptError(f"unknown oracle {value!r}")
            return
        if not line or line.startswith("#"):
            return
        word, _, rest = line.partition(" ")
        if word == "args":
            self.args = shlex.split(rest)
        elif word == "stdin":
            self.stdin = unescape(rest).encode()
        elif word == "stdout" and rest == "file":
            self.stdout_file = True
        elif word == "stderr" and rest == "file":
            self.stderr_file = True
        elif word == "prompt":
            self.prompts.append(unescape(rest))
        elif word in ("type", "keys", "paste", "send"):
            self.steps.append((word, unescape(rest)))
        else:
            raise TranscriptError(f"unknown directive {word!r}")


class Session:
    """One program running on a pseudo-terminal."""

    def __init__(self, program, t, home):
        self.t = t
        self.screen = Screen(COLUMNS)
        self.received = 0
        self.files = {}
        stdin_r = None
        if t.stdin is not None:
            stdin_r, stdin_w = os.pipe()
        for stream in ("stdout", "stderr"):
            if getattr(t, stream + "_file"):
                self.files[stream] = tempfile.TemporaryFile()
        env = {
            "HOME": home, "TERM": "xterm", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
            "PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0", "INPUTRC": os.devnull,
            "COLUMNS": str(COLUMNS), "LINES": str(LINES),
        }
        for var in ("ASAN_OPTIONS", "UBSAN_OPTIONS"):
            if var in os.environ:
                env[var] = os.environ[var]
        # argv[0] as a user types it, so that messages naming the program
        # do not depend on where it was built.
        argv = ["python3.11" if program == PYTHON else "tally"] + t.args
        pid, fd = pty.fork()
        if pid == 0:
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
                if stdin_r is not None:
                    os.dup2(stdin_r, 0)
                for n, stream in ((1, "stdout"), (2, "stderr")):
                    if stream in self.files:
                        os.dup2(self.files[stream].fileno(), n)
                os.chdir(HERE)
                os.execve(program, argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.status = None
        if stdin_r is not None:
            os.close(stdin_r)
            os.write(stdin_w, t.stdin)
            os.close(stdin_w)

    def _pump(self, timeout):
        """Read what the program wrote within `timeout` seconds; False at
        end of output."""
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return True
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            data = b""
        if not data:
            return False
        self.received += len(data)
        self.screen.feed(data)
        return True

    def _cursor_line(self):
        line = self.screen._line()
        return "".join(line[:self.screen.col])

    def _exited(self):
        if self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = status
        return self.status is not None

    def send(self, data, until):
        """Write `data`, then wait: `until` is "prompt" (new output ending in
        a prompt at the cursor, then silence), "quiet" (new output, then
        silence) or None (no wait)."""
        start = self.received
        os.write(self.fd, data.encode())
        if until is None:
            return
        deadline = time.monotonic() + STEP_TIMEOUT
        last = start
        last_time = time.monotonic()
        while time.monotonic() < deadline:
            if not self._pump(0.01):
                return
            now = time.monotonic()
            if self.received != last:
                last, last_time = self.received, now
                continue
            if self.received == start:
                if self._exited():
                    return
                continue
            if until == "prompt":
                if now - last_time >= QUIET and any(
                        self._cursor_line().endswith(p) for p in self.t.prompts):
                    return
                if self._exited():
                    return
            elif now - last_time >= KEYS_QUIET or (
                    now - last_time >= QUIET and waiting_for_input(self.pid)):
                return
        raise TranscriptError(f"step {data!r}: timed out; screen so far:\n{self.screen.text()}")

    def wait_first_prompt(self):
        deadline = time.monotonic() + STEP_TIMEOUT
        last_time = time.monotonic()
        while time.monotonic() < deadline:
            before = self.received
            if not self._pump(0.01):
                return
            if self.received != before:
                last_time = time.monotonic()
            elif time.monotonic() - last_time >= QUIET and (
                    any(self._cursor_line().endswith(p) for p in self.t.prompts)
                    or waiting_for_input(self.pid)):
                return
            elif self._exited() and self.received == before:
                return
        raise TranscriptError(f"no first prompt; screen so far:\n{self.screen.text()}")

    def finish(self):
        """Read until the program has ended; the report of how it ended."""
        deadline = time.monotonic() + EXIT_TIMEOUT
        quiet_since = None
        while time.monotonic() < deadline:
            before = self.received
            if not self._pump(0.05):
                break                   # the terminal closed: everything is read
            if self.received != before:
                quiet_since = None
            elif self._exited():
                quiet_since = quiet_since or time.monotonic()
                if time.monotonic() - quiet_since >= 0.1:
                    break
        while not self._exited() and time.monotonic() < deadline:
            time.sleep(0.01)
        if self.status is None:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            end = "[still running after the last step: killed]"
        elif os.WIFSIGNALED(self.status):
            end = f"[killed by signal {os.WTERMSIG(self.status)}]"
        else:
            end = f"[exit {os.WEXITSTATUS(self.status)}]"
        os.close(self.fd)
        out = self.screen.text() + end + "\n"
        for stream, f in self.files.items():
            f.seek(0)
            out += f"--- {stream}\n" + f.read().decode("utf-8", "replace")
            f.close()
        # Where the clone is must not matter.
        return out.replace(HERE, "$REPL")


def run(program, t):
    """The whole result of transcript t under program: screen, exit, files."""
    home = tempfile.mkdtemp(prefix="tally-repl-")
    try:
        s = Session(program, t, home)
        try:
            if t.stdin is None or t.steps:
                s.wait_first_prompt()
            for kind, text in t.steps:
                if kind == "type":
                    s.send(text + "\r", "prompt")
                elif kind == "keys":
                    s.send(text, "quiet")
                elif kind == "paste":
                    s.send("\x1b[200~" + text + "\x1b[201~", "quiet")
                else:
                    s.send(text, None)
            return s.finish()
        except BaseException:
            if s.status is None and not s._exited():
                os.kill(s.pid, signal.SIGKILL)
                os.waitpid(s.pid, 0)
            raise
    finally:
        shutil.rmtree(home, ignore_errors=True)


def expected_path(t):
    return t.path[:-2] + ".out"


def check_one(args):
    program, path = args
    try:
        t = Transcript(path)
        got = run(program, t)
    except TranscriptError as e:
        return path, False, str(e)
    try:
        with open(expected_path(t), encoding="utf-8") as f:
            want = f.read()
    except OSError as e:
        return path, False, f"no expected screen: {e}"
    if got == want:
        return path, True, ""
    import difflib
    diff = "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                        "expected", "got"))
    return path, False, diff


def all_transcripts():
    return sorted(os.path.join(HERE, n) for n in os.listdir(HERE) if n.endswith(".t"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "tally-debug"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--regen", action="store_true")
    ap.add_argument("--regen-own", action="store_true")
    ap.add_argument("--check-oracle", action="store_true")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("transcripts", nargs="*")
    a = ap.parse_args()
    paths = [os.path.abspath(p) for p in a.transcripts] or all_transcripts()
    program = os.path.abspath(a.bin)
    name_filter = os.environ.get("TALLY_REPL_FILTER", "")
    paths = [p for p in paths if name_filter in os.path.basename(p)]

    if a.show:
        for p in paths:
            sys.stdout.write(run(program, Transcript(p)))
        return 0
    if a.regen or a.regen_own or a.check_oracle:
        failed = 0
        for p in paths:
            t = Transcript(p)
            if a.check_oracle:
                if t.oracle != "python3.11":
                    continue
                with open(expected_path(t), encoding="utf-8") as f:
                    if run(PYTHON, t) != f.read():
                        print(f"stale: {t.name}.out is not python3.11's screen")
                        failed += 1
                continue
            if a.regen and t.oracle != "python3.11":
                print(f"{t.name}: oracle is own; use --regen-own and read the result")
                failed += 1
                continue
            if a.regen_own and t.oracle != "own":
                print(f"{t.name}: oracle is python3.11; use --regen")
                failed += 1
                continue
            out = run(PYTHON if a.regen else program, t)
            with open(expected_path(t), "w", encoding="utf-8") as f:
                f.write(out)
            print(f"wrote {os.path.relpath(expected_path(t))}")
        if a.check_oracle:
            print(f"tests/repl: {failed} python3.11 expectation(s) stale")
        return 1 if failed else 0

    with multiprocessing.Pool(a.jobs) as pool:
        results = pool.map(check_one, [(program, p) for p in paths], chunksize=1)
    bad = [(p, why) for p, ok, why in results if not ok]
    for p, why in bad:
        print(f"FAIL {os.path.basename(p)}\n{why}")
    print(f"tests/repl: {len(results) - len(bad)} of {len(results)} transcripts pass"
          f" ({os.path.basename(program)})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
