# CPython 3.12's Lib/test/test_type_params.py, the tests where an annotation scope in a class body reads a name
# that the class body binds (CPython's __classdict__), as a plain program like
# pep695_cpython_type_params.py (same harness: the assertX methods print what they check; run_code snippets run at
# module level inside `with _RunCode(name):` and the test reads their names from `ns`).
# Left out: nothing of these tests.
import re
import types

from typing import Generic, Sequence, TypeVar, get_args


def _show(x):
    if isinstance(x, str) and x == __name__:
        return "__name__"
    if isinstance(x, type):
        return "<class " + x.__qualname__ + ">"
    if isinstance(x, types.FunctionType):
        return "<function " + x.__qualname__ + ">"
    if isinstance(x, tuple):
        return "(" + ", ".join(_show(i) for i in x) + ("," if len(x) == 1 else "") + ")"
    if isinstance(x, list):
        return "[" + ", ".join(_show(i) for i in x) + "]"
    if isinstance(x, dict):
        return "{" + ", ".join(_show(k) + ": " + _show(v) for k, v in x.items()) + "}"
    r = repr(x).replace(__name__ + ".", "")
    if " at 0x" in r:
        return "<" + type(x).__name__ + " object>"
    return r


class _Raises:
    def __init__(self, exc, regex=None):
        self.exc = exc
        self.regex = regex

    def __enter__(self):
        return self

    def __exit__(self, tp, val, tb):
        if tp is None:
            print("  raises", self.exc.__name__, "-> nothing raised")
            return False
        line = "  raises " + self.exc.__name__ + " -> " + tp.__name__ + ": " + str(val).replace(__name__ + ".", "")
        if not issubclass(tp, self.exc):
            line += " (not " + self.exc.__name__ + ")"
        elif self.regex is not None:
            line += " (matches)" if re.search(self.regex, str(val)) else " (does not match " + repr(self.regex) + ")"
        print(line)
        return issubclass(tp, Exception)


class _Checks:
    def assertEqual(self, a, b):
        print("  assertEqual", _show(a), "==", _show(b), "->", a == b)

    def assertIs(self, a, b):
        print("  assertIs", _show(a), "is", _show(b), "->", a is b)

    def assertIsNot(self, a, b):
        print("  assertIsNot", _show(a), "is not", _show(b), "->", a is not b)

    def assertIsInstance(self, a, cls):
        print("  assertIsInstance", _show(a), cls.__name__, "->", isinstance(a, cls))

    def assertIn(self, a, b):
        print("  assertIn", _show(a), "in", _show(b), "->", a in b)

    def assertTrue(self, a):
        print("  assertTrue", _show(a), "->", bool(a))

    def assertFalse(self, a):
        print("  assertFalse", _show(a), "->", not a)

    def assertRaises(self, exc):
        return _Raises(exc)

    def assertRaisesRegex(self, exc, regex):
        return _Raises(exc, regex)


_t = _Checks()
_header = None


def _begin(name):
    global _header
    if _header != name:
        print("==", name)
    _header = name


class _RunCode:
    """A run_code snippet, run at module level: what it raises is printed, and ns is emptied first."""

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        global ns
        ns = {}
        _begin(self.name)
        return self

    def __exit__(self, tp, val, tb):
        if tp is not None:
            print("  run_code raised", tp.__name__ + ":", val)
        return tp is not None and issubclass(tp, Exception)


def run(method):
    _begin(method.__name__)
    try:
        method()
    except Exception as e:
        print("  unexpected", type(e).__name__ + ":", e)


class TypeParamsAccessTest(_Checks):
    def test_method_access_01(self):
        cls = ns["ClassA"]
        self.assertIs(cls.func.__annotations__["a"], int)
        T, = cls.func.__type_params__
        self.assertIs(cls.func.__annotations__["b"], T)

    def test_class_scope_interaction_01(self):
        cls = ns["C"]
        self.assertEqual(cls.method.__annotations__["arg"], 1)

    def test_class_scope_interaction_02(self):
        cls = ns["C"]
        self.assertEqual(cls.Child.__bases__, (cls.Base, Generic))
        T, = cls.Child.__type_params__
        self.assertEqual(types.get_original_bases(cls.Child), (cls.Base, Generic[T]))

    def test_class_deref(self):
        cls = ns["C"]
        self.assertEqual(cls.Alias.__value__, "class")


class TypeParamsClassScopeTest(_Checks):
    def test_alias(self):
        class X:
            T = int
            type U = T
        self.assertIs(X.U.__value__, int)

    def test_alias_run_code(self):
        cls = ns["X"]
        self.assertEqual(cls.U.__value__, ("global", "class"))

    def test_bound(self):
        class X:
            T = int
            def foo[U: T](self): ...
        self.assertIs(X.foo.__type_params__[0].__bound__, int)

    def test_bound_run_code(self):
        cls = ns["X"]
        T, U = cls.foo.__type_params__
        self.assertEqual(T.__bound__, "global")
        self.assertEqual(U.__bound__, "class")

    def test_modified_later(self):
        class X:
            T = int
            def foo[U: T](self): ...
            type Alias = T
        X.T = float
        self.assertIs(X.foo.__type_params__[0].__bound__, float)
        self.assertIs(X.Alias.__value__, float)

    def test_binding_uses_global(self):
        cls = ns["outer"]()
        self.assertEqual(cls.val, "global")
        self.assertEqual(cls.bound, "global")
        self.assertEqual(cls.annotation, "global")

    def test_nested_free(self):
        C = ns["f"]()
        self.assertIn(int, C.D.__bases__)
        self.assertIs(C.D.x, str)


# ---- TypeParamsAccessTest

with _RunCode("test_method_access_01"):
    class ClassA:
        x = int
        def func[T](self, a: x, b: T):
            ...
    ns = {"ClassA": ClassA}
run(TypeParamsAccessTest().test_method_access_01)

with _RunCode("test_class_scope_interaction_01"):
    class C:
        x = 1
        def method[T](self, arg: x): pass
    ns = {"C": C}
run(TypeParamsAccessTest().test_class_scope_interaction_01)

with _RunCode("test_class_scope_interaction_02"):
    class C:
        class Base: pass
        class Child[T](Base): pass
    ns = {"C": C}
run(TypeParamsAccessTest().test_class_scope_interaction_02)

with _RunCode("test_class_deref"):
    class C[T]:
        T = "class"
        type Alias = T
    ns = {"C": C}
run(TypeParamsAccessTest().test_class_deref)

# ---- TypeParamsClassScopeTest (test_alias and test_bound each have a run_code part, as a test of its own here)

run(TypeParamsClassScopeTest().test_alias)

with _RunCode("test_alias_run_code"):
    glb = "global"
    class X:
        cls = "class"
        type U = (glb, cls)
    ns = {"X": X}
run(TypeParamsClassScopeTest().test_alias_run_code)

run(TypeParamsClassScopeTest().test_bound)

with _RunCode("test_bound_run_code"):
    glb = "global"
    class X:
        cls = "class"
        def foo[T: glb, U: cls](self): ...
    ns = {"X": X}
run(TypeParamsClassScopeTest().test_bound_run_code)

run(TypeParamsClassScopeTest().test_modified_later)

with _RunCode("test_binding_uses_global"):
    x = "global"
    def outer():
        x = "nonlocal"
        class Cls:
            type Alias = x
            val = Alias.__value__
            def meth[T: x](self, arg: x): ...
            bound = meth.__type_params__[0].__bound__
            annotation = meth.__annotations__["arg"]
            x = "class"
        return Cls
    ns = {"outer": outer}
run(TypeParamsClassScopeTest().test_binding_uses_global)

with _RunCode("test_nested_free"):
    def f():
        T = str
        class C:
            T = int
            class D[U](T):
                x = T
        return C
    ns = {"f": f}
run(TypeParamsClassScopeTest().test_nested_free)
