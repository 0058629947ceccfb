def f(trace):
    try:
        trace.append("try")
        return "from try"
    finally:
        trace.append("finally")

t = []
print(f(t), t)

def g():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("finally", i)
    return i
print(g())

def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()

def exc_in_else():
    try:
        pass
    except Exception:
        print("not here")
    else:
        raise KeyError("from else")
try:
    exc_in_else()
except KeyError as e:
    print("caught", e)

def exc_replaced():
    try:
        raise ValueError("first")
    finally:
        print("cleanup runs")
try:
    exc_replaced()
except ValueError as e:
    print("got", e)

def handler_var_cleared():
    try:
        raise TypeError("t")
    except TypeError as err:
        pass
    try:
        return err
    except NameError as ne:
        return str(ne)
print(handler_var_cleared())

class Custom(Exception):
    def __str__(self):
        return "custom str"
try:
    raise Custom()
except Custom as c:
    print(c, repr(c), c.args)
try:
    raise ValueError
except ValueError as v:
    print(repr(v), v.args, str(v) == "")
def multi(x):
    try:
        return [1, 2][x]
    except (IndexError, TypeError) as e:
        return type(e).__name__
print(multi(0), multi(5), multi("a"))
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e))
