p = property(lambda s: 1, doc="hi")
print(p.__doc__)
def g(s):
    "getter doc"
    return 1
q = property(g)
print(q.__doc__)
q.__doc__ = 'new'
print(q.__doc__)
class C:
    @property
    def x(self):
        "the x"
        return 1
    @x.setter
    def x(self, v):
        pass
print(C.x.__doc__)
p = property(None, None, None, "plain")
print(p.__doc__, property().__doc__)
p2 = p.getter(lambda s: 2)
print(p2.__doc__)
import collections
P = collections.namedtuple('P', 'a b')
print(P.a.__doc__)
P.a.__doc__ = 'first'
print(P.a.__doc__)
