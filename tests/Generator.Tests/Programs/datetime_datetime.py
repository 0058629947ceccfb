# datetime: construction, attributes, arithmetic, comparisons (naive and aware), isoformat/fromisoformat,
# strftime/strptime, timestamps (fixed, in UTC and fixed zones), astimezone, combine, replace (from CPython's
# test/datetimetester.py, TestDateTime and TestDateTimeTZ).
import os
import time as _time
os.environ['TZ'] = 'UTC'
_time.tzset()
from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

dt = datetime(2002, 3, 1, 12, 59, 59, 8000)
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(repr(dt), str(dt), dt.date(), dt.time(), dt.timetz(), dt.ctime())
print(repr(datetime.min), repr(datetime.max), repr(datetime.resolution))
print(repr(datetime(1, 2, 3)), repr(datetime(1, 2, 3, 4)), repr(datetime(1, 2, 3, 4, 5)), repr(datetime(1, 2, 3, 0, 0, 6)))
print(repr(datetime(1, 2, 3, 4, 5, 6, 7, fold=1)), repr(datetime(2000, 1, 1, tzinfo=timezone.utc)))
# isoformat
t = datetime(1, 2, 3, 4, 5, 1, 123)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(t.isoformat(timespec=spec), t.isoformat(' ', spec), end=' | ')
print()
print(t.isoformat('T'), t.isoformat(' '), t.isoformat('\u1234'), str(t), datetime(2000, 1, 1).isoformat())
print(datetime(1, 2, 3, 4, 5, 1, 999500).isoformat(timespec='milliseconds'))
show(lambda: t.isoformat(timespec='foo'))
show(lambda: t.isoformat(sep='ab'))
tzs = [timezone(timedelta(hours=2, minutes=30)), timezone(-timedelta(hours=5)), timezone.utc,
       timezone(timedelta(seconds=12, microseconds=5)), timezone(timedelta(hours=-2, seconds=-7))]
for tz in tzs:
    print(datetime(2020, 1, 1, 12, tzinfo=tz).isoformat(), end=' ')
print()
# fromisoformat
for s in ['2011-11-04', '20111104', '2011-11-04T00:05:23', '2011-11-04T00:05:23Z', '20111104T000523',
          '2011-W01-2T00:05:23.283', '2011-11-04 00:05:23.283', '2011-11-04 00:05:23.283+00:00',
          '2011-11-04T00:05:23+04:00', '2011-11-04T00:05:23.123456-05:30:10', '2025-01-02T03:04:05,678',
          '2000-01-01T00:00:00.1', '2000-01-01T23:59:59.9999999', '2000-01-01T12:30', '2000-01-01T12']:
    print(repr(datetime.fromisoformat(s)))
for s in ['', '2009.04-19T03', '2009-04.19T03', '2009-04-19T0a', '2009-04-19T03:1a:45', '2009-04-19T03:15:4a',
          '2009-04-19T03;15:45', '2009-04-19T03:15:45.1234+1', '2009-04-19T03:15:45+03:3a', '2009-04-32T24:00',
          '2009-04-19T1', '2009-04-19T03:15:4500:00', '2009-04\ud80010T03:15', '2020-01-01T25:00', '2020-13-01']:
    show(lambda: datetime.fromisoformat(s))
show(lambda: datetime.fromisoformat(None))
for d in [datetime(2025, 1, 2, 3, 4, 5, 678901), datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=tzs[0])]:
    print(datetime.fromisoformat(d.isoformat()) == d, datetime.fromisoformat(str(d)) == d)
# arithmetic
a = datetime(2002, 3, 2, 17, 6)
b = datetime(1956, 1, 31)
diff = a - b
print(diff, diff.days, diff.seconds, a - a, b - a)
hour = timedelta(0, 3600)
day = timedelta(1)
week = timedelta(7)
print(a + hour, a + 10 * hour, a - hour, a - 20 * hour, a + day, a - week, a + 52 * week, hour + a)
print(a + timedelta(microseconds=1), a - timedelta(microseconds=1), a + timedelta(days=1, seconds=-1))
print((a + week) - a, (a - week) - a, a - (a + day), datetime(2000, 3, 1) - datetime(2000, 2, 28))
for f in [lambda: a + 1, lambda: a - 1, lambda: a * 1, lambda: a + a, lambda: a / 2, lambda: day - a,
          lambda: datetime.max + day, lambda: datetime.min - timedelta(microseconds=1)]:
    show(f)
# comparisons
t1 = datetime(2000, 1, 1, 12)
t2 = datetime(2000, 1, 1, 12, 0, 0, 1)
print(t1 < t2, t1 <= t2, t1 == t2, t1 != t2, t1 > t2, t1 >= t2, t1 == t1.replace())
print(t1 == date(2000, 1, 1), t1 != date(2000, 1, 1))
show(lambda: t1 < date(2000, 1, 1))
utc = timezone.utc
est = timezone(timedelta(hours=-5), 'EST')
x = datetime(2000, 1, 1, 12, tzinfo=utc)
y = datetime(2000, 1, 1, 7, tzinfo=est)
print(x == y, x < y, x - y, hash(x) == hash(y), x == t1, x != t1)
show(lambda: x < t1)
show(lambda: x - t1)
print(datetime(2000, 1, 1, 12, tzinfo=utc) - datetime(2000, 1, 1, 11, tzinfo=est))
# replace and combine
base = datetime(1, 2, 3, 4, 5, 6, 7)
print(base.replace(year=2), base.replace(hour=0), base.replace(tzinfo=utc), base.replace(microsecond=0), base.replace(fold=1).fold)
show(lambda: base.replace(year=2001, month=2, day=29))
show(lambda: base.replace(hour=24))
show(lambda: base.replace(tzinfo=1))
d = date(2002, 3, 4)
tm = time(18, 45, 3, 1234, tzinfo=est)
print(repr(datetime.combine(d, tm)), repr(datetime.combine(d, tm, None)), repr(datetime.combine(d, tm, tzinfo=utc)))
print(repr(datetime.combine(datetime(2002, 3, 4, 5), time())))
show(lambda: datetime.combine(tm, d))
show(lambda: datetime.combine(d, d))
# timestamps (TZ is UTC)
for ts in [0, 1, 1.5, -1.5, 1234567890.123456, 1e9, -1e9, 253402300799]:
    print(repr(datetime.fromtimestamp(ts, utc)), repr(datetime.fromtimestamp(ts)), end=' ')
    print(datetime.fromtimestamp(ts, utc).timestamp())
print(datetime(1970, 1, 1).timestamp(), datetime(2000, 1, 1, tzinfo=est).timestamp(), datetime(1, 1, 1, tzinfo=utc).timestamp())
print(repr(datetime.fromtimestamp(1e9, tz=est)), repr(datetime.fromtimestamp(0.9999999, utc)), repr(datetime.fromtimestamp(-0.9999999, utc)))
for ts in [0.5e-6, 1.5e-6, 2.5e-6, -0.5e-6, 0.9999996]:
    print(repr(datetime.fromtimestamp(ts, utc)), end=' ')
print()
show(lambda: datetime.fromtimestamp(float('nan')))
show(lambda: datetime.fromtimestamp(1e20))
show(lambda: datetime.fromtimestamp('1'))
show(lambda: datetime.fromtimestamp(0, 1))
print(repr(date.fromtimestamp(86400 * 365.5)))
# utcoffset, tzname, dst, timetuple, utctimetuple
print(x.utcoffset(), x.tzname(), x.dst(), y.utcoffset(), y.tzname(), t1.utcoffset(), t1.tzname(), t1.dst())
print(y.timetuple())
print(y.utctimetuple())
print(t1.utctimetuple(), t1.toordinal(), t1.weekday(), t1.isocalendar())
# astimezone
print(repr(x.astimezone(est)), repr(y.astimezone(utc)), repr(x.astimezone(timezone(timedelta(hours=9)))))
print(repr(t1.astimezone(utc)), repr(t1.astimezone()), repr(x.astimezone()))
show(lambda: x.astimezone(1))
# strftime
t = datetime(2004, 12, 31, 6, 22, 33, 47)
print(t.strftime("%m %d %y %f %S %M %H %j"), t.strftime("%c"), t.strftime("%I %p %U %W %w %a %A %b %B %%"))
print(x.strftime("%z %Z %:z"), y.strftime("%z %Z"), t1.strftime("[%z] [%Z]"))
print(datetime(2000, 1, 1, tzinfo=timezone(timedelta(hours=5, minutes=30, seconds=15, microseconds=5))).strftime("%z %Z"))
print(f"{t:%Y-%m-%dT%H}", format(t), format(t, ''), '{:%H:%M}'.format(t))
# strptime
print(repr(datetime.strptime("2004-12-01 13:02:47.197", "%Y-%m-%d %H:%M:%S.%f")))
print(repr(datetime.strptime("+0002", "%z")), repr(datetime.strptime("-0530 UTC", "%z %Z")), repr(datetime.strptime("UTC", "%Z")))
print(repr(datetime.strptime("Mon Jan  5 14:03:01 2004", "%a %b %d %H:%M:%S %Y")), repr(datetime.strptime("Monday, March 3 2003", "%A, %B %d %Y")))
print(repr(datetime.strptime("02/29/04 11 PM", "%m/%d/%y %I %p")), repr(datetime.strptime("2004 1 3", "%Y %W %w")), repr(datetime.strptime("99 365", "%y %j")))
print(repr(datetime.strptime("1 2 03", "%d %m %y")), repr(datetime.strptime("-00:02:01.000003", "%z")), repr(datetime.strptime('Z', '%z')))
for s, f in [("2004-12-01", "%Y-%m-%d %H"), ("foo", "%Y"), ("2004-13-01", "%Y-%m-%d"), ("12", "%H%"), ("1", "%Q"),
             ("2004-12-01 extra", "%Y-%m-%d"), ("30 Feb 2001", "%d %b %Y"), ("+1234567", "%z")]:
    show(lambda: datetime.strptime(s, f))
show(lambda: datetime.strptime(1, "%Y"))
show(lambda: datetime.strptime("1", 2))
# subclass
class Sub(datetime):
    def extra(self):
        return self.year * 2
s = Sub(2000, 1, 2, 3)
print(repr(s), s.extra(), type(s + day).__name__, type(s.replace(year=2001)).__name__, type(Sub.fromtimestamp(0)).__name__,
      type(Sub.strptime("2000", "%Y")).__name__, type(Sub.fromisoformat("2000-01-01")).__name__, type(Sub.combine(d, tm)).__name__)
print(hash(datetime(2000, 1, 1)) == hash(datetime(2000, 1, 1, 0)), len({datetime(2000, 1, 1), datetime(2000, 1, 1, tzinfo=utc)}))
print(UTC is utc, datetime(2000, 1, 1, tzinfo=UTC))
