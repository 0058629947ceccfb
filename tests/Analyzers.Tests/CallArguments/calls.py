# Each marked call cannot bind; the loop prints the TypeError CPython raises for each, in order.
def f(x, y):
    return x


def g(x, y=1):
    return x


def h(a, b, c, *, k):
    return a


def z():
    return 0


def one(x):
    return x


def anything(*args, **kwargs):
    return args


def shadowed(x):
    return x


shadowed = max


def fine():
    return f(1, 2) + g(1) + g(1, y=2) + h(1, 2, 3, k=4) + z() + one(x=1) + len(anything(1, 2, q=3)) + f(*(1, 2)) + f(**{"x": 1, "y": 2})


fine()
shadowed(1, 2, 3)
calls = [
    lambda: {|#0:f(1)|},
    lambda: {|#1:f()|},
    lambda: {|#2:h()|},
    lambda: {|#3:f(1, 2, 3)|},
    lambda: {|#4:g(1, 2, 3)|},
    lambda: {|#5:z(1)|},
    lambda: {|#6:one(1, 2)|},
    lambda: {|#7:f(1, 2, q=3)|},
    lambda: {|#8:f(1, x=2)|},
    lambda: {|#9:h(1, 2, 3)|},
    lambda: {|#10:h(1, 2, 3, 4, k=1)|},
    lambda: {|#11:one(1, 2, 3)|},
    lambda: {|#12:f(1, 2, 3, q=1)|},
    lambda: {|#13:g()|},
    lambda: {|#14:h(1, k=2)|},
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
