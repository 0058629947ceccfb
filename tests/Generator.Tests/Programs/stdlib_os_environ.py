# os.environ, os.environb and the functions on them, ported from CPython's Lib/test/test_os.py (EnvironTests:
# test_keyvalue_types, test_items, test___repr__, test_get_exec_path, test_environb, test_putenv_unsetenv_error,
# test_key_type, test_iter_error_when_changing_os_environ(_items, _values), test_or_operator, test_ior_operator,
# test_ior_operator_invalid_dicts, test_ior_operator_key_value_iterable, test_ror_operator; the mapping protocol
# checks of mapping_tests.BasicTestMappingProtocol) and FSEncodingTests (test_nop, test_identity). The environment
# is cleared first and only the program's own variables are printed.
import os
import posix


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, f"{type(e).__name__}: {e}")


keep = dict(os.environ)
os.environ.clear()
print(len(os.environ), len(os.environb), repr(os.environ), repr(os.environb), os.environ._data is os.environb._data)
for key, value in {"KEY1": "VALUE1", "KEY2": "VALUE2", "KEY3": "VALUE3"}.items():
    os.environ[key] = value
print(repr(os.environ))
print(repr(os.environb))
print(sorted(os.environ), sorted(os.environ.items()), sorted(os.environ.values()))
print(all(type(k) is str and type(v) is str for k, v in os.environ.items()))
print(os.environ.get("KEY1"), os.environ.get("nope"), os.environ.get("nope", 5), "KEY2" in os.environ,
      "nope" in os.environ, len(os.environ))
show("b'KEY2' in environ", os.environ.__contains__, b"KEY2")
print(os.getenv("KEY3"), os.getenv("nope"), os.getenv("nope", "dflt"), os.getenvb(b"KEY3"), os.getenvb(b"x", b"d"))
print(posix.environ[b"KEY1"], os.environb[b"KEY2"], dict(os.environb) == {b"KEY1": b"VALUE1", b"KEY2": b"VALUE2",
                                                                           b"KEY3": b"VALUE3"})

print("-- setting, deleting, their errors")
os.environ["KEY1"] = "changed"
print(os.environ["KEY1"], os.environb[b"KEY1"], posix.environ[b"KEY1"])
del os.environ["KEY1"]
print("KEY1" in os.environ, b"KEY1" in posix.environ)
missing = 'missingkey'
try:
    os.environ[missing]
except KeyError as e:
    print("KeyError", repr(e), e.args[0] is missing, e.__suppress_context__)
try:
    del os.environ[missing]
except KeyError as e:
    print("KeyError", repr(e), e.args[0] is missing, e.__suppress_context__)
for key, value in [(1, "x"), ("x", 1), (b"x", "y"), ("x", b"y"), (None, "x")]:
    try:
        os.environ[key] = value
    except TypeError as e:
        print("TypeError", e)
for key, value in [("x", "y"), (b"x", 1), (1, b"y")]:
    try:
        os.environb[key] = value
    except TypeError as e:
        print("TypeError", e)
show("environ[1]", os.environ.__getitem__, 1)
show("environb['x']", os.environb.__getitem__, 'x')
show("del environ[1]", os.environ.__delitem__, 1)
for name in ('', '=name', 'na=me', 'name='):
    show("putenv " + repr(name), os.putenv, name, "value")
    show("unsetenv " + repr(name), os.unsetenv, name)
for name in ('name\0', 'na\0me'):
    show("putenv " + repr(name), os.putenv, name, "value")
    show("unsetenv " + repr(name), os.unsetenv, name)
show("putenv value", os.putenv, "name", "va\0lue")

print("-- environb, surrogateescape")
value = 'euro\u20ac'
os.environ['unicode'] = value
print(ascii(os.environ['unicode']), os.environb[b'unicode'])
os.environb[b'bytes'] = b'\xff'
print(os.environb[b'bytes'], ascii(os.environ['bytes']))
os.environ['esc\udcfe'] = 'x\udcff'
print(os.environb[b'esc\xfe'], ascii(os.environ['esc\udcfe']))
show("environ['\\ud800']", os.environ.__setitem__, '\ud800', 'x')

print("-- methods")
print(os.environ.setdefault("KEY2", "other"), os.environ.setdefault("NEW", "new"), os.environ["NEW"])
print(os.environ.pop("NEW"), os.environ.pop("NEW", "gone"), type(os.environ.copy()).__name__,
      os.environ.copy() == dict(os.environ))
os.environ.update({"U1": "1"}, U2="2")
os.environ.update([("U3", "3")])
print(sorted(k for k in os.environ if k.startswith("U")))
print(os.environ == dict(os.environ), os.environ != {}, isinstance(os.environ, dict))
show("environ.update(1)", os.environ.update, 1)
print(type(os.environ).__name__, type(os.environ).__mro__[1].__name__)

print("-- iteration while it changes")
for collection in (os.environ, os.environ.items(), os.environ.values()):
    iterator = iter(collection)
    next(iterator)
    os.environ["__new_key__"] = "test_environ_iteration"
    try:
        next(iterator)
        print(os.environ["__new_key__"])
    finally:
        del os.environ["__new_key__"]

print("-- | and |=")
overridden_key = '_TEST_VAR_'
os.environ[overridden_key] = 'original_value'
new_vars_dict = {'_A_': '1', '_B_': '2', overridden_key: '3'}
expected = dict(os.environ)
expected.update(new_vars_dict)
actual = os.environ | new_vars_dict
print(type(actual).__name__, expected == actual, actual[overridden_key], "_A_" in os.environ)
print(os.environ.__or__(new_vars_dict.items()), os.environ.__ror__(new_vars_dict.items()))
expected = dict(new_vars_dict)
expected.update(os.environ)
actual = new_vars_dict | os.environ
print(type(actual).__name__, expected == actual, actual[overridden_key])
env = os.environ
env |= new_vars_dict
print(env is os.environ, os.environ[overridden_key], os.environ["_A_"])
os.environ |= (('_C_', '1'), ('_D_', '2'))
print(os.environ["_C_"], os.environ["_D_"])
before = os.environ.copy()
for bad in ({1: '_A_'}, {'_A_': 1}):
    try:
        os.environ |= bad
    except TypeError as e:
        print("TypeError", e)
print(before == os.environ)
try:
    os.environ | 1
except TypeError as e:
    print("TypeError", e)

print("-- get_exec_path")
test_path = ['/monty', '/python', '', '/flying/circus']
test_env = {'PATH': os.pathsep.join(test_path)}
saved_environ = os.environ
try:
    os.environ = dict(test_env)
    print(os.get_exec_path(), os.get_exec_path(env=None))
finally:
    os.environ = saved_environ
os.environ["PATH"] = "/a:/b"
print(os.get_exec_path())
del os.environ["PATH"]
print(os.get_exec_path(), os.get_exec_path({}), os.get_exec_path({'PATH': ''}), os.get_exec_path(test_env))
show("mixed", os.get_exec_path, {'PATH': '1', b'PATH': b'2'})
print(os.get_exec_path({b'PATH': b'abc'}), os.get_exec_path({b'PATH': 'abc'}), os.get_exec_path({'PATH': b'abc'}))

print("-- fsencode, fsdecode")
for fn in ['unicode\u0141', 'latin\xe9', 'ascii', 'esc\udcff', b'bytes\xff', b'\xc3\xa9', b'a\xed\xa0\x80b']:
    print(ascii(fn), os.fsencode(fn), ascii(os.fsdecode(fn)), os.fsencode(os.fsdecode(fn)) == os.fsencode(fn))
for bad in [1, None, bytearray(b'x')]:
    show("fsencode " + repr(bad), os.fsencode, bad)
    show("fsdecode " + repr(bad), os.fsdecode, bad)
show("fsencode lone surrogate", os.fsencode, 'a\ud800b')
show("fsencode surrogates", os.fsencode, 'a\udcff\ud800b')
show("fsencode run", os.fsencode, 'a\udcff\udc80\ud800\ud801b')
show("fsencode run 2", os.fsencode, 'a\ud801\ud800b')

os.environ.clear()
os.environ.update(keep)
print(os.environ == keep)
