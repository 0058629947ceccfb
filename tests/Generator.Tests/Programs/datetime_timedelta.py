# timedelta: construction, normalisation, arithmetic, comparisons, str/repr, errors (from CPython's
# test/datetimetester.py, TestTimeDelta).
from datetime import timedelta, date, datetime
td = timedelta

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

# constructor
print(td(), td(1), td(0, 1), td(0, 0, 1), td(weeks=1), td(days=1, hours=-24))
print(td(hours=1) == td(seconds=3600), td(milliseconds=1) == td(microseconds=1000))
print(repr(td(weeks=1.5)), repr(td(days=0.5)), repr(td(seconds=0.5)), repr(td(microseconds=0.5)), repr(td(microseconds=1.5)))
print(repr(td(microseconds=-0.5)), repr(td(microseconds=2.5)), repr(td(days=1e-6)), repr(td(hours=-0.25)))
a = td(7)
b = td(0, 60)
c = td(0, 0, 1000)
print(a + b + c, a - b, b - a, -a, +a, abs(-a), a * 10, 10 * a, a * 0)
print(a // 7, a // 3600000, a / 0.5, a * 0.5, b * 0.1, a / 7, a / a, a / b, a // b, a % b)
print(a / 3600000, td(hours=1) * 1.5, td(0, 0, 1) * 0.5, td(0, 0, 3) * 0.5)
print(-1 * a, a * -1, td(0, 0, -1) / 2, td(0, 0, 3) / 2, td(0, 0, 5) // 2)
print(divmod(td(minutes=5), td(seconds=7)), divmod(td(minutes=-5), td(seconds=7)))
print(td(minutes=2, seconds=30) % td(minutes=1), td(minutes=-2, seconds=30) % td(minutes=1))
print(td(hours=1) / td(minutes=7), td(hours=1) // td(minutes=7), td(seconds=1) / 3)
# disallowed
for f in [lambda: a + 1, lambda: 1 + a, lambda: a - 1, lambda: a * 1.5j, lambda: a / "x", lambda: a // 0,
          lambda: a / 0, lambda: a % 0, lambda: a // 1.5, lambda: a < 1, lambda: td(1) * td(2)]:
    show(f)
print(a == 1, a != 1, a == td(7), td(0) == 0)
# attributes
t = td(-1, 86399, 999999)
print(t.days, t.seconds, t.microseconds, t.total_seconds())
for total in [86400, -86400, 0.5, -0.5, 2**31, 1e-6]:
    print(td(seconds=total).total_seconds())
print(td(microseconds=-1).total_seconds(), td(days=999999999).total_seconds())
# carries
print(repr(td(days=100, weeks=-7, hours=-24*(100-49), minutes=-3, seconds=12, microseconds=(3*60 - 12) * 1e6 + 1)))
print(repr(td(microseconds=-1)), repr(td(seconds=-1, microseconds=1)))
# hash
print(hash(td(1)) == hash(td(days=1)), hash(td(0, 1)) == hash(td(seconds=1)), len({td(1), td(days=1), td(0, 86400)}))
# comparisons
t1 = td(2, 3, 4)
t2 = td(2, 3, 4)
print(t1 == t2, t1 <= t2, t1 >= t2, t1 != t2, t1 < t2, t1 > t2)
for args in (3, 3, 3), (2, 4, 4), (2, 3, 5):
    t2 = td(*args)
    print(t1 < t2, t2 > t1, t1 <= t2, t1 != t2, t2 == t1, t2 <= t1)
for badarg in [10, 34.5, "td", [], ()]:
    print(t1 == badarg, t1 != badarg, badarg == t1)
    show(lambda: t1 <= badarg)
    show(lambda: badarg > t1)
# str
print(str(td(1)), str(td(-1)), str(td(2)), str(td(-2)), str(td(hours=12, minutes=58, seconds=59)))
print(str(td(hours=2, minutes=3, seconds=4)), str(td(weeks=-30, hours=23, minutes=12, seconds=34)))
print(str(td(milliseconds=1)), str(td(microseconds=3)), str(td(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)))
# repr
print(repr(td(1)), repr(td(10, 2)), repr(td(-10, 2, 400000)), repr(td(seconds=60)), repr(td()), repr(td(microseconds=100)))
print(repr(td(days=1, microseconds=100)), repr(td(seconds=1, microseconds=100)))
# min/max/resolution and overflow
print(repr(td.min), repr(td.max), repr(td.resolution), td.max > td.min)
for f in [lambda: td.max + td.resolution, lambda: td.min - td.resolution, lambda: -td.max - td.resolution,
          lambda: td(1000000000), lambda: td(-1000000000), lambda: td(seconds=86400 * 1000000000),
          lambda: td.max * 2, lambda: td(microseconds=1e20), lambda: td(days=float('nan')),
          lambda: td(hours=float('inf')), lambda: td.min // -1]:
    show(f)
show(lambda: td("1"))
show(lambda: td(days=1, foo=2))
# rounding
for us in [0.5, 1.5, 2.5, -0.5, -1.5, 0.49, 0.51]:
    print(td(microseconds=us).microseconds, end=' ')
print()
print(repr(td(seconds=1/3)), repr(td(days=1/3)), repr(td(minutes=1/7)))
print(repr(td(microseconds=999999999999999999)))
# bool
print(bool(td(1)), bool(td(0, 1)), bool(td(0, 0, 1)), bool(td(microseconds=1)), bool(td(0)))
# subclass
class T(td):
    @staticmethod
    def from_td(t):
        return T(t.days, t.seconds, t.microseconds)
    def as_hours(self):
        sum = (self.days * 24 + self.seconds / 3600.0 + self.microseconds / 3600e6)
        return round(sum)
t1 = T(days=1)
print(type(t1).__name__, t1.as_hours(), repr(t1), type(t1 + td(1)).__name__, type(t1 * 2).__name__)
t2 = T.from_td(td(days=2, hours=4))
print(t2.as_hours(), type(-t1).__name__, abs(t1) == t1)
# dates and deltas
print(date(2000, 1, 1) + td(days=1, hours=23), date(2000, 1, 1) - td(hours=25), td(days=366) + date(1999, 12, 31))
print(datetime(2000, 1, 1) - td(microseconds=1), td(1) + datetime(1999, 12, 31, 12))
