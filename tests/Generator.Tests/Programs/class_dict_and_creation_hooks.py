class A:
    x = 1
    def f(self): pass
class B(A):
    "doc"
    y = 2
class C:
    def __eq__(self, o): return True
class S:
    __slots__ = ('a',)
print(list(A.__dict__.keys()), list(B.__dict__), list(C.__dict__), list(S.__dict__))
print('x' in A.__dict__, 'x' in B.__dict__, A.__dict__['x'], B.__dict__.get('y'), len(B.__dict__))
print(B.__dict__)
print(A.__dict__['__dict__'])
try:
    A.__dict__['z'] = 1
except TypeError as e:
    print(e)
class P:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, cls.__qualname__)
class Q(P):
    pass
class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class R:
    a = D()
    b = D()
T = type("T", (P,), {"d": D()})
print('__doc__' in A.__dict__, '__qualname__' in A.__dict__, '__weakref__' in B.__dict__, 5 in A.__dict__)
print(A.__dict__['__module__'], A.__dict__['__doc__'], B.__dict__['__doc__'], C.__dict__['__hash__'])
try:
    A.__dict__['nothing']
except KeyError as e:
    print("KeyError", e)
