# calendar (which imports locale) with CPython's text and numbers.
import calendar

print(calendar.month(2024, 2))
print(calendar.TextCalendar(6).formatmonth(2023, 12, w=3))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1))
print(calendar.day_name[0], calendar.month_name[1], calendar.month_abbr[12], list(calendar.day_abbr), calendar.firstweekday())
print(calendar.calendar(2024, w=2, l=1, c=6, m=3))
print(calendar.HTMLCalendar().formatmonth(2024, 1))
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.leapdays(1900, 2025), calendar.monthcalendar(2024, 2))
print(list(calendar.Calendar().itermonthdates(2024, 2))[:3], list(calendar.Calendar(6).iterweekdays()))
print(calendar.Calendar().monthdays2calendar(2024, 3)[0], calendar.Calendar().yeardayscalendar(2024, 12)[0][1][0])
print(calendar.MONDAY, calendar.SUNDAY, calendar.week(((1, 0), (2, 1), (0, 2)), 3) if hasattr(calendar, 'week') else '')
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
