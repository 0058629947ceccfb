# An uncaught exception group: CPython's boxed report, with nested groups, notes, chained handler errors and more
# than fifteen members.
def inner():
    raise ValueError("leaf")


def collect():
    errors = []
    for i in range(3):
        try:
            if i == 1:
                inner()
            raise TypeError(f"t{i}")
        except Exception as e:
            errors.append(e)
    eg = ExceptionGroup("many", errors + [ExceptionGroup("nested", [KeyError(k) for k in range(17)])])
    eg.add_note("a note on the group")
    raise eg


print("start")
try:
    collect()
except* ValueError:
    raise
except* KeyError:
    raise RuntimeError("while handling keys")
