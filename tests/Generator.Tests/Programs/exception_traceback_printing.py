# The uncaught exception's report: re-raises add no frames, raise of a kept exception repeats its frames, a cause
# never raised has no traceback of its own, notes follow the message, and chained exceptions each have theirs.
def parse(text):
    return int(text)


def load(rows):
    out = []
    for row in rows:
        try:
            out.append(parse(row))
        except ValueError:
            bad = ValueError(f"bad row {row!r}")
            bad.add_note(f"while loading row {row!r}")
            raise bad from KeyError(row)
    return out


def checked(rows):
    try:
        return load(rows)
    except KeyError:
        raise RuntimeError("unreachable")
    finally:
        print("checked done")


def keep():
    try:
        checked(["1", "x"])
    except ValueError as e:
        return e


kept = keep()
print("kept", type(kept).__name__)


def report(e):
    try:
        raise e
    except ValueError:
        raise LookupError("no such row")


try:
    report(kept)
except LookupError as err:
    final = err

final.add_note("first note")
final.add_note("second note\nover two lines")
raise final
