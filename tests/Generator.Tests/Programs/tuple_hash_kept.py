# A tuple keeps its hash once no item's hash can change (numbers, str, bytes, None, tuples that keep theirs, tuple
# subclasses that take tuple's hash); the hash must still follow every change CPython's recomputation would see.
from collections import namedtuple

print(hash((1, 2, (3, 4.5, None))), hash(()), hash((True, -1, 2**70)), hash(((),)))
t = (1, 2, (3, 4.5, None))
print(hash(t) == hash(t), hash(t) == hash((1, 2, (3, 4.5, None))))


class H:
    def __init__(self):
        self.h = 1

    def __hash__(self):
        return self.h


x = H()
t3 = (x, 1)
a = hash(t3)
x.h = 2
print('mutable item:', hash(t3) == a, hash(t3) == hash((x, 1)))

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
nested = ((p, 3), 'k')
d = {nested: 'value'}
print(hash(p) == hash((1, 2)), d[((Point(1, 2), 3), 'k')], d[(((1, 2), 3), 'k')], hash(nested) == hash((((1, 2), 3), 'k')))


class P(tuple):
    pass


pp = P((1, 2))
tp = (pp, 3)
h1 = hash(tp)
print('before:', h1 == hash(((1, 2), 3)))
P.__hash__ = lambda self: 42
print('class changed:', hash(pp), hash(tp) == h1, hash(tp) == hash((pp, 3)))
# once a watched class changes, hashes are still right everywhere
print(hash(t) == hash((1, 2, (3, 4.5, None))), hash((4, 5)) == hash((4, 5)))


class Q(tuple):
    pass


class R(tuple):
    def __hash__(self):
        return 7


q = Q((1,))
t2 = (q, 0)
h2 = hash(t2)
q.__class__ = R
print('__class__ changed:', hash(q), hash(t2) == h2)


class E(tuple):
    def __eq__(self, other):
        return True


try:
    hash((E((1,)), 2))
except TypeError as e:
    print(e)

keys = [(i, (i % 3, str(i))) for i in range(50)]
table = {k: i for i, k in enumerate(keys)}
print(sum(table[(i, (i % 3, str(i)))] for i in range(50)))
