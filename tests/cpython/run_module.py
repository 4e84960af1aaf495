"""Runs one module of CPython's regression suite with CPython's unittest.

usage: INTERPRETER tests/cpython/run_module.py SKIPS-FILE test.test_NAME

Run by scripts/test-cpython under tally (and, for comparison, under
python3.11).  Tests listed in SKIPS-FILE are marked skipped with the
list's reason before the suite runs; the test module is never changed.
unittest's report goes to stderr; the last line of stdout is

    RESULT run=N passed=N failed=N errors=N skipped=N

counting tests, not subtests: a test with a failing subtest or a failure
(or an unexpected success) is failed, one with an error and no failure is
an error, a test the skip list or the test itself skips is skipped, and the
rest passed (expected failures included).
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


def test_of(test):
    """The id of the test a result is about (a subtest's own test)."""
    return getattr(test, "test_case", test).id()


def run_through_test_main(test_module, skips, runner):
    """Runs a module that still has a test_main() (test_xml_etree): it sets
    the module's globals, then passes its classes to support.run_unittest,
    which runs them here instead.  The result, or None when test_main ran
    nothing."""
    from test import support
    results = []

    def run_unittest(*classes):
        suite = unittest.TestSuite()
        loader = unittest.defaultTestLoader
        for c in classes:
            if isinstance(c, str):
                suite.addTest(loader.loadTestsFromName(c))
            elif isinstance(c, (unittest.TestSuite, unittest.TestCase)):
                suite.addTest(c)
            else:
                suite.addTest(loader.loadTestsFromTestCase(c))
        mark_skipped(suite, skips)
        results.append(runner.run(suite))

    # A module may have imported run_unittest by name (test_decimal).
    if getattr(test_module, "run_unittest", None) is support.run_unittest:
        test_module.run_unittest = run_unittest
    support.run_unittest = run_unittest
    test_module.test_main()
    return results[0] if len(results) == 1 else None


def main():
    skips_file, module = sys.argv[1], sys.argv[2]
    skips = read_skips(skips_file)
    runner = unittest.TextTestRunner(stream=sys.stderr, verbosity=2)
    test_module = __import__(module, fromlist=["*"])
    result = None
    if hasattr(test_module, "test_main") and not hasattr(test_module, "load_tests"):
        result = run_through_test_main(test_module, skips, runner)
    if result is None:
        suite = unittest.defaultTestLoader.loadTestsFromName(module)
        mark_skipped(suite, skips)
        result = runner.run(suite)
    failed = {test_of(t) for t, _ in result.failures} | {test_of(t) for t in result.unexpectedSuccesses}
    errors = {test_of(t) for t, _ in result.errors} - failed
    skipped = {test_of(t) for t, _ in result.skipped} - failed - errors
    # An error outside any test (setUpClass, a module fixture) is a test
    # unittest did not count in testsRun.
    run = max(result.testsRun, len(failed | errors | skipped))
    passed = run - len(failed) - len(errors) - len(skipped)
    failed, errors, skipped = len(failed), len(errors), len(skipped)
    sys.stdout.flush()
    print("RESULT run=%d passed=%d failed=%d errors=%d skipped=%d"
          % (run, passed, failed, errors, skipped))


if __name__ == "__main__":
    main()
