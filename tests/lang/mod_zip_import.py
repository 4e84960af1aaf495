# A zip archive on sys.path is searched as a directory (CPython's
# zipimport): modules, packages (nested too, with relative imports), and a
# directory inside the archive as a sys.path entry of its own.  The
# archive is made by scripts/make-zip-fixtures.
import sys
sys.path.insert(0, 'mod_zip/lib.zip')
sys.path.append('mod_zip/lib.zip/sub')

import top
print(top.NAME, top.__file__, top.__package__)
import zpkg
print(zpkg.VALUE, zpkg.__file__, zpkg.__path__, zpkg.__package__)
import zpkg.deeper.leaf
print(zpkg.deeper.leaf.LEAF, zpkg.deeper.leaf.__file__, zpkg.deeper.__path__)
from zpkg import inner
print(inner.__name__, inner.__package__, inner.__file__)
import insub
print(insub.WHERE, insub.__file__)

# A name that only starts some member's name, or a module below a
# directory of the archive that is no sys.path entry, is not found.
for name in ('zpkg.deeper.nothing', 'to', 'zpkg.inne', 'sub.insub'):
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e)

# Tracebacks name the member.
import broken
try:
    broken.f()
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    print(type(e).__name__, tb.tb_frame.f_code.co_filename, tb.tb_lineno)
print('top' in sys.modules, 'to' in sys.modules)
