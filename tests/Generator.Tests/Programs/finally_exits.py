# return / break / continue inside finally blocks (CPython's semantics: the finally's exit wins).
def override():
    try:
        return 1
    finally:
        return 2
print(override())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())

def conditional(flag):
    try:
        if flag:
            raise KeyError(flag)
        x = "body"
    finally:
        if flag == "ret":
            return "finally returned"
    return x
print(conditional(""))
print(conditional("ret"))
try:
    conditional("other")
except KeyError as e:
    print("KeyError", e)

def order(log):
    try:
        try:
            log.append("inner body")
            return "inner"
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
        if len(log) > 2:
            return "outer"
log = []
print(order(log), log)

def loops():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
            if i == 0:
                continue
    return out
print(loops())

def break_in_finally():
    out = []
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            out.append(i)
            break
    return out
print(break_in_finally())

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
            return "never"
        finally:
            continue
    return out
print(continue_in_finally())

def with_except(n):
    try:
        1 / n
    except ZeroDivisionError:
        return "handled"
    else:
        return "else"
    finally:
        if n == 2:
            return "finally"
print(with_except(0), with_except(1), with_except(2))

def while_loop():
    n = 0
    while True:
        try:
            n += 1
        finally:
            if n >= 3:
                break
    return n
print(while_loop())

def nested_functions():
    def inner():
        try:
            return "inner"
        finally:
            pass
    try:
        return inner()
    finally:
        print("outer finally sees", inner())
print(nested_functions())

class Res:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0])
        return False

def with_stmt():
    try:
        with Res():
            return "from with"
    finally:
        print("finally after exit")
        return "finally"
print(with_stmt())

def gen():
    try:
        yield 1
        return "r"
    finally:
        return "from finally"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("gen stop", e.value)

def gen_loop():
    for i in range(4):
        try:
            yield i
        finally:
            if i == 2:
                break
    yield "after"
print(list(gen_loop()))

def unbound():
    try:
        pass
    finally:
        return locals_() if False else "ok"
print(unbound())

for k in range(2):
    try:
        pass
    finally:
        if k == 0:
            continue
        print("module level k", k)
