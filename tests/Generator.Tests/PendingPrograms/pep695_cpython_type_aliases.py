# CPython 3.12's Lib/test/test_type_aliases.py, as a plain program: each test method runs in order and its
# assertions print what they check (the assertX methods below print instead of asserting; no unittest).
# A test's code is CPython's; a run_code("""...""") snippet runs at module level, as run_code runs it (inside
# `with _RunCode(name):`, which prints what it raises), just before its test, which reads the snippet's names from
# `ns` (a dict of those names: PyAot has no globals()).
# Left out:
# - the SyntaxError tests, which need compile()/check_syntax_error (test_name_collisions);
# - ParamSpec and TypeVarTuple: test_alias_value_04, and the VeryGeneric alias of test_subscripting and test_repr
#   (the rest of those two tests is here);
# - exec (test_attributes_with_exec) and pickle (TypeAliasPickleTest, and the module-level aliases it pickles);
# - test_module's check of test.typinganndata.mod_generics_cache is made on a copy of that module,
#   pep695_cpython_mod_generics_cache.
import re
import types

from typing import Callable, TypeAliasType, TypeVar, get_args


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


class _ModuleNamespace:
    """A module's namespace as run_code returns it: ns[name] reads and ns[name] = value sets the module's name."""

    def __init__(self, module):
        self.module = module

    def __getitem__(self, name):
        return getattr(self.module, name)

    def __setitem__(self, name, value):
        setattr(self.module, name, value)


def run(method):
    _begin(method.__name__)
    try:
        method()
    except Exception as e:
        print("  unexpected", type(e).__name__ + ":", e)




class TypeParamsInvalidTest(_Checks):
    def test_name_non_collision_02(self):
        self.assertIsInstance(ns["TA1"], TypeAliasType)
        self.assertTrue(callable(ns["TA1"].__value__))
        self.assertEqual("arg", ns["TA1"].__value__("arg"))

    def test_name_non_collision_03(self):
        outer_A, = ns["Outer"].__type_params__
        inner_A, = ns["Outer"].TA1.__type_params__
        self.assertIsNot(outer_A, inner_A)


class TypeParamsAccessTest(_Checks):
    def test_alias_access_01(self):
        alias = ns["TA1"]
        self.assertIsInstance(alias, TypeAliasType)
        self.assertEqual(alias.__type_params__, get_args(alias.__value__))

    def test_alias_access_02(self):
        alias = ns["TA1"]
        self.assertIsInstance(alias, TypeAliasType)
        A, B = alias.__type_params__
        self.assertEqual(alias.__value__, alias[A, B] | int)

    def test_alias_access_03(self):
        cls = ns["Outer"]
        A, = cls.__type_params__
        B, = cls.inner.__type_params__
        alias = cls.inner(None)
        self.assertIsInstance(alias, TypeAliasType)
        alias2 = cls.inner(None)
        self.assertIsNot(alias, alias2)
        self.assertEqual(len(alias.__type_params__), 1)

        self.assertEqual(alias.__value__, alias[A, B] | int)


class TypeParamsAliasValueTest(_Checks):
    def test_alias_value_01(self):
        type TA1 = int

        self.assertIsInstance(TA1, TypeAliasType)
        self.assertEqual(TA1.__value__, int)
        self.assertEqual(TA1.__parameters__, ())
        self.assertEqual(TA1.__type_params__, ())

        type TA2 = TA1 | str

        self.assertIsInstance(TA2, TypeAliasType)
        a, b = TA2.__value__.__args__
        self.assertEqual(a, TA1)
        self.assertEqual(b, str)
        self.assertEqual(TA2.__parameters__, ())
        self.assertEqual(TA2.__type_params__, ())

    def test_alias_value_02(self):
        class Parent[A]:
            type TA1[B] = dict[A, B]

        self.assertIsInstance(Parent.TA1, TypeAliasType)
        self.assertEqual(len(Parent.TA1.__parameters__), 1)
        self.assertEqual(len(Parent.__parameters__), 1)
        a, = Parent.__parameters__
        b, = Parent.TA1.__parameters__
        self.assertEqual(Parent.__type_params__, (a,))
        self.assertEqual(Parent.TA1.__type_params__, (b,))
        self.assertEqual(Parent.TA1.__value__, dict[a, b])

    def test_alias_value_03(self):
        def outer[A]():
            type TA1[B] = dict[A, B]
            return TA1

        o = outer()
        self.assertIsInstance(o, TypeAliasType)
        self.assertEqual(len(o.__parameters__), 1)
        self.assertEqual(len(outer.__type_params__), 1)
        b = o.__parameters__[0]
        self.assertEqual(o.__type_params__, (b,))

    def test_subscripting(self):
        type NonGeneric = int
        type Generic[A] = dict[A, A]
        # (type VeryGeneric[T, *Ts, **P] = Callable[P, tuple[T, *Ts]]: left out, TypeVarTuple and ParamSpec)

        with self.assertRaises(TypeError):
            NonGeneric[int]

        specialized = Generic[int]
        self.assertIsInstance(specialized, types.GenericAlias)
        self.assertIs(specialized.__origin__, Generic)
        self.assertEqual(specialized.__args__, (int,))

        # (specialized2 = VeryGeneric[int, str, float, [bool, range]] and its checks: left out)

    def test_repr(self):
        type Simple = int
        # (type VeryGeneric[T, *Ts, **P] = Callable[P, tuple[T, *Ts]] and its reprs: left out)

        self.assertEqual(repr(Simple), "Simple")

    def test_recursive_repr(self):
        type Recursive = Recursive
        self.assertEqual(repr(Recursive), "Recursive")

        type X = list[Y]
        type Y = list[X]
        self.assertEqual(repr(X), "X")
        self.assertEqual(repr(Y), "Y")

        type GenericRecursive[X] = list[X | GenericRecursive[X]]
        self.assertEqual(repr(GenericRecursive), "GenericRecursive")
        self.assertEqual(repr(GenericRecursive[int]), "GenericRecursive[int]")
        self.assertEqual(repr(GenericRecursive[GenericRecursive[int]]),
                         "GenericRecursive[GenericRecursive[int]]")

    def test_raising(self):
        type MissingName = list[_My_X]
        with self.assertRaisesRegex(
            NameError,
            "cannot access free variable '_My_X' where it is not associated with a value",
        ):
            MissingName.__value__
        _My_X = int
        self.assertEqual(MissingName.__value__, list[int])
        del _My_X
        # Cache should still work:
        self.assertEqual(MissingName.__value__, list[int])

        # Explicit exception:
        type ExprException = 1 / 0
        with self.assertRaises(ZeroDivisionError):
            ExprException.__value__


class TypeAliasConstructorTest(_Checks):
    def test_basic(self):
        TA = TypeAliasType("TA", int)
        self.assertEqual(TA.__name__, "TA")
        self.assertIs(TA.__value__, int)
        self.assertEqual(TA.__type_params__, ())
        self.assertEqual(TA.__module__, __name__)

    def test_generic(self):
        T = TypeVar("T")
        TA = TypeAliasType("TA", list[T], type_params=(T,))
        self.assertEqual(TA.__name__, "TA")
        self.assertEqual(TA.__value__, list[T])
        self.assertEqual(TA.__type_params__, (T,))
        self.assertEqual(TA.__module__, __name__)

    def test_keywords(self):
        TA = TypeAliasType(name="TA", value=int)
        self.assertEqual(TA.__name__, "TA")
        self.assertIs(TA.__value__, int)
        self.assertEqual(TA.__type_params__, ())
        self.assertEqual(TA.__module__, __name__)

    def test_errors(self):
        with self.assertRaises(TypeError):
            TypeAliasType()
        with self.assertRaises(TypeError):
            TypeAliasType("TA")
        with self.assertRaises(TypeError):
            TypeAliasType("TA", list, ())
        with self.assertRaises(TypeError):
            TypeAliasType("TA", list, type_params=42)


class TypeAliasTypeTest(_Checks):
    def test_immutable(self):
        with self.assertRaises(TypeError):
            TypeAliasType.whatever = "not allowed"

    def test_no_subclassing(self):
        with self.assertRaisesRegex(TypeError, "not an acceptable base type"):
            class MyAlias(TypeAliasType):
                pass

    def test_union(self):
        type Alias1 = int
        type Alias2 = str
        union = Alias1 | Alias2
        self.assertIsInstance(union, types.UnionType)
        self.assertEqual(get_args(union), (Alias1, Alias2))
        union2 = Alias1 | list[float]
        self.assertIsInstance(union2, types.UnionType)
        self.assertEqual(get_args(union2), (Alias1, list[float]))
        union3 = list[range] | Alias1
        self.assertIsInstance(union3, types.UnionType)
        self.assertEqual(get_args(union3), (list[range], Alias1))

    def test_module(self):
        self.assertEqual(TypeAliasType.__module__, "typing")
        type Alias = int
        self.assertEqual(Alias.__module__, __name__)
        self.assertEqual(mod_generics_cache.Alias.__module__,
                         mod_generics_cache.__name__)
        self.assertEqual(mod_generics_cache.OldStyle.__module__,
                         mod_generics_cache.__name__)


# ---- TypeParamsInvalidTest

with _RunCode("test_name_non_collision_02"):
    type TA1[A] = lambda A: A
    ns = {"TA1": TA1}
run(TypeParamsInvalidTest().test_name_non_collision_02)

with _RunCode("test_name_non_collision_03"):
    class Outer[A]:
        type TA1[A] = None
    ns = {"Outer": Outer}
run(TypeParamsInvalidTest().test_name_non_collision_03)

# ---- TypeParamsAccessTest

with _RunCode("test_alias_access_01"):
    type TA1[A, B] = dict[A, B]
    ns = {"TA1": TA1}
run(TypeParamsAccessTest().test_alias_access_01)

with _RunCode("test_alias_access_02"):
    type TA1[A, B] = TA1[A, B] | int
    ns = {"TA1": TA1}
run(TypeParamsAccessTest().test_alias_access_02)

with _RunCode("test_alias_access_03"):
    class Outer[A]:
        def inner[B](self):
            type TA1[C] = TA1[A, B] | int
            return TA1
    ns = {"Outer": Outer}
run(TypeParamsAccessTest().test_alias_access_03)

# ---- TypeParamsAliasValueTest

run(TypeParamsAliasValueTest().test_alias_value_01)
run(TypeParamsAliasValueTest().test_alias_value_02)
run(TypeParamsAliasValueTest().test_alias_value_03)
run(TypeParamsAliasValueTest().test_subscripting)
run(TypeParamsAliasValueTest().test_repr)
run(TypeParamsAliasValueTest().test_recursive_repr)
run(TypeParamsAliasValueTest().test_raising)

# ---- TypeAliasConstructorTest

run(TypeAliasConstructorTest().test_basic)
run(TypeAliasConstructorTest().test_generic)
run(TypeAliasConstructorTest().test_keywords)
run(TypeAliasConstructorTest().test_errors)

# ---- TypeAliasTypeTest

import pep695_cpython_mod_generics_cache as mod_generics_cache

run(TypeAliasTypeTest().test_immutable)
run(TypeAliasTypeTest().test_no_subclassing)
run(TypeAliasTypeTest().test_union)
run(TypeAliasTypeTest().test_module)
