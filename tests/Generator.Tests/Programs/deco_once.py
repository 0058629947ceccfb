# Decorators are applied once each, innermost first, to the one function object the def made (nested defs with
# defaults that have side effects included), whatever form the compiled calls take.
log = []


def tag(name):
    def deco(f):
        log.append((name, f.__name__))
        f.tags = getattr(f, "tags", ()) + (name,)
        return f
    return deco


def default(v):
    log.append(("default", v))
    return v


@tag("outer")
@tag("inner")
def top():
    return 1


def make():
    @tag("a")
    @tag("b")
    def nested(x=default(5)):
        return x

    @tag("c")
    class K:
        pass
    return nested, K


n, K = make()
print(top.tags, n.tags, n(), K.tags)
print(log)
