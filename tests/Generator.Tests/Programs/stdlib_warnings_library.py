# The warnings PyAot's library modules give as CPython 3.12's do (categories, messages, and the line of the program
# they point at): re's FutureWarnings for a possible nested set or set operation (cases of Lib/test/test_re.py's
# test_re_tests / test_possible_set_operations), re.template() and re.TEMPLATE.
import warnings, re
warnings.simplefilter("always")
import sys
sys.stderr = sys.stdout

def loc(w):
    # Where a warning points: a line of this program, or (re.template and re.TEMPLATE warn with stacklevel 1) a line
    # of the library module, whose file and lines are PyAot's own.
    name = w.filename.rsplit("/", 1)[-1]
    where = (name, w.lineno) if name == "stdlib_warnings_library.py" else "library"
    return (w.category.__name__, str(w.message), where)

with warnings.catch_warnings(record=True) as log:
    re.compile("[[a]")
    re.compile("[!--9]")
    re.compile("[a&&b]")
    re.compile("[a-z--]")
    re.compile("[a||b]")
    re.compile("[a~~b]")
    re.compile("[a-]")
    re.compile("x[^[ab]]")
    re.compile("((((?:[[x]))))")
    re.template("ab")
    re.compile("cd", re.TEMPLATE)
for w in log:
    print(loc(w))
