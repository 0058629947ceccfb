class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real, d.x_hello, getattr(d, "x_a"), hasattr(d, "nope"), getattr(d, "nope", "default"))
try:
    d.nope
except AttributeError as e:
    print(e)
class Record:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
    def __repr__(self):
        return "Record(" + ", ".join([f"{k}={v!r}" for k, v in self.__dict__.items()]) + ")"
r = Record(a=1, b="two")
print(r, r.a, r.b)
r.c = [3]
print(r, sorted(r.__dict__))
class Default:
    color = "red"
x = Default()
y = Default()
x.color = "blue"
print(x.color, y.color, Default.color)
Default.color = "green"
print(x.color, y.color)
del x.color
print(x.color)
class WithClassAttrList:
    shared = []
    def add(self, v):
        self.shared.append(v)
p, q = WithClassAttrList(), WithClassAttrList()
p.add(1); q.add(2)
print(WithClassAttrList.shared, p.shared is q.shared)
