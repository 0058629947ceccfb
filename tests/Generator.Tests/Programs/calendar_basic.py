# calendar's functions, constants, enums, iterators and errors (from CPython's test/test_calendar.py).
import calendar
import datetime

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print([calendar.isleap(y) for y in (1900, 2000, 2003, 2004, 2100, 2400, -4, 0)])
print(calendar.leapdays(2010, 2010), calendar.leapdays(2010, 2011), calendar.leapdays(2010, 2012), calendar.leapdays(1997, 2020),
      calendar.leapdays(2020, 1997), calendar.leapdays(0, 2000), calendar.leapdays(-2000, 2000))
print(calendar.weekday(2004, 1, 1), calendar.weekday(1, 1, 1), calendar.weekday(9999, 12, 31), calendar.weekday(10000, 1, 1), calendar.weekday(12345, 6, 7), calendar.weekday(-1, 1, 1) if False else '')
for y, m in [(2004, 1), (2004, 2), (2100, 2), (2000, 2), (2010, 12), (1, 1), (9999, 12)]:
    print(calendar.monthrange(y, m), end=' ')
print()
for m in [0, 13, -1]:
    show(lambda: calendar.monthrange(2004, m))
e = calendar.IllegalMonthError(13)
print(str(e), repr(e.month), isinstance(e, ValueError), calendar.error is ValueError)
e = calendar.IllegalWeekdayError(7)
print(str(e), e.weekday, isinstance(e, ValueError))
# enums
print(repr(calendar.JANUARY), repr(calendar.DECEMBER), repr(calendar.MONDAY), repr(calendar.SUNDAY), calendar.MONDAY, int(calendar.FRIDAY))
print(calendar.Month(2), calendar.Day(6), calendar.Month.MARCH.name, calendar.Month.MARCH.value, len(calendar.Month), len(calendar.Day))
print(calendar.FEBRUARY == 2, calendar.MONDAY + 1, [d.name for d in calendar.Day], list(calendar.Month)[:2])
show(lambda: calendar.Month(13))
print(isinstance(calendar.MAY, int), type(calendar.MAY).__name__, calendar.Month.__module__)
# names
print(list(calendar.day_name), list(calendar.day_abbr), len(calendar.day_name), calendar.day_name[0], calendar.day_abbr[-1])
print(list(calendar.month_name), list(calendar.month_abbr), len(calendar.month_name), calendar.month_name[1:3], calendar.month_abbr[::4])
print(calendar.mdays, calendar.EPOCH, calendar.day_name[2:4])
# firstweekday
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2))
calendar.setfirstweekday(calendar.MONDAY)
for bad in [7, -1, 10]:
    show(lambda: calendar.setfirstweekday(bad))
show(lambda: calendar.setfirstweekday('x'))
# weekheader widths
for w in [1, 2, 3, 9, 10, 12]:
    print(repr(calendar.weekheader(w)))
# monthcalendar and iterators
print(calendar.monthcalendar(2004, 2))
print(calendar.monthcalendar(2010, 2))
c = calendar.Calendar()
print(c.getfirstweekday(), list(c.iterweekdays()))
c.setfirstweekday(6)
print(c.firstweekday, list(c.iterweekdays()))
c = calendar.Calendar(firstweekday=3)
print(list(c.itermonthdays(2004, 2)))
print(list(c.itermonthdays2(2004, 2))[:8])
print(list(c.itermonthdays3(2004, 2))[:3], list(c.itermonthdays4(2004, 2))[:3])
print(list(c.itermonthdates(2004, 2))[:3], len(list(c.itermonthdates(2004, 2))))
print(c.monthdatescalendar(2004, 2)[0], c.monthdays2calendar(2004, 2)[-1], c.monthdayscalendar(2004, 2))
print(len(c.yeardatescalendar(2004)), len(c.yeardays2calendar(2004, 4)), c.yeardayscalendar(2004, 6)[1][0][0])
for fw in range(7):
    cal = calendar.Calendar(fw)
    print(fw, [len(list(cal.itermonthdates(2010, m))) for m in (1, 2, 12)], cal.monthdayscalendar(2010, 2)[0])
# the extreme months (no datetime beyond)
print(list(calendar.Calendar().itermonthdays(1, 1))[:3], list(calendar.Calendar().itermonthdays(9999, 12))[-3:])
print(list(calendar.Calendar(6).itermonthdays4(9999, 12))[-2:], list(calendar.Calendar(2).itermonthdays3(1, 1))[:2])
show(lambda: list(calendar.Calendar().itermonthdates(9999, 12)))
show(lambda: list(calendar.Calendar().itermonthdates(1, 1)))
show(lambda: calendar.monthcalendar(2004, 13))
# timegm
for tt in [(1970, 1, 1, 0, 0, 0), (2004, 2, 29, 12, 30, 15), (1969, 12, 31, 23, 59, 59), (2038, 1, 19, 3, 14, 8),
           (1, 1, 1, 0, 0, 0), (2000, 1, 1, 0, 0, 0, 5, 1, 0), (2000, 1, 1, 25, 61, 61)]:
    print(calendar.timegm(tt), end=' ')
print()
import time
print(calendar.timegm(time.gmtime(1234567890)), calendar.timegm(time.gmtime(-1234567890)))
# formatstring
print(repr(calendar.formatstring(['a', 'b', 'c'])), repr(calendar.formatstring(['a', 'b'], 5, 1)))
calendar.format(['x', 'y'], 4, 2)
# deprecated January/February
show(lambda: list(calendar.Calendar().itermonthdays(2000, 0)))
print(calendar.__all__[:5], 'Day' in calendar.__all__)
