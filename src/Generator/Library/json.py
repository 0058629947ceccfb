r"""JSON (JavaScript Object Notation) <https://json.org> is a subset of
JavaScript syntax (ECMA-262 3rd edition) used as a lightweight data
interchange format (PyAot's json module).

The interface of CPython 3.12's json package, with the behaviour it has with its C accelerator (_json): dumps,
dump, loads, load, JSONEncoder, JSONDecoder, JSONDecodeError and detect_encoding, and the submodules json.decoder,
json.encoder and json.scanner. Bytes given to loads are decoded from UTF-8, UTF-16 or UTF-32 (detect_encoding)
here, in Python, with the 'surrogatepass' error handler CPython uses.
"""
__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

__author__ = 'Bob Ippolito <bob@redivi.com>'

from json.decoder import JSONDecoder, JSONDecodeError
from json.encoder import JSONEncoder

_default_encoder = JSONEncoder(
    skipkeys=False,
    ensure_ascii=True,
    check_circular=True,
    allow_nan=True,
    indent=None,
    separators=None,
    default=None,
)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
        allow_nan=True, cls=None, indent=None, separators=None,
        default=None, sort_keys=False, **kw):
    """Serialize ``obj`` as a JSON formatted stream to ``fp`` (a
    ``.write()``-supporting file-like object).

    The options are those of ``dumps``. To use a custom ``JSONEncoder``
    subclass (e.g. one that overrides the ``.default()`` method to serialize
    additional types), specify it with the ``cls`` kwarg; otherwise
    ``JSONEncoder`` is used.
    """
    if (not skipkeys and ensure_ascii and
        check_circular and allow_nan and
        cls is None and indent is None and separators is None and
        default is None and not sort_keys and not kw):
        iterable = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
            check_circular=check_circular, allow_nan=allow_nan, indent=indent,
            separators=separators,
            default=default, sort_keys=sort_keys, **kw).iterencode(obj)
    # Written chunk by chunk: what was written before an error stays written, as in CPython.
    for chunk in iterable:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
        allow_nan=True, cls=None, indent=None, separators=None,
        default=None, sort_keys=False, **kw):
    """Serialize ``obj`` to a JSON formatted ``str``.

    If ``skipkeys`` is true then ``dict`` keys that are not basic types
    (``str``, ``int``, ``float``, ``bool``, ``None``) will be skipped
    instead of raising a ``TypeError``.

    If ``ensure_ascii`` is false, then the return value can contain non-ASCII
    characters if they appear in strings contained in ``obj``. Otherwise, all
    such characters are escaped in JSON strings.

    If ``check_circular`` is false, then the circular reference check
    for container types will be skipped and a circular reference will
    result in an ``RecursionError`` (or worse).

    If ``allow_nan`` is false, then it will be a ``ValueError`` to
    serialize out of range ``float`` values (``nan``, ``inf``, ``-inf``) in
    strict compliance of the JSON specification, instead of using the
    JavaScript equivalents (``NaN``, ``Infinity``, ``-Infinity``).

    If ``indent`` is a non-negative integer, then JSON array elements and
    object members will be pretty-printed with that indent level. An indent
    level of 0 will only insert newlines. ``None`` is the most compact
    representation.

    If specified, ``separators`` should be an ``(item_separator, key_separator)``
    tuple.  The default is ``(', ', ': ')`` if *indent* is ``None`` and
    ``(',', ': ')`` otherwise.  To get the most compact JSON representation,
    you should specify ``(',', ':')`` to eliminate whitespace.

    ``default(obj)`` is a function that should return a serializable version
    of obj or raise TypeError. The default simply raises TypeError.

    If *sort_keys* is true (default: ``False``), then the output of
    dictionaries will be sorted by key.

    To use a custom ``JSONEncoder`` subclass (e.g. one that overrides the
    ``.default()`` method to serialize additional types), specify it with
    the ``cls`` kwarg; otherwise ``JSONEncoder`` is used.
    """
    if (not skipkeys and ensure_ascii and
        check_circular and allow_nan and
        cls is None and indent is None and separators is None and
        default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys,
        **kw).encode(obj)


_default_decoder = JSONDecoder(object_hook=None, object_pairs_hook=None)


def detect_encoding(b):
    """The encoding of the JSON bytes b: UTF-32, UTF-16 or UTF-8 by a BOM, else by where the first characters'
    zero bytes are (a JSON text starts with ASCII characters)."""
    if b[:4] == b'\x00\x00\xfe\xff' or b[:4] == b'\xff\xfe\x00\x00':
        return 'utf-32'
    if b[:2] == b'\xfe\xff' or b[:2] == b'\xff\xfe':
        return 'utf-16'
    if b[:3] == b'\xef\xbb\xbf':
        return 'utf-8-sig'

    if len(b) >= 4:
        if not b[0]:
            # 00 00 -- -- - utf-32-be
            # 00 XX -- -- - utf-16-be
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            # XX 00 00 00 - utf-32-le
            # XX 00 00 XX - utf-16-le
            # XX 00 XX -- - utf-16-le
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            # 00 XX - utf-16-be
            return 'utf-16-be'
        if not b[1]:
            # XX 00 - utf-16-le
            return 'utf-16-le'
    # default
    return 'utf-8'


def _decode_units(b, encoding, start, size, big_endian):
    """The text of the UTF-16 (size 2) or UTF-32 (size 4) code units of b from start, as the codec decodes them with
    'surrogatepass': a high surrogate followed by a low one is one character, lone surrogates stay."""
    n = len(b)
    units = []
    i = start
    while i + size <= n:
        if size == 2:
            unit = (b[i] << 8 | b[i + 1]) if big_endian else (b[i + 1] << 8 | b[i])
        elif big_endian:
            unit = b[i] << 24 | b[i + 1] << 16 | b[i + 2] << 8 | b[i + 3]
        else:
            unit = b[i + 3] << 24 | b[i + 2] << 16 | b[i + 1] << 8 | b[i]
        if unit > 0x10ffff:
            raise UnicodeDecodeError(encoding, b, i, i + size, "code point not in range(0x110000)")
        units.append(unit)
        i += size
    if i < n:
        raise UnicodeDecodeError(encoding, b, i, n, "truncated data")
    chars = []
    k = 0
    count = len(units)
    while k < count:
        unit = units[k]
        if size == 2 and 0xd800 <= unit <= 0xdbff and k + 1 < count and 0xdc00 <= units[k + 1] <= 0xdfff:
            unit = 0x10000 + (((unit - 0xd800) << 10) | (units[k + 1] - 0xdc00))
            k += 1
        chars.append(chr(unit))
        k += 1
    return ''.join(chars)


def _decode_bytes(b):
    """b decoded as loads decodes it: b.decode(detect_encoding(b), 'surrogatepass')."""
    encoding = detect_encoding(b)
    if encoding == 'utf-8':
        return b.decode('utf-8', 'surrogatepass')
    if encoding == 'utf-8-sig':
        return b[3:].decode('utf-8', 'surrogatepass')
    if encoding == 'utf-16':
        return _decode_units(b, encoding, 2, 2, b[0] == 0xfe)
    if encoding == 'utf-32':
        return _decode_units(b, encoding, 4, 4, b[0] == 0)
    return _decode_units(b, encoding, 0, 2 if encoding.startswith('utf-16') else 4, encoding.endswith('be'))


def load(fp, *, cls=None, object_hook=None, parse_float=None,
        parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``fp`` (a ``.read()``-supporting file-like object containing
    a JSON document) to a Python object.

    The options are those of ``loads``.
    """
    return loads(fp.read(),
        cls=cls, object_hook=object_hook,
        parse_float=parse_float, parse_int=parse_int,
        parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
        parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``s`` (a ``str``, ``bytes`` or ``bytearray`` instance
    containing a JSON document) to a Python object.

    ``object_hook`` is an optional function that will be called with the
    result of any object literal decode (a ``dict``). The return value of
    ``object_hook`` will be used instead of the ``dict``.

    ``object_pairs_hook`` is an optional function that will be called with the
    result of any object literal decoded with an ordered list of pairs.  The
    return value of ``object_pairs_hook`` will be used instead of the ``dict``.
    If ``object_hook`` is also defined, the ``object_pairs_hook`` takes priority.

    ``parse_float``, if specified, will be called with the string
    of every JSON float to be decoded. ``parse_int``, if specified, will be
    called with the string of every JSON int to be decoded.
    ``parse_constant``, if specified, will be called with one of the
    following strings: -Infinity, Infinity, NaN.

    To use a custom ``JSONDecoder`` subclass, specify it with the ``cls``
    kwarg; otherwise ``JSONDecoder`` is used.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",
                                  s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = _decode_bytes(s)

    if (cls is None and object_hook is None and
            parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
