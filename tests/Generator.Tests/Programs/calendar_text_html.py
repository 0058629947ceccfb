# calendar's TextCalendar and HTMLCalendar output, the module-level printing functions and the C-locale
# LocaleTextCalendar/LocaleHTMLCalendar (from CPython's test/test_calendar.py, OutputTestCase and the
# formatting tests).
import calendar

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(calendar.calendar(2004))
print(calendar.calendar(0))
print(calendar.month(2004, 1))
print(calendar.month(0, 2))
print(calendar.month(2024, 9, w=4, l=2))
print(calendar.calendar(2023, w=3, l=1, c=2, m=4))
print(calendar.calendar(2000, 1, 1, 6, 2))
tc = calendar.TextCalendar()
print(tc.formatmonth(2004, 1).splitlines()[:2])
print(repr(tc.formatweekheader(2)), repr(tc.formatweekheader(9)), repr(tc.formatweekheader(1)))
print(repr(tc.formatmonthname(2004, 1, 10)), repr(tc.formatmonthname(2004, 1, 15, False)), repr(tc.formatweekday(0, 5)), repr(tc.formatday(0, 0, 3)))
print(repr(tc.formatweek([(1, 0), (2, 1), (0, 2)], 2)))
tc.prweek([(1, 0), (2, 1), (3, 2), (4, 3), (5, 4), (6, 5), (7, 6)], 2)
print()
tc.prmonth(2004, 1)
calendar.prmonth(2010, 6, 3)
calendar.prcal(2004, w=1, l=1, c=1, m=6)
sunday = calendar.TextCalendar(calendar.SUNDAY)
print(sunday.formatmonth(2004, 2))
print(sunday.formatyear(2004, m=2))
for fw in range(7):
    print(calendar.TextCalendar(fw).formatmonth(2010, 2, w=2).splitlines()[1:3])
print(calendar.TextCalendar().formatmonth(9999, 12))
# HTML
h = calendar.HTMLCalendar()
print(h.formatmonth(2004, 1))
print(h.formatmonth(2004, 1, withyear=False))
print(h.formatyear(2004, width=4))
page = h.formatyearpage(2004)
print(type(page).__name__, page[:300], len(page))
print(h.formatyearpage(2004, css=None, encoding='ascii')[:260])
print(repr(h.formatday(0, 0)), repr(h.formatday(5, 2)), repr(h.formatweekday(6)), repr(h.formatweekheader()), repr(h.formatmonthname(2004, 3)))
print(h.cssclasses, h.cssclass_noday, h.cssclass_month_head, h.cssclass_year)
class CustomHTMLCal(calendar.HTMLCalendar):
    cssclasses = [style + " text-nowrap" for style in calendar.HTMLCalendar.cssclasses]
    cssclasses_weekday_head = ["red", "blue", "green", "lilac", "yellow", "orange", "pink"]
    cssclass_month_head = "head-month"
    cssclass_month = "text-center month"
    cssclass_year = "text-italic "
    cssclass_year_head = "lead "
cust = CustomHTMLCal(calendar.SUNDAY)
print(cust.formatmonth(2017, 5))
print(cust.formatyear(2017)[:400])
# the C locale through the locale calendars
lt = calendar.LocaleTextCalendar(locale='C')
print(lt.formatmonth(2010, 10), lt.formatweekday(0, 10), lt.formatmonthname(2010, 10, 20))
lh = calendar.LocaleHTMLCalendar(locale='C')
print(lh.formatmonthname(2010, 10), lh.formatweekday(0))
print(calendar.LocaleTextCalendar(6, ('C', 'UTF-8')).formatweekheader(3), calendar.LocaleTextCalendar(locale='POSIX').formatmonthname(2010, 10, 9))
