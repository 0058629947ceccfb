# copy and deepcopy of every datetime class (through their __reduce__/__reduce_ex__), and the reduced forms
# (from CPython's test/datetimetester.py pickling tests, without pickle).
import copy
from datetime import date, datetime, time, timedelta, timezone, tzinfo

class FixedOffset(tzinfo):
    def __init__(self, minutes=0, name='F'):
        self.off = timedelta(minutes=minutes)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return timedelta(0)
    def __repr__(self):
        return 'FixedOffset(%r)' % self.name

class SlotOffset(FixedOffset):
    __slots__ = ('extra',)

so = SlotOffset(30, 'S')
so.extra = 7
objs = [date(2000, 1, 2), datetime(2000, 1, 2, 3, 4, 5, 6, tzinfo=timezone.utc), datetime(2000, 1, 2, fold=1),
        time(1, 2, tzinfo=timezone(timedelta(hours=1), 'X')), time(23, 59, 59, 999999, fold=1), timedelta(1, 2, 3),
        timedelta(-5), timezone.utc, timezone(timedelta(hours=-3)), timezone(timedelta(minutes=90), 'N'),
        FixedOffset(-60, 'M'), so, datetime(2001, 2, 3, tzinfo=FixedOffset(120, 'T')), datetime.max, date.min, time.max]
for o in objs:
    c = copy.copy(o)
    d = copy.deepcopy(o)
    print(repr(c), c == o or isinstance(o, tzinfo), repr(d), type(d) is type(o))
print(date(2000, 1, 1).__reduce__(), timedelta(1, 2, 3).__reduce__())
print(datetime(2000, 1, 2, 3, 4, 5, 6).__reduce__(), datetime(2000, 1, 2, 3, fold=1).__reduce_ex__(4))
print(time(1, 2, 3, 4).__reduce__(), time(1, fold=1).__reduce_ex__(2), time(1, fold=1).__reduce_ex__(4))
print(timezone.utc.__reduce__(), timezone(timedelta(hours=1), 'A').__reduce__())
print(FixedOffset(5, 'Q').__reduce__()[1:], so.__reduce__()[1:], tzinfo().__reduce__())
print(date(*date(2000, 1, 1).__reduce__()[1]), datetime(*datetime(2000, 1, 2, 3, tzinfo=timezone.utc).__reduce__()[1]))
print(repr(time(*time(1, 2, 3, 4, fold=1).__reduce_ex__(4)[1])))
c = copy.deepcopy(so)
print(c.extra, c.off, c.name)
