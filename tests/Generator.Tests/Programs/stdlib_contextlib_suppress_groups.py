# contextlib.suppress over exception groups (bpo-46942): the exceptions it names are dropped from a group, the rest
# raised again; a group it names as a whole is suppressed.
from contextlib import suppress
with suppress(ValueError):
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
print("all suppressed")
try:
    with suppress(ValueError, KeyError):
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("in", [KeyError(3), OSError(4)])])
except ExceptionGroup as e:
    print(repr(e))
with suppress(ExceptionGroup):
    raise ExceptionGroup("whole", [TypeError()])
print("whole group suppressed")
try:
    with suppress(KeyError):
        raise BaseExceptionGroup("b", [KeyboardInterrupt()])
except BaseExceptionGroup as e:
    print(repr(e), type(e).__name__)
