"""Implementation of JSONEncoder (PyAot's json.encoder module).

As CPython 3.12 with its C accelerator (Modules/_json.c): encode() without indent builds the text in one pass as
c_make_encoder does (it wants str separators); iterencode() and an indented encode() go through _make_iterencode,
the generators of Lib/json/encoder.py, so the chunks a program sees are CPython's. Strings are escaped by hand
(there is no re module), as _json.c's encode_basestring and encode_basestring_ascii do.
"""

ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for i in range(0x20):
    ESCAPE_DCT.setdefault(chr(i), '\\u{0:04x}'.format(i))
del i

INFINITY = float('inf')

_HEXDIGITS = '0123456789abcdef'


def _u_escape(n):
    return ('\\u' + _HEXDIGITS[(n >> 12) & 0xf] + _HEXDIGITS[(n >> 8) & 0xf]
            + _HEXDIGITS[(n >> 4) & 0xf] + _HEXDIGITS[n & 0xf])


def encode_basestring(s):
    """Return a JSON representation of a Python string

    """
    if not isinstance(s, str):
        raise TypeError(f"first argument must be a string, not {type(s).__name__}")
    chunks = ['"']
    start = 0
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == '"' or c == '\\' or c < ' ':
            if start < i:
                chunks.append(s[start:i])
            chunks.append(ESCAPE_DCT[c])
            start = i + 1
        i += 1
    if start == 0:
        return '"' + s + '"'
    if start < n:
        chunks.append(s[start:])
    chunks.append('"')
    return ''.join(chunks)


def encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string

    """
    if not isinstance(s, str):
        raise TypeError(f"first argument must be a string, not {type(s).__name__}")
    chunks = ['"']
    start = 0
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        # Printable ASCII other than '"' and '\\' is written as it is; everything else is escaped.
        if c < ' ' or c > '~' or c == '"' or c == '\\':
            if start < i:
                chunks.append(s[start:i])
            escaped = ESCAPE_DCT.get(c)
            if escaped is None:
                code = ord(c)
                if code < 0x10000:
                    escaped = _u_escape(code)
                else:
                    # Outside the BMP: a UTF-16 surrogate pair.
                    code -= 0x10000
                    escaped = _u_escape(0xd800 | ((code >> 10) & 0x3ff)) + _u_escape(0xdc00 | (code & 0x3ff))
            chunks.append(escaped)
            start = i + 1
        i += 1
    if start == 0:
        return '"' + s + '"'
    if start < n:
        chunks.append(s[start:])
    chunks.append('"')
    return ''.join(chunks)


py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    Supports the following objects and types by default:

    +-------------------+---------------+
    | Python            | JSON          |
    +===================+===============+
    | dict              | object        |
    +-------------------+---------------+
    | list, tuple       | array         |
    +-------------------+---------------+
    | str               | string        |
    +-------------------+---------------+
    | int, float        | number        |
    +-------------------+---------------+
    | True              | true          |
    +-------------------+---------------+
    | False             | false         |
    +-------------------+---------------+
    | None              | null          |
    +-------------------+---------------+

    To extend this to recognize other objects, subclass and implement a
    ``.default()`` method with another method that returns a serializable
    object for ``o`` if possible, otherwise it should call the superclass
    implementation (to raise ``TypeError``).

    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        """Constructor for JSONEncoder, with sensible defaults.

        skipkeys: skip dict keys that are not str, int, float, bool or None
        (else TypeError). ensure_ascii: escape every non-ASCII character.
        check_circular: detect circular references (ValueError).
        allow_nan: write NaN, Infinity and -Infinity (else ValueError).
        sort_keys: sort dictionaries by key. indent: a non-negative
        integer or a string to pretty-print with. separators: an
        (item_separator, key_separator) tuple; (', ', ': ') by default,
        (',', ': ') with an indent. default: a function called for objects
        that can't otherwise be serialized.
        """
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``).

        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure.

        >>> from json.encoder import JSONEncoder
        >>> JSONEncoder().encode({"foo": ["bar", "baz"]})
        '{"foo": ["bar", "baz"]}'

        """
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            else:
                return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string
        representation as available.

        For example::

            for chunk in JSONEncoder().iterencode(bigobject):
                mysocket.write(chunk)

        """
        if self.check_circular:
            markers = {}
        else:
            markers = None
        if self.ensure_ascii:
            _encoder = encode_basestring_ascii
        else:
            _encoder = encode_basestring

        def floatstr(o, allow_nan=self.allow_nan,
                _repr=float.__repr__, _inf=INFINITY, _neginf=-INFINITY):
            if o != o:
                text = 'NaN'
            elif o == _inf:
                text = 'Infinity'
            elif o == _neginf:
                text = '-Infinity'
            else:
                return _repr(o)

            if not allow_nan:
                raise ValueError(
                    "Out of range float values are not JSON compliant: " +
                    repr(o))

            return text

        if _one_shot and self.indent is None:
            return _one_shot_encode(
                markers, self.default, _encoder, self.key_separator, self.item_separator,
                self.sort_keys, self.skipkeys, floatstr, o)
        _iterencode = _make_iterencode(
            markers, self.default, _encoder, self.indent, floatstr,
            self.key_separator, self.item_separator, self.sort_keys,
            self.skipkeys, _one_shot)
        return _iterencode(o, 0)


def _key_str(key, _floatstr, _skipkeys):
    """The text of a dict key, or None to skip it (skipkeys)."""
    if isinstance(key, str):
        return key
    # JavaScript is weakly typed for these, so CPython allows them too. int and float subclasses (IntEnum...) are
    # written as their int and float values, not their repr.
    elif isinstance(key, float):
        return _floatstr(key)
    elif key is True:
        return 'true'
    elif key is False:
        return 'false'
    elif key is None:
        return 'null'
    elif isinstance(key, int):
        return int.__repr__(key)
    elif _skipkeys:
        return None
    raise TypeError(f'keys must be str, int, float, bool or None, '
                    f'not {key.__class__.__name__}')


def _one_shot_encode(markers, _default, _encoder, _key_separator, _item_separator, _sort_keys, _skipkeys,
                     _floatstr, o):
    """encode()'s text of o without indent: c_make_encoder's work, done in one pass, and like it a 1-tuple of the
    whole text (a subclass's iterencode sees that one chunk)."""
    # c_make_encoder takes its separators as str arguments 5 and 6.
    if not isinstance(_key_separator, str):
        raise TypeError(f"make_encoder() argument 5 must be str, not {type(_key_separator).__name__}")
    if not isinstance(_item_separator, str):
        raise TypeError(f"make_encoder() argument 6 must be str, not {type(_item_separator).__name__}")
    chunks = []
    append = chunks.append

    def encode(o):
        if isinstance(o, str):
            append(_encoder(o))
        elif o is None:
            append('null')
        elif o is True:
            append('true')
        elif o is False:
            append('false')
        elif isinstance(o, int):
            append(int.__repr__(o))
        elif isinstance(o, float):
            append(_floatstr(o))
        elif isinstance(o, (list, tuple)):
            if not o:
                append('[]')
                return
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            append('[')
            first = True
            for value in o:
                if first:
                    first = False
                else:
                    append(_item_separator)
                encode(value)
            append(']')
            if markers is not None:
                del markers[markerid]
        elif isinstance(o, dict):
            if not o:
                append('{}')
                return
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            append('{')
            items = sorted(o.items()) if _sort_keys else o.items()
            first = True
            for key, value in items:
                key = _key_str(key, _floatstr, _skipkeys)
                if key is None:
                    continue
                if first:
                    first = False
                else:
                    append(_item_separator)
                append(_encoder(key))
                append(_key_separator)
                encode(value)
            append('}')
            if markers is not None:
                del markers[markerid]
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            encode(_default(o))
            if markers is not None:
                del markers[markerid]

    encode(o)
    return (''.join(chunks),)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
        _key_separator, _item_separator, _sort_keys, _skipkeys, _one_shot):

    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent

    def _iterencode_list(lst, _current_indent_level):
        if not lst:
            yield '[]'
            return
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = lst
        buf = '['
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            if isinstance(value, str):
                yield buf + _encoder(value)
            elif value is None:
                yield buf + 'null'
            elif value is True:
                yield buf + 'true'
            elif value is False:
                yield buf + 'false'
            elif isinstance(value, int):
                yield buf + int.__repr__(value)
            elif isinstance(value, float):
                yield buf + _floatstr(value)
            else:
                yield buf
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, _current_indent_level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, _current_indent_level)
                else:
                    chunks = _iterencode(value, _current_indent_level)
                yield from chunks
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield ']'
        if markers is not None:
            del markers[markerid]

    def _iterencode_dict(dct, _current_indent_level):
        if not dct:
            yield '{}'
            return
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = dct
        yield '{'
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            item_separator = _item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        if _sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            key = _key_str(key, _floatstr, _skipkeys)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            if isinstance(value, str):
                yield _encoder(value)
            elif value is None:
                yield 'null'
            elif value is True:
                yield 'true'
            elif value is False:
                yield 'false'
            elif isinstance(value, int):
                yield int.__repr__(value)
            elif isinstance(value, float):
                yield _floatstr(value)
            else:
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, _current_indent_level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, _current_indent_level)
                else:
                    chunks = _iterencode(value, _current_indent_level)
                yield from chunks
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield '}'
        if markers is not None:
            del markers[markerid]

    def _iterencode(o, _current_indent_level):
        if isinstance(o, str):
            yield _encoder(o)
        elif o is None:
            yield 'null'
        elif o is True:
            yield 'true'
        elif o is False:
            yield 'false'
        elif isinstance(o, int):
            yield int.__repr__(o)
        elif isinstance(o, float):
            yield _floatstr(o)
        elif isinstance(o, (list, tuple)):
            yield from _iterencode_list(o, _current_indent_level)
        elif isinstance(o, dict):
            yield from _iterencode_dict(o, _current_indent_level)
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            o = _default(o)
            yield from _iterencode(o, _current_indent_level)
            if markers is not None:
                del markers[markerid]

    return _iterencode
