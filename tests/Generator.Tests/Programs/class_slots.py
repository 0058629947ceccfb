# __slots__: instances store only the declared names, and have no __dict__ unless a class in the MRO gives one.
class Point:
    __slots__ = ("x", "y")
    kind = "point"

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, Point.x, type(Point.x).__name__)
for attempt in ("z", "kind", "__dict__"):
    try:
        setattr(p, attempt, 3)
        print("set", attempt)
    except AttributeError as e:
        print("AttributeError:", e)
for i in range(3):
    try:
        p.other = i
    except AttributeError as e:
        print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p.y)


class Point3(Point):
    __slots__ = "z"


q = Point3(1, 2)
q.z = 3
print(q.x, q.z)
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError:", e)


class Loose(Point):
    pass


r = Loose(1, 2)
r.extra = 9
print(r.extra, vars(r))


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, vars(w))


class Private:
    __slots__ = ("__secret",)

    def __init__(self):
        self.__secret = 42

    def reveal(self):
        return self.__secret


print(Private().reveal(), Private._Private__secret)

for bad in (["ok", 3], ["not an identifier"], ["x"]):
    try:
        class Bad:
            __slots__ = bad
            x = 1
        print("created")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
