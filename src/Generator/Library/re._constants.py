"""The numbers of the regular-expression engine (PyAot's re._constants, CPython 3.12's numbering).

The opcodes, at-codes and category codes the compiler (re._compiler) writes and the runtime's _sre engine reads, the
flags, and re.error. Each code is an int that prints as its name, as CPython's are.
"""

MAGIC = 20221023

from _sre import MAXREPEAT, MAXGROUPS


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


class _NamedIntConstant(int):
    def __new__(cls, value, name):
        self = super(_NamedIntConstant, cls).__new__(cls, value)
        self.name = name
        return self

    def __repr__(self):
        return self.name

    __reduce__ = None


MAXREPEAT = _NamedIntConstant(MAXREPEAT, 'MAXREPEAT')

# The operators, in the engine's numbering (MIN_REPEAT and MAX_REPEAT only ever appear in parsed patterns, which the
# compiler turns into REPEAT, REPEAT_ONE... codes).
FAILURE = _NamedIntConstant(0, 'FAILURE')
SUCCESS = _NamedIntConstant(1, 'SUCCESS')
ANY = _NamedIntConstant(2, 'ANY')
ANY_ALL = _NamedIntConstant(3, 'ANY_ALL')
ASSERT = _NamedIntConstant(4, 'ASSERT')
ASSERT_NOT = _NamedIntConstant(5, 'ASSERT_NOT')
AT = _NamedIntConstant(6, 'AT')
BRANCH = _NamedIntConstant(7, 'BRANCH')
CATEGORY = _NamedIntConstant(8, 'CATEGORY')
CHARSET = _NamedIntConstant(9, 'CHARSET')
BIGCHARSET = _NamedIntConstant(10, 'BIGCHARSET')
GROUPREF = _NamedIntConstant(11, 'GROUPREF')
GROUPREF_EXISTS = _NamedIntConstant(12, 'GROUPREF_EXISTS')
IN = _NamedIntConstant(13, 'IN')
INFO = _NamedIntConstant(14, 'INFO')
JUMP = _NamedIntConstant(15, 'JUMP')
LITERAL = _NamedIntConstant(16, 'LITERAL')
MARK = _NamedIntConstant(17, 'MARK')
MAX_UNTIL = _NamedIntConstant(18, 'MAX_UNTIL')
MIN_UNTIL = _NamedIntConstant(19, 'MIN_UNTIL')
NOT_LITERAL = _NamedIntConstant(20, 'NOT_LITERAL')
NEGATE = _NamedIntConstant(21, 'NEGATE')
RANGE = _NamedIntConstant(22, 'RANGE')
REPEAT = _NamedIntConstant(23, 'REPEAT')
REPEAT_ONE = _NamedIntConstant(24, 'REPEAT_ONE')
SUBPATTERN = _NamedIntConstant(25, 'SUBPATTERN')
MIN_REPEAT_ONE = _NamedIntConstant(26, 'MIN_REPEAT_ONE')
ATOMIC_GROUP = _NamedIntConstant(27, 'ATOMIC_GROUP')
POSSESSIVE_REPEAT = _NamedIntConstant(28, 'POSSESSIVE_REPEAT')
POSSESSIVE_REPEAT_ONE = _NamedIntConstant(29, 'POSSESSIVE_REPEAT_ONE')
GROUPREF_IGNORE = _NamedIntConstant(30, 'GROUPREF_IGNORE')
IN_IGNORE = _NamedIntConstant(31, 'IN_IGNORE')
LITERAL_IGNORE = _NamedIntConstant(32, 'LITERAL_IGNORE')
NOT_LITERAL_IGNORE = _NamedIntConstant(33, 'NOT_LITERAL_IGNORE')
GROUPREF_LOC_IGNORE = _NamedIntConstant(34, 'GROUPREF_LOC_IGNORE')
IN_LOC_IGNORE = _NamedIntConstant(35, 'IN_LOC_IGNORE')
LITERAL_LOC_IGNORE = _NamedIntConstant(36, 'LITERAL_LOC_IGNORE')
NOT_LITERAL_LOC_IGNORE = _NamedIntConstant(37, 'NOT_LITERAL_LOC_IGNORE')
GROUPREF_UNI_IGNORE = _NamedIntConstant(38, 'GROUPREF_UNI_IGNORE')
IN_UNI_IGNORE = _NamedIntConstant(39, 'IN_UNI_IGNORE')
LITERAL_UNI_IGNORE = _NamedIntConstant(40, 'LITERAL_UNI_IGNORE')
NOT_LITERAL_UNI_IGNORE = _NamedIntConstant(41, 'NOT_LITERAL_UNI_IGNORE')
RANGE_UNI_IGNORE = _NamedIntConstant(42, 'RANGE_UNI_IGNORE')
MIN_REPEAT = _NamedIntConstant(43, 'MIN_REPEAT')
MAX_REPEAT = _NamedIntConstant(44, 'MAX_REPEAT')
OPCODES = [
    FAILURE, SUCCESS, ANY, ANY_ALL, ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, CHARSET, BIGCHARSET, GROUPREF,
    GROUPREF_EXISTS, IN, INFO, JUMP, LITERAL, MARK, MAX_UNTIL, MIN_UNTIL, NOT_LITERAL, NEGATE, RANGE, REPEAT,
    REPEAT_ONE, SUBPATTERN, MIN_REPEAT_ONE, ATOMIC_GROUP, POSSESSIVE_REPEAT, POSSESSIVE_REPEAT_ONE, GROUPREF_IGNORE,
    IN_IGNORE, LITERAL_IGNORE, NOT_LITERAL_IGNORE, GROUPREF_LOC_IGNORE, IN_LOC_IGNORE, LITERAL_LOC_IGNORE,
    NOT_LITERAL_LOC_IGNORE, GROUPREF_UNI_IGNORE, IN_UNI_IGNORE, LITERAL_UNI_IGNORE, NOT_LITERAL_UNI_IGNORE,
    RANGE_UNI_IGNORE,
]

AT_BEGINNING = _NamedIntConstant(0, 'AT_BEGINNING')
AT_BEGINNING_LINE = _NamedIntConstant(1, 'AT_BEGINNING_LINE')
AT_BEGINNING_STRING = _NamedIntConstant(2, 'AT_BEGINNING_STRING')
AT_BOUNDARY = _NamedIntConstant(3, 'AT_BOUNDARY')
AT_NON_BOUNDARY = _NamedIntConstant(4, 'AT_NON_BOUNDARY')
AT_END = _NamedIntConstant(5, 'AT_END')
AT_END_LINE = _NamedIntConstant(6, 'AT_END_LINE')
AT_END_STRING = _NamedIntConstant(7, 'AT_END_STRING')
AT_LOC_BOUNDARY = _NamedIntConstant(8, 'AT_LOC_BOUNDARY')
AT_LOC_NON_BOUNDARY = _NamedIntConstant(9, 'AT_LOC_NON_BOUNDARY')
AT_UNI_BOUNDARY = _NamedIntConstant(10, 'AT_UNI_BOUNDARY')
AT_UNI_NON_BOUNDARY = _NamedIntConstant(11, 'AT_UNI_NON_BOUNDARY')
ATCODES = [
    AT_BEGINNING, AT_BEGINNING_LINE, AT_BEGINNING_STRING, AT_BOUNDARY, AT_NON_BOUNDARY, AT_END, AT_END_LINE,
    AT_END_STRING, AT_LOC_BOUNDARY, AT_LOC_NON_BOUNDARY, AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY,
]

CATEGORY_DIGIT = _NamedIntConstant(0, 'CATEGORY_DIGIT')
CATEGORY_NOT_DIGIT = _NamedIntConstant(1, 'CATEGORY_NOT_DIGIT')
CATEGORY_SPACE = _NamedIntConstant(2, 'CATEGORY_SPACE')
CATEGORY_NOT_SPACE = _NamedIntConstant(3, 'CATEGORY_NOT_SPACE')
CATEGORY_WORD = _NamedIntConstant(4, 'CATEGORY_WORD')
CATEGORY_NOT_WORD = _NamedIntConstant(5, 'CATEGORY_NOT_WORD')
CATEGORY_LINEBREAK = _NamedIntConstant(6, 'CATEGORY_LINEBREAK')
CATEGORY_NOT_LINEBREAK = _NamedIntConstant(7, 'CATEGORY_NOT_LINEBREAK')
CATEGORY_LOC_WORD = _NamedIntConstant(8, 'CATEGORY_LOC_WORD')
CATEGORY_LOC_NOT_WORD = _NamedIntConstant(9, 'CATEGORY_LOC_NOT_WORD')
CATEGORY_UNI_DIGIT = _NamedIntConstant(10, 'CATEGORY_UNI_DIGIT')
CATEGORY_UNI_NOT_DIGIT = _NamedIntConstant(11, 'CATEGORY_UNI_NOT_DIGIT')
CATEGORY_UNI_SPACE = _NamedIntConstant(12, 'CATEGORY_UNI_SPACE')
CATEGORY_UNI_NOT_SPACE = _NamedIntConstant(13, 'CATEGORY_UNI_NOT_SPACE')
CATEGORY_UNI_WORD = _NamedIntConstant(14, 'CATEGORY_UNI_WORD')
CATEGORY_UNI_NOT_WORD = _NamedIntConstant(15, 'CATEGORY_UNI_NOT_WORD')
CATEGORY_UNI_LINEBREAK = _NamedIntConstant(16, 'CATEGORY_UNI_LINEBREAK')
CATEGORY_UNI_NOT_LINEBREAK = _NamedIntConstant(17, 'CATEGORY_UNI_NOT_LINEBREAK')
CHCODES = [
    CATEGORY_DIGIT, CATEGORY_NOT_DIGIT, CATEGORY_SPACE, CATEGORY_NOT_SPACE, CATEGORY_WORD, CATEGORY_NOT_WORD,
    CATEGORY_LINEBREAK, CATEGORY_NOT_LINEBREAK, CATEGORY_LOC_WORD, CATEGORY_LOC_NOT_WORD, CATEGORY_UNI_DIGIT,
    CATEGORY_UNI_NOT_DIGIT, CATEGORY_UNI_SPACE, CATEGORY_UNI_NOT_SPACE, CATEGORY_UNI_WORD, CATEGORY_UNI_NOT_WORD,
    CATEGORY_UNI_LINEBREAK, CATEGORY_UNI_NOT_LINEBREAK,
]

# replacement operations for "ignore case" mode
OP_IGNORE = {
    LITERAL: LITERAL_IGNORE,
    NOT_LITERAL: NOT_LITERAL_IGNORE,
}

OP_LOCALE_IGNORE = {
    LITERAL: LITERAL_LOC_IGNORE,
    NOT_LITERAL: NOT_LITERAL_LOC_IGNORE,
}

OP_UNICODE_IGNORE = {
    LITERAL: LITERAL_UNI_IGNORE,
    NOT_LITERAL: NOT_LITERAL_UNI_IGNORE,
}

AT_MULTILINE = {
    AT_BEGINNING: AT_BEGINNING_LINE,
    AT_END: AT_END_LINE
}

AT_LOCALE = {
    AT_BOUNDARY: AT_LOC_BOUNDARY,
    AT_NON_BOUNDARY: AT_LOC_NON_BOUNDARY
}

AT_UNICODE = {
    AT_BOUNDARY: AT_UNI_BOUNDARY,
    AT_NON_BOUNDARY: AT_UNI_NON_BOUNDARY
}

CH_LOCALE = {
    CATEGORY_DIGIT: CATEGORY_DIGIT,
    CATEGORY_NOT_DIGIT: CATEGORY_NOT_DIGIT,
    CATEGORY_SPACE: CATEGORY_SPACE,
    CATEGORY_NOT_SPACE: CATEGORY_NOT_SPACE,
    CATEGORY_WORD: CATEGORY_LOC_WORD,
    CATEGORY_NOT_WORD: CATEGORY_LOC_NOT_WORD,
    CATEGORY_LINEBREAK: CATEGORY_LINEBREAK,
    CATEGORY_NOT_LINEBREAK: CATEGORY_NOT_LINEBREAK
}

CH_UNICODE = {
    CATEGORY_DIGIT: CATEGORY_UNI_DIGIT,
    CATEGORY_NOT_DIGIT: CATEGORY_UNI_NOT_DIGIT,
    CATEGORY_SPACE: CATEGORY_UNI_SPACE,
    CATEGORY_NOT_SPACE: CATEGORY_UNI_NOT_SPACE,
    CATEGORY_WORD: CATEGORY_UNI_WORD,
    CATEGORY_NOT_WORD: CATEGORY_UNI_NOT_WORD,
    CATEGORY_LINEBREAK: CATEGORY_UNI_LINEBREAK,
    CATEGORY_NOT_LINEBREAK: CATEGORY_UNI_NOT_LINEBREAK
}

# flags
SRE_FLAG_TEMPLATE = 1  # template mode (unknown purpose, deprecated)
SRE_FLAG_IGNORECASE = 2  # case insensitive
SRE_FLAG_LOCALE = 4  # honour system locale
SRE_FLAG_MULTILINE = 8  # treat target as multiline string
SRE_FLAG_DOTALL = 16  # treat target as a single string
SRE_FLAG_UNICODE = 32  # use unicode "locale"
SRE_FLAG_VERBOSE = 64  # ignore whitespace and comments
SRE_FLAG_DEBUG = 128  # debugging
SRE_FLAG_ASCII = 256  # use ascii "locale"

# flags for INFO primitive
SRE_INFO_PREFIX = 1  # has prefix
SRE_INFO_LITERAL = 2  # entire pattern is literal (given by prefix)
SRE_INFO_CHARSET = 4  # pattern starts with character from given set
