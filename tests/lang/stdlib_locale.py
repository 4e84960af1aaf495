# locale.py over _locale in the C locale: conventions, formatting and
# parsing with grouping, normalisation, errors.
import locale

locale.setlocale(locale.LC_ALL, 'C')
print(locale.setlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_NUMERIC), locale.localeconv()['decimal_point'])
print(locale.format_string('%.2f|%d|%s', (1234567.891, 1234567, 'x'), grouping=True), locale.format_string('%5.1f%%', 12.34))
print(locale.atof('1.5'), locale.atoi('42'), locale.str(3.25), locale.delocalize('1.5'), locale.localize('1234.5', grouping=True))
print(locale.normalize('en_US.utf8'), locale.normalize('de_DE@euro'), locale.normalize('C'), locale._parse_localename('fr_FR.ISO8859-1'))
print(locale.strcoll('a', 'b') < 0, locale.strxfrm('abc'), sorted(['b', 'a', 'C'], key=locale.strxfrm))
try:
    locale.setlocale(locale.LC_ALL, 'xx_YY.bogus')
except locale.Error as e:
    print('Error', e)
try:
    locale.currency(5.5)
except ValueError as e:
    print(e)
print(locale.getencoding(), locale.nl_langinfo(locale.CODESET), locale.nl_langinfo(locale.DAY_2))
print(sorted(k for k in locale.localeconv()), locale.CHAR_MAX, locale.LC_CTYPE == locale.LC_CTYPE)
