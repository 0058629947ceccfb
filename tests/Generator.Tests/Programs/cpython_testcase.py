# The unittest stand-in the programs ported from CPython's Lib/test/test_except_star.py and test_exception_group.py
# share (a helper module: it has no .expected of its own): a small TestCase whose assertions print what they check
# and their outcome, and run(), which runs one test method and prints an exception it lets out.
import re

def show(x):
    # A value as the checks print it: classes by qualified name, nothing with an address.
    if isinstance(x, type):
        return x.__qualname__
    if isinstance(x, tuple):
        return "(" + ", ".join([show(i) for i in x]) + ("," if len(x) == 1 else "") + ")"
    if isinstance(x, list):
        return "[" + ", ".join([show(i) for i in x]) + "]"
    r = repr(x)
    if "0x" in r:
        return "<" + type(x).__name__ + ">"
    return r


class _Raises:
    # assertRaises / assertRaisesRegex as a context manager: prints the exception's class and message.
    def __init__(self, what, expected, regex=None):
        self.what = what
        self.expected = expected
        self.regex = regex
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, tp, value, tb):
        if tp is None:
            print(f"  {self.what}({show(self.expected)}): not raised")
            raise AssertionError(f"{self.expected.__name__} not raised")
        line = f"  {self.what}({show(self.expected)}): {tp.__name__}: {value}"
        if self.regex is not None:
            line += f" | regex {self.regex!r} found: {re.search(self.regex, str(value)) is not None}"
        print(line)
        if not issubclass(tp, self.expected):
            return False
        self.exception = value
        return True


class _SubTest:
    def __init__(self, args, kwargs):
        self.args = args
        self.kwargs = kwargs

    def __enter__(self):
        parts = [show(a) for a in self.args] + [f"{k}={show(v)}" for k, v in self.kwargs.items()]
        print(f"  subTest({', '.join(parts)})")

    def __exit__(self, tp, value, tb):
        return False


class TestCase:
    # In place of unittest.TestCase: each assertion prints what it checks and its outcome.
    def setUp(self):
        pass

    def fail(self, msg=None):
        print(f"  fail({msg!r})")
        raise AssertionError(msg)

    def assertEqual(self, first, second):
        print(f"  assertEqual({show(first)}, {show(second)}): {first == second}")

    def assertNotEqual(self, first, second):
        print(f"  assertNotEqual({show(first)}, {show(second)}): {first != second}")

    def assertIs(self, first, second):
        print(f"  assertIs({show(first)}, {show(second)}): {first is second}")

    def assertIsNot(self, first, second):
        print(f"  assertIsNot({show(first)}, {show(second)}): {first is not second}")

    def assertIsNone(self, x):
        print(f"  assertIsNone({show(x)}): {x is None}")

    def assertIsNotNone(self, x):
        print(f"  assertIsNotNone({show(x)}): {x is not None}")

    def assertIn(self, member, container):
        print(f"  assertIn({show(member)}, {show(container)}): {member in container}")

    def assertNotIn(self, member, container):
        print(f"  assertNotIn({show(member)}, {show(container)}): {member not in container}")

    def assertIsInstance(self, x, cls):
        print(f"  assertIsInstance({show(x)}, {show(cls)}): {isinstance(x, cls)}")

    def assertTrue(self, x):
        print(f"  assertTrue({show(x)}): {bool(x)}")

    def assertFalse(self, x):
        print(f"  assertFalse({show(x)}): {not x}")

    def assertSequenceEqual(self, seq1, seq2):
        same = len(seq1) == len(seq2) and all(a == b for a, b in zip(seq1, seq2))
        print(f"  assertSequenceEqual({show(seq1)}, {show(seq2)}): {same}")

    def assertRaises(self, expected):
        return _Raises("assertRaises", expected)

    def assertRaisesRegex(self, expected, regex):
        return _Raises("assertRaisesRegex", expected, regex)

    def subTest(self, *args, **kwargs):
        return _SubTest(args, kwargs)


def run(cls, name):
    # One test: its class's setUp, then the method; an exception it lets out is printed.
    print(f"{cls.__name__}.{name}")
    test = cls()
    test.setUp()
    try:
        getattr(test, name)()
    except BaseException as e:
        print(f"  test raised {type(e).__name__}: {e}")
