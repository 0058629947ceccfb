# A method's free variable passes through its class to the enclosing function's binding, even when the class body
# binds the same name (CPython's DEF_FREE_CLASS); the class body itself reads and writes its own namespace.

x = "global"


def f():
    x = 1

    class C:
        y = x          # the class namespace has no x yet: LOAD_NAME falls back to the global, not f's x
        x = 2

        def g(self):
            return x   # f's x

        z = x          # the class's own x
    return C().g(), C.x, C.y, C.z


print(f())


def counter():
    n = 0

    class Box:
        n = 100

        def bump(self):
            nonlocal n
            n += 1
            return n

        def peek(self):
            return n

    b = Box()
    b.bump()
    b.bump()
    return b.peek(), Box.n, n


print(counter())


def nested():
    v = "outer"

    class A:
        v = "A"

        class B:
            v = "B"

            def get(self):
                return v

        def get(self):
            return v

    return A().get(), A.B().get(), A.v, A.B.v


print(nested())
