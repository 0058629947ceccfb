# A name given twice in __slots__ is one member (CPython's type_new checks only the class body's names); datetime's
# class datetime declares date.__slots__ + time.__slots__, which both hold '_hashcode'.
class A:
    __slots__ = ('a', 'a', 'b')

x = A()
x.a = 1
x.b = 2
print(x.a, x.b, A.__dict__['a'])

class B:
    __slots__ = ('_h', 'y')

class C:
    __slots__ = ('_h', 'z')

class D(B):
    __slots__ = C.__slots__ + ('w',)

d = D()
d._h = 5
d.z = 6
print(d._h, d.z, sorted(k for k in D.__dict__ if not k.startswith('__')))

try:
    class E:
        a = 1
        __slots__ = ('a',)
except ValueError as e:
    print(type(e).__name__, e)

try:
    class F:
        a = 1
        __slots__ = ('b', 'a', 'a')
except ValueError as e:
    print(type(e).__name__, e)
