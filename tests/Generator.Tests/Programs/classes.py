class Point:
    """A 2D point."""
    dims = 2

    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y


p = Point(3, 4)
q = Point(1)
print(p, q, p + q, p.norm2(), Point.dims, p.dims, Point.__doc__)
print(p == Point(3, 4), p == q, repr(p), str(q))


class Point3(Point):
    dims = Point.dims + 1

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm2(self):
        return super().norm2() + self.z * self.z

    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"


r = Point3(1, 2, 2)
print(r, r.norm2(), Point3.dims, isinstance(r, Point), isinstance(p, Point3))


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

    @staticmethod
    def describe():
        return "counts instances"

    @classmethod
    def total(cls):
        return cls.count


a, b, c = Counter(), Counter(), Counter()
print(a.id, b.id, c.id, Counter.total(), Counter.describe())


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key


try:
    raise NotFound("k1")
except AppError as e:
    print(type(e).__name__, e, e.key, isinstance(e, Exception))


def make_class(tag):
    class Tagged:
        label = tag

        def show(self):
            return tag + ":" + self.label
    return Tagged


T = make_class("t")
print(T().show(), T.label)


class Stack:
    def __init__(self):
        self.items = []

    def push(self, v):
        self.items.append(v)
        return self

    def pop(self):
        return self.items.pop()

    def __len__(self):
        return len(self.items)

    @property
    def top(self):
        return self.items[-1]


s = Stack().push(1).push(2).push(3)
print(len(s), s.top, s.pop(), len(s))
x = 10


class Scope:
    x = x + 1
    y = [x] * 2
    for i in range(3):
        x += i
    del i


print(Scope.x, Scope.y, x)
