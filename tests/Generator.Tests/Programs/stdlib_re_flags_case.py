# CPython 3.12's Lib/test/test_re.py, ported: flags (IGNORECASE and its case folding, ASCII/UNICODE/LOCALE,
# inline and scoped flags, VERBOSE), special escapes and boundaries, the flag constants and their repr, and
# PatternReprTests.
# Each test method is a function that prints what the test checks (values with repr, exceptions as type and
# message; re.error with msg, pos, lineno, colno) instead of asserting; the expected output is CPython's.
# Left out of this program's tests:
# - test_locale_flag: locale.getpreferredencoding() is replaced by 'UTF-8' (the rest is ported).
# - test_inline_flags: the warnings.catch_warnings()/BytesWarning filter around one check (the check is ported).
# - test_locale_caching, test_locale_compiled: need locale.setlocale (locale switching).
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


def test_special_escapes():
    T('test_special_escapes')
    p(re.search(r"\b(b.)\b",
                "abcd abc bcd bx").group(1))
    p(re.search(r"\B(b.)\B",
                "abc bcd bc abxd").group(1))
    p(re.search(r"\b(b.)\b",
                "abcd abc bcd bx", re.ASCII).group(1))
    p(re.search(r"\B(b.)\B",
                "abc bcd bc abxd", re.ASCII).group(1))
    p(re.search(r"^abc$", "\nabc\n", re.M).group(0))
    p(re.search(r"^\Aabc\Z$", "abc", re.M).group(0))
    p(M(re.search(r"^\Aabc\Z$", "\nabc\n", re.M)))
    p(re.search(br"\b(b.)\b",
                b"abcd abc bcd bx").group(1))
    p(re.search(br"\B(b.)\B",
                b"abc bcd bc abxd").group(1))
    p(re.search(br"\b(b.)\b",
                b"abcd abc bcd bx", re.LOCALE).group(1))
    p(re.search(br"\B(b.)\B",
                b"abc bcd bc abxd", re.LOCALE).group(1))
    p(re.search(br"^abc$", b"\nabc\n", re.M).group(0))
    p(re.search(br"^\Aabc\Z$", b"abc", re.M).group(0))
    p(M(re.search(br"^\Aabc\Z$", b"\nabc\n", re.M)))
    p(re.search(r"\d\D\w\W\s\S",
                "1aa! a").group(0))
    p(re.search(br"\d\D\w\W\s\S",
                b"1aa! a").group(0))
    p(re.search(r"\d\D\w\W\s\S",
                "1aa! a", re.ASCII).group(0))
    p(re.search(br"\d\D\w\W\s\S",
                b"1aa! a", re.LOCALE).group(0))


def test_string_boundaries():
    T('test_string_boundaries')
    p(re.search(r"\b(abc)\b", "abc").group(1))
    p(M(re.match(r"\b", "abc")))
    p(M(re.search(r"\B", "abc")))
    p(M(re.match(r"\B", "abc")))
    p(M(re.search(r"\B", "")))
    p(M(re.search(r"\b", "")))
    p(len(re.findall(r"\b", "a")))
    p(len(re.findall(r"\B", "a")))
    p(len(re.findall(r"\b", " ")))
    p(len(re.findall(r"\b", "   ")))
    p(len(re.findall(r"\B", " ")))


def test_anyall():
    T('test_anyall')
    p(re.match("a.b", "a\nb", re.DOTALL).group(0))
    p(re.match("a.*b", "a\n\nb", re.DOTALL).group(0))


def test_ignore_case():
    T('test_ignore_case')
    p(re.match("abc", "ABC", re.I).group(0))
    p(re.match(b"abc", b"ABC", re.I).group(0))
    p(re.match(r"(a\s[^a])", "a b", re.I).group(1))
    p(re.match(r"(a\s[^a]*)", "a bb", re.I).group(1))
    p(re.match(r"(a\s[abc])", "a b", re.I).group(1))
    p(re.match(r"(a\s[abc]*)", "a bb", re.I).group(1))
    p(re.match(r"((a)\s\2)", "a a", re.I).group(1))
    p(re.match(r"((a)\s\2*)", "a aa", re.I).group(1))
    p(re.match(r"((a)\s(abc|a))", "a a", re.I).group(1))
    p(re.match(r"((a)\s(abc|a)*)", "a aa", re.I).group(1))

    p(('K'.lower(), '\u212a'.lower()))
    p(M(re.match(r'K', '\u212a', re.I)))
    p(M(re.match(r'k', '\u212a', re.I)))
    p(M(re.match(r'\u212a', 'K', re.I)))
    p(M(re.match(r'\u212a', 'k', re.I)))

    p(('s'.upper(), '\u017f'.upper()))
    p(M(re.match(r'S', '\u017f', re.I)))
    p(M(re.match(r's', '\u017f', re.I)))
    p(M(re.match(r'\u017f', 'S', re.I)))
    p(M(re.match(r'\u017f', 's', re.I)))

    p(('\u0432'.upper(), '\u1c80'.upper()))
    p(M(re.match(r'\u0412', '\u0432', re.I)))
    p(M(re.match(r'\u0412', '\u1c80', re.I)))
    p(M(re.match(r'\u0432', '\u0412', re.I)))
    p(M(re.match(r'\u0432', '\u1c80', re.I)))
    p(M(re.match(r'\u1c80', '\u0412', re.I)))
    p(M(re.match(r'\u1c80', '\u0432', re.I)))

    p(('\ufb05'.upper(), '\ufb06'.upper()))
    p(M(re.match(r'\ufb05', '\ufb06', re.I)))
    p(M(re.match(r'\ufb06', '\ufb05', re.I)))


def test_ignore_case_set():
    T('test_ignore_case_set')
    p(M(re.match(r'[19A]', 'A', re.I)))
    p(M(re.match(r'[19a]', 'a', re.I)))
    p(M(re.match(r'[19a]', 'A', re.I)))
    p(M(re.match(r'[19A]', 'a', re.I)))
    p(M(re.match(br'[19A]', b'A', re.I)))
    p(M(re.match(br'[19a]', b'a', re.I)))
    p(M(re.match(br'[19a]', b'A', re.I)))
    p(M(re.match(br'[19A]', b'a', re.I)))

    p(('K'.lower(), '\u212a'.lower()))
    p(M(re.match(r'[19K]', '\u212a', re.I)))
    p(M(re.match(r'[19k]', '\u212a', re.I)))
    p(M(re.match(r'[19\u212a]', 'K', re.I)))
    p(M(re.match(r'[19\u212a]', 'k', re.I)))

    p(('s'.upper(), '\u017f'.upper()))
    p(M(re.match(r'[19S]', '\u017f', re.I)))
    p(M(re.match(r'[19s]', '\u017f', re.I)))
    p(M(re.match(r'[19\u017f]', 'S', re.I)))
    p(M(re.match(r'[19\u017f]', 's', re.I)))

    p(('\u0432'.upper(), '\u1c80'.upper()))
    p(M(re.match(r'[19\u0412]', '\u0432', re.I)))
    p(M(re.match(r'[19\u0412]', '\u1c80', re.I)))
    p(M(re.match(r'[19\u0432]', '\u0412', re.I)))
    p(M(re.match(r'[19\u0432]', '\u1c80', re.I)))
    p(M(re.match(r'[19\u1c80]', '\u0412', re.I)))
    p(M(re.match(r'[19\u1c80]', '\u0432', re.I)))

    p(('\ufb05'.upper(), '\ufb06'.upper()))
    p(M(re.match(r'[19\ufb05]', '\ufb06', re.I)))
    p(M(re.match(r'[19\ufb06]', '\ufb05', re.I)))


def test_ignore_case_range():
    T('test_ignore_case_range')
    p(M(re.match(r'[9-a]', '_', re.I)))
    p(M(re.match(r'[9-A]', '_', re.I)))
    p(M(re.match(br'[9-a]', b'_', re.I)))
    p(M(re.match(br'[9-A]', b'_', re.I)))
    p(M(re.match(r'[\xc0-\xde]', '\xd7', re.I)))
    p(M(re.match(r'[\xc0-\xde]', '\xf7', re.I)))
    p(M(re.match(r'[\xe0-\xfe]', '\xf7', re.I)))
    p(M(re.match(r'[\xe0-\xfe]', '\xd7', re.I)))
    p(M(re.match(r'[\u0430-\u045f]', '\u0450', re.I)))
    p(M(re.match(r'[\u0430-\u045f]', '\u0400', re.I)))
    p(M(re.match(r'[\u0400-\u042f]', '\u0450', re.I)))
    p(M(re.match(r'[\u0400-\u042f]', '\u0400', re.I)))
    p(M(re.match(r'[\U00010428-\U0001044f]', '\U00010428', re.I)))
    p(M(re.match(r'[\U00010428-\U0001044f]', '\U00010400', re.I)))
    p(M(re.match(r'[\U00010400-\U00010427]', '\U00010428', re.I)))
    p(M(re.match(r'[\U00010400-\U00010427]', '\U00010400', re.I)))

    p(('K'.lower(), '\u212a'.lower()))
    p(M(re.match(r'[J-M]', '\u212a', re.I)))
    p(M(re.match(r'[j-m]', '\u212a', re.I)))
    p(M(re.match(r'[\u2129-\u212b]', 'K', re.I)))
    p(M(re.match(r'[\u2129-\u212b]', 'k', re.I)))

    p(('s'.upper(), '\u017f'.upper()))
    p(M(re.match(r'[R-T]', '\u017f', re.I)))
    p(M(re.match(r'[r-t]', '\u017f', re.I)))
    p(M(re.match(r'[\u017e-\u0180]', 'S', re.I)))
    p(M(re.match(r'[\u017e-\u0180]', 's', re.I)))

    p(('\u0432'.upper(), '\u1c80'.upper()))
    p(M(re.match(r'[\u0411-\u0413]', '\u0432', re.I)))
    p(M(re.match(r'[\u0411-\u0413]', '\u1c80', re.I)))
    p(M(re.match(r'[\u0431-\u0433]', '\u0412', re.I)))
    p(M(re.match(r'[\u0431-\u0433]', '\u1c80', re.I)))
    p(M(re.match(r'[\u1c80-\u1c82]', '\u0412', re.I)))
    p(M(re.match(r'[\u1c80-\u1c82]', '\u0432', re.I)))

    p(('\ufb05'.upper(), '\ufb06'.upper()))
    p(M(re.match(r'[\ufb04-\ufb05]', '\ufb06', re.I)))
    p(M(re.match(r'[\ufb06-\ufb07]', '\ufb05', re.I)))


def test_category():
    T('test_category')
    p(re.match(r"(\s)", " ").group(1))


def test_not_literal():
    T('test_not_literal')
    p(re.search(r"\s([^a])", " b").group(1))
    p(re.search(r"\s([^a]*)", " bb").group(1))


def test_search_coverage():
    T('test_search_coverage')
    p(re.search(r"\s(b)", " b").group(1))
    p(re.search(r"a\s", "a ").group(0))


def test_constants():
    T('test_constants')
    p((re.I, re.IGNORECASE))
    p((re.L, re.LOCALE))
    p((re.M, re.MULTILINE))
    p((re.S, re.DOTALL))
    p((re.X, re.VERBOSE))


def test_flags():
    T('test_flags')
    for flag in [re.I, re.M, re.X, re.S, re.A, re.U]:
        p(re.compile('^pattern$', flag))
    for flag in [re.I, re.M, re.X, re.S, re.A, re.L]:
        p(re.compile(b'^pattern$', flag))


def test_bug_6561():
    T('test_bug_6561')
    decimal_digits = [
        '\u0037',
        '\u0e58',
        '\uff10',
        ]
    for x in decimal_digits:
        p(re.match(r'^\d$', x).group(0))

    not_decimal_digits = [
        '\u2165',
        '\u3039',
        '\u2082',
        '\u32b4',
        ]
    for x in not_decimal_digits:
        p(M(re.match(r'^\d$', x)))


def test_inline_flags():
    T('test_inline_flags')
    upper_char = '\u1ea0'
    lower_char = '\u1ea1'

    p_ = re.compile('.' + upper_char, re.I | re.S)
    q = p_.match('\n' + lower_char)
    p(M(q))

    p_ = re.compile('.' + lower_char, re.I | re.S)
    q = p_.match('\n' + upper_char)
    p(M(q))

    p_ = re.compile('(?i).' + upper_char, re.S)
    q = p_.match('\n' + lower_char)
    p(M(q))

    p_ = re.compile('(?i).' + lower_char, re.S)
    q = p_.match('\n' + upper_char)
    p(M(q))

    p_ = re.compile('(?is).' + upper_char)
    q = p_.match('\n' + lower_char)
    p(M(q))

    p_ = re.compile('(?is).' + lower_char)
    q = p_.match('\n' + upper_char)
    p(M(q))

    p_ = re.compile('(?s)(?i).' + upper_char)
    q = p_.match('\n' + lower_char)
    p(M(q))

    p_ = re.compile('(?s)(?i).' + lower_char)
    q = p_.match('\n' + upper_char)
    p(M(q))

    p(M(re.match('(?ix) ' + upper_char, lower_char)))
    p(M(re.match('(?ix) ' + lower_char, upper_char)))
    p(M(re.match(' (?i) ' + upper_char, lower_char, re.X)))
    p(M(re.match('(?x) (?i) ' + upper_char, lower_char)))
    p(M(re.match(' (?x) (?i) ' + upper_char, lower_char, re.X)))

    msg = "global flags not at the start of the expression"
    checkPatternError(upper_char + '(?i)', msg, 1)

    # (the BytesWarning filter around this one is left out: no warnings module)
    checkPatternError(b'A(?i)', msg, 1)

    checkPatternError('(?s).(?i)' + upper_char, msg, 5)
    checkPatternError('(?i) ' + upper_char + ' (?x)', msg, 7)
    checkPatternError(' (?x) (?i) ' + upper_char, msg, 1)
    checkPatternError('^(?i)' + upper_char, msg, 1)
    checkPatternError('$|(?i)' + upper_char, msg, 2)
    checkPatternError('(?:(?i)' + upper_char + ')', msg, 3)
    checkPatternError('(^)?(?(1)(?i)' + upper_char + ')', msg, 9)
    checkPatternError('($)?(?(1)|(?i)' + upper_char + ')', msg, 10)


def test_ascii_and_unicode_flag():
    T('test_ascii_and_unicode_flag')
    for flags in (0, re.UNICODE):
        pat = re.compile('\xc0', flags | re.IGNORECASE)
        p(M(pat.match('\xe0')))
        pat = re.compile(r'\w', flags)
        p(M(pat.match('\xe0')))
    pat = re.compile('\xc0', re.ASCII | re.IGNORECASE)
    p(M(pat.match('\xe0')))
    pat = re.compile('(?a)\xc0', re.IGNORECASE)
    p(M(pat.match('\xe0')))
    pat = re.compile(r'\w', re.ASCII)
    p(M(pat.match('\xe0')))
    pat = re.compile(r'(?a)\w')
    p(M(pat.match('\xe0')))
    for flags in (0, re.ASCII):
        pat = re.compile(b'\xc0', flags | re.IGNORECASE)
        p(M(pat.match(b'\xe0')))
        pat = re.compile(br'\w', flags)
        p(M(pat.match(b'\xe0')))
    E(re.compile, br'\w', re.UNICODE)
    E(re.compile, br'(?u)\w')
    E(re.compile, r'\w', re.UNICODE | re.ASCII)
    E(re.compile, r'(?u)\w', re.ASCII)
    E(re.compile, r'(?a)\w', re.UNICODE)
    E(re.compile, r'(?au)\w')


def test_locale_flag():
    T('test_locale_flag')
    # locale.getpreferredencoding() replaced by 'UTF-8' (the encoding the expected output was recorded under;
    # no locale module here)
    enc = 'UTF-8'
    for i in range(128, 256):
        try:
            c = bytes([i]).decode(enc)
            sletter = c.lower()
            if sletter == c: continue
            bletter = sletter.encode(enc)
            if len(bletter) != 1: continue
            if bletter.decode(enc) != sletter: continue
            bpat = re.escape(bytes([i]))
            break
        except (UnicodeError, TypeError):
            pass
    else:
        bletter = None
        bpat = b'A'
    p((bletter, bpat))
    pat = re.compile(bpat, re.LOCALE | re.IGNORECASE)
    if bletter:
        p(M(pat.match(bletter)))
    pat = re.compile(b'(?L)' + bpat, re.IGNORECASE)
    if bletter:
        p(M(pat.match(bletter)))
    pat = re.compile(bpat, re.IGNORECASE)
    if bletter:
        p(M(pat.match(bletter)))
    pat = re.compile(br'\w', re.LOCALE)
    if bletter:
        p(M(pat.match(bletter)))
    pat = re.compile(br'(?L)\w')
    if bletter:
        p(M(pat.match(bletter)))
    pat = re.compile(br'\w')
    if bletter:
        p(M(pat.match(bletter)))
    E(re.compile, '', re.LOCALE)
    E(re.compile, '(?L)')
    E(re.compile, b'', re.LOCALE | re.ASCII)
    E(re.compile, b'(?L)', re.ASCII)
    E(re.compile, b'(?a)', re.LOCALE)
    E(re.compile, b'(?aL)')


def test_scoped_flags():
    T('test_scoped_flags')
    p(M(re.match(r'(?i:a)b', 'Ab')))
    p(M(re.match(r'(?i:a)b', 'aB')))
    p(M(re.match(r'(?-i:a)b', 'Ab', re.IGNORECASE)))
    p(M(re.match(r'(?-i:a)b', 'aB', re.IGNORECASE)))
    p(M(re.match(r'(?i:(?-i:a)b)', 'Ab')))
    p(M(re.match(r'(?i:(?-i:a)b)', 'aB')))

    p(M(re.match(r'\w(?a:\W)\w', '\xe0\xe0\xe0')))
    p(M(re.match(r'(?a:\W(?u:\w)\W)', '\xe0\xe0\xe0')))
    p(M(re.match(r'\W(?u:\w)\W', '\xe0\xe0\xe0', re.ASCII)))

    checkPatternError(r'(?a)(?-a:\w)',
            "bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 8)
    checkPatternError(r'(?i-i:a)',
            'bad inline flags: flag turned on and off', 5)
    checkPatternError(r'(?au:a)',
            "bad inline flags: flags 'a', 'u' and 'L' are incompatible", 4)
    checkPatternError(br'(?aL:a)',
            "bad inline flags: flags 'a', 'u' and 'L' are incompatible", 4)

    checkPatternError(r'(?-', 'missing flag', 3)
    checkPatternError(r'(?-+', 'missing flag', 3)
    checkPatternError(r'(?-z', 'unknown flag', 3)
    checkPatternError(r'(?-i', 'missing :', 4)
    checkPatternError(r'(?-i)', 'missing :', 4)
    checkPatternError(r'(?-i+', 'missing :', 4)
    checkPatternError(r'(?-iz', 'unknown flag', 4)
    checkPatternError(r'(?i:', 'missing ), unterminated subpattern', 0)
    checkPatternError(r'(?i', 'missing -, : or )', 3)
    checkPatternError(r'(?i+', 'missing -, : or )', 3)
    checkPatternError(r'(?iz', 'unknown flag', 3)


def test_ignore_spaces():
    T('test_ignore_spaces')
    for space in " \t\n\r\v\f":
        p(M(re.fullmatch(space + 'a', 'a', re.VERBOSE)))
    for space in b" ", b"\t", b"\n", b"\r", b"\v", b"\f":
        p(M(re.fullmatch(space + b'a', b'a', re.VERBOSE)))
    p(M(re.fullmatch('(?x) a', 'a')))
    p(M(re.fullmatch(' (?x) a', 'a', re.VERBOSE)))
    p(M(re.fullmatch('(?x) (?x) a', 'a')))
    p(M(re.fullmatch(' a(?x: b) c', ' ab c')))
    p(M(re.fullmatch(' a(?-x: b) c', 'a bc', re.VERBOSE)))
    p(M(re.fullmatch('(?x) a(?-x: b) c', 'a bc')))
    p(M(re.fullmatch('(?x) a| b', 'a')))
    p(M(re.fullmatch('(?x) a| b', 'b')))


def test_comments():
    T('test_comments')
    p(M(re.fullmatch('#x\na', 'a', re.VERBOSE)))
    p(M(re.fullmatch(b'#x\na', b'a', re.VERBOSE)))
    p(M(re.fullmatch('(?x)#x\na', 'a')))
    p(M(re.fullmatch('#x\n(?x)#y\na', 'a', re.VERBOSE)))
    p(M(re.fullmatch('(?x)#x\n(?x)#y\na', 'a')))
    p(M(re.fullmatch('#x\na(?x:#y\nb)#z\nc', '#x\nab#z\nc')))
    p(M(re.fullmatch('#x\na(?-x:#y\nb)#z\nc', 'a#y\nbc',
                     re.VERBOSE)))
    p(M(re.fullmatch('(?x)#x\na(?-x:#y\nb)#z\nc', 'a#y\nbc')))
    p(M(re.fullmatch('(?x)#x\na|#y\nb', 'a')))
    p(M(re.fullmatch('(?x)#x\na|#y\nb', 'b')))


def test_search_dot_unicode():
    T('test_search_dot_unicode')
    p(M(re.search("123.*-", '123abc-')))
    p(M(re.search("123.*-", '123\xe9-')))
    p(M(re.search("123.*-", '123\u20ac-')))
    p(M(re.search("123.*-", '123\U0010ffff-')))
    p(M(re.search("123.*-", '123\xe9\u20ac\U0010ffff-')))


def test_enum():
    T('test_enum')
    p(str(re.A))
    p(str(re.S))
    p('ASCII' in str(re.A))
    p('DOTALL' in str(re.S))


# PatternReprTests

def check(pattern, expected=None):
    p(repr(re.compile(pattern)))


def check_flags(pattern, flags, expected=None):
    p(repr(re.compile(pattern, flags)))


def test_without_flags():
    T('PatternReprTests.test_without_flags')
    check('random pattern',
          "re.compile('random pattern')")


def test_single_flag():
    T('PatternReprTests.test_single_flag')
    check_flags('random pattern', re.IGNORECASE,
        "re.compile('random pattern', re.IGNORECASE)")


def test_multiple_flags():
    T('PatternReprTests.test_multiple_flags')
    check_flags('random pattern', re.I|re.S|re.X,
        "re.compile('random pattern', "
        "re.IGNORECASE|re.DOTALL|re.VERBOSE)")


def test_unicode_flag():
    T('PatternReprTests.test_unicode_flag')
    check_flags('random pattern', re.U,
                "re.compile('random pattern')")
    check_flags('random pattern', re.I|re.S|re.U,
                "re.compile('random pattern', "
                "re.IGNORECASE|re.DOTALL)")


def test_inline_flags_repr():
    T('PatternReprTests.test_inline_flags')
    check('(?i)pattern',
          "re.compile('(?i)pattern', re.IGNORECASE)")


def test_unknown_flags():
    T('PatternReprTests.test_unknown_flags')
    check_flags('random pattern', 0x123000,
                "re.compile('random pattern', 0x123000)")
    check_flags('random pattern', 0x123000|re.I,
        "re.compile('random pattern', re.IGNORECASE|0x123000)")


def test_bytes():
    T('PatternReprTests.test_bytes')
    check(b'bytes pattern',
          "re.compile(b'bytes pattern')")
    check_flags(b'bytes pattern', re.A,
                "re.compile(b'bytes pattern', re.ASCII)")


def test_locale():
    T('PatternReprTests.test_locale')
    check_flags(b'bytes pattern', re.L,
                "re.compile(b'bytes pattern', re.LOCALE)")


def test_quotes():
    T('PatternReprTests.test_quotes')
    check('random "double quoted" pattern',
        '''re.compile('random "double quoted" pattern')''')
    check("random 'single quoted' pattern",
        '''re.compile("random 'single quoted' pattern")''')
    check('''both 'single' and "double" quotes''',
        '''re.compile('both \\'single\\' and "double" quotes')''')


def test_long_pattern():
    T('PatternReprTests.test_long_pattern')
    pattern = 'Very %spattern' % ('long ' * 1000)
    r = repr(re.compile(pattern))
    p(len(r))
    p(r)
    r = repr(re.compile(pattern, re.I))
    p(len(r))
    p(r[:30])
    p(r[-16:])


def test_flags_repr():
    T('PatternReprTests.test_flags_repr')
    p(repr(re.I))
    p(repr(re.I|re.S|re.X))
    p(repr(re.I|re.S|re.X|(1<<20)))
    p(repr(~re.I))
    p(repr(~(re.I|re.S|re.X)))
    p(repr(~(re.I|re.S|re.X|(1<<20))))


run(test_special_escapes)
run(test_string_boundaries)
run(test_anyall)
run(test_ignore_case)
run(test_ignore_case_set)
run(test_ignore_case_range)
run(test_category)
run(test_not_literal)
run(test_search_coverage)
run(test_constants)
run(test_flags)
run(test_bug_6561)
run(test_inline_flags)
run(test_ascii_and_unicode_flag)
run(test_locale_flag)
run(test_scoped_flags)
run(test_ignore_spaces)
run(test_comments)
run(test_search_dot_unicode)
run(test_enum)
run(test_without_flags)
run(test_single_flag)
run(test_multiple_flags)
run(test_unicode_flag)
run(test_inline_flags_repr)
run(test_unknown_flags)
run(test_bytes)
run(test_locale)
run(test_quotes)
run(test_long_pattern)
run(test_flags_repr)
