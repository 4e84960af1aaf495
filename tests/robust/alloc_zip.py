# scripts/fail-after makes each allocation of this program fail in turn
# (robust/allocation_failure_in_zip_imports, tests/unit/test_robust.c):
# reading a zip archive's directory, finding members, inflating one, and
# the zlib.error of a damaged one (any other exception, MemoryError, goes
# on: the program observes no exception of its own).
import sys
sys.path.insert(0, '../lang/mod_zip/lib.zip')
sys.path.insert(0, '../lang/mod_zip/bad_deflate.zip')
import zpkg
print(zpkg.VALUE)
try:
    import victim
except Exception as e:
    if type(e).__module__ != 'zlib':
        raise
    print(type(e).__name__, e)
