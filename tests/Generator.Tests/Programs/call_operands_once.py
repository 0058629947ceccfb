# Each operand of a call is evaluated once, in order, whatever form the compiled call takes (with sys.monitoring
# compiled in, a call site writes a fast and a generic form of the call): a property with a side effect as the callee's
# receiver, as the first argument, as a later argument, inside and outside conditions.
log = []


class Box:
    def __init__(self):
        self.items = []

    @property
    def prop(self):
        log.append("prop")
        return self.items

    @property
    def n(self):
        log.append("n")
        return 3


def f(a, b=0):
    log.append("f")
    return len(a) + b


b = Box()
print(f(b.prop))
print(f(b.prop, b.n))
b.prop.append(1)
print(len(b.prop), abs(b.n))
print(b.n > 2 and f(b.prop) > 0)
print(f(b.prop) if b.n else None)
print(log)
