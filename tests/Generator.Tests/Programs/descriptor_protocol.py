# The descriptor protocol: __get__, __set__, __delete__ and __set_name__ of a program's classes, data and non-data
# descriptors against instance attributes, reads through the class, and __setattr__/__delattr__ overrides.

class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return getattr(instance, self.name, "unset")

    def __set__(self, instance, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be an int, not {type(value).__name__}")
        setattr(instance, self.name, value)

    def __delete__(self, instance):
        print("delete", self.name)
        delattr(instance, self.name)


class Point:
    x = Typed()
    y = Typed()

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, p.__dict__, type(Point.x).__name__)
p.x = 10
p.__dict__["x"] = "shadow"   # a data descriptor wins over the instance dict
print(p.x, vars(p))
try:
    p.y = "bad"
except TypeError as e:
    print("TypeError", e)
del p.x
print(p.x)


class Lazy:
    """A non-data descriptor: the value it computes is stored on the instance and then found there first."""

    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, instance, owner):
        if instance is None:
            return "Lazy on " + owner.__name__
        print("computing", self.name)
        value = self.func(instance)
        instance.__dict__[self.name] = value
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @Lazy
    def area(self):
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, Circle.area, "area" in vars(c))
c.area = 99
print(c.area)


class Const:
    def __init__(self, value):
        self.value = value

    def __get__(self, instance, owner):
        return (self.value, instance is None, owner.__name__)


class K:
    k = Const(7)


class SubK(K):
    pass


print(K.k, K().k, SubK.k, SubK().k)


class ReadOnly:
    def __get__(self, instance, owner):
        return 42

    def __set__(self, instance, value):
        raise AttributeError("read-only attribute")


class R:
    v = ReadOnly()


r = R()
try:
    r.v = 1
except AttributeError as e:
    print("AttributeError", e)
print(r.v)


class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)


lg = Logged()
lg.a = 1
del lg.a
print(lg.log, hasattr(lg, "a"))


class Prop:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value

    @v.deleter
    def v(self):
        print("deleting v")
        del self._v

    @property
    def w(self):
        return 1


pr = Prop()
pr.v = 5
print(pr.v)
del pr.v
print(hasattr(pr, "_v"))
try:
    del pr.w
except AttributeError as e:
    print("AttributeError", e)
try:
    pr.w = 2
except AttributeError as e:
    print("AttributeError", e)


class Method:
    """A function-like descriptor: binds like a method."""

    def __init__(self, f):
        self.f = f

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return lambda *args: self.f(instance, *args)


class UsesMethod:
    @Method
    def hello(self, who):
        return f"hello {who} from {type(self).__name__}"


print(UsesMethod().hello("you"), type(UsesMethod.__dict__["hello"]).__name__)
