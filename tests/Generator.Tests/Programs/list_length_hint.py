# list(x), list.extend, sorted and tuple ask a length hint of a class instance after its iterator: __len__ (a TypeError
# passed over), else __length_hint__ (NotImplemented: none), with CPython's errors (PyObject_LengthHint).
class A:
    def __iter__(self):
        print("iter")
        return iter([1, 2])
    def __len__(self):
        print("len")
        return 2
class B:
    def __iter__(self):
        return iter([3])
    def __length_hint__(self):
        print("hint")
        return NotImplemented
class C:
    def __iter__(self):
        return iter([4])
    def __len__(self):
        return -1
class D:
    def __iter__(self):
        return iter([5])
    def __len__(self):
        return "x"
    def __length_hint__(self):
        return 1
class E:
    def __iter__(self):
        return iter([6])
    def __length_hint__(self):
        return 1.5
print(list(A()), list(B()))
for k in (C, E):
    try:
        print(list(k()))
    except Exception as e:
        print(type(e).__name__, e)
print(list(D()))
x = [0]
x.extend(A())
print(x, sorted(A()), tuple(A()))
