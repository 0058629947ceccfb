class Temp:
    unit = "C"
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def describe():
        return "temperature"
    @classmethod
    def freezing(cls):
        return cls(0)

t = Temp(25)
print(t.celsius, t.fahrenheit, Temp.describe(), t.describe(), Temp.freezing().celsius, Temp.unit, t.unit)
t.celsius = 30
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
t.unit = "K"
print(t.unit, Temp.unit, sorted(t.__dict__))
try:
    t.missing
except AttributeError as e:
    print(e)
setattr(t, "extra", 1)
print(getattr(t, "extra"), hasattr(t, "extra"))
delattr(t, "extra")
print(hasattr(t, "extra"))
class Slots:
    __slots__ = ("a",)
class WithDoc:
    "A docstring."
print(WithDoc.__doc__, WithDoc.__name__, Temp.__name__)
class Counter:
    instances = []
    def __init__(self):
        Counter.instances.append(self)
Counter(); Counter()
print(len(Counter.instances))
