# super(type, obj) called with its arguments: methods and attributes found after type in obj's MRO, for an instance
# and for a class (a classmethod), through a diamond; and CPython's errors for the wrong arguments.
class A:
    x = "A.x"

    def who(self):
        return "A"

    @classmethod
    def make(cls):
        return "A.make(%s)" % cls.__name__


class B(A):
    def who(self):
        return "B>" + super(B, self).who()


class C(A):
    x = "C.x"

    def who(self):
        return "C>" + super(C, self).who()


class D(B, C):
    def who(self):
        return "D>" + super(D, self).who()

    @classmethod
    def make(cls):
        return "D>" + super(D, cls).make()


d = D()
print(d.who(), D.make(), super(B, d).x, super(C, d).x)
print(super(D, d).who(), super(B, d).who())
print(type(super(D, d)).__name__, isinstance(super(D, d), super))
for args in ((A, 1), (1, 1), (), (A, d, 3)):
    try:
        super(*args)
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
try:
    super(A, d, **{"x": 1})
except TypeError as e:
    print(type(e).__name__, e)
