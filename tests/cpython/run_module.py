"""Runs one module of CPython's regression suite with CPython's unittest.

usage: INTERPRETER tests/cpython/run_module.py SKIPS-FILE test.test_NAME

Run by scripts/test-cpython under tally (and, for comparison, under
python3.11).  Tests listed in SKIPS-FILE are marked skipped with the
list's reason before the suite runs; the test module is never changed.
unittest's report goes to stderr; the last line of stdout is

    RESULT run=N passed=N failed=N errors=N skipped=N

where failed counts failures and unexpected successes, passed counts the
tests that ran to success (expected failures included), and a test the
skip list covers counts as skipped.
"""

import sys
import unittest


def read_skips(path):
    """{test id or prefix: reason} from the skip list."""
    skips = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            test_id, _, reason = line.partition("##")
            skips[test_id.strip()] = reason.strip() or "listed in tests/cpython/skips.txt"
    return skips


def skip_reason(test_id, skips):
    """The reason the skip list gives for test_id, or None."""
    parts = test_id.split(".")
    for n in range(len(parts), 0, -1):
        reason = skips.get(".".join(parts[:n]))
        if reason is not None:
            return reason
    return None


def mark_skipped(suite, skips):
    """Replaces, on each listed test case instance, its method by a skip."""
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            mark_skipped(test, skips)
            continue
        reason = skip_reason(test.id(), skips)
        name = getattr(test, "_testMethodName", None)
        if reason is not None and name is not None:
            method = getattr(test, name)
            setattr(test, name, unittest.skip(reason)(method))


def main():
    skips_file, module = sys.argv[1], sys.argv[2]
    suite = unittest.defaultTestLoader.loadTestsFromName(module)
    mark_skipped(suite, read_skips(skips_file))
    runner = unittest.TextTestRunner(stream=sys.stderr, verbosity=2)
    result = runner.run(suite)
    failed = len(result.failures) + len(result.unexpectedSuccesses)
    errors = len(result.errors)
    skipped = len(result.skipped)
    passed = result.testsRun - failed - errors - skipped
    sys.stdout.flush()
    print("RESULT run=%d passed=%d failed=%d errors=%d skipped=%d"
          % (result.testsRun, passed, failed, errors, skipped))


if __name__ == "__main__":
    main()
