class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec):
        return format(str(self), spec)
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        if isinstance(o, int):
            return Money(self.cents + o)
        return NotImplemented
    __radd__ = __add__
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __hash__(self):
        return hash(self.cents)
    def __bool__(self):
        return self.cents != 0
    def __int__(self):
        return self.cents
    def __float__(self):
        return self.cents / 100
    def __neg__(self):
        return Money(-self.cents)

a, b = Money(250), Money(199)
print(a, repr(b), a + b, 5 + a, sum([a, b], Money(0)), f"[{a:>8}]", str(a + 1))
print(a == Money(250), a != b, sorted([a, b, Money(5)]), max(a, b), bool(Money(0)), int(a), float(b), -a)
print(len({a, Money(250), b}), {a: 1}[Money(250)])
try:
    a + "x"
except TypeError as e:
    print(e)
class Reversed:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[len(self.data) - 1 - i] if isinstance(i, int) and 0 <= i < len(self.data) else self.data[i]
r = Reversed([1, 2, 3])
print(r[0], r[2], len(r), r[0:2])
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq called", self.v, getattr(o, "v", o))
        return NotImplemented
print(Cmp(1) == Cmp(2))
print(Cmp(3) == 3)
