# CPython 3.12's Lib/test/test_re.py, ported: ImplementationTest.test_deprecated_modules (the sre_compile,
# sre_constants and sre_parse modules, imported through __import__ and sys.modules), kept apart from
# stdlib_re_misc.py so that the rest of that program builds.
# The test method is a function that prints what the test checks (values with repr, exceptions as type and
# message) instead of asserting; the expected output is CPython's.
# Left out: the assertWarns(DeprecationWarning) checks (message, filename): no warnings module.
import re

_cur = ['', 0]


def T(name):
    _cur[0] = name
    _cur[1] = 0
    print('== ' + name)


def p(value):
    _cur[1] += 1
    print('%s.%d: %r' % (_cur[0], _cur[1], value))


def tnames(v):
    if isinstance(v, (tuple, list)):
        return [tnames(x) for x in v]
    return type(v).__name__


def pt(value):
    # assertTypedEqual: the value and the type names of its items
    _cur[1] += 1
    print('%s.%d: %r %r' % (_cur[0], _cur[1], value, tnames(value)))


def M(m):
    # assertTrue / assertIsNone on a match: None or the match's span and text
    if m is None:
        return None
    return ('match', m.span(), m.group())


def exc_info(e):
    if isinstance(e, re.error):
        return ('re.error', str(e), e.msg, e.pos, e.lineno, e.colno)
    return (type(e).__name__, str(e))


def E(f, *args, **kwargs):
    # assertRaises: the exception's type and message (re.error: msg, pos, lineno, colno)
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        p(exc_info(e))
    else:
        if isinstance(r, re.Match):
            r = M(r)
        p(('no exception', r))


def checkPatternError(pattern, errmsg=None, pos=None):
    E(re.compile, pattern)


def checkTemplateError(pattern, repl, string, errmsg=None, pos=None):
    E(re.sub, pattern, repl, string)


class S(str):
    def __getitem__(self, index):
        return S(super().__getitem__(index))


class B(bytes):
    def __getitem__(self, index):
        return B(super().__getitem__(index))


def run(test):
    # an exception the test does not expect is printed and the next test runs
    try:
        test()
    except Exception as e:
        print('!! %s raised %r' % (test.__name__, exc_info(e)))

import sys


def test_deprecated_modules():
    T('ImplementationTest.test_deprecated_modules')
    # the assertWarns(DeprecationWarning) checks (message, filename) are left out (no warnings module)
    deprecated = {
        'sre_compile': ['compile', 'error',
                        'SRE_FLAG_IGNORECASE', 'SUBPATTERN',
                        '_compile_info'],
        'sre_constants': ['error', 'SRE_FLAG_IGNORECASE', 'SUBPATTERN',
                          '_NamedIntConstant'],
        'sre_parse': ['SubPattern', 'parse',
                      'SRE_FLAG_IGNORECASE', 'SUBPATTERN',
                      '_parse_sub'],
    }
    for name in deprecated:
        sys.modules.pop(name, None)
        __import__(name)
        p(name in sys.modules)
        mod = sys.modules[name]
        p(mod.__name__)
        p(mod.__package__)
        for attr in deprecated[name]:
            p(hasattr(mod, attr))
        del sys.modules[name]


run(test_deprecated_modules)
