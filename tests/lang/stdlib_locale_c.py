# _locale directly (CPython's locale.py needs collections.abc, see
# tests/pending/issue13): the C locale's conventions, categories, langinfo
# items, collation and the errors.
import _locale

print(_locale.setlocale(_locale.LC_NUMERIC), _locale.setlocale(_locale.LC_NUMERIC, 'C'))
conv = _locale.localeconv()
print(sorted(conv.items()))
print(_locale.CHAR_MAX, _locale.LC_ALL, _locale.LC_CTYPE, _locale.LC_NUMERIC, _locale.LC_TIME,
      _locale.LC_COLLATE, _locale.LC_MONETARY, _locale.LC_MESSAGES)
print(_locale.setlocale(_locale.LC_TIME, 'C'))
for name in ['DAY_1', 'ABDAY_7', 'MON_1', 'ABMON_12', 'D_T_FMT', 'D_FMT', 'T_FMT', 'T_FMT_AMPM', 'AM_STR',
             'PM_STR', 'RADIXCHAR', 'THOUSEP', 'YESEXPR', 'NOEXPR', 'CRNCYSTR', 'ERA', 'ALT_DIGITS']:
    print(name, repr(_locale.nl_langinfo(getattr(_locale, name))))
try:
    _locale.nl_langinfo(12345678)
except ValueError as e:
    print(e)
try:
    _locale.setlocale(_locale.LC_ALL, 'xx_YY.bogus')
except _locale.Error as e:
    print(type(e).__module__, type(e).__name__, e, issubclass(_locale.Error, Exception))
try:
    _locale.setlocale(12345)
except _locale.Error as e:
    print(e)
try:
    _locale.setlocale('x')
except TypeError as e:
    print('TypeError')
_locale.setlocale(_locale.LC_COLLATE, 'C')
print(_locale.strcoll('a', 'b') < 0, _locale.strcoll('b', 'a') > 0, _locale.strcoll('\xe9', '\xe9'),
      _locale.strxfrm('abc'), sorted(['b', 'C', 'a'], key=_locale.strxfrm))
print(_locale.gettext('hello'), _locale.dgettext(None, 'x'), _locale.dcgettext(None, 'y', _locale.LC_MESSAGES))
print(type(_locale.getencoding()).__name__)
