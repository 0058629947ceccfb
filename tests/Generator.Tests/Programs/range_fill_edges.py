# for j in range(...): x[j] = CONST (run whole as one strided store when x is a list and every index is in range)
# and x[i] += C / x[i] -= C with an int literal (one in-place update of an int item).


def fill(x, a, b, s, v_kind):
    j = "unset"
    if v_kind == 0:
        for j in range(a, b, s):
            x[j] = False
    elif v_kind == 1:
        for j in range(a, b, s):
            x[j] = 7
    elif v_kind == 2:
        for j in range(a, b, s):
            x[j] = None
    else:
        for j in range(a, b, s):
            x[j] = 2.5
    return j


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


xs = [True] * 20
print(fill(xs, 4, 20, 4, 0), xs)
xs = [1, "a", 2.0, None, [5]] * 3
print(fill(xs, 0, 15, 2, 1), xs)
xs = list(range(10))
print(fill(xs, 9, -1, -3, 2), xs)        # negative step
xs = list(range(10))
print(fill(xs, 3, 3, 1, 0), xs)          # empty range: target untouched
xs = list(range(10))
print(fill(xs, -3, 10, 1, 3), xs)        # negative indices: the generic loop
xs = list(range(10))
show("oob", lambda: fill(xs, 5, 12, 2, 0))   # IndexError at j = 11 after storing 5, 7, 9
print(xs)
d = {}
print(fill(d, 0, 6, 2, 1), d)            # a dict: the generic loop
show("str", lambda: fill("abc", 0, 2, 1, 0))
show("floatstep", lambda: fill([0] * 4, 0, 4, 1.0, 0))


class Recorder:
    def __init__(self, n):
        self.items = [0] * n

    def __setitem__(self, i, v):
        print("set", i, v)
        self.items[i] = v


r = Recorder(6)
print(fill(r, 1, 6, 2, 0), r.items)


def unbound_list():
    for j in range(3):
        ys[j] = True
    ys = []


show("unbound", unbound_list)


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
        i += 1
    return [i for i in range(limit + 1) if is_prime[i]]


ps = sieve(200)
print(len(ps), sum(ps), ps[-5:])

# sum() of lists of ints: fast path and its overflow / mixed fallbacks
print(sum([1, 2, 3]), sum([True, 2, False]), sum([], 5), sum([1, 2], True))
print(sum([2**62, 2**62, 2**62]), sum([-(2**63), -1]), sum([1, 2.5, 3]), sum([1, 2**80, -(2**80)]))
print(sum([9223372036854775807, 1]), sum([1, 2], 2**64))
show("sumstr", lambda: sum([1, "a"]))
show("sumstart", lambda: sum([1, 2], "x"))
print(sum([1.5, 2]), sum([[1], [2]], []))


# x[i] += C / x[i] -= C
def aug(c, i):
    c[i] -= 1
    c[i] += 3
    return c


print(aug([5, 6, 7], 1), aug([5, 6, 7], -1), aug([1.5, 2], 0), aug([True, 0], 0))
print(aug([9223372036854775807, 0], 0), aug([-(2**63), 0], 0))
show("augoob", lambda: aug([1], 3))
show("augkey", lambda: aug([1, 2], "0"))
print(aug({"k": 1}, "k"), aug({0: 2**100}, 0))
print(aug([0, 1], True))


class Inc:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        print("iadd", o)
        self.v += o
        return self

    def __isub__(self, o):
        print("isub", o)
        self.v -= o
        return self

    def __repr__(self):
        return f"Inc({self.v})"


print(aug([Inc(10)], 0))
cs = [3, 3]
cs[0] -= 9223372036854775807
cs[1] += 9223372036854775807
print(cs)
