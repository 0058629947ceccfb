# reprlib: Repr's limits on each kind of value (cases from CPython's Lib/test/test_reprlib.py), indentation, the
# module's repr(), and recursive_repr on a class whose repr meets its own object again.
import reprlib
from reprlib import Repr, recursive_repr
from collections import deque, ChainMap
from array import array

r = reprlib.repr
print(r("abc"), r("abcdefghijklmnopqrstuvwxyz" * 2))
print(r(123), r(10 ** 100), r(1.5), r(None))
print(r(()), r((1,)), r((1, 2, 3)), r(tuple(range(10))))
print(r([]), r([1, 2, 3]), r(list(range(20))))
print(r(set()), r({1}), r(set(range(20))), r(frozenset()), r(frozenset(range(10))))
print(r({}), r({'a': 1}), r({i: i for i in range(10)}))
print(r(deque(range(10))), r(array('i', range(10))), r(array('d')))
print(r([[[[[[[1]]]]]]]), r({'x': [[[[[[1]]]]]]}))
print(r(ChainMap({'a': 1})))

aRepr = Repr(maxlist=3, maxstring=10, maxlevel=2, fillvalue='<>')
print(aRepr.repr(list(range(10))), aRepr.repr('abcdefghijklmnop'), aRepr.repr([[[1]]]))
aRepr.maxother = 5
print(aRepr.repr(object.__new__(type('Thing', (), {'__repr__': lambda self: 'Thing-with-a-long-repr'}))))
print(Repr(indent=2).repr([1, [2, 3], {'a': 4}]))
print(Repr(indent='--').repr((1, 2)))
try:
    Repr(indent=-1).repr([1])
except ValueError as e:
    print('ValueError', e)
try:
    Repr(indent=1.5).repr([1])
except TypeError as e:
    print('TypeError', e)


class Broken:
    def __repr__(self):
        raise RuntimeError('no')


print(r(Broken()).startswith('<Broken instance at 0x'))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @recursive_repr()
    def __repr__(self):
        return 'Node(%s, %r)' % (self.name, self.children)

    @recursive_repr(fillvalue='<self>')
    def describe(self):
        return 'describe %s %s' % (self.name, [c.describe() for c in self.children])


a = Node('a')
b = Node('b')
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a))
print(a.describe())
print(Node.__repr__.__name__, Node.__repr__.__qualname__)
cm = ChainMap({})
cm['self'] = cm
print(cm)
