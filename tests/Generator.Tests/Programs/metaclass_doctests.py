# CPython's Lib/test/test_metaclass.py doctests, as a program: class statements with metaclass=, *bases, **kwds,
# __prepare__ (static, class and a non-type metaclass's attribute), instrumented namespaces and failing lookups.

class C:
    def meth(self): print("Hello")
print(C.__class__ is type)
a = C()
print(a.__class__ is C)
a.meth()

class A: pass
class B: pass
bases = (A, B)
class C(*bases): pass
print(C.__bases__ == bases)

class M(type):
    pass
class C(metaclass=M):
    def meth(self): print("Hello")
print(C.__class__ is M)
a = C()
print(a.__class__ is C)
a.meth()

kwds = {'metaclass': M}
class C(**kwds): pass
print(C.__class__ is M)
a = C()
print(a.__class__ is C)

class M(type):
    @staticmethod
    def __prepare__(*args, **kwds):
        print("Prepare called:", args, kwds)
        return dict()
    def __new__(cls, name, bases, namespace, **kwds):
        print("New called:", kwds)
        return type.__new__(cls, name, bases, namespace)
    def __init__(cls, *args, **kwds):
        pass
class C(metaclass=M):
    def meth(self): print("Hello")

class C(object, metaclass=M, other="haha"):
    pass
print(C.__class__ is M)
print(C.__bases__ == (object,))
a = C()
print(a.__class__ is C)

kwds = {'metaclass': type}
class C(**kwds): pass
print(kwds == {'metaclass': type})

bases = (object,)
kwds = {'metaclass': M, 'other': 'haha'}
class C(*bases, **kwds): pass
print(C.__class__ is M)
print(C.__bases__ == (object,))
class B: pass
kwds = {'other': 'haha'}
class C(B, metaclass=M, *bases, **kwds): pass
print(C.__class__ is M)
print(C.__bases__ == (B, object))

kwds = {'metaclass': type}
try:
    class C(metaclass=type, **kwds): pass
except TypeError as e:
    print("TypeError:", e)

class LoggingDict(dict):
    def __setitem__(self, key, value):
        print("d[%r] = %r" % (key, value))
        dict.__setitem__(self, key, value)

class Meta(type):
    @staticmethod
    def __prepare__(name, bases):
        return LoggingDict()
class C(metaclass=Meta):
    foo = 2+2
    foo = 42
    bar = 123

def meta(name, bases, namespace, **kwds):
    print("meta:", name, bases)
    print("ns:", sorted(namespace.items()))
    print("kw:", sorted(kwds.items()))
    return namespace
class C(metaclass=meta):
    a = 42
    b = 24
print(type(C) is dict)
print(sorted(C.items()))

def prepare(name, bases, **kwds):
    print("prepare:", name, bases, sorted(kwds.items()))
    return LoggingDict()
meta.__prepare__ = prepare
class C(metaclass=meta, other="booh"):
   a = 1
   a = 2
   b = 3

print(type.__prepare__())

class M(type):
    @classmethod
    def __prepare__(cls, *args, **kwds):
        d = super().__prepare__(*args, **kwds)
        d["hello"] = 42
        return d
class C(metaclass=M):
    print(hello)
print(C.hello)

class ObscureException(Exception):
    pass
class FailDescr:
    def __get__(self, instance, owner):
       raise ObscureException
class Meta(type):
    __prepare__ = FailDescr()
try:
    class X(metaclass=Meta):
        pass
except ObscureException as e:
    print("raised", type(e).__name__)
