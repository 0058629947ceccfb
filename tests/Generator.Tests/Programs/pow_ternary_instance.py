# pow(a, b, mod) with an instance as the first operand calls its __pow__(b, mod); __rpow__ is never tried for
# three-argument pow, and NotImplemented (or a class without __pow__) is CPython's TypeError.
class Mod:
    def __init__(self, v):
        self.v = v

    def __pow__(self, other, modulo=None):
        if modulo is None:
            return ('pow', self.v, other)
        if modulo == 'ni':
            return NotImplemented
        return ('pow3', self.v, other, modulo)

    def __rpow__(self, other, modulo=None):
        return ('rpow', other, self.v, modulo)


class Plain:
    pass


print(pow(Mod(2), 3), pow(Mod(2), 3, 5), pow(Mod(2), Mod(3), 5)[2].v, Mod(2) ** 3, 2 ** Mod(3), pow(2, Mod(3)))
for args in [(Mod(2), 3, 'ni'), (2, Mod(3), 5), (2, 3, Mod(5)), (Plain(), 2, 3), (2, 3.5, 4)]:
    try:
        print(pow(*args))
    except TypeError as e:
        print('TypeError', e)
