class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.parse("2024-02-29"), MyDate.parse("1999-12-31"), Date.is_leap(2000), Date.is_leap(1900), MyDate(1, 2, 3).is_leap(2024))
class Counter:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
Counter.make(); Counter.make()
print(Counter.count)
class Registry:
    items = {}
    @classmethod
    def register(cls, name):
        def deco(f):
            cls.items[name] = f
            return f
        return deco
@Registry.register("double")
def double(x):
    return 2 * x
print(Registry.items["double"](21), sorted(Registry.items))
class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 3)
    @property
    def r(self):
        return self._r
    @r.setter
    def r(self, v):
        self._r = max(0, v)
c = Circle(2)
print(c.area, c.r)
c.r = -5
print(c.r, c.area)
