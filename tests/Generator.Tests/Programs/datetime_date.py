# date: construction and its errors, ordinals, arithmetic, comparisons, ISO calendar and formats, strftime,
# replace, subclasses (from CPython's test/datetimetester.py, TestDate and TestDateOnly).
from datetime import date, timedelta, datetime, MINYEAR, MAXYEAR
import datetime as datetime_module

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(MINYEAR, MAXYEAR, datetime_module.UTC is datetime_module.timezone.utc)
d = date(2002, 3, 1)
print(d.year, d.month, d.day, repr(d), str(d), d.isoformat(), d.ctime(), format(d), format(d, '%d/%m'))
print(repr(date.min), repr(date.max), repr(date.resolution))
# round trip and ordinals
for args in [(1, 1, 1), (1945, 11, 12), (2000, 2, 29), (9999, 12, 31), (1, 12, 31)]:
    dd = date(*args)
    print(dd.toordinal(), date.fromordinal(dd.toordinal()) == dd, dd.weekday(), dd.isoweekday())
for y in 1, 2, 3, 4, 100, 400, 1900, 2000, 2001:
    print(y, date(y, 1, 1).toordinal(), date(y, 12, 31).toordinal(), end='; ')
print()
show(lambda: date.fromordinal(0))
show(lambda: date.fromordinal(3652060))
show(lambda: date.fromordinal(-1))
print(date.fromordinal(1), date.fromordinal(3652059))
# bad constructor arguments
for args in [(MINYEAR - 1, 1, 1), (MAXYEAR + 1, 1, 1), (2000, 0, 1), (2000, 13, 1), (2000, 1, 0), (2000, 2, 30),
             (2001, 2, 29), (2100, 2, 29), (1900, 2, 29), (2000, 4, 31), (2000, 1, 32)]:
    show(lambda: date(*args))
print(date(2000, 2, 29), date(2004, 2, 29), date(2400, 2, 29))
show(lambda: date(1.0, 1, 1))
show(lambda: date("2000", 1, 1))
# hash and equality
d1 = date(2000, 12, 31)
d2 = date(2000, 12, 31)
print(d1 == d2, hash(d1) == hash(d2), len({d1: 1, d2: 2}), d1 != date(2001, 1, 1))
# computations
a = date(2002, 1, 31)
b = date(1956, 1, 31)
c = date(2001, 2, 1)
diff = a - b
print(diff.days, diff.seconds, diff.microseconds, a - a, b - a)
day = timedelta(1)
week = timedelta(7)
print(a + day, a - day, a + week, a - week, a + 52 * week, a - 52 * week, day + a, week + a)
print((a + week) - a, (a - week) - a, a - (a + day), a - (a - week), c - b)
print(date(2000, 1, 1) + timedelta(days=365, hours=23, minutes=59), date(2000, 3, 1) - timedelta(days=1))
for f in [lambda: a + 1, lambda: a - 1, lambda: 1 + a, lambda: 1 - a, lambda: a * 1, lambda: a + a, lambda: a // 1,
          lambda: a / 2, lambda: day - a, lambda: day * a]:
    show(f)
# overflow
tiny = date.resolution
for f in [lambda: date.min - tiny, lambda: date.max + tiny, lambda: date.min + (-tiny), lambda: date.max - timedelta(days=3652059)]:
    show(f)
# weekday, isocalendar
for i in range(7):
    print(date(2002, 3, 4 + i).weekday(), date(2002, 3, 4 + i).isoweekday(), date(1956, 1, 2 + i).weekday(), end=' ')
print()
for i in range(7):
    dd = date(2003, 12, 22 + i)
    print(tuple(dd.isocalendar()), end=' ')
    dd = date(2003, 12, 29) + timedelta(i)
    print(tuple(dd.isocalendar()), end=' ')
print()
ic = date(2004, 1, 1).isocalendar()
print(ic, ic.year, ic.week, ic.weekday, ic[0], ic == (2004, 1, 4), type(ic).__name__, len(ic))
for y in [1976, 1981, 1987, 1992, 1998, 2004, 2009, 2015, 2020, 2026]:
    print(date(y, 12, 28).isocalendar()[1], end=' ')
print()
# strftime
t = date(2005, 3, 2)
print(t.strftime("m:%m d:%d y:%y"), t.strftime(""), t.strftime('x'), t.strftime("%a %A %b %B %j %U %W %w %%"))
print(t.strftime("%H:%M:%S %p %f %z %Z"), repr(t.strftime("%")), repr(t.strftime("m:%m %")))
print(t.strftime('\u1234 %Y'), t.strftime('%c'), t.strftime('%x'))
show(lambda: t.strftime(3))
print(date(1, 1, 1).strftime("%Y %y"), date(49, 1, 1).strftime("%Y"), date(999, 1, 1).strftime("%Y %G"))
# format
print(format(t, ''), format(t, '%Y/%m/%d'), '{:%j}'.format(t), f'{t:%d %B}')
show(lambda: format(t, 3))
class A(date):
    def __str__(self):
        return 'A'
print(format(A(2007, 9, 10), ''), format(A(2007, 9, 10), '%Y'))
# timetuple
for i in range(7):
    dd = date(1956, 1, 2 + i)
    tt = dd.timetuple()
    print(tuple(tt), end=' ')
print()
print(date(2004, 12, 31).timetuple())
# compare
t1 = date(2, 3, 4)
t2 = date(2, 3, 4)
print(t1 == t2, t1 <= t2, t1 >= t2, t1 != t2, t1 < t2, t1 > t2)
for args in (3, 3, 3), (2, 4, 4), (2, 3, 5):
    t2 = date(*args)
    print(t1 < t2, t2 > t1, t1 <= t2, t1 != t2, t2 == t1, t2 <= t1, end='; ')
print()
for badarg in (10, 34.5, "abc", {}, [], ()):
    print(t1 == badarg, t1 != badarg, badarg == t1)
    show(lambda: t1 < badarg)
    show(lambda: badarg >= t1)
print(date(2000, 1, 1) == datetime(2000, 1, 1), datetime(2000, 1, 1) == date(2000, 1, 1))
show(lambda: date(2000, 1, 1) < datetime(2000, 1, 1))
# bool
print(bool(date.min), bool(date.max))
# replace
base = date(1, 2, 3)
print(base.replace(), base.replace(year=2), base.replace(month=3), base.replace(day=4), base.replace(2, 3, 4))
show(lambda: base.replace(year=2001, month=2, day=29))
show(lambda: base.replace(month=13))
class DateSubclass(date):
    pass
dsub = DateSubclass(2012, 1, 1)
print(type(dsub.replace(year=2013)).__name__, repr(dsub), repr(dsub.replace(day=5)))
# subclasses
class C(date):
    theAnswer = 42
    def __new__(cls, *args, **kws):
        temp = kws.copy()
        extra = temp.pop('extra')
        result = date.__new__(cls, *args, **temp)
        result.extra = extra
        return result
    def newmeth(self, start):
        return start + self.year + self.month
dt1 = C(2003, 4, 14, extra=7)
print(dt1.theAnswer, dt1.extra, dt1.newmeth(-7), type(dt1).__name__, repr(dt1), dt1 == date(2003, 4, 14))
print(type(C.today()).__name__ if False else 'skip', type(DateSubclass.fromordinal(5)).__name__,
      type(DateSubclass.fromisoformat('2020-01-01')).__name__, type(DateSubclass.fromisocalendar(2020, 1, 1)).__name__)
print(type(dsub + timedelta(1)).__name__, type(dsub - timedelta(1)).__name__, type(dsub - date(2000, 1, 1)).__name__)
