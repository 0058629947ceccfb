# vars(obj) and obj.__dict__ as the live attribute dict, dir(obj) as CPython lists it.
class A:
    """doc"""
    cls_attr = 1

    def __init__(self):
        self.x = 1

    def method(self):
        return self.x


class B(A):
    def __init__(self):
        super().__init__()
        self.y = 2


a = A()
d = a.__dict__
print(d, vars(a) is d)
d["y"] = 2
print(a.y)
a.z = 3
print(d)
del d["x"]
print(hasattr(a, "x"), vars(a))
a.__dict__ = {"q": 9}
print(a.q, vars(a))
b = B()
print(dir(b))
print(dir(A))
print(dir(1)[:5], dir("s")[-3:], dir([])[-5:])


class WithDir:
    def __dir__(self):
        return ["b", "a", "c"]


print(dir(WithDir()))
try:
    vars(1)
except TypeError as e:
    print(e)
try:
    dir(1, 2)
except TypeError as e:
    print(e)


def f():
    pass


print(dir(f)[-5:])
# A method shadowed through the instance dict is what the instance's attribute reads then.
b2 = B()
for i in range(3):
    if i == 1:
        b2.__dict__["method"] = lambda: "shadowed"
    print(b2.method())
