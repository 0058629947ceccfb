# Truth of instances while their classes change: a class with no __bool__ or __len__ is always true (a cached
# answer), until it or a base gains one; deleting it brings the old answer back.
class Base:
    pass


class Node(Base):
    pass


n = Node()
print(bool(n), "yes" if n else "no", not n)
Node.__len__ = lambda self: 0
print(bool(n), "yes" if n else "no")
del Node.__len__
print(bool(n))
Base.__bool__ = lambda self: False
print(bool(n), bool(Base()), [x for x in (n, 1) if x])
Base.__len__ = lambda self: 5
print(bool(n))
del Base.__bool__
print(bool(n))
del Base.__len__
print(bool(n), n and "and", (n or "or") is n)


class Sized:
    def __len__(self):
        return self.size

    def __init__(self, size):
        self.size = size


print(bool(Sized(0)), bool(Sized(2)), [bool(x) for x in (Sized(0), Node(), Sized(1))])
Sized.__bool__ = lambda self: True
print(bool(Sized(0)))
