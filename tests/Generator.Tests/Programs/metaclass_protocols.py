# Metaclasses: what a class's type adds to it (methods, properties, special methods, __call__, isinstance and
# issubclass hooks, attribute assignment), how the metaclass is chosen and checked, and type.__new__'s rules.

class Meta(type):
    registry = []

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        mcls.registry.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.initialised = True

    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"

    def __len__(cls):
        return len(cls.items)

    def __iter__(cls):
        return iter(cls.items)

    def __getitem__(cls, i):
        return cls.items[i]

    def __contains__(cls, x):
        return x in cls.items

    def describe(cls):
        return f"{cls.__name__} tagged {cls.tag}"

    @property
    def size(cls):
        return len(cls.items)

    @classmethod
    def made(mcls):
        return list(mcls.registry)

    answer = 42


class Base(metaclass=Meta, tag="base"):
    items = [1, 2, 3]

    def method(self):
        return "method of " + type(self).__name__


class Derived(Base, tag="derived"):
    items = ["a"]

    def method(self):
        return super().method() + " via Derived"


print(Base, Derived, repr(Base), str(Derived))
print(type(Base), type(Derived), type(Base) is Meta, isinstance(Base, Meta), isinstance(Base, type))
print(len(Base), list(Base), Base[1], 2 in Base, 5 in Base, len(Derived), list(Derived))
print(Base.describe(), Derived.describe(), Base.size, Derived.size, Base.answer, Meta.made())
print(Base.initialised, Derived.tag, Base.tag)
print(Derived().method())
try:
    Base().describe()
except AttributeError as e:
    print("AttributeError:", e)
try:
    Base().size
except AttributeError as e:
    print("AttributeError:", e)
print(Meta.__mro__, Meta.__base__, Meta.__bases__)
print(bool(Base), bool(type("Empty", (Base,), {"items": []})))


# A metaclass's __call__: singletons and counting instances.
class Singleton(type):
    instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in Singleton.instances:
            print("creating", cls.__name__, args, kwargs)
            Singleton.instances[cls] = super().__call__(*args, **kwargs)
        return Singleton.instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value, flag=False):
        self.value = value
        self.flag = flag


c1 = Config(1, flag=True)
c2 = Config(2)
print(c1 is c2, c1.value, c1.flag, type(c1) is Config)


# A class attribute a metaclass property guards, and a metaclass's __setattr__.
class Frozen(type):
    def __setattr__(cls, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set {name!r} on {cls.__name__}")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print("deleting", name)
        type.__delattr__(cls, name)


class F(metaclass=Frozen):
    x = 1


F.y = 2
print(F.y)
try:
    F._hidden = 3
except AttributeError as e:
    print("AttributeError:", e)
del F.y
print(hasattr(F, "y"))


class WithProp(type):
    @property
    def level(cls):
        return cls._level

    @level.setter
    def level(cls, v):
        print("set level", v)
        cls._level = v


class P(metaclass=WithProp):
    _level = 0
    level = "class attribute loses to the metaclass's data descriptor"


print(P.level)
P.level = 5
print(P.level, P._level)


# isinstance and issubclass hooks.
class Duck(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")


class Quacker(metaclass=Duck):
    pass


class Robot:
    def quack(self):
        return "beep"


print(isinstance(Robot(), Quacker), isinstance(1, Quacker), isinstance(Quacker(), Quacker))
print(issubclass(Robot, Quacker), issubclass(int, Quacker), isinstance(Robot(), (int, Quacker)))


# Choosing the metaclass: the most derived one, the bases' own, and conflicts.
class M1(type):
    pass


class M2(M1):
    pass


class Other(type):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


class AB(A, B):
    pass


print(type(AB).__name__)


class Explicit(B, metaclass=M1):
    pass


print(type(Explicit).__name__)
try:
    class Clash(A, metaclass=Other):
        pass
except TypeError as e:
    print("TypeError:", e)
X = type("X", (A,), {"v": 1})
print(type(X).__name__, X.v, X.__module__)
Y = M1("Y", (), {})
print(type(Y).__name__, Y.__bases__)
try:
    M1("Z")
except TypeError as e:
    print("TypeError:", e)
for args in [("a", ()), ("a", (), {}, 1), ()]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
for bad in [(M1, "a", [], {}), (M1, 1, (), {}), (M1, "a", (), []), (1, "a", (), {}), (int, "a", (), {}), (M1,), (M1, "a", (1,), {})]:
    try:
        type.__new__(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    type.__init__(int, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    type("K", (), {"__qualname__": 5})
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(M1)
except TypeError as e:
    print("TypeError:", e)


# Class keywords without a metaclass go to __init_subclass__.
class Plugin:
    plugins = {}

    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.plugins[name or cls.__name__] = cls


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


print(sorted(Plugin.plugins))
try:
    class Bad(Plugin, name="x", extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Lonely(flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)


# __classcell__ must reach type.__new__.
class Dropping(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, {k: v for k, v in ns.items() if k != "__classcell__"})


try:
    class Lost(metaclass=Dropping):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError:", e)


class Keeping(type):
    def __new__(mcls, name, bases, ns):
        print(sorted(k for k in ns if k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)


class Kept(metaclass=Keeping):
    def f(self):
        return __class__


print(Kept().f() is Kept)


# A metaclass that returns something else entirely, and __prepare__ with keywords.
class Recorder(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"seed": kw.get("seed", 0)}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Seeded(metaclass=Recorder, seed=7):
    doubled = seed * 2


print(Seeded.seed, Seeded.doubled)


def not_a_class(name, bases, ns):
    return (name, len(bases), sorted(k for k in ns if not k.startswith("__")))


class Tuple(int, metaclass=not_a_class):
    a = 1


print(Tuple)


# PEP 560: __mro_entries__ on a base that is not a class.
class Alias:
    def __init__(self, target):
        self.target = target

    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (self.target,)


class Target:
    pass


class Uses(Alias(Target), A):
    pass


print(Uses.__bases__, [b.__name__ if isinstance(b, type) else "Alias" for b in Uses.__orig_bases__])
print(type(Uses).__name__)


# Metaclass special methods seen through operators and hashing.
class Ordered(type):
    def __lt__(cls, other):
        return cls.rank < other.rank

    def __or__(cls, other):
        return f"{cls.__name__}|{other.__name__}"

    def __hash__(cls):
        return cls.rank

    def __eq__(cls, other):
        return isinstance(other, Ordered) and cls.rank == other.rank


class Low(metaclass=Ordered):
    rank = 1


class High(metaclass=Ordered):
    rank = 2


print(Low < High, High < Low, sorted([High, Low]) == [Low, High], Low | High, hash(High), Low == High)
print({Low: "low"}[Low])
