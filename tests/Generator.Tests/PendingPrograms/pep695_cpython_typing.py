# The tests of CPython 3.12's Lib/test/test_typing.py that use PEP 695's syntax, as a plain program: each test
# method runs in order and its assertions print what they check (the assertX methods below print instead of
# asserting; no unittest). A test's code is CPython's.
# Left out: the rest of test_is_typeddict (only its PEP 695 class NewGeneric is here).
import re
import types

from typing import (Generic, NamedTuple, Protocol, TypedDict, TypeVar, is_typeddict,
                    runtime_checkable)


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

    def assertIsSubclass(self, cls, class_or_tuple):
        print("  assertIsSubclass", _show(cls), _show(class_or_tuple), "->", issubclass(cls, class_or_tuple))

    def assertNotIsSubclass(self, cls, class_or_tuple):
        print("  assertNotIsSubclass", _show(cls), _show(class_or_tuple), "->", not issubclass(cls, class_or_tuple))

    def assertNotIsInstance(self, obj, cls):
        print("  assertNotIsInstance", _show(obj), _show(cls), "->", not isinstance(obj, cls))

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


def run(method):
    _begin(method.__name__)
    try:
        method()
    except Exception as e:
        print("  unexpected", type(e).__name__ + ":", e)




class ProtocolTests(_Checks):
    def test_runtime_checkable_generic_non_protocol(self):
        # Make sure this doesn't raise AttributeError
        with self.assertRaisesRegex(
            TypeError,
            "@runtime_checkable can be only applied to protocol classes",
        ):
            @runtime_checkable
            class Foo[T]: ...

    def test_runtime_checkable_generic(self):
        @runtime_checkable
        class Foo[T](Protocol):
            def meth(self) -> T: ...

        class Impl:
            def meth(self) -> int: ...

        self.assertIsSubclass(Impl, Foo)

        class NotImpl:
            def method(self) -> int: ...

        self.assertNotIsSubclass(NotImpl, Foo)

    def test_pep695_generics_can_be_runtime_checkable(self):
        @runtime_checkable
        class HasX(Protocol):
            x: int

        class Bar[T]:
            x: T
            def __init__(self, x):
                self.x = x

        class Capybara[T]:
            y: str
            def __init__(self, y):
                self.y = y

        self.assertIsInstance(Bar(1), HasX)
        self.assertNotIsInstance(Capybara('a'), HasX)

    def test_no_weird_caching_with_issubclass_after_isinstance_pep695(self):
        @runtime_checkable
        class Spam[T](Protocol):
            x: T

        class Eggs[T]:
            def __init__(self, x: T) -> None:
                self.x = x

        self.assertIsInstance(Eggs(42), Spam)

        # gh-104555: If we didn't override ABCMeta.__subclasscheck__ in _ProtocolMeta,
        # TypeError wouldn't be raised here,
        # as the cached result of the isinstance() check immediately above
        # would mean the issubclass() call would short-circuit
        # before we got to the "raise TypeError" line
        with self.assertRaisesRegex(
            TypeError,
            "Protocols with non-method members don't support issubclass()"
        ):
            issubclass(Eggs, Spam)

    def test_pep695_generic_protocol_callable_members(self):
        @runtime_checkable
        class Foo[T](Protocol):
            def meth(self, x: T) -> None: ...

        class Bar[T]:
            def meth(self, x: T) -> None: ...

        self.assertIsInstance(Bar(), Foo)
        self.assertIsSubclass(Bar, Foo)

        @runtime_checkable
        class SupportsTrunc[T](Protocol):
            def __trunc__(self) -> T: ...

        self.assertIsInstance(0.0, SupportsTrunc)
        self.assertIsSubclass(float, SupportsTrunc)


class NamedTupleTests(_Checks):
    def test_generic_pep695(self):
        class X[T](NamedTuple):
            x: T
        T, = X.__type_params__
        self.assertIsInstance(T, TypeVar)
        self.assertEqual(T.__name__, 'T')
        self.assertEqual(X.__bases__, (tuple, Generic))
        self.assertEqual(X.__orig_bases__, (NamedTuple, Generic[T]))
        self.assertEqual(X.__mro__, (X, tuple, Generic, object))
        self.assertEqual(X.__parameters__, (T,))
        self.assertEqual(X[str].__args__, (str,))
        self.assertEqual(X[str].__parameters__, ())


class TypedDictTests(_Checks):
    def test_is_typeddict(self):
        # (only the part with PEP 695's syntax)
        class NewGeneric[T](TypedDict):
            a: T
        self.assertIs(is_typeddict(NewGeneric), True)
        self.assertIs(is_typeddict(NewGeneric[int]), False)
        self.assertIs(is_typeddict(NewGeneric()), False)

    def test_pep695_generic_typeddict(self):
        class A[T](TypedDict):
            a: T

        T, = A.__type_params__
        self.assertIsInstance(T, TypeVar)
        self.assertEqual(T.__name__, 'T')
        self.assertEqual(A.__bases__, (Generic, dict))
        self.assertEqual(A.__orig_bases__, (TypedDict, Generic[T]))
        self.assertEqual(A.__mro__, (A, Generic, dict, object))
        self.assertEqual(A.__parameters__, (T,))
        self.assertEqual(A[str].__parameters__, ())
        self.assertEqual(A[str].__args__, (str,))


run(ProtocolTests().test_runtime_checkable_generic_non_protocol)
run(ProtocolTests().test_runtime_checkable_generic)
run(ProtocolTests().test_pep695_generics_can_be_runtime_checkable)
run(ProtocolTests().test_no_weird_caching_with_issubclass_after_isinstance_pep695)
run(ProtocolTests().test_pep695_generic_protocol_callable_members)
run(NamedTupleTests().test_generic_pep695)
run(TypedDictTests().test_is_typeddict)
run(TypedDictTests().test_pep695_generic_typeddict)
