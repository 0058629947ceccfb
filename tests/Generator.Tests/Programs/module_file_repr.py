# __file__ of the main module and of an imported one, module reprs, and the location an ImportError names.
import sys
import time
import helper_mod

print(__file__.endswith("module_file_repr.py"), helper_mod.__file__.endswith("helper_mod.py"))
print(repr(helper_mod) == "<module 'helper_mod' from '" + helper_mod.__file__ + "'>")
print(sys, time)


def where():
    return __file__


print(where() == __file__)

try:
    from helper_mod import squares
except ImportError as e:
    print(str(e).replace(helper_mod.__file__, "<helper_mod.py>"))
    print(e.name, e.path is None or e.path.endswith("helper_mod.py"))
try:
    from sys import no_such_name
except ImportError as e:
    print(e)
    print(e.name, e.path, e.name_from, e.msg == str(e))

e = ImportError("m", name="x", path="p")
print(repr(e), e.name, e.path, e.args, e.msg, e.name_from)
e = ImportError("a", "b")
print(e.msg, e.name, str(e))
e = ModuleNotFoundError()
print(e.msg, repr(str(e)), e.name)
try:
    ImportError("m", foo=1)
except TypeError as t:
    print(t)


class MyImportError(ImportError):
    pass


try:
    MyImportError("m", bar=2)
except TypeError as t:
    print(t)
e = MyImportError("m", path="q")
e.name = "set"
print(e.name, e.path)
try:
    import sys.monitoring
except ImportError as m:
    print(type(m).__name__, m.name, m)
