# The Python part of _datetime (src/modules/datetime.c): the class that
# date.isocalendar() returns, a named tuple of three ints written in
# Python because it is a tuple subclass with nothing else in C.

class IsoCalendarDate(tuple):
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        # Pickled as a plain tuple: there is no picklable IsoCalendarDate
        # name to load it from.
        return (tuple, (tuple(self),))

    def __repr__(self):
        return (f'{type(self).__module__}.{type(self).__qualname__}'
                f'(year={self[0]}, week={self[1]}, weekday={self[2]})')


IsoCalendarDate.__module__ = 'datetime'
