# CPython 3.12's Lib/test/test_type_params.py, as a plain program: each test method runs in order and its
# assertions print what they check (the assertX methods below print instead of asserting; no unittest).
# A test's code is CPython's; a run_code("""...""") snippet runs at module level, as run_code runs it (inside
# `with _RunCode(name):`, which prints what it raises), just before its test, which reads the snippet's names from
# `ns` (a dict of those names: PyAot has no globals()). A run_code under assertRaises runs inside the `with`.
# test_explicit_global_with_no_static_bound needs a module that binds no x: its snippet is the helper module
# pep695_cpython_type_params_global, and its ns writes through to that module.
# Left out:
# - the SyntaxError tests, which need compile()/check_syntax_error (test_name_collisions,
#   test_disallowed_expressions, test_nonlocal_disallowed_01-03, test_gen_exp_in_nested_generic_class,
#   test_listcomp_in_nested_generic_class, test_gen_exp_in_generic_method, test_nested_scope_in_generic_alias,
#   test_typevartuple_01, test_paramspec_01);
# - ParamSpec and TypeVarTuple (test_typevartuple_02, test_paramspec_02, func3/Class3);
# - pickle (TypeParamsPickleTest) and weakref (TypeParamsWeakRefTest);
# - the tests where an annotation scope in a class body reads a name that class body binds (refused by PyAot for
#   now): they are in pep695_cpython_type_params_class_scope.py;
# - in test_typevar_coroutine, self.addCleanup(asyncio.set_event_loop_policy, None) (test-runner hygiene).
import asyncio
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
        func = ns["func"]
        self.assertEqual(func(1), 1)
        A, = func.__type_params__
        self.assertEqual(A.__name__, "A")

    def test_name_non_collision_03(self):
        func = ns["func"]
        self.assertEqual(func(1), (1,))
        A, = func.__type_params__
        self.assertEqual(A.__name__, "A")

    def test_name_non_collision_04(self):
        # Mangled names should not cause a conflict.
        cls = ns["ClassA"]
        self.assertEqual(cls().func(1), 1)
        A, = cls.func.__type_params__
        self.assertEqual(A.__name__, "__A")

    def test_name_non_collision_05(self):
        cls = ns["ClassA"]
        self.assertEqual(cls().func(1), 1)
        A, = cls.func.__type_params__
        self.assertEqual(A.__name__, "_ClassA__A")

    def test_name_non_collision_06(self):
        cls = ns["ClassA"]
        self.assertEqual(cls().func(1), 1)
        X, = cls.__type_params__
        self.assertEqual(X.__name__, "X")

    def test_name_non_collision_07(self):
        cls = ns["ClassA"]
        self.assertEqual(cls().func(), 1)
        X, = cls.__type_params__
        self.assertEqual(X.__name__, "X")

    def test_name_non_collision_08(self):
        cls = ns["ClassA"]
        self.assertEqual(cls().func(), [1, 2])
        X, = cls.__type_params__
        self.assertEqual(X.__name__, "X")

    def test_name_non_collision_9(self):
        cls = ns["ClassA"]
        outer_X, = cls.__type_params__
        inner_X, = cls.func.__type_params__
        self.assertEqual(outer_X.__name__, "X")
        self.assertEqual(inner_X.__name__, "X")
        self.assertIsNot(outer_X, inner_X)

    def test_name_non_collision_10(self):
        cls = ns["ClassA"]
        X, = cls.__type_params__
        self.assertEqual(X.__name__, "X")
        self.assertIs(cls.__annotations__["X"], int)

    def test_name_non_collision_13(self):
        # ns["X"] read as the module's X (the snippet runs at module level)
        self.assertEqual(X, 1)
        outer = ns["outer"]
        outer()()
        self.assertEqual(X, 2)

    def test_incorrect_mro_explicit_object(self):
        with self.assertRaisesRegex(TypeError, r"\(MRO\) for bases object, Generic"):
            class My[X](object): ...


class TypeParamsNonlocalTest(_Checks):
    def test_nonlocal_allowed(self):
        func = ns["func"]
        T, = func.__type_params__
        self.assertEqual(T.__name__, "T")


class TypeParamsAccessTest(_Checks):
    def test_class_access_01(self):
        cls = ns["ClassA"]
        A, B = cls.__type_params__
        self.assertEqual(types.get_original_bases(cls), (dict[A, B], Generic[A, B]))

    def test_class_access_02(self):
        meta = ns["MyMeta"]
        cls = ns["ClassA"]
        A1, B1 = meta.__type_params__
        A2, B2 = cls.__type_params__
        self.assertIsNot(A1, A2)
        self.assertIsNot(B1, B2)
        self.assertIs(type(cls), meta)

    def test_function_access_01(self):
        func = ns["func"]
        A, B = func.__type_params__
        self.assertEqual(func.__annotations__["a"], dict[A, B])

    def test_nested_access_01(self):
        cls = ns["ClassA"]
        A, = cls.__type_params__
        B, = cls.funcB.__type_params__
        classC = cls().funcB()
        C, = classC.__type_params__
        D, = classC.funcD.__type_params__
        self.assertEqual(classC().funcD()(), (A, B, C, D))

    def test_shadowing_nonlocal(self):
        outer = ns["outer"]
        T, = outer.__type_params__
        self.assertEqual(T.__name__, "T")
        getter, inner = outer()
        self.assertEqual(getter(), "outer")
        self.assertEqual(inner(), "inner")
        self.assertEqual(getter(), "inner")

    def test_reference_previous_typevar(self):
        def func[S, T: Sequence[S]]():
            pass

        S, T = func.__type_params__
        self.assertEqual(T.__bound__, Sequence[S])

    def test_super(self):
        class Base:
            def meth(self):
                return "base"

        class Child(Base):
            # Having int in the annotation ensures the class gets cells for both
            # __class__ and __classdict__
            def meth[T](self, arg: int) -> T:
                return super().meth() + "child"

        c = Child()
        self.assertEqual(c.meth(1), "basechild")

    def test_type_alias_containing_lambda(self):
        type Alias[T] = lambda: T
        T, = Alias.__type_params__
        self.assertIs(Alias.__value__(), T)

    def test_class_base_containing_lambda(self):
        # Test that scopes nested inside hidden functions work correctly
        outer_var = "outer"
        class Base[T]: ...
        class Child[T](Base[lambda: (int, outer_var, T)]): ...
        base, _ = types.get_original_bases(Child)
        func, = get_args(base)
        T, = Child.__type_params__
        self.assertEqual(func(), (int, "outer", T))

    def test_comprehension_01(self):
        type Alias[T: ([T for T in (T, [1])[1]], T)] = [T for T in T.__name__]
        self.assertEqual(Alias.__value__, ["T"])
        T, = Alias.__type_params__
        self.assertEqual(T.__constraints__, ([1], T))

    def test_comprehension_02(self):
        type Alias[T: [lambda: T for T in (T, [1])[1]]] = [lambda: T for T in T.__name__]
        func, = Alias.__value__
        self.assertEqual(func(), "T")
        T, = Alias.__type_params__
        func, = T.__bound__
        self.assertEqual(func(), 1)

    def test_gen_exp_in_nested_class(self):
        C = ns["C"]
        T, = C.__type_params__
        base1, base2 = C.Inner.__bases__
        self.assertEqual(list(base1.__arg__), [T])
        self.assertEqual(base2.__arg__, "class")

    def test_listcomp_in_nested_class(self):
        C = ns["C"]
        T, = C.__type_params__
        base1, base2 = C.Inner.__bases__
        self.assertEqual(base1.__arg__, [T])
        self.assertEqual(base2.__arg__, "class")


def make_base(arg):
    class Base:
        __arg__ = arg
    return Base


def global_generic_func[T]():
    pass

class GlobalGenericClass[T]:
    pass


class TypeParamsLazyEvaluationTest(_Checks):
    def test_qualname(self):
        class Foo[T]:
            pass

        def func[T]():
            pass

        self.assertEqual(Foo.__qualname__, "TypeParamsLazyEvaluationTest.test_qualname.<locals>.Foo")
        self.assertEqual(func.__qualname__, "TypeParamsLazyEvaluationTest.test_qualname.<locals>.func")
        self.assertEqual(global_generic_func.__qualname__, "global_generic_func")
        self.assertEqual(GlobalGenericClass.__qualname__, "GlobalGenericClass")

    def test_recursive_class(self):
        class Foo[T: Foo, U: (Foo, Foo)]:
            pass

        type_params = Foo.__type_params__
        self.assertEqual(len(type_params), 2)
        self.assertEqual(type_params[0].__name__, "T")
        self.assertIs(type_params[0].__bound__, Foo)
        self.assertEqual(type_params[0].__constraints__, ())

        self.assertEqual(type_params[1].__name__, "U")
        self.assertIs(type_params[1].__bound__, None)
        self.assertEqual(type_params[1].__constraints__, (Foo, Foo))

    def test_evaluation_error(self):
        class Foo[T: Undefined, U: (Undefined,)]:
            pass

        type_params = Foo.__type_params__
        with self.assertRaises(NameError):
            type_params[0].__bound__
        self.assertEqual(type_params[0].__constraints__, ())
        self.assertIs(type_params[1].__bound__, None)
        with self.assertRaises(NameError):
            type_params[1].__constraints__

        Undefined = "defined"
        self.assertEqual(type_params[0].__bound__, "defined")
        self.assertEqual(type_params[0].__constraints__, ())

        self.assertIs(type_params[1].__bound__, None)
        self.assertEqual(type_params[1].__constraints__, ("defined",))


class TypeParamsClassScopeTest(_Checks):
    def test_no_binding_uses_nonlocal(self):
        cls = ns["outer"]()
        self.assertEqual(cls.val, "nonlocal")
        self.assertEqual(cls.bound, "nonlocal")
        self.assertEqual(cls.meth.__annotations__["arg"], "nonlocal")

    def test_explicit_global(self):
        cls = ns["outer"]()
        self.assertEqual(cls.Alias.__value__, "global")

    def test_explicit_global_with_no_static_bound(self):
        ns["x"] = "global"
        cls = ns["outer"]()
        self.assertEqual(cls.Alias.__value__, "global")

    def test_explicit_global_with_assignment(self):
        cls = ns["outer"]()
        self.assertEqual(cls.Alias.__value__, "global from class")

    def test_explicit_nonlocal(self):
        cls = ns["outer"]()
        self.assertEqual(cls.Alias.__value__, "class")


class TypeParamsManglingTest(_Checks):
    def test_mangling(self):
        class Foo[__T]:
            param = __T
            def meth[__U](self, arg: __T, arg2: __U):
                return (__T, __U)
            type Alias[__V] = (__T, __V)

        T = Foo.__type_params__[0]
        self.assertEqual(T.__name__, "__T")
        U = Foo.meth.__type_params__[0]
        self.assertEqual(U.__name__, "__U")
        V = Foo.Alias.__type_params__[0]
        self.assertEqual(V.__name__, "__V")

        anno = Foo.meth.__annotations__
        self.assertIs(anno["arg"], T)
        self.assertIs(anno["arg2"], U)
        self.assertEqual(Foo().meth(1, 2), (T, U))

        self.assertEqual(Foo.Alias.__value__, (T, V))


class TypeParamsComplexCallsTest(_Checks):
    def test_defaults(self):
        # Generic functions with both defaults and kwdefaults trigger a specific code path
        # in the compiler.
        def func[T](a: T = "a", *, b: T = "b"):
            return (a, b)

        T, = func.__type_params__
        self.assertIs(func.__annotations__["a"], T)
        self.assertIs(func.__annotations__["b"], T)
        self.assertEqual(func(), ("a", "b"))
        self.assertEqual(func(1), (1, "b"))
        self.assertEqual(func(b=2), ("a", 2))

    def test_complex_base(self):
        class Base:
            def __init_subclass__(cls, **kwargs) -> None:
                cls.kwargs = kwargs

        kwargs = {"c": 3}
        # Base classes with **kwargs trigger a different code path in the compiler.
        class C[T](Base, a=1, b=2, **kwargs):
            pass

        T, = C.__type_params__
        self.assertEqual(T.__name__, "T")
        self.assertEqual(C.kwargs, {"a": 1, "b": 2, "c": 3})

        bases = (Base,)
        class C2[T](*bases, **kwargs):
            pass

        T, = C2.__type_params__
        self.assertEqual(T.__name__, "T")
        self.assertEqual(C2.kwargs, {"c": 3})


class TypeParamsTraditionalTypeVarsTest(_Checks):
    def test_traditional_02(self):
        from typing import TypeVar
        S = TypeVar("S")
        with self.assertRaises(TypeError):
            class ClassA[T](dict[T, S]): ...

    def test_traditional_03(self):
        # This does not generate a runtime error, but it should be
        # flagged as an error by type checkers.
        from typing import TypeVar
        S = TypeVar("S")
        def func[T](a: T, b: S) -> T | S:
            return a


class TypeParamsTypeVarTest(_Checks):
    def test_typevar_01(self):
        def func1[A: str, B: str | int, C: (int, str)]():
            return (A, B, C)

        a, b, c = func1()

        self.assertIsInstance(a, TypeVar)
        self.assertEqual(a.__bound__, str)
        self.assertTrue(a.__infer_variance__)
        self.assertFalse(a.__covariant__)
        self.assertFalse(a.__contravariant__)

        self.assertIsInstance(b, TypeVar)
        self.assertEqual(b.__bound__, str | int)
        self.assertTrue(b.__infer_variance__)
        self.assertFalse(b.__covariant__)
        self.assertFalse(b.__contravariant__)

        self.assertIsInstance(c, TypeVar)
        self.assertEqual(c.__bound__, None)
        self.assertEqual(c.__constraints__, (int, str))
        self.assertTrue(c.__infer_variance__)
        self.assertFalse(c.__covariant__)
        self.assertFalse(c.__contravariant__)

    def test_typevar_generator(self):
        def get_generator[A]():
            def generator1[C]():
                yield C

            def generator2[B]():
                yield A
                yield B
                yield from generator1()
            return generator2

        gen = get_generator()

        a, b, c = [x for x in gen()]

        self.assertIsInstance(a, TypeVar)
        self.assertEqual(a.__name__, "A")
        self.assertIsInstance(b, TypeVar)
        self.assertEqual(b.__name__, "B")
        self.assertIsInstance(c, TypeVar)
        self.assertEqual(c.__name__, "C")

    def test_typevar_coroutine(self):
        def get_coroutine[A]():
            async def coroutine[B]():
                return (A, B)
            return coroutine

        co = get_coroutine()

        a, b = asyncio.run(co())

        self.assertIsInstance(a, TypeVar)
        self.assertEqual(a.__name__, "A")
        self.assertIsInstance(b, TypeVar)
        self.assertEqual(b.__name__, "B")


class TypeParamsTypeParamsDunder(_Checks):
    def test_typeparams_dunder_class_01(self):
        class Outer[A, B]:
            class Inner[C, D]:
                @staticmethod
                def get_typeparams():
                    return A, B, C, D

        a, b, c, d = Outer.Inner.get_typeparams()
        self.assertEqual(Outer.__type_params__, (a, b))
        self.assertEqual(Outer.Inner.__type_params__, (c, d))

        self.assertEqual(Outer.__parameters__, (a, b))
        self.assertEqual(Outer.Inner.__parameters__, (c, d))

    def test_typeparams_dunder_class_02(self):
        class ClassA:
            pass

        self.assertEqual(ClassA.__type_params__, ())

    def test_typeparams_dunder_class_03(self):
        self.assertEqual(ns["params"], ())

    def test_typeparams_dunder_function_01(self):
        def outer[A, B]():
            def inner[C, D]():
                return A, B, C, D

            return inner

        inner = outer()
        a, b, c, d = inner()
        self.assertEqual(outer.__type_params__, (a, b))
        self.assertEqual(inner.__type_params__, (c, d))

    def test_typeparams_dunder_function_02(self):
        def func1():
            pass

        self.assertEqual(func1.__type_params__, ())

    def test_typeparams_dunder_function_03(self):
        self.assertEqual(ns["func"].__type_params__, ())


# ---- TypeParamsInvalidTest

with _RunCode("test_name_non_collision_02"):
    def func[A](A): return A
    ns = {"func": func}
run(TypeParamsInvalidTest().test_name_non_collision_02)

with _RunCode("test_name_non_collision_03"):
    def func[A](*A): return A
    ns = {"func": func}
run(TypeParamsInvalidTest().test_name_non_collision_03)

with _RunCode("test_name_non_collision_04"):
    class ClassA:
        def func[__A](self, __A): return __A
    ns = {"ClassA": ClassA}
run(TypeParamsInvalidTest().test_name_non_collision_04)

with _RunCode("test_name_non_collision_05"):
    class ClassA:
        def func[_ClassA__A](self, __A): return __A
    ns = {"ClassA": ClassA}
run(TypeParamsInvalidTest().test_name_non_collision_05)

with _RunCode("test_name_non_collision_06"):
    class ClassA[X]:
        def func(self, X): return X
    ns = {"ClassA": ClassA}
run(TypeParamsInvalidTest().test_name_non_collision_06)

with _RunCode("test_name_non_collision_07"):
    class ClassA[X]:
        def func(self):
            X = 1
            return X
    ns = {"ClassA": ClassA}
run(TypeParamsInvalidTest().test_name_non_collision_07)

with _RunCode("test_name_non_collision_08"):
    class ClassA[X]:
        def func(self):
            return [X for X in [1, 2]]
    ns = {"ClassA": ClassA}
run(TypeParamsInvalidTest().test_name_non_collision_08)

with _RunCode("test_name_non_collision_9"):
    class ClassA[X]:
        def func[X](self):
            ...
    ns = {"ClassA": ClassA}
run(TypeParamsInvalidTest().test_name_non_collision_9)

with _RunCode("test_name_non_collision_10"):
    class ClassA[X]:
        X: int
    ns = {"ClassA": ClassA}
run(TypeParamsInvalidTest().test_name_non_collision_10)

with _RunCode("test_name_non_collision_13"):
    X = 1
    def outer():
        def inner[X]():
            global X
            X = 2
        return inner
    ns = {"outer": outer}
run(TypeParamsInvalidTest().test_name_non_collision_13)

run(TypeParamsInvalidTest().test_incorrect_mro_explicit_object)

# ---- TypeParamsNonlocalTest

with _RunCode("test_nonlocal_allowed"):
    def func[T]():
        T = "func"
        def inner():
            nonlocal T
            T = "inner"
        inner()
        assert T == "inner"
    ns = {"func": func}
run(TypeParamsNonlocalTest().test_nonlocal_allowed)

# ---- TypeParamsAccessTest

with _RunCode("test_class_access_01"):
    class ClassA[A, B](dict[A, B]):
        ...
    ns = {"ClassA": ClassA}
run(TypeParamsAccessTest().test_class_access_01)

with _RunCode("test_class_access_02"):
    class MyMeta[A, B](type): ...
    class ClassA[A, B](metaclass=MyMeta[A, B]):
        ...
    ns = {"MyMeta": MyMeta, "ClassA": ClassA}
run(TypeParamsAccessTest().test_class_access_02)

_begin("test_class_access_03")
with _t.assertRaisesRegex(NameError, "name 'A' is not defined"):
    def my_decorator(a):
        ...
    @my_decorator(A)
    class ClassA[A, B]():
        ...

with _RunCode("test_function_access_01"):
    def func[A, B](a: dict[A, B]):
        ...
    ns = {"func": func}
run(TypeParamsAccessTest().test_function_access_01)

_begin("test_function_access_02")
with _t.assertRaisesRegex(NameError, "name 'A' is not defined"):
    def func[A](a = list[A]()):
        ...

_begin("test_function_access_03")
with _t.assertRaisesRegex(NameError, "name 'A' is not defined"):
    def my_decorator(a):
        ...
    @my_decorator(A)
    def func[A]():
        ...

with _RunCode("test_nested_access_01"):
    class ClassA[A]:
        def funcB[B](self):
            class ClassC[C]:
                def funcD[D](self):
                    return lambda: (A, B, C, D)
            return ClassC
    ns = {"ClassA": ClassA}
run(TypeParamsAccessTest().test_nested_access_01)

_begin("test_out_of_scope_01")
with _t.assertRaisesRegex(NameError, "name 'T' is not defined"):
    class ClassA[T]: ...
    x = T

_begin("test_out_of_scope_02")
with _t.assertRaisesRegex(NameError, "name 'B' is not defined"):
    class ClassA[A]:
        def funcB[B](self): ...

        x = B

with _RunCode("test_shadowing_nonlocal"):
    def outer[T]():
        T = "outer"
        def inner():
            nonlocal T
            T = "inner"
            return T
        return lambda: T, inner
    ns = {"outer": outer}
run(TypeParamsAccessTest().test_shadowing_nonlocal)

run(TypeParamsAccessTest().test_reference_previous_typevar)
run(TypeParamsAccessTest().test_super)
run(TypeParamsAccessTest().test_type_alias_containing_lambda)
run(TypeParamsAccessTest().test_class_base_containing_lambda)
run(TypeParamsAccessTest().test_comprehension_01)
run(TypeParamsAccessTest().test_comprehension_02)

# (from test.test_type_params import make_base: make_base is defined above)
with _RunCode("test_gen_exp_in_nested_class"):
    class C[T]:
        T = "class"
        class Inner(make_base(T for _ in (1,)), make_base(T)):
            pass
    ns = {"C": C}
run(TypeParamsAccessTest().test_gen_exp_in_nested_class)

with _RunCode("test_listcomp_in_nested_class"):
    class C[T]:
        T = "class"
        class Inner(make_base([T for _ in (1,)]), make_base(T)):
            pass
    ns = {"C": C}
run(TypeParamsAccessTest().test_listcomp_in_nested_class)

# ---- TypeParamsLazyEvaluationTest

run(TypeParamsLazyEvaluationTest().test_qualname)
run(TypeParamsLazyEvaluationTest().test_recursive_class)
run(TypeParamsLazyEvaluationTest().test_evaluation_error)

# ---- TypeParamsClassScopeTest

with _RunCode("test_no_binding_uses_nonlocal"):
    x = "global"
    def outer():
        x = "nonlocal"
        class Cls:
            type Alias = x
            val = Alias.__value__
            def meth[T: x](self, arg: x): ...
            bound = meth.__type_params__[0].__bound__
        return Cls
    ns = {"outer": outer}
run(TypeParamsClassScopeTest().test_no_binding_uses_nonlocal)

with _RunCode("test_explicit_global"):
    x = "global"
    def outer():
        x = "nonlocal"
        class Cls:
            global x
            type Alias = x
        Cls.x = "class"
        return Cls
    ns = {"outer": outer}
run(TypeParamsClassScopeTest().test_explicit_global)

# The snippet is module pep695_cpython_type_params_global: its module namespace, with no x, which the test assigns.
with _RunCode("test_explicit_global_with_no_static_bound"):
    import pep695_cpython_type_params_global
    ns = _ModuleNamespace(pep695_cpython_type_params_global)
run(TypeParamsClassScopeTest().test_explicit_global_with_no_static_bound)

with _RunCode("test_explicit_global_with_assignment"):
    x = "global"
    def outer():
        x = "nonlocal"
        class Cls:
            global x
            type Alias = x
            x = "global from class"
        Cls.x = "class"
        return Cls
    ns = {"outer": outer}
run(TypeParamsClassScopeTest().test_explicit_global_with_assignment)

with _RunCode("test_explicit_nonlocal"):
    x = "global"
    def outer():
        x = "nonlocal"
        class Cls:
            nonlocal x
            type Alias = x
            x = "class"
        return Cls
    ns = {"outer": outer}
run(TypeParamsClassScopeTest().test_explicit_nonlocal)

# ---- TypeParamsManglingTest, TypeParamsComplexCallsTest

run(TypeParamsManglingTest().test_mangling)
run(TypeParamsComplexCallsTest().test_defaults)
run(TypeParamsComplexCallsTest().test_complex_base)

# ---- TypeParamsTraditionalTypeVarsTest

_begin("test_traditional_01")
with _t.assertRaisesRegex(TypeError, r"Cannot inherit from Generic\[...\] multiple times."):
    from typing import Generic
    class ClassA[T](Generic[T]): ...

run(TypeParamsTraditionalTypeVarsTest().test_traditional_02)
run(TypeParamsTraditionalTypeVarsTest().test_traditional_03)

# ---- TypeParamsTypeVarTest

run(TypeParamsTypeVarTest().test_typevar_01)
run(TypeParamsTypeVarTest().test_typevar_generator)
run(TypeParamsTypeVarTest().test_typevar_coroutine)

# ---- TypeParamsTypeParamsDunder

run(TypeParamsTypeParamsDunder().test_typeparams_dunder_class_01)
run(TypeParamsTypeParamsDunder().test_typeparams_dunder_class_02)

with _RunCode("test_typeparams_dunder_class_03"):
    class ClassA[A]():
        pass
    ClassA.__type_params__ = ()
    params = ClassA.__type_params__
    ns = {"params": params}
run(TypeParamsTypeParamsDunder().test_typeparams_dunder_class_03)

run(TypeParamsTypeParamsDunder().test_typeparams_dunder_function_01)
run(TypeParamsTypeParamsDunder().test_typeparams_dunder_function_02)

with _RunCode("test_typeparams_dunder_function_03"):
    def func[A]():
        pass
    func.__type_params__ = ()
    ns = {"func": func}
run(TypeParamsTypeParamsDunder().test_typeparams_dunder_function_03)

# ---- TypeParamsRuntimeTest

_begin("test_name_error")
# gh-109118: This crashed the interpreter due to a refcounting bug
with _t.assertRaises(NameError):
    class name_2[name_5]:
        class name_4[name_5](name_0):
            pass

# Crashed with a slightly different stack trace
with _t.assertRaises(NameError):
    class name_2[name_5]:
        class name_4[name_5: name_5](name_0):
            pass

_begin("test_broken_class_namespace")
with _t.assertRaises(RuntimeError):
    class WeirdMapping(dict):
        def __missing__(self, key):
            if key == "T":
                raise RuntimeError
            raise KeyError(key)

    class Meta(type):
        def __prepare__(name, bases):
            return WeirdMapping()

    class MyClass[V](metaclass=Meta):
        class Inner[U](T):
            pass
