"""A collection of string constants (PyAot's string module).

The constants, capwords(), Template and Formatter as CPython 3.12 documents them: Template with CPython's pattern
and messages (a class's pattern made when the class is, by __init_subclass__), Formatter parsing format strings as
CPython's _string.formatter_parser and formatter_field_name_split do (Objects/stringlib/unicode_format.h), with
their messages.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import re as _re
from collections import ChainMap as _ChainMap

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# -- _string's parsers ----------------------------------------------------------------------------------------------

def _integer(text):
    """A field name part made of decimal digits is an index (get_integer); anything else stays text (-1)."""
    if not text or not all('0' <= c <= '9' for c in text):
        return -1
    value = int(text)
    if value > 9223372036854775807:
        raise ValueError("Too many decimal digits in format string")
    return value


def _parse_field(s, pos):
    """parse_field: the field after a '{' at pos: (field_name, format_spec, conversion, position after it)."""
    end = len(s)
    start = pos
    c = ''
    while pos < end:
        c = s[pos]
        pos += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while pos < end and s[pos] != ']':
                pos += 1
            continue
        if c in '}:!':
            break
    # (Also when the string ends first: its last character is then not part of the name.)
    field_name = s[start:pos - 1] if pos > start else ''
    conversion = None
    if c == '!' or c == ':':
        if c == '!':
            if pos >= end:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[pos]
            pos += 1
            if pos < end:
                c = s[pos]
                pos += 1
                if c == '}':
                    return field_name, '', conversion, pos
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = pos
        count = 1
        while pos < end:
            c = s[pos]
            pos += 1
            if c == '{':
                count += 1
            elif c == '}':
                count -= 1
                if count == 0:
                    return field_name, s[spec_start:pos - 1], conversion, pos
        raise ValueError("unmatched '{' in format spec")
    if c != '}':
        raise ValueError("expected '}' before end of string")
    return field_name, '', conversion, pos


def _formatter_parser(s):
    """_string.formatter_parser: (literal_text, field_name, format_spec, conversion) for each piece."""
    end = len(s)
    pos = 0
    while pos < end:
        start = pos
        c = ''
        markup_follows = False
        while pos < end:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                markup_follows = True
                break
        at_end = pos >= end
        length = pos - start
        if c == '}' and markup_follows and (at_end or s[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{' and markup_follows:
            raise ValueError("Single '{' encountered in format string")
        if markup_follows and not at_end:
            if s[pos] == c:
                # An escaped brace: one of it in the literal text, no field.
                pos += 1
                markup_follows = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup_follows:
            yield literal, None, None, None
            continue
        field_name, format_spec, conversion, pos = _parse_field(s, pos)
        yield literal, field_name, format_spec, conversion


def _field_name_rest(s, pos):
    end = len(s)
    while pos < end:
        c = s[pos]
        pos += 1
        if c == '.':
            start = pos
            while pos < end and s[pos] not in '.[':
                pos += 1
            name = s[start:pos]
            if not name:
                raise ValueError("Empty attribute in format string")
            yield True, name
        elif c == '[':
            start = pos
            while pos < end and s[pos] != ']':
                pos += 1
            if pos >= end:
                raise ValueError("Missing ']' in format string")
            name = s[start:pos]
            pos += 1
            if not name:
                raise ValueError("Empty attribute in format string")
            index = _integer(name)
            yield False, (index if index != -1 else name)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _formatter_field_name_split(field_name):
    """_string.formatter_field_name_split: the first part (an int when all digits) and an iterator of
    (is_attribute, key) for the rest."""
    i = 0
    while i < len(field_name) and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    index = _integer(first)
    return (index if index != -1 else first), _field_name_rest(field_name, i)


####################################################################
_sentinel_dict = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # r'[a-z]' matches to non-ASCII letters when used with IGNORECASE, but without the ASCII flag.  We can't add
    # re.ASCII to flags because of backward compatibility.  So we use the ?a local flag and [a-z] pattern.
    # See https://bugs.python.org/issue31672
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = _re.escape(cls.delimiter)
            id = cls.idpattern
            bid = cls.braceidpattern or cls.idpattern
            pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |   # Escape sequence of two delimiters
              (?P<named>{id})       |   # delimiter and a Python identifier
              {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
              (?P<invalid>)             # Other ill-formed delimiter exprs
            )
            """
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    # Search for $$, $identifier, ${identifier}, and any bare $'s

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        # Helper function for .sub()
        def convert(mo):
            # Check the most common path first.
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        # Helper function for .sub()
        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None
                    and mo.group('braced') is None
                    and mo.group('escaped') is None):
                # If all the groups are None, there must be another group we're not expecting
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                # add a named group only the first time it appears
                ids.append(named)
            elif (named is None
                    and mo.group('invalid') is None
                    and mo.group('escaped') is None):
                # If all the groups are None, there must be another group we're not expecting
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        return ids


# Initialize Template.pattern.  __init_subclass__() is automatically called only for subclasses, not for the
# Template class itself.
Template.__init_subclass__()


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                # An empty field name takes the next argument; numbered and automatic fields do not mix.
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                            recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
