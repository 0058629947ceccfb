# time's calendar functions: struct_time, gmtime, localtime (TZ fixed and tzset), mktime, asctime, ctime,
# strftime, the zone constants, and their errors (from CPython's test/test_time.py, deterministic parts).
import os
import time

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

os.environ['TZ'] = 'UTC'
time.tzset()
print(time.timezone, time.altzone, time.daylight, time.tzname)
# struct_time
st = time.gmtime(1234567890)
print(st)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, st.tm_isdst, st.tm_zone, st.tm_gmtoff)
print(len(st), st[0], st[-1], st[2:5], tuple(st), list(st)[:3], type(st).__name__, type(tuple(st)).__name__, isinstance(st, tuple))
print(st == tuple(st), st == time.gmtime(1234567890), hash(st) == hash(tuple(st)), st.index(13), st.count(0))
print(time.struct_time.n_sequence_fields, time.struct_time.n_fields, time.struct_time.n_unnamed_fields, type(st) is time.struct_time)
s9 = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0))
print(s9, s9.tm_zone, s9.tm_gmtoff)
s11 = time.struct_time([2000, 1, 2, 3, 4, 5, 6, 2, 1, 'XYZ', 3600])
print(s11, s11.tm_zone, s11.tm_gmtoff, len(s11))
for bad in [(1, 2, 3), tuple(range(12))]:
    show(lambda: time.struct_time(bad))
show(lambda: time.struct_time(5))
show(lambda: st.tm_year.__class__ and setattr(st, 'tm_year', 1))
# gmtime
for t in [0, -1, 1.9, -1.9, 86400 * 365.25 * 30, 2**31, -2**31, 253402300799, 1e10]:
    print(tuple(time.gmtime(t)))
print(time.gmtime(None) is not None, len(time.gmtime()))
for bad in [float('nan'), float('inf'), 1e300, 2**63, 'x', [1], 2**60]:
    show(lambda: time.gmtime(bad))
show(lambda: time.gmtime(1, 2))
# localtime under fixed zones
print(time.localtime(1234567890))
for tz in ['EST+05EDT,M3.2.0,M11.1.0', 'AEST-10AEDT-11,M10.5.0,M3.5.0', 'UTC', 'JST-9', 'America/New_York', 'Europe/Berlin']:
    os.environ['TZ'] = tz
    time.tzset()
    print(tz, time.timezone, time.altzone, time.daylight, time.tzname)
    for t in [0, 1234567890, 1215000000, 1700000000.5]:
        lt = time.localtime(t)
        print(' ', tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.mktime(lt), time.strftime('%Y-%m-%d %H:%M:%S %Z %z', lt), time.ctime(t))
    print(' ', time.mktime((2020, 6, 15, 12, 0, 0, 0, 0, -1)), time.mktime((2020, 12, 15, 12, 0, 0, 0, 0, 0)), time.mktime((2020, 1, 40, 25, 61, 0, 0, 0, 0)))
os.environ['TZ'] = 'UTC'
time.tzset()
show(lambda: time.mktime((1, 2, 3)))
show(lambda: time.mktime(5))
show(lambda: time.mktime((2000, 1, 1, 0, 0, 0, 0, 1.5, 0)))
show(lambda: time.mktime((2**40, 1, 1, 0, 0, 0, 0, 1, 0)))
show(lambda: time.mktime((-2**31, 1, 1, 0, 0, 0, 0, 1, 0)))
# asctime and ctime
print(time.asctime(time.gmtime(0)), time.asctime(time.gmtime(1234567890)), time.ctime(0), time.ctime(1e9), time.ctime(-1e9))
print(time.asctime((2000, 1, 1, 0, 0, 0, 0, 0, 0)), time.asctime((12345, 12, 31, 23, 59, 61, 6, 366, 1)), time.asctime((-5, 1, 1, 0, 0, 0, 0, 1, 0)))
for bad in [(1, 2), 'x', (2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 32, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 24, 0, 0, 0, 1, 0),
            (2000, 1, 1, 0, 60, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 62, 0, 1, 0), (2000, 1, 1, 0, 0, 0, -2, 1, 0),
            (2000, 1, 1, 0, 0, 0, 0, 367, 0), (2000, -1, 1, 0, 0, 0, 0, 1, 0)]:
    show(lambda: time.asctime(bad))
show(lambda: time.asctime((2000, 1, 1), 2))
print(time.asctime((2000, 0, 0, 0, 0, 0, 0, 0, 0)))
# strftime
tt = time.gmtime(1234567890)
for fmt in ['%a', '%A', '%b', '%B', '%c', '%d', '%H', '%I', '%j', '%m', '%M', '%p', '%S', '%U', '%w', '%W', '%x', '%X', '%y',
            '%Y', '%Z', '%z', '%%', '%e', '%C', '%D', '%F', '%G', '%g', '%V', '%u', '%T', '%R', '%r', '%h', '%n', '%t', '%s',
            '%k', '%l', '%P', '%-d', '%_H', '%010Y', '%^a', '%#b', '%Ey', '%Od', '%Q', '', 'plain text', '%', '\u20ac%Y\u00e9']:
    print(repr(fmt), repr(time.strftime(fmt, tt)))
print(time.strftime('%Y-%m-%d', (2000, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%Y %j %a', (1, 1, 1, 0, 0, 0, 0, 1, 0)),
      time.strftime('%Y', (-1, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%Y', (100000, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime('%Z|%z', (2000, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%Z|%z', s11), time.strftime('%Z|%z', (2000, 1, 1, 0, 0, 0, 0, 1, 5)))
print(time.strftime('%d %j', (2000, 0, 0, 0, 0, 0, 0, 0, 0)), len(time.strftime('%Y' * 600, tt)), len(time.strftime('x' * 3000, tt)))
for bad in [(1, 2), 'x', (2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 0, 0, 1.0, 0), (2**31, 1, 1, 0, 0, 0, 0, 1, 0),
            (2000, 1, 1, 0, 0, 0, 0, 400, 0)]:
    show(lambda: time.strftime('%Y', bad))
show(lambda: time.strftime(5))
show(lambda: time.strftime('%Y\0', tt))
show(lambda: time.strftime())
show(lambda: time.strftime('%Y', tt, 1))
print(type(time.strftime('%Y')).__name__, len(time.asctime()), len(time.ctime()))
