# A unittest stand-in for the programs that port CPython's big shared test suites (Lib/test/mapping_tests.py,
# seq_tests.py, list_tests.py, string_tests.py) (a helper module: it has no .expected of its own). Those suites make
# thousands of checks, so an assertion that holds prints nothing: each test prints one line with the number of checks
# it made, an exception an assertRaises caught is printed as its class and message (the messages are compared with
# CPython's), and a check that fails prints what it compared.
import re


def show(x):
    # A value as a failure prints it: nothing with an address.
    r = repr(x)
    if " at 0x" in r:
        return "<" + type(x).__name__ + ">"
    return r if len(r) <= 200 else r[:200] + "..."


class _Raises:
    # assertRaises / assertRaisesRegex as a context manager.
    def __init__(self, test, expected, regex=None):
        self.test = test
        self.expected = expected
        self.regex = regex
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, tp, value, tb):
        self.test.checks += 1
        if tp is None:
            self.test._failed(f"{getattr(self.expected, '__name__', self.expected)} not raised")
            return False
        if not issubclass(tp, self.expected):
            return False
        self.test._raised(value, self.regex)
        self.exception = value
        return True


class _SubTest:
    def __enter__(self):
        return self

    def __exit__(self, tp, value, tb):
        return False


class TestCase:
    # In place of unittest.TestCase.
    print_raises = True

    def __init__(self):
        self.checks = 0
        self.failures = 0

    def setUp(self):
        pass

    def tearDown(self):
        pass

    def _failed(self, what):
        self.failures += 1
        print(f"  FAIL: {what}")

    def _raised(self, e, regex=None):
        line = f"  raised {type(e).__name__}: {e}"
        if regex is not None:
            found = re.search(regex, str(e)) is not None
            if not found:
                self._failed(f"regex {regex!r} not found in {str(e)!r}")
        if self.print_raises:
            print(line if " at 0x" not in line else f"  raised {type(e).__name__}")

    def _check(self, ok, what):
        self.checks += 1
        if not ok:
            self._failed(what())

    def fail(self, msg=None):
        self._failed(f"fail({msg!r})")
        raise AssertionError(msg)

    def assertEqual(self, first, second, msg=None):
        self._check(first == second, lambda: f"{show(first)} == {show(second)}")

    def assertNotEqual(self, first, second, msg=None):
        self._check(first != second, lambda: f"{show(first)} != {show(second)}")

    def assertIs(self, first, second, msg=None):
        self._check(first is second, lambda: f"{show(first)} is {show(second)}")

    def assertIsNot(self, first, second, msg=None):
        self._check(first is not second, lambda: f"{show(first)} is not {show(second)}")

    def assertIsNone(self, x, msg=None):
        self._check(x is None, lambda: f"{show(x)} is None")

    def assertIsNotNone(self, x, msg=None):
        self._check(x is not None, lambda: f"{show(x)} is not None")

    def assertIn(self, member, container, msg=None):
        self._check(member in container, lambda: f"{show(member)} in {show(container)}")

    def assertNotIn(self, member, container, msg=None):
        self._check(member not in container, lambda: f"{show(member)} not in {show(container)}")

    def assertIsInstance(self, x, cls, msg=None):
        self._check(isinstance(x, cls), lambda: f"isinstance({show(x)}, {cls.__name__})")

    def assertNotIsInstance(self, x, cls, msg=None):
        self._check(not isinstance(x, cls), lambda: f"not isinstance({show(x)}, {cls.__name__})")

    def assertTrue(self, x, msg=None):
        self._check(bool(x), lambda: f"{show(x)} is true")

    def assertFalse(self, x, msg=None):
        self._check(not x, lambda: f"{show(x)} is false")

    def assertGreater(self, a, b, msg=None):
        self._check(a > b, lambda: f"{show(a)} > {show(b)}")

    def assertLess(self, a, b, msg=None):
        self._check(a < b, lambda: f"{show(a)} < {show(b)}")

    def assertCountEqual(self, first, second, msg=None):
        first, second = list(first), list(second)
        self._check(len(first) == len(second) and all(first.count(x) == second.count(x) for x in first),
                    lambda: f"same elements: {show(first)}, {show(second)}")

    def assertRaises(self, expected, *args, **kwargs):
        if not args:
            return _Raises(self, expected)
        with _Raises(self, expected):
            args[0](*args[1:], **kwargs)

    def assertRaisesRegex(self, expected, regex, *args, **kwargs):
        if not args:
            return _Raises(self, expected, regex)
        with _Raises(self, expected, regex):
            args[0](*args[1:], **kwargs)

    def subTest(self, *args, **kwargs):
        return _SubTest()


def run(cls, names=None, skip=()):
    # The test_* methods of cls (or those named), in name order as unittest runs them, less those in skip.
    if names is None:
        names = sorted(n for n in dir(cls) if n.startswith("test") and n not in skip)
    for name in names:
        test = cls()
        print(f"{cls.__name__}.{name}")
        try:
            test.setUp()
            getattr(test, name)()
        except BaseException as e:
            print(f"  test raised {type(e).__name__}: {e}")
        finally:
            test.tearDown()
        print(f"  {test.checks} checks" + (f", {test.failures} FAILED" if test.failures else ""))
