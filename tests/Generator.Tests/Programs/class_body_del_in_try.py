# del of a class-body name inside try and with blocks (was an internal compiler error inside try).
class Quiet:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False


class C:
    x = 1
    try:
        del x
    except NameError:
        pass
    try:
        del missing
    except NameError:
        print('NameError')
    with Quiet():
        y = 2
        del y
    z = 3
print(hasattr(C, 'x'), hasattr(C, 'y'), C.z)
