# The built-in exception classes of CPython 3.12 (Lib/test/exception_hierarchy.txt) the runtime lacked, OSError's
# errno subclasses, __debug__, and the exception groups' construction rules, attributes and reprs.
classes = [
    BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
    ConnectionRefusedError, ConnectionResetError, InterruptedError, ProcessLookupError, BytesWarning,
    EncodingWarning, FutureWarning, ImportWarning, PendingDeprecationWarning, ResourceWarning,
    SyntaxWarning, UnicodeWarning, BaseExceptionGroup, ExceptionGroup,
]
for cls in classes:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])

# (Linux's numbers, errno's names)
codes = {"EAGAIN": 11, "EALREADY": 114, "EINPROGRESS": 115, "ECHILD": 10, "EPIPE": 32, "ESHUTDOWN": 108,
         "ECONNABORTED": 103, "ECONNREFUSED": 111, "ECONNRESET": 104, "EINTR": 4, "ESRCH": 3, "ENOENT": 2,
         "EEXIST": 17, "ETIMEDOUT": 110, "EINVAL": 22}
for code, number in codes.items():
    e = OSError(number, "message")
    print(code, type(e).__name__, e)
print(__debug__, type(__debug__).__name__)

print(repr(ExceptionGroup("m", [ValueError(1)])), str(ExceptionGroup("m", [ValueError(1), TypeError(2)])))
print(type(BaseExceptionGroup("b", (ValueError(1),))).__name__, type(BaseExceptionGroup("b", [SystemExit()])).__name__)
eg = ExceptionGroup("msg", (ValueError(1),))
print(eg.message, eg.exceptions, eg.args, isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
cases = [
    lambda: ExceptionGroup(1, [ValueError()]),
    lambda: ExceptionGroup("m", []),
    lambda: ExceptionGroup("m", {ValueError()}),
    lambda: ExceptionGroup("m", [ValueError(), 2]),
    lambda: ExceptionGroup("m"),
    lambda: ExceptionGroup("m", [KeyboardInterrupt()]),
    lambda: ExceptionGroup("m", [ValueError()], extra=1),
    lambda: eg.split(42),
    lambda: eg.derive(),
]
for case in cases:
    try:
        case()
    except Exception as e:
        print(type(e).__name__, e)


class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return MyGroup(self.message, excs, self.code)


mg = MyGroup("mine", [ValueError(1), TypeError(2)], 42)
m, r = mg.split(ValueError)
print(type(m).__name__, m.code, m.exceptions, type(r).__name__, r.exceptions, mg.args)


class Plain(BaseExceptionGroup):
    pass


p = Plain("p", [ValueError(1)])
print(type(p).__name__, isinstance(p, Exception), type(p.derive([TypeError()])).__name__)
try:
    class Bad(Exception, BaseExceptionGroup):
        pass
    Bad("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
