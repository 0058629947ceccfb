# CPython 3.12's Lib/test/test_re.py, ported: re.escape, Scanner, Pattern comparison and copying, possible set
# operations, re.template / re.TEMPLATE, DebugTests (re.DEBUG dumps), ImplementationTest, ExternalTests'
# benchmarks table.
# Each test method is a function that prints what the test checks (values with repr, exceptions as type and
# message; re.error with msg, pos, lineno, colno) instead of asserting; the expected output is CPython's.
# Left out of this program's tests:
# - test_pickling: needs pickle.
# - test_possible_set_operations, test_template_function_and_flag_is_deprecated, test_pattern_compare_bytes:
#   the assertWarns / warnings.catch_warnings checks (the calls are ported).
# - ImplementationTest.test_deprecated_modules: in stdlib_re_deprecated_modules.py (sys.modules, __import__).
# - DebugTests: captured_stdout is replaced by letting re.DEBUG print to stdout.
# - ImplementationTest.test_case_helpers: _sre.ascii_tolower / unicode_tolower / *_iscased internals.
# - ImplementationTest.test_sre_template_invalid_group_index: _sre.template internals.
# - ExternalTests.test_re_tests: already ported (stdlib_re_tests_table.py).
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

import string
import sys
from re import Scanner


def assertMatch(pattern, text, match=None, span=None,
                matcher=re.fullmatch):
    # prints the match's text and span (the test compares them with text / (0, len(text)) or match, span)
    m = matcher(pattern, text)
    p(M(m))


LITERAL_CHARS = string.ascii_letters + string.digits + '!"%\',/:;<=>@_`'


def test_re_escape():
    T('test_re_escape')
    p_ = ''.join(chr(i) for i in range(256))
    for c in p_:
        assertMatch(re.escape(c), c)
        assertMatch('[' + re.escape(c) + ']', c)
        assertMatch('(?x)' + re.escape(c), c)
    assertMatch(re.escape(p_), p_)
    p(re.escape(p_))
    for c in '-.]{}':
        p(re.escape(c)[:1])
    literal_chars = LITERAL_CHARS
    p(re.escape(literal_chars))


def test_re_escape_bytes():
    T('test_re_escape_bytes')
    p_ = bytes(range(256))
    for i in p_:
        b = bytes([i])
        assertMatch(re.escape(b), b)
        assertMatch(b'[' + re.escape(b) + b']', b)
        assertMatch(b'(?x)' + re.escape(b), b)
    assertMatch(re.escape(p_), p_)
    p(re.escape(p_))
    for i in b'-.]{}':
        b = bytes([i])
        p(re.escape(b)[:1])
    literal_chars = LITERAL_CHARS.encode('ascii')
    p(re.escape(literal_chars))


def test_re_escape_non_ascii():
    T('test_re_escape_non_ascii')
    s = 'xxx\u2620\u2620\u2620xxx'
    s_escaped = re.escape(s)
    p(s_escaped)
    assertMatch(s_escaped, s)
    assertMatch('.%s+.' % re.escape('\u2620'), s,
                'x\u2620\u2620\u2620x', (2, 7), re.search)


def test_re_escape_non_ascii_bytes():
    T('test_re_escape_non_ascii_bytes')
    b = 'y\u2620y\u2620y'.encode('utf-8')
    b_escaped = re.escape(b)
    p(b_escaped)
    assertMatch(b_escaped, b)
    res = re.findall(re.escape('\u2620'.encode('utf-8')), b)
    p(len(res))


def test_copying():
    T('test_copying')
    import copy
    p_ = re.compile(r'(?P<int>\d+)(?:\.(?P<frac>\d*))?')
    p(copy.copy(p_) is p_)
    p(copy.deepcopy(p_) is p_)
    m = p_.match('12.34')
    p(copy.copy(m) is m)
    p(copy.deepcopy(m) is m)


def test_possible_set_operations():
    T('test_possible_set_operations')
    # the assertWarns(FutureWarning) checks are left out (no warnings module); the compiles run
    s = bytes(range(128)).decode()
    p_ = re.compile(r'[0-9--1]')
    p(p_.findall(s))
    p(re.findall(r'[--1]', s))
    p_ = re.compile(r'[%--1]')
    p(p_.findall(s))
    p_ = re.compile(r'[%--]')
    p(p_.findall(s))

    p_ = re.compile(r'[0-9&&1]')
    p(p_.findall(s))
    p_ = re.compile(r'[\d&&1]')
    p(p_.findall(s))
    p(re.findall(r'[&&1]', s))

    p_ = re.compile(r'[0-9||a]')
    p(p_.findall(s))
    p_ = re.compile(r'[\d||a]')
    p(p_.findall(s))
    p(re.findall(r'[||1]', s))

    p_ = re.compile(r'[0-9~~1]')
    p(p_.findall(s))
    p_ = re.compile(r'[\d~~1]')
    p(p_.findall(s))
    p(re.findall(r'[~~1]', s))

    p_ = re.compile(r'[[0-9]|]')
    p(p_.findall(s))

    p_ = re.compile(r'[[:digit:]|]')
    p(p_.findall(s))


def test_scanner():
    T('test_scanner')
    def s_ident(scanner, token): return token
    def s_operator(scanner, token): return "op%s" % token
    def s_float(scanner, token): return float(token)
    def s_int(scanner, token): return int(token)

    scanner = Scanner([
        (r"[a-zA-Z_]\w*", s_ident),
        (r"\d+\.\d*", s_float),
        (r"\d+", s_int),
        (r"=|\+|-|\*|/", s_operator),
        (r"\s+", None),
        ])

    p(bool(scanner.scanner.scanner("").pattern))

    p(scanner.scan("sum = 3*foo + 312.50 + bar"))


def test_bug_612074():
    T('test_bug_612074')
    pat = "[" + re.escape("\u2039") + "]"
    p(re.compile(pat) and 1)


def test_bug_764548():
    T('test_bug_764548')
    class my_unicode(str): pass
    pat = re.compile(my_unicode("abc"))
    p(M(pat.match("xyz")))


def test_bug_926075():
    T('test_bug_926075')
    p(re.compile('bug_926075') is re.compile(b'bug_926075'))


def test_pattern_compare():
    T('test_pattern_compare')
    pattern1 = re.compile('abc', re.IGNORECASE)

    p(pattern1 == pattern1)
    p(pattern1 != pattern1)

    re.purge()
    pattern2 = re.compile('abc', re.IGNORECASE)
    p(hash(pattern2) == hash(pattern1))
    p(pattern2 == pattern1)

    re.purge()
    pattern3 = re.compile('XYZ', re.IGNORECASE)
    p(pattern3 != pattern1)

    re.purge()
    pattern4 = re.compile('abc')
    p(pattern4 != pattern1)

    E(lambda: pattern1 < pattern2)


def test_pattern_compare_bytes():
    T('test_pattern_compare_bytes')
    pattern1 = re.compile(b'abc')

    re.purge()
    pattern2 = re.compile(b'abc')
    p(hash(pattern2) == hash(pattern1))
    p(pattern2 == pattern1)

    re.purge()
    pattern3 = re.compile('abc')
    # (the BytesWarning filter is left out: no warnings module)
    p(pattern3 != pattern1)


def test_template_function_and_flag_is_deprecated():
    T('test_template_function_and_flag_is_deprecated')
    # the assertWarns(DeprecationWarning) checks are left out (no warnings module); the calls run
    template_re1 = re.template(r'a')
    template_re2 = re.compile(r'a', flags=re.TEMPLATE|re.UNICODE)
    p(template_re1 == template_re2)
    p(M(template_re1.match('ahoy')))
    p(M(template_re1.match('nope')))


# DebugTests (re.DEBUG prints to stdout: printed here instead of captured)

def test_debug_flag():
    T('DebugTests.test_debug_flag')
    pat = r'(\.)(?:[ch]|py)(?(1)$|: )'
    re.compile(pat, re.DEBUG)
    print('-- again')
    re.compile(pat, re.DEBUG)


def test_atomic_group():
    T('DebugTests.test_atomic_group')
    re.compile(r'(?>ab?)', re.DEBUG)


def test_possesive_repeat_one():
    T('DebugTests.test_possesive_repeat_one')
    re.compile(r'a?+', re.DEBUG)


def test_possesive_repeat():
    T('DebugTests.test_possesive_repeat')
    re.compile(r'(?:ab)?+', re.DEBUG)


# ImplementationTest

def test_immutable():
    T('ImplementationTest.test_immutable')
    def set_match():
        re.Match.foo = 1
    E(set_match)
    def set_pattern():
        re.Pattern.foo = 1
    E(set_pattern)
    def set_scanner():
        pat = re.compile("")
        tp = type(pat.scanner(""))
        tp.foo = 1
    E(set_scanner)


def test_overlap_table():
    T('ImplementationTest.test_overlap_table')
    f = re._compiler._generate_overlap_table
    p(f(""))
    p(f("a"))
    p(f("abcd"))
    p(f("aaaa"))
    p(f("ababba"))
    p(f("abcabdac"))


def test_signedness():
    T('ImplementationTest.test_signedness')
    p(re._compiler.MAXREPEAT >= 0)
    p(re._compiler.MAXGROUPS >= 0)


def check_disallow_instantiation(tp, *args, **kwds):
    p((tp.__module__, tp.__name__))
    E(tp, *args, **kwds)


def test_disallow_instantiation():
    T('ImplementationTest.test_disallow_instantiation')
    check_disallow_instantiation(re.Match)
    check_disallow_instantiation(re.Pattern)
    pat = re.compile("")
    check_disallow_instantiation(type(pat.scanner("")))


def test_dealloc():
    T('ImplementationTest.test_dealloc')
    import _sre
    long_overflow = 2**128
    E(re.finditer, "a", {})
    E(_sre.compile, "abc", 0, [long_overflow], 0, {}, ())
    E(_sre.compile, {}, 0, [], 0, [], [])
    E(_sre.compile, '', 0, ['abc'], 0, {}, ())


def test_repeat_minmax_overflow_maxrepeat():
    T('ImplementationTest.test_repeat_minmax_overflow_maxrepeat')
    try:
        from _sre import MAXREPEAT
    except ImportError:
        p('skipped: requires _sre.MAXREPEAT constant')
        return
    string = "x" * 100000
    p(M(re.match(r".{%d}" % (MAXREPEAT - 1), string)))
    p(re.match(r".{,%d}" % (MAXREPEAT - 1), string).span())
    p(M(re.match(r".{%d,}?" % (MAXREPEAT - 1), string)))
    E(re.compile, r".{%d}" % MAXREPEAT)
    E(re.compile, r".{,%d}" % MAXREPEAT)
    E(re.compile, r".{%d,}?" % MAXREPEAT)


# ExternalTests.test_re_benchmarks (the benchmarks table of Lib/test/re_tests.py, copied here)

benchmarks = [

    # test common prefix
    ('Python|Perl', 'Perl'),    # Alternation
    ('(Python|Perl)', 'Perl'),  # Grouped alternation

    ('Python|Perl|Tcl', 'Perl'),        # Alternation
    ('(Python|Perl|Tcl)', 'Perl'),      # Grouped alternation

    ('(Python)\\1', 'PythonPython'),    # Backreference
    ('([0a-z][a-z0-9]*,)+', 'a5,b7,c9,'), # Disable the fastmap optimization
    ('([a-z][a-z0-9]*,)+', 'a5,b7,c9,'), # A few sets

    ('Python', 'Python'),               # Simple text literal
    ('.*Python', 'Python'),             # Bad text literal
    ('.*Python.*', 'Python'),           # Worse text literal
    ('.*(Python)', 'Python'),           # Bad text literal with grouping

]


def test_re_benchmarks():
    T('ExternalTests.test_re_benchmarks')
    for pattern, s in benchmarks:
        p_ = re.compile(pattern)
        p(M(p_.search(s)))
        p(M(p_.match(s)))
        p(M(p_.fullmatch(s)))
        s2 = ' '*10000 + s + ' '*10000
        p(M(p_.search(s2)))
        p(M(p_.match(s2, 10000)))
        p(M(p_.match(s2, 10000, 10000 + len(s))))
        p(M(p_.fullmatch(s2, 10000, 10000 + len(s))))


run(test_re_escape)
run(test_re_escape_bytes)
run(test_re_escape_non_ascii)
run(test_re_escape_non_ascii_bytes)
run(test_copying)
run(test_possible_set_operations)
run(test_scanner)
run(test_bug_612074)
run(test_bug_764548)
run(test_bug_926075)
run(test_pattern_compare)
run(test_pattern_compare_bytes)
run(test_template_function_and_flag_is_deprecated)
run(test_debug_flag)
run(test_atomic_group)
run(test_possesive_repeat_one)
run(test_possesive_repeat)
run(test_immutable)
run(test_overlap_table)
run(test_signedness)
run(test_disallow_instantiation)
run(test_dealloc)
run(test_repeat_minmax_overflow_maxrepeat)
run(test_re_benchmarks)
