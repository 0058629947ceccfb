# time, tzinfo and timezone: construction, reprs, isoformat/fromisoformat, strftime, comparisons, hashing,
# tzinfo subclasses and the utcoffset/dst/tzname protocol (from CPython's test/datetimetester.py, TestTime,
# TestTimeTZ, TestTimeZone, TestTZInfo).
from datetime import time, timezone, tzinfo, timedelta, datetime, date

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t = time(12, 0)
print(repr(t), str(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(repr(time()), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)), repr(time(0, 0, 0, 1, fold=1)), repr(time.min), repr(time.max), repr(time.resolution))
for args in [(24,), (-1,), (0, 60), (0, -1), (0, 0, 60), (0, 0, 0, 1000000), (0, 0, 0, -1)]:
    show(lambda: time(*args))
show(lambda: time(fold=2))
show(lambda: time(tzinfo=5))
show(lambda: time(1.5))
# isoformat
t = time(12, 34, 56, 123456)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(t.isoformat(spec), time(1, 2, 3).isoformat(timespec=spec), end=' | ')
print()
show(lambda: t.isoformat(timespec='monkey'))
print(time(12, tzinfo=timezone.utc).isoformat(), time(1, 2, 3, 4, timezone(timedelta(hours=-3, minutes=-15))).isoformat())
# fromisoformat
for s in ['12:30', '12:30:45', '12:30:45.123', '12:30:45.123456', '123045', 'T12:30', '12:30:45+01:00', '12:30:45Z',
          '12:30:45.5-05:30', '04:05:06,07', '12:30:45+00:00:01.000001']:
    print(repr(time.fromisoformat(s)))
for s in ['', '12:', '12:3', '1230:45', '12:30:45.', '12:30:45.1234567890a', '25:00', '12:60', '12:30:45+', 'x']:
    show(lambda: time.fromisoformat(s))
show(lambda: time.fromisoformat(12))
# strftime and format
t = time(1, 2, 3, 4)
print(t.strftime('%H %M %S %f %p %I'), t.strftime('%Y-%m-%d %j'), t.strftime('%z %Z'), format(t, '%H'), format(t), f'{t}')
est = timezone(timedelta(hours=-5), 'EST')
te = time(1, 2, 3, tzinfo=est)
print(te.strftime('%H:%M %z %Z'), te.utcoffset(), te.tzname(), te.dst(), repr(te))
# comparisons and hashing
t1 = time(1, 2, 3, 4)
t2 = time(1, 2, 3, 4)
print(t1 == t2, t1 <= t2, t1 < t2, t1 != t2, hash(t1) == hash(t2))
for args in (2, 2, 3, 4), (1, 3, 3, 4), (1, 2, 4, 4), (1, 2, 3, 5):
    t2 = time(*args)
    print(t1 < t2, t2 > t1, t1 <= t2, t2 >= t1, t1 != t2, end=' ; ')
print()
for badarg in 10, 34.5, "abc", {}, [], ():
    print(t1 == badarg, t1 != badarg)
    show(lambda: t1 < badarg)
print(bool(time(0)), bool(time(0, 0, 0, 1)), bool(time(0, tzinfo=est)))
utc = timezone.utc
print(time(12, tzinfo=utc) == time(7, tzinfo=est), time(12, tzinfo=utc) < time(8, tzinfo=est), hash(time(12, tzinfo=utc)) == hash(time(7, tzinfo=est)))
print(time(12, tzinfo=utc) == time(12))
show(lambda: time(12, tzinfo=utc) < time(12))
# replace
base = time(1, 2, 3, 4)
print(repr(base.replace(hour=5)), repr(base.replace(tzinfo=est)), repr(base.replace(tzinfo=est).replace(tzinfo=None)), repr(base.replace(fold=1)))
show(lambda: base.replace(hour=24))
# timezone
print(repr(timezone.utc), str(timezone.utc), repr(timezone.min), repr(timezone.max), str(timezone.min), str(timezone.max))
for off in [timedelta(hours=5), timedelta(hours=-5), timedelta(hours=5, minutes=30), timedelta(seconds=1), timedelta(microseconds=-1),
            timedelta(hours=23, minutes=59, seconds=59, microseconds=999999), timedelta(0)]:
    tz = timezone(off)
    print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None))
print(repr(timezone(timedelta(hours=1), 'CET')), str(timezone(timedelta(hours=1), 'CET')), timezone(timedelta(0)) is timezone.utc,
      repr(timezone(timedelta(0), 'UTC')), timezone(timedelta(0), 'X') == timezone.utc)
for f in [lambda: timezone(1), lambda: timezone(timedelta(1)), lambda: timezone(-timedelta(1)), lambda: timezone(timedelta(hours=1), 5),
          lambda: timezone(timedelta(hours=1), None), lambda: timezone.utc.utcoffset(5), lambda: timezone.utc.tzname(5),
          lambda: timezone.utc.dst(5), lambda: timezone.utc.fromutc(5), lambda: timezone.utc.fromutc(datetime(2000, 1, 1)),
          lambda: timezone.utc < timezone.utc]:
    show(f)
print(est.fromutc(datetime(2000, 1, 1, 12, tzinfo=est)), utc.fromutc(datetime(2000, 1, 1, tzinfo=utc)))
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'x'), hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), 'y')),
      timezone.utc == 1, timezone.utc != None)
try:
    class TZ(timezone):
        pass
except TypeError as e:
    print("TypeError:", e)
print(isinstance(timezone.utc, tzinfo), timezone.__name__, type(timezone.utc).__module__)
# tzinfo: the abstract methods
tzi = tzinfo()
for f in [lambda: tzi.utcoffset(None), lambda: tzi.dst(None), lambda: tzi.tzname(None), lambda: tzi.fromutc(1)]:
    show(f)
class FixedOffset(tzinfo):
    def __init__(self, offset, name, dstoffset=42):
        if isinstance(offset, int):
            offset = timedelta(minutes=offset)
        if isinstance(dstoffset, int):
            dstoffset = timedelta(minutes=dstoffset)
        self.__offset = offset
        self.__name = name
        self.__dstoffset = dstoffset
    def __repr__(self):
        return self.__name.lower()
    def utcoffset(self, dt):
        return self.__offset
    def tzname(self, dt):
        return self.__name
    def dst(self, dt):
        return self.__dstoffset
fo = FixedOffset(3, "Three")
print(fo.utcoffset(None), fo.tzname(None), fo.dst(None), repr(fo), isinstance(fo, tzinfo))
dt = datetime(2000, 1, 1, 12, tzinfo=fo)
print(repr(dt), dt.utcoffset(), dt.dst(), dt.tzname(), dt.isoformat(), dt.strftime('%z|%Z'), dt.timetuple().tm_isdst)
print(repr(time(1, tzinfo=FixedOffset(-300, 'EST', 0))), time(1, tzinfo=FixedOffset(-300, 'EST', 0)).isoformat())
print(dt.astimezone(utc), fo.fromutc(datetime(2000, 1, 1, 12, tzinfo=fo)))
# bad tzinfo results
class Bad(tzinfo):
    def __init__(self, off, name='x'):
        self.off = off
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return self.off
for off in [5, timedelta(hours=24), timedelta(hours=-24), 'x', timedelta(hours=23, minutes=59)]:
    show(lambda: datetime(2000, 1, 1, tzinfo=Bad(off)).utcoffset())
    show(lambda: datetime(2000, 1, 1, tzinfo=Bad(off)).dst())
    show(lambda: time(1, tzinfo=Bad(off)).utcoffset())
show(lambda: datetime(2000, 1, 1, tzinfo=Bad(None, 5)).tzname())
show(lambda: datetime(2000, 1, 1, tzinfo=Bad(None, 5)).strftime('%Z'))
print(datetime(2000, 1, 1, tzinfo=Bad(None, None)).tzname(), datetime(2000, 1, 1, tzinfo=Bad(None)).utcoffset())
class NoDst(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1)
    def dst(self, dt):
        return None
show(lambda: NoDst().fromutc(datetime(2000, 1, 1, tzinfo=NoDst())))
show(lambda: NoDst().fromutc(datetime(2000, 1, 1)))
print(repr(datetime(2000, 1, 1, tzinfo=timezone(timedelta(hours=3))).astimezone(NoDst()) if False else 'skip'))
