# The BaseTestCase of CPython's Lib/test/test_textwrap.py for the programs ported from it (a helper module: it has
# no .expected of its own): check(), check_wrap(), check_split() and check_shorten() print what textwrap computed
# and whether it is what the test expects, on cpython_testcase's TestCase.
# (A program imports cpython_testcase itself too: a program is compiled with the helper modules it imports.)
from cpython_testcase import TestCase
from textwrap import wrap, shorten


def _verdict(result, expect):
    return "ok" if result == expect else "expected " + repr(expect)


def _kwargs(kwargs):
    return "".join(f", {k}={v!r}" for k, v in kwargs.items())


class BaseTestCase(TestCase):
    def check(self, result, expect):
        print(f"  {result!r}: {_verdict(result, expect)}")

    def check_wrap(self, text, width, expect, **kwargs):
        result = wrap(text, width, **kwargs)
        print(f"  wrap({width}{_kwargs(kwargs)}) -> {result!r}: {_verdict(result, expect)}")

    def check_split(self, text, expect):
        result = self.wrapper._split(text)
        print(f"  _split({text!r}) -> {result!r}: {_verdict(result, expect)}")

    def check_shorten(self, text, width, expect, **kwargs):
        result = shorten(text, width, **kwargs)
        print(f"  shorten({width}{_kwargs(kwargs)}) -> {result!r}: {_verdict(result, expect)}")
