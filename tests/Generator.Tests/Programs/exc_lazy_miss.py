# try: x = d[k] / lst[i] except ...: the miss exception is created only when observed (as e, raise, __context__).


def show(e):
    return (type(e).__name__, e.args, str(e), repr(e))


def as_binding(d, k):
    try:
        v = d[k]
    except KeyError as e:
        return show(e)
    return v


print(as_binding({1: 2}, 1))
print(as_binding({1: 2}, 3))
print(as_binding({1: 2}, "x"))
print(as_binding({}, (1, 2)))


def context_from_handler(d, k):
    try:
        try:
            v = d[k]
        except KeyError:
            k = "rebound"
            raise ValueError("in handler")
    except ValueError as e:
        return show(e), show(e.__context__), e.__suppress_context__, k
    return v


print(context_from_handler({}, 7))


def bare_reraise(d, k):
    try:
        try:
            v = d[k]
        except KeyError:
            k = 99
            raise
    except KeyError as e:
        return show(e), e.__context__
    return v


print(bare_reraise({}, 5))


def clause_order(obj, i):
    try:
        v = obj[i]
    except IndexError as e:
        return "IndexError", show(e)
    except KeyError as e:
        return "KeyError", show(e)
    return v


print(clause_order([1, 2], 5))
print(clause_order([1, 2], -3))
print(clause_order([1, 2], 1))
print(clause_order({"a": 1}, "b"))


def lookup_error(obj, i):
    try:
        v = obj[i]
    except (TypeError, LookupError) as e:
        return show(e)
    return v


print(lookup_error([1], 1))
print(lookup_error({}, 1))
print(lookup_error("ab", 7))
print(lookup_error([1], "x"))


def no_match(d, k):
    try:
        try:
            v = d[k]
        except IndexError:
            return "wrong"
        except KeyError:
            raise TypeError("converted") from None
    except TypeError as e:
        return show(e), e.__cause__, e.__suppress_context__, show(e.__context__)
    return v


print(no_match({}, "q"))


def nested(d, k):
    try:
        try:
            v = d[k]
        except KeyError:
            try:
                w = d[k + 1]
            except KeyError:
                raise RuntimeError("both missing")
    except RuntimeError as e:
        c = e.__context__
        return show(e), show(c)
    return v


print(nested({}, 10))


def exception_clause(obj, i):
    try:
        v = obj[i]
    except Exception as e:
        return type(e) is IndexError, type(e) is KeyError, isinstance(e, LookupError)
    return v


print(exception_clause([0], 3))
print(exception_clause({}, 3))


def missing_hook(d, k):
    try:
        v = d[k]
    except KeyError:
        return "miss"
    return v


print(missing_hook({21: 42}, 21))
print(missing_hook({}, 21))

count = 0
cache = {}
for i in range(20):
    try:
        v = cache[i % 7]
        count += 1
    except KeyError:
        cache[i % 7] = i
print(count, cache)


def uncaught_inside(d, k):
    try:
        v = d[k]
    except KeyError:
        return d[k]
    return v


try:
    uncaught_inside({}, "z")
except KeyError as e:
    print("outer", show(e), show(e.__context__))
