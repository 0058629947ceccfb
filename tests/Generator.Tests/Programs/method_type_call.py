# The bound-method type called as types.MethodType(function, instance): binds any callable.
class Binder:
    def method(self):
        pass


MethodType = type(Binder().method)
print(MethodType.__name__)


def f(self, *args):
    return (type(self).__name__, args)


class C:
    pass


c = C()
bound = MethodType(f, c)
print(bound(1, 2), bound.__self__ is c, bound.__func__ is f, type(bound) is MethodType)


def make(func, obj):
    return MethodType(func, obj)


print(make(f, c)(3))
print(MethodType(len, "abc")(), repr(MethodType(len, 5)))
for args in [(len,), (1, 2), (len, None), (len, 1, 2)]:
    try:
        MethodType(*args)
    except TypeError as e:
        print("error:", e)
try:
    MethodType(len, 1, x=1)
except TypeError as e:
    print("error:", e)
