import sys

events = []
WANT = {"compute", "helper", "risky", "gen", "Thing", "__init__", "__len__"}


def describe(arg):
    if arg is None:
        return ""
    name = getattr(arg, "__name__", None)
    if name is not None and callable(arg):
        return "<%s %s>" % (type(arg).__name__, name)
    if isinstance(arg, Thing):
        return "<Thing>"
    return repr(arg)


def profiler(frame, event, arg):
    code = frame.f_code
    if code.co_name not in WANT:
        return
    events.append(("%-11s %-8s +%d %s" % (event, code.co_name,
                                          frame.f_lineno - code.co_firstlineno,
                                          describe(arg))).rstrip())


class Thing:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


def helper(x):
    return abs(x)


def risky():
    try:
        abs("x")
    except TypeError:
        pass
    try:
        int("nope")
    except ValueError:
        return "bad"


def gen():
    yield 1


def compute():
    a = helper(-2)
    b = len([1, 2, 3])
    c = risky()
    t = Thing(4)
    d = len(t)
    e = sorted([2, 1])
    f = [].append
    f(1)
    parts = "a,b".split(",")
    for x in gen():
        pass
    return a + b + d


print("getprofile before:", sys.getprofile())
sys.setprofile(profiler)
print_ok = sys.getprofile() is profiler
r = compute()
sys.setprofile(None)
print("getprofile was profiler:", print_ok)
print("getprofile after:", sys.getprofile())
for e in events:
    print(e)
print("result", r)
