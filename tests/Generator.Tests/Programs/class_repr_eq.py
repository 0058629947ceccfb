class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))

p = Point(1, 2)
print(p, repr(p), str(p), [p], {"k": p}, f"{p}")
print(p == Point(1, 2), p != Point(1, 3), p == (1, 2), p is Point(1, 2))
print(len({Point(1, 2), Point(1, 2), Point(2, 1)}), {p: "v"}[Point(1, 2)])

class NoEq:
    pass
a, b = NoEq(), NoEq()
print(a == a, a == b, a != b, type(a).__name__, hash(a) == hash(a))

class Str:
    def __str__(self):
        return "str!"
print(Str(), str(Str()), f"{Str()}", repr(Str()).startswith("<__main__.Str object at"))

class Unhashable:
    def __eq__(self, other):
        return True
try:
    hash(Unhashable())
except TypeError as e:
    print(e)
print(Unhashable() == 5, Unhashable.__hash__)
