# datetime.strptime and date/time parsing through PyAot's _strptime in the C locale: every directive,
# the locale's %c/%x/%X, week-number and julian arithmetic, %z forms and the errors (from CPython's
# test/test_strptime.py and test/datetimetester.py's test_strptime).
import os
import time
os.environ['TZ'] = 'UTC'
time.tzset()
from datetime import datetime, timezone, timedelta
import _strptime

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

base = datetime(2004, 12, 31, 23, 59, 58, 123456)
for directive in ['a', 'A', 'b', 'B', 'c', 'd', 'H', 'I', 'j', 'm', 'M', 'p', 'S', 'U', 'w', 'W', 'x', 'X', 'y', 'Y', 'f', '%']:
    fmt = '%' + directive
    text = base.strftime(fmt)
    show(lambda: (fmt, text, datetime.strptime(text, fmt)))
for text, fmt in [('2004-12-31T23:59:58.123456', '%Y-%m-%dT%H:%M:%S.%f'), ('Fri Dec 31 23:59:58 2004', '%c'),
                  ('12/31/04', '%x'), ('23:59:58', '%X'), ('5', '%f'), ('000001', '%f'), (' 7', '%d'),
                  ('1 pm', '%I %p'), ('12 AM', '%I %p'), ('12 pm', '%I %p'), ('2004 0 0', '%Y %U %w'), ('2004 52 6', '%Y %W %w'),
                  ('2009 1 0', '%Y %U %w'), ('2009 1 1', '%Y %W %w'), ('2004 366', '%Y %j'), ('69', '%y'), ('68', '%y'),
                  ('2004 W53 5', '%G W%V %u'), ('2009 01 1', '%G %V %u'), ('Thursday', '%A'), ('mAR', '%b'), ('  2004', '%Y'),
                  ('2004\t12', '%Y %m'), ('+01:30', '%z'), ('-0130', '%z'), ('+013015', '%z'), ('+01:30:15.5', '%z'), ('z', '%z'),
                  ('UTC', '%Z'), ('GMT', '%Z'), ('2004-12-31 +0000 UTC', '%Y-%m-%d %z %Z'), ('[2004]', '[%Y]'), ('a.b 2004', 'a.b %Y'),
                  ('29 2 2004', '%d %m %Y'), ('1 1 1900', '%d %m %Y')]:
    show(lambda: datetime.strptime(text, fmt))
for text, fmt in [('2004', '%Y %m'), ('2004 13', '%Y %m'), ('29 2 2005', '%d %m %Y'), ('32', '%d'), ('24', '%H'), ('x', '%Y'),
                  ('2004', '%'), ('2004', '%Y%'), ('1', '%8'), ('2004 1', '%G %V'), ('2004 1 1', '%G %W %u'), ('2004 1', '%Y %V'),
                  ('2004 1 1', '%Y %V %u'), ('+2', '%z'), ('+01:3', '%z'), ('+0130 x', '%z'), ('Mon 2004', '%a %Y %H'),
                  ('2004-12-31 extra', '%Y-%m-%d'), ('0', '%Y'), ('10000', '%Y'), ('1 2 3 4', '%d %m %Y %H'), ('\u0663', '%d')]:
    show(lambda: datetime.strptime(text, fmt))
show(lambda: datetime.strptime('2004', 5))
show(lambda: datetime.strptime(None, '%Y'))
print(repr(datetime.strptime('+0130', '%z').tzinfo), datetime.strptime('-00:30', '%z').utcoffset(), datetime.strptime('2004 +0000', '%Y %z').tzinfo is timezone.utc)
show(lambda: datetime.strptime('EST', '%Z'))
print(repr(datetime.strptime('2004 utc', '%Y %Z')))
tt, frac, gmtoff_frac = _strptime._strptime('2004-12-31 23:59:58.5 +0100', '%Y-%m-%d %H:%M:%S.%f %z')
print(tt, frac, gmtoff_frac)
print(_strptime._strptime_time('Fri Dec 31 23:59:58 2004'))
print(_strptime._strptime_time('2004 1 0', '%Y %U %w'), _strptime._strptime_time('1 1', '%m %d'))
lt = _strptime.LocaleTime()
print(lt.a_weekday, lt.f_month[1:4], lt.am_pm, lt.LC_date_time, lt.LC_date, lt.LC_time)
re = _strptime.TimeRE()
print(re.pattern('%d %Y'), re['Y'], re['z'][:40])
print(re.compile('%m').pattern, _strptime._calc_julian_from_U_or_W(2004, 0, 3, True))
