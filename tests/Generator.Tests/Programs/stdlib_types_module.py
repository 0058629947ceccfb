# The types module: the built-in types it names, read off objects of each kind and checked against them;
# SimpleNamespace; dynamic class creation (new_class, resolve_bases, prepare_class, get_original_bases);
# DynamicClassAttribute.
import types
from types import SimpleNamespace


def plain():
    pass


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class K:
    def method(self):
        pass


checks = [
    ("FunctionType", plain, types.FunctionType),
    ("LambdaType", lambda: 0, types.LambdaType),
    ("CodeType", plain.__code__, types.CodeType),
    ("MappingProxyType", K.__dict__, types.MappingProxyType),
    ("GeneratorType", gen(), types.GeneratorType),
    ("AsyncGeneratorType", agen(), types.AsyncGeneratorType),
    ("MethodType", K().method, types.MethodType),
    ("BuiltinFunctionType", len, types.BuiltinFunctionType),
    ("BuiltinMethodType", [].append, types.BuiltinMethodType),
    ("MethodDescriptorType", str.join, types.MethodDescriptorType),
    ("ModuleType", types, types.ModuleType),
    ("GenericAlias", list[int], types.GenericAlias),
    ("UnionType", int | str, types.UnionType),
    ("EllipsisType", ..., types.EllipsisType),
    ("NoneType", None, types.NoneType),
    ("NotImplementedType", NotImplemented, types.NotImplementedType),
]
for name, obj, typ in checks:
    print(name, typ, isinstance(obj, typ), type(obj) is typ)
c = coro()
print("CoroutineType", types.CoroutineType, isinstance(c, types.CoroutineType))
c.close()
print(isinstance(plain, types.BuiltinFunctionType), isinstance(len, types.FunctionType), isinstance(K.method, types.MethodType))
print(types.NoneType() is None, types.LambdaType is types.FunctionType)
print(types.EllipsisType() is ..., types.NotImplementedType() is NotImplemented)
for singleton_type in (types.NoneType, types.EllipsisType, types.NotImplementedType):
    try:
        singleton_type(1)
    except TypeError as e:
        print("TypeError:", e)
print(set(types.__all__) <= set(dir(types)))

# SimpleNamespace
ns = SimpleNamespace(b=1, a=2)
ns.z = ns
print(ns, repr(ns))
ns.c = [ns.b]
del ns.z
print(ns, ns.a, vars(ns))
print(SimpleNamespace(), SimpleNamespace.__name__, SimpleNamespace.__module__, SimpleNamespace.__doc__)
try:
    SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
try:
    ns.missing
except AttributeError as e:
    print("AttributeError:", e)


class Sub(SimpleNamespace):
    pass


print(Sub(x=1), SimpleNamespace(x=1) == Sub(x=1), Sub(x=1) != SimpleNamespace(x=2), SimpleNamespace(a=1) == {"a": 1})
print(SimpleNamespace(a=1) <= SimpleNamespace(a=1) if False else "", SimpleNamespace.__hash__ is None)
try:
    SimpleNamespace(a=1) < SimpleNamespace(a=1)
except TypeError as e:
    print("TypeError:", e)
print(SimpleNamespace(a=1).__reduce__())
print({SimpleNamespace(k=1).k: 2})


# Dynamic class creation.
def body(ns):
    ns["x"] = 1
    ns["double"] = lambda self: self.x * 2


Made = types.new_class("Made", (K,), None, body)
print(Made.__qualname__, Made.__bases__ == (K,), Made().double(), Made.__name__)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        print("prepare", name, bases, kwds)
        return {"prepared": True}

    def __new__(mcls, name, bases, ns, **kwds):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)


M = types.new_class("M", (), {"metaclass": Meta, "flag": 1})
print(type(M) is Meta, M.prepared)
print(types.prepare_class("P", (), {"metaclass": Meta, "q": 2})[0] is Meta)
meta, ns, kw = types.prepare_class("Q")
print(meta, ns, kw)


class Other(type):
    pass


class WithOther(metaclass=Other):
    pass


try:
    types.new_class("Both", (M, WithOther))
except TypeError as e:
    print("TypeError:", e)


class Entries:
    def __mro_entries__(self, bases):
        return (K,)


e = Entries()
print(types.resolve_bases((e, int)) == (K, int), types.resolve_bases((int,)))
D = types.new_class("D", (e,))
print(D.__bases__ == (K,), types.get_original_bases(D) == (e,), types.get_original_bases(K))
try:
    types.get_original_bases(1)
except TypeError as err:
    print("TypeError:", err)


class Bad:
    def __mro_entries__(self, bases):
        return [K]


try:
    types.resolve_bases((Bad(),))
except TypeError as err:
    print("TypeError:", err)


# DynamicClassAttribute: an instance attribute that reads through __getattr__ on the class.
class Color:
    def __init__(self, name):
        self._name = name

    @types.DynamicClassAttribute
    def name(self):
        "the name"
        return self._name

    @name.setter
    def name(self, value):
        self._name = value


red = Color("red")
print(red.name)
red.name = "crimson"
print(red.name, Color.__dict__["name"].__doc__)
try:
    Color.name
except AttributeError as err:
    print("AttributeError on the class", repr(err))
try:
    del red.name
except AttributeError as err:
    print("AttributeError:", err)

# TracebackType and FrameType, as the types of what a raise gives
try:
    raise KeyError("k")
except KeyError as exc:
    print(type(exc.__traceback__) is types.TracebackType, type(exc.__traceback__.tb_frame) is types.FrameType)
print(types.TracebackType.__name__, types.FrameType.__name__)
