# The traceback module's reports of exception groups (TracebackException.exceptions and CPython's nested boxes):
# print_exc and format_exception inside except* handlers, a group of more than fifteen, chain=False,
# format_exception_only.
import io
import sys
import traceback


def short(text):
    # (file paths differ between machines: the program's directory is left out)
    return text.replace(__file__.replace("\\", "/").rsplit("/", 1)[0] + "/", "")


def inner():
    raise ValueError("leaf")


try:
    try:
        inner()
    except ValueError as v:
        raise ExceptionGroup("eg", [v, TypeError(2), ExceptionGroup("sub", [KeyError(i) for i in range(16)])])
except* TypeError:
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(short(buf.getvalue()))
    print(short("".join(traceback.format_exception(sys.exception()))))
    te = traceback.TracebackException.from_exception(sys.exception())
    print(len(te.exceptions), [x.exc_type.__name__ for x in te.exceptions], te.exceptions[0].exceptions)
except* (ValueError, KeyError) as e:
    print(short("".join(traceback.format_exception(e, chain=False))))
    print(traceback.format_exception_only(e))
    print(short("".join(traceback.format_exception(e, limit=0))))
