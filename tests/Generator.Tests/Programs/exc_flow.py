def risky(n):
    try:
        if n == 0:
            raise ValueError("zero")
        if n == 1:
            raise KeyError("one")
        if n == 2:
            return "early"
        result = 10 / (n - 3)
    except ValueError as e:
        print("value error:", e)
        return "handled"
    except (KeyError, ZeroDivisionError) as e:
        print("lookup or div:", type(e).__name__, e)
        return "handled2"
    else:
        print("no error, result", result)
        return result
    finally:
        print("finally for", n)

for n in range(5):
    print("->", risky(n))

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass

try:
    raise NotFound(404, "missing page")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, isinstance(e, Exception))

try:
    try:
        {}["x"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__context__ is e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(e, type(e.__context__).__name__, e.__cause__)

def reraiser():
    try:
        raise TypeError("orig")
    except TypeError:
        print("logging")
        raise
try:
    reraiser()
except TypeError as e:
    print("caught again:", e)

e = Exception("a", 1)
print(e.args, str(e), repr(e), repr(ValueError()), str(ValueError("x")), repr(KeyError("k")), str(KeyError("k")))
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
try:
    raise StopIteration
except Exception as e:
    print("StopIteration is an Exception", type(e).__name__)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(Exception, BaseException))
