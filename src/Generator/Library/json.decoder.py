"""Implementation of JSONDecoder (PyAot's json.decoder module).

CPython 3.12 decodes with its C accelerator (Modules/_json.c) whenever it is there, as it always is: scanstring and
the scanner here follow that code (its messages, the positions it reports, its strict \\uXXXX parsing), not the
pure-Python fallback of Lib/json/decoder.py, whose messages differ ("Invalid \\escape: 'x'"). There is no re module
in PyAot, so whitespace, strings and numbers are matched by hand.
"""

from json import scanner

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

WHITESPACE_STR = ' \t\n\r'

_HEX = {c: i for i, c in enumerate('0123456789abcdef')}
_HEX.update({c: i for i, c in enumerate('ABCDEF', 10)})


def _skip_ws(s, pos):
    """The index of the first character at or after pos that is not JSON whitespace (' \\t\\n\\r')."""
    n = len(s)
    while pos < n and s[pos] in WHITESPACE_STR:
        pos += 1
    return pos


def _hex4(s, start, end):
    """The value of the four hex digits s[start:start + 4], or -1 when one is not a hex digit. Only the digits
    themselves count: int(x, 16) would also take a sign, '_' or spaces, which _json.c refuses."""
    value = 0
    for i in range(start, start + 4):
        digit = _HEX.get(s[i], -1)
        if digit < 0:
            return -1
        value = (value << 4) | digit
    return value


def scanstring(s, end, strict=True):
    """Scan the string s for a JSON string. End is the index of the
    character in s after the quote that started the JSON string.
    Unescapes all valid JSON string escape sequences and raises ValueError
    on attempt to decode an invalid string. If strict is False then literal
    control characters are allowed in the string.

    Returns a tuple of the decoded string and the index of the character in s
    after the end quote."""
    if not isinstance(s, str):
        raise TypeError(f"first argument must be a string, not {type(s).__name__}")
    n = len(s)
    if end < 0 or n < end:
        raise ValueError("end is out of bounds")
    begin = end - 1
    chunks = []
    while True:
        # The run of plain characters up to the next quote or backslash (a control character in it is an error
        # at its own index when strict, as _json.c reports it).
        nxt = end
        c = ''
        while nxt < n:
            c = s[nxt]
            if c == '"' or c == '\\':
                break
            if strict and c <= '\x1f':
                raise JSONDecodeError("Invalid control character at", s, nxt)
            nxt += 1
        else:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if nxt != end:
            chunks.append(s[end:nxt])
        nxt += 1
        if c == '"':
            end = nxt
            break
        if nxt == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        c = s[nxt]
        if c != 'u':
            end = nxt + 1
            char = BACKSLASH.get(c)
            if char is None:
                raise JSONDecodeError("Invalid \\escape", s, end - 2)
        else:
            nxt += 1
            end = nxt + 4
            # _json.c wants a character after the four digits (the closing quote at least).
            if end >= n:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, nxt - 1)
            uni = _hex4(s, nxt, end)
            if uni < 0:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end - 5)
            # A high surrogate followed by a \\u escape of a low one is one character; any other second escape is
            # read again on its own (a lone surrogate stays as it is).
            if 0xd800 <= uni <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
                uni2 = _hex4(s, end + 2, end + 6)
                if uni2 < 0:
                    raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            char = chr(uni)
        chunks.append(char)
    return ''.join(chunks), end


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None):
    """The object whose '{' is just before s_and_end's index: (its value, the index after its '}')."""
    s, end = s_and_end
    n = len(s)
    pairs = []
    if memo is None:
        memo = {}
    end = _skip_ws(s, end)
    if end >= n or s[end] != '}':
        while True:
            if end >= n or s[end] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end)
            key, end = scanstring(s, end + 1, strict)
            key = memo.setdefault(key, key)
            end = _skip_ws(s, end)
            if end >= n or s[end] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_ws(s, end + 1)
            value, end = scan_once(s, end)
            pairs.append((key, value))
            end = _skip_ws(s, end)
            if end < n and s[end] == '}':
                break
            if end >= n or s[end] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end)
            end = _skip_ws(s, end + 1)
    end += 1
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), end
    result = dict(pairs)
    if object_hook is not None:
        result = object_hook(result)
    return result, end


def JSONArray(s_and_end, scan_once):
    """The array whose '[' is just before s_and_end's index: (its list, the index after its ']')."""
    s, end = s_and_end
    n = len(s)
    values = []
    end = _skip_ws(s, end)
    if end >= n or s[end] != ']':
        while True:
            value, end = scan_once(s, end)
            values.append(value)
            end = _skip_ws(s, end)
            if end < n and s[end] == ']':
                break
            if end >= n or s[end] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end)
            end = _skip_ws(s, end + 1)
    return values, end + 1


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder

    Performs the following translations in decoding by default:

    +---------------+-------------------+
    | JSON          | Python            |
    +===============+===================+
    | object        | dict              |
    +---------------+-------------------+
    | array         | list              |
    +---------------+-------------------+
    | string        | str               |
    +---------------+-------------------+
    | number (int)  | int               |
    +---------------+-------------------+
    | number (real) | float             |
    +---------------+-------------------+
    | true          | True              |
    +---------------+-------------------+
    | false         | False             |
    +---------------+-------------------+
    | null          | None              |
    +---------------+-------------------+

    It also understands ``NaN``, ``Infinity``, and ``-Infinity`` as
    their corresponding ``float`` values, which is outside the JSON spec.

    """

    def __init__(self, *, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        """``object_hook``, if specified, will be called with the result
        of every JSON object decoded and its return value will be used in
        place of the given ``dict``.

        ``object_pairs_hook``, if specified will be called with the result of
        every JSON object decoded with an ordered list of pairs; it takes
        priority over ``object_hook``.

        ``parse_float``, ``parse_int`` and ``parse_constant``, if specified,
        are called with the text of every JSON float, int and of -Infinity,
        Infinity and NaN.

        If ``strict`` is false (true is the default), then control
        characters will be allowed inside strings.
        """
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document).

        """
        if not isinstance(s, str):
            raise TypeError(f"expected string or bytes-like object, got '{type(s).__name__}'")
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.

        This can be used to decode a JSON document from a string that may
        have extraneous data at the end.

        """
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
