# What a class binds a special method to need not be a function: a class, a static or class method, a lambda; and
# __init_subclass__ / __class_getitem__ written as functions are class methods (type.__new__ makes them so), which
# super() inside them relies on.


class A:
    def __init_subclass__(cls, **kw):
        print("A.__init_subclass__", cls.__name__, kw)
        super().__init_subclass__(**kw)


class B(A):
    def __init_subclass__(cls, **kw):
        print("B.__init_subclass__", cls.__name__)
        super().__init_subclass__(**kw)


class C(B):
    pass


print(type(A.__dict__["__init_subclass__"]).__name__, "__init_subclass__" in C.__dict__)


class CG:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


class SubCG(CG):
    pass


print(CG[int], SubCG[str, bytes], type(CG.__dict__["__class_getitem__"]).__name__)


class Late:
    pass


Late.__class_getitem__ = lambda item: ("late", item)
print(Late[int])


class M(type):
    __call__ = dict


class D(metaclass=M):
    pass


print(D(a=1, b=2))


class W:
    __call__ = dict
    __len__ = staticmethod(lambda: 5)
    __repr__ = classmethod(lambda cls: f"<{cls.__name__}>")


w = W()
print(w(a=2), len(w), repr(w))


class K:
    x = 1

    def method(self):
        pass


print([*K.__dict__][:3], [*vars(K)][-1])
