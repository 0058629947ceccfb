"""The regular-expression parser (PyAot's re._parser).

Turns a pattern into the tree re._compiler compiles: a SubPattern, a list of (opcode, argument) pairs, with the
groups, names and widths the compiler and the engine need. The grammar, the tree, the prefix and character-set
factoring of alternatives and every message and position of re.error are CPython 3.12's (Lib/re/_parser.py).
Differences: a \\N{...} escape raises NotImplementedError (there is no unicodedata module to look the name up in yet).
"""

from re._constants import *

SPECIAL_CHARS = ".\\[{()*+?^$|"
REPEAT_CHARS = "*+?{"

DIGITS = frozenset("0123456789")

OCTDIGITS = frozenset("01234567")
HEXDIGITS = frozenset("0123456789abcdefABCDEF")
ASCIILETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

WHITESPACE = frozenset(" \t\n\r\v\f")

_REPEATCODES = frozenset({MIN_REPEAT, MAX_REPEAT, POSSESSIVE_REPEAT})
_UNITCODES = frozenset({ANY, RANGE, IN, LITERAL, NOT_LITERAL, CATEGORY})

ESCAPES = {
    r"\a": (LITERAL, ord("\a")),
    r"\b": (LITERAL, ord("\b")),
    r"\f": (LITERAL, ord("\f")),
    r"\n": (LITERAL, ord("\n")),
    r"\r": (LITERAL, ord("\r")),
    r"\t": (LITERAL, ord("\t")),
    r"\v": (LITERAL, ord("\v")),
    r"\\": (LITERAL, ord("\\"))
}

CATEGORIES = {
    r"\A": (AT, AT_BEGINNING_STRING),  # start of string
    r"\b": (AT, AT_BOUNDARY),
    r"\B": (AT, AT_NON_BOUNDARY),
    r"\d": (IN, [(CATEGORY, CATEGORY_DIGIT)]),
    r"\D": (IN, [(CATEGORY, CATEGORY_NOT_DIGIT)]),
    r"\s": (IN, [(CATEGORY, CATEGORY_SPACE)]),
    r"\S": (IN, [(CATEGORY, CATEGORY_NOT_SPACE)]),
    r"\w": (IN, [(CATEGORY, CATEGORY_WORD)]),
    r"\W": (IN, [(CATEGORY, CATEGORY_NOT_WORD)]),
    r"\Z": (AT, AT_END_STRING),  # end of string
}

FLAGS = {
    # standard flags
    "i": SRE_FLAG_IGNORECASE,
    "L": SRE_FLAG_LOCALE,
    "m": SRE_FLAG_MULTILINE,
    "s": SRE_FLAG_DOTALL,
    "x": SRE_FLAG_VERBOSE,
    # extensions
    "a": SRE_FLAG_ASCII,
    "t": SRE_FLAG_TEMPLATE,
    "u": SRE_FLAG_UNICODE,
}

TYPE_FLAGS = SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE
GLOBAL_FLAGS = SRE_FLAG_DEBUG | SRE_FLAG_TEMPLATE

# Maximal value returned by SubPattern.getwidth(); must be larger than MAXREPEAT, MAXCODE and sys.maxsize.
MAXWIDTH = 1 << 64


class State:
    """What parsing a pattern has learned so far: its flags, its groups, their names and widths."""

    def __init__(self):
        self.flags = 0
        self.groupdict = {}
        self.groupwidths = [None]  # group 0
        self.lookbehindgroups = None
        self.grouprefpos = {}

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name=None):
        gid = self.groups
        self.groupwidths.append(None)
        if self.groups > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            ogid = self.groupdict.get(name, None)
            if ogid is not None:
                raise error("redefinition of group name %r as group %d; "
                            "was group %d" % (name, gid, ogid))
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, p):
        self.groupwidths[gid] = p.getwidth()

    def checkgroup(self, gid):
        return gid < self.groups and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise source.error('cannot refer to an open group')
            if gid >= self.lookbehindgroups:
                raise source.error('cannot refer to group defined in the same '
                                   'lookbehind subpattern')


class SubPattern:
    """A parsed (sub)pattern: a list of (opcode, argument) pairs."""

    def __init__(self, state, data=None):
        self.state = state
        if data is None:
            data = []
        self.data = data
        self.width = None

    def dump(self, level=0):
        seqtypes = (tuple, list)
        for op, av in self.data:
            print(level * "  " + str(op), end='')
            if op is IN:
                # member sublanguage
                print()
                for op, a in av:
                    print((level + 1) * "  " + str(op), a)
            elif op is BRANCH:
                print()
                for i, a in enumerate(av[1]):
                    if i:
                        print(level * "  " + "OR")
                    a.dump(level + 1)
            elif op is GROUPREF_EXISTS:
                condgroup, item_yes, item_no = av
                print('', condgroup)
                item_yes.dump(level + 1)
                if item_no:
                    print(level * "  " + "ELSE")
                    item_no.dump(level + 1)
            elif isinstance(av, SubPattern):
                print()
                av.dump(level + 1)
            elif isinstance(av, seqtypes):
                nl = False
                for a in av:
                    if isinstance(a, SubPattern):
                        if not nl:
                            print()
                        a.dump(level + 1)
                        nl = True
                    else:
                        if not nl:
                            print(' ', end='')
                        print(a, end='')
                        nl = False
                if not nl:
                    print()
            else:
                print('', av)

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __delitem__(self, index):
        del self.data[index]

    def __getitem__(self, index):
        if isinstance(index, slice):
            return SubPattern(self.state, self.data[index])
        return self.data[index]

    def __setitem__(self, index, code):
        self.data[index] = code

    def insert(self, index, code):
        self.data.insert(index, code)

    def append(self, code):
        self.data.append(code)

    def getwidth(self):
        """The least and the most characters the pattern can match (MAXWIDTH for no limit)."""
        if self.width is not None:
            return self.width
        lo = hi = 0
        for op, av in self.data:
            if op is BRANCH:
                i = MAXWIDTH
                j = 0
                for alternative in av[1]:
                    l, h = alternative.getwidth()
                    i = min(i, l)
                    j = max(j, h)
                lo = lo + i
                hi = hi + j
            elif op is ATOMIC_GROUP:
                i, j = av.getwidth()
                lo = lo + i
                hi = hi + j
            elif op is SUBPATTERN:
                i, j = av[-1].getwidth()
                lo = lo + i
                hi = hi + j
            elif op in _REPEATCODES:
                i, j = av[2].getwidth()
                lo = lo + i * av[0]
                if av[1] == MAXREPEAT and j:
                    hi = MAXWIDTH
                else:
                    hi = hi + j * av[1]
            elif op in _UNITCODES:
                lo = lo + 1
                hi = hi + 1
            elif op is GROUPREF:
                i, j = self.state.groupwidths[av]
                lo = lo + i
                hi = hi + j
            elif op is GROUPREF_EXISTS:
                i, j = av[1].getwidth()
                if av[2] is not None:
                    l, h = av[2].getwidth()
                    i = min(i, l)
                    j = max(j, h)
                else:
                    i = 0
                lo = lo + i
                hi = hi + j
            elif op is SUCCESS:
                break
        self.width = min(lo, MAXWIDTH), min(hi, MAXWIDTH)
        return self.width


class Tokenizer:
    """The pattern's characters, a backslash and the character after it read as one token."""

    def __init__(self, string):
        self.istext = isinstance(string, str)
        self.string = string
        if not self.istext:
            string = str(string, 'latin1')
        self.decoded_string = string
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        index = self.index
        if index >= len(self.decoded_string):
            self.next = None
            return
        char = self.decoded_string[index]
        if char == "\\":
            index += 1
            if index >= len(self.decoded_string):
                raise error("bad escape (end of pattern)",
                            self.string, len(self.string) - 1)
            char += self.decoded_string[index]
        self.index = index + 1
        self.next = char

    def match(self, char):
        if char == self.next:
            self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def getwhile(self, n, charset):
        result = ''
        for _ in range(n):
            c = self.next
            if c not in charset:
                break
            result += c
            self._advance()
        return result

    def getuntil(self, terminator, name):
        result = ''
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator,
                                 len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result

    @property
    def pos(self):
        return self.index - len(self.next or '')

    def tell(self):
        return self.index - len(self.next or '')

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        if not self.istext:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, self.string, self.tell() - offset)

    def checkgroupname(self, name, offset):
        if not (self.istext or name.isascii()):
            msg = "bad character in group name %a" % name
            raise self.error(msg, len(name) + offset)
        if not name.isidentifier():
            msg = "bad character in group name %r" % name
            raise self.error(msg, len(name) + offset)


def _named_character(source):
    # \N{name}: CPython looks the name up with unicodedata, which PyAot does not have yet.
    if not source.match('{'):
        raise source.error("missing {")
    source.getuntil('}', 'character name')
    raise NotImplementedError("\\N{...} escapes in regular expressions are not supported yet "
                              "(PyAot has no unicodedata module)")


# \x takes exactly two hexadecimal digits, \u four and \U eight (the last two in str patterns only).
_HEX_ESCAPE_DIGITS = {"x": 2, "u": 4, "U": 8}


def _hex_escape(source, escape, c):
    # a hexadecimal escape, inside or outside a character set
    digits = _HEX_ESCAPE_DIGITS[c]
    escape += source.getwhile(digits, HEXDIGITS)
    if len(escape) != digits + 2:
        raise source.error("incomplete escape %s" % escape, len(escape))
    c = int(escape[2:], 16)
    if c > 0x10ffff:
        # (CPython's chr() refuses it, and the escape is a bad one)
        raise source.error("bad escape %s" % escape, len(escape))
    return LITERAL, c


def _class_escape(source, escape):
    # handle escape code inside character class
    code = ESCAPES.get(escape)
    if code:
        return code
    code = CATEGORIES.get(escape)
    if code and code[0] is IN:
        return code
    c = escape[1:2]
    if c in _HEX_ESCAPE_DIGITS and (c == "x" or source.istext):
        return _hex_escape(source, escape, c)
    elif c == "N" and source.istext:
        _named_character(source)
    elif c in OCTDIGITS:
        # octal escape (up to three digits)
        escape += source.getwhile(2, OCTDIGITS)
        c = int(escape[1:], 8)
        if c > 0o377:
            raise source.error('octal escape value %s outside of '
                               'range 0-0o377' % escape, len(escape))
        return LITERAL, c
    elif c in DIGITS:
        raise source.error("bad escape %s" % escape, len(escape))
    if len(escape) == 2:
        if c in ASCIILETTERS:
            raise source.error('bad escape %s' % escape, len(escape))
        return LITERAL, ord(escape[1])
    raise source.error("bad escape %s" % escape, len(escape))


def _escape(source, escape, state):
    # handle escape code in expression
    code = CATEGORIES.get(escape)
    if code:
        return code
    code = ESCAPES.get(escape)
    if code:
        return code
    c = escape[1:2]
    if c in _HEX_ESCAPE_DIGITS and (c == "x" or source.istext):
        return _hex_escape(source, escape, c)
    elif c == "N" and source.istext:
        _named_character(source)
    elif c == "0":
        # octal escape
        escape += source.getwhile(2, OCTDIGITS)
        return LITERAL, int(escape[1:], 8)
    elif c in DIGITS:
        # octal escape *or* decimal group reference (sigh)
        if source.next in DIGITS:
            escape += source.get()
            if (escape[1] in OCTDIGITS and escape[2] in OCTDIGITS and
                    source.next in OCTDIGITS):
                # got three octal digits; this is an octal escape
                escape += source.get()
                c = int(escape[1:], 8)
                if c > 0o377:
                    raise source.error('octal escape value %s outside of '
                                       'range 0-0o377' % escape,
                                       len(escape))
                return LITERAL, c
        # not an octal escape, so this is a group reference
        group = int(escape[1:])
        if group < state.groups:
            if not state.checkgroup(group):
                raise source.error("cannot refer to an open group",
                                   len(escape))
            state.checklookbehindgroup(group, source)
            return GROUPREF, group
        raise source.error("invalid group reference %d" % group, len(escape) - 1)
    if len(escape) == 2:
        if c in ASCIILETTERS:
            raise source.error("bad escape %s" % escape, len(escape))
        return LITERAL, ord(escape[1])
    raise source.error("bad escape %s" % escape, len(escape))


def _uniq(items):
    return list(dict.fromkeys(items))


def _parse_sub(source, state, verbose, nested):
    # parse an alternation: a|b|c

    items = []
    start = source.tell()
    while True:
        items.append(_parse(source, state, verbose, nested + 1,
                            not nested and not items))
        if not source.match("|"):
            break
        if not nested:
            verbose = state.flags & SRE_FLAG_VERBOSE

    if len(items) == 1:
        return items[0]

    subpattern = SubPattern(state)

    # check if all items share a common prefix
    while True:
        prefix = None
        common = True
        for item in items:
            if not item:
                common = False
                break
            if prefix is None:
                prefix = item[0]
            elif item[0] != prefix:
                common = False
                break
        if not common:
            break
        # all subitems start with a common "prefix": move it out of the branch
        for item in items:
            del item[0]
        subpattern.append(prefix)

    # check if the branch can be replaced by a character set
    set = []
    for item in items:
        if len(item) != 1:
            break
        op, av = item[0]
        if op is LITERAL:
            set.append((op, av))
        elif op is IN and av[0][0] is not NEGATE:
            set.extend(av)
        else:
            break
    else:
        # we can store this as a character set instead of a branch (the compiler may optimize this even more)
        subpattern.append((IN, _uniq(set)))
        return subpattern

    subpattern.append((BRANCH, (None, items)))
    return subpattern


def _parse_set(source, state, nested):
    # a character set, after its "[" (a function of its own, where CPython's is inline in _parse: its warnings' stack
    # levels count one frame more than CPython's to name the same caller)
    here = source.tell() - 1
    set = []
    if source.next == '[':
        import warnings
        warnings.warn(
            'Possible nested set at position %d' % source.tell(),
            FutureWarning, stacklevel=nested + 7
        )
    negate = source.match("^")
    while True:
        this = source.get()
        if this is None:
            raise source.error("unterminated character set",
                               source.tell() - here)
        if this == "]" and set:
            break
        elif this[0] == "\\":
            code1 = _class_escape(source, this)
        else:
            if set and this in '-&~|' and source.next == this:
                import warnings
                warnings.warn(
                    'Possible set %s at position %d' % (
                        'difference' if this == '-' else
                        'intersection' if this == '&' else
                        'symmetric difference' if this == '~' else
                        'union',
                        source.tell() - 1),
                    FutureWarning, stacklevel=nested + 7
                )
            code1 = LITERAL, ord(this)
        if source.match("-"):
            # potential range
            that = source.get()
            if that is None:
                raise source.error("unterminated character set",
                                   source.tell() - here)
            if that == "]":
                if code1[0] is IN:
                    code1 = code1[1][0]
                set.append(code1)
                set.append((LITERAL, ord("-")))
                break
            if that[0] == "\\":
                code2 = _class_escape(source, that)
            else:
                if that == '-':
                    import warnings
                    warnings.warn(
                        'Possible set difference at position %d' % (
                            source.tell() - 2),
                        FutureWarning, stacklevel=nested + 7
                    )
                code2 = LITERAL, ord(that)
            if code1[0] != LITERAL or code2[0] != LITERAL:
                msg = "bad character range %s-%s" % (this, that)
                raise source.error(msg, len(this) + 1 + len(that))
            lo = code1[1]
            hi = code2[1]
            if hi < lo:
                msg = "bad character range %s-%s" % (this, that)
                raise source.error(msg, len(this) + 1 + len(that))
            set.append((RANGE, (lo, hi)))
        else:
            if code1[0] is IN:
                code1 = code1[1][0]
            set.append(code1)
    set = _uniq(set)
    # XXX: <fl> should move set optimization to compiler!
    if len(set) == 1 and set[0][0] is LITERAL:
        # optimization
        if negate:
            return (NOT_LITERAL, set[0][1])
        return set[0]
    if negate:
        set.insert(0, (NEGATE, None))
    # charmap optimization can't be added here because global flags still are not known
    return (IN, set)


def _parse_repeat(source, subpattern, this):
    # a repeat after an item: *, +, ?, {m,n}; False when "{" turns out to be a literal
    here = source.tell()
    if this == "?":
        min, max = 0, 1
    elif this == "*":
        min, max = 0, MAXREPEAT
    elif this == "+":
        min, max = 1, MAXREPEAT
    else:
        if source.next == "}":
            subpattern.append((LITERAL, ord(this)))
            return
        min, max = 0, MAXREPEAT
        lo = hi = ""
        while source.next in DIGITS:
            lo += source.get()
        if source.match(","):
            while source.next in DIGITS:
                hi += source.get()
        else:
            hi = lo
        if not source.match("}"):
            subpattern.append((LITERAL, ord(this)))
            source.seek(here)
            return
        if lo:
            min = int(lo)
            if min >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
        if hi:
            max = int(hi)
            if max >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
            if max < min:
                raise source.error("min repeat greater than max repeat",
                                   source.tell() - here)
    # figure out which item to repeat
    if subpattern:
        item = subpattern[-1:]
    else:
        item = None
    if not item or item[0][0] is AT:
        raise source.error("nothing to repeat",
                           source.tell() - here + len(this))
    if item[0][0] in _REPEATCODES:
        raise source.error("multiple repeat",
                           source.tell() - here + len(this))
    if item[0][0] is SUBPATTERN:
        group, add_flags, del_flags, p = item[0][1]
        if group is None and not add_flags and not del_flags:
            item = p
    if source.match("?"):
        # Non-Greedy Match
        subpattern[-1] = (MIN_REPEAT, (min, max, item))
    elif source.match("+"):
        # Possessive Match (Always Greedy)
        subpattern[-1] = (POSSESSIVE_REPEAT, (min, max, item))
    else:
        # Greedy Match
        subpattern[-1] = (MAX_REPEAT, (min, max, item))


def _parse(source, state, verbose, nested, first=False):
    # parse a simple pattern
    subpattern = SubPattern(state)

    while True:

        this = source.next
        if this is None:
            break  # end of pattern
        if this in "|)":
            break  # end of subpattern
        source.get()

        if verbose:
            # skip whitespace and comments
            if this in WHITESPACE:
                continue
            if this == "#":
                while True:
                    this = source.get()
                    if this is None or this == "\n":
                        break
                continue

        if this[0] == "\\":
            subpattern.append(_escape(source, this, state))

        elif this not in SPECIAL_CHARS:
            subpattern.append((LITERAL, ord(this)))

        elif this == "[":
            subpattern.append(_parse_set(source, state, nested))

        elif this in REPEAT_CHARS:
            _parse_repeat(source, subpattern, this)

        elif this == ".":
            subpattern.append((ANY, None))

        elif this == "(":
            start = source.tell() - 1
            capture = True
            atomic = False
            name = None
            add_flags = 0
            del_flags = 0
            if source.match("?"):
                # options
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                if char == "P":
                    # python extensions
                    if source.match("<"):
                        # named group: skip forward to end of name
                        name = source.getuntil(">", "group name")
                        source.checkgroupname(name, 1)
                    elif source.match("="):
                        # named backreference
                        name = source.getuntil(")", "group name")
                        source.checkgroupname(name, 1)
                        gid = state.groupdict.get(name)
                        if gid is None:
                            msg = "unknown group name %r" % name
                            raise source.error(msg, len(name) + 1)
                        if not state.checkgroup(gid):
                            raise source.error("cannot refer to an open group",
                                               len(name) + 1)
                        state.checklookbehindgroup(gid, source)
                        subpattern.append((GROUPREF, gid))
                        continue

                    else:
                        char = source.get()
                        if char is None:
                            raise source.error("unexpected end of pattern")
                        raise source.error("unknown extension ?P" + char,
                                           len(char) + 2)
                elif char == ":":
                    # non-capturing group
                    capture = False
                elif char == "#":
                    # comment
                    while True:
                        if source.next is None:
                            raise source.error("missing ), unterminated comment",
                                               source.tell() - start)
                        if source.get() == ")":
                            break
                    continue

                elif char in "=!<":
                    # lookahead assertions
                    dir = 1
                    lookbehindgroups = None
                    if char == "<":
                        char = source.get()
                        if char is None:
                            raise source.error("unexpected end of pattern")
                        if char not in "=!":
                            raise source.error("unknown extension ?<" + char,
                                               len(char) + 2)
                        dir = -1  # lookbehind
                        lookbehindgroups = state.lookbehindgroups
                        if lookbehindgroups is None:
                            state.lookbehindgroups = state.groups
                    p = _parse_sub(source, state, verbose, nested + 1)
                    if dir < 0:
                        if lookbehindgroups is None:
                            state.lookbehindgroups = None
                    if not source.match(")"):
                        raise source.error("missing ), unterminated subpattern",
                                           source.tell() - start)
                    if char == "=":
                        subpattern.append((ASSERT, (dir, p)))
                    else:
                        subpattern.append((ASSERT_NOT, (dir, p)))
                    continue

                elif char == "(":
                    # conditional backreference group
                    condname = source.getuntil(")", "group name")
                    if not (condname.isdecimal() and condname.isascii()):
                        source.checkgroupname(condname, 1)
                        condgroup = state.groupdict.get(condname)
                        if condgroup is None:
                            msg = "unknown group name %r" % condname
                            raise source.error(msg, len(condname) + 1)
                    else:
                        condgroup = int(condname)
                        if not condgroup:
                            raise source.error("bad group number",
                                               len(condname) + 1)
                        if condgroup >= MAXGROUPS:
                            msg = "invalid group reference %d" % condgroup
                            raise source.error(msg, len(condname) + 1)
                        if condgroup not in state.grouprefpos:
                            state.grouprefpos[condgroup] = (
                                source.tell() - len(condname) - 1
                            )
                    state.checklookbehindgroup(condgroup, source)
                    item_yes = _parse(source, state, verbose, nested + 1)
                    if source.match("|"):
                        item_no = _parse(source, state, verbose, nested + 1)
                        if source.next == "|":
                            raise source.error("conditional backref with more than two branches")
                    else:
                        item_no = None
                    if not source.match(")"):
                        raise source.error("missing ), unterminated subpattern",
                                           source.tell() - start)
                    subpattern.append((GROUPREF_EXISTS, (condgroup, item_yes, item_no)))
                    continue

                elif char == ">":
                    # non-capturing, atomic group
                    capture = False
                    atomic = True
                elif char in FLAGS or char == "-":
                    # flags
                    flags = _parse_flags(source, state, char)
                    if flags is None:  # global flags
                        if not first or subpattern:
                            raise source.error('global flags not at the start '
                                               'of the expression',
                                               source.tell() - start)
                        verbose = state.flags & SRE_FLAG_VERBOSE
                        continue

                    add_flags, del_flags = flags
                    capture = False
                else:
                    raise source.error("unknown extension ?" + char,
                                       len(char) + 1)

            # parse group contents
            if capture:
                try:
                    group = state.opengroup(name)
                except error as err:
                    raise source.error(err.msg, len(name) + 1) from None
            else:
                group = None
            sub_verbose = ((verbose or (add_flags & SRE_FLAG_VERBOSE)) and
                           not (del_flags & SRE_FLAG_VERBOSE))
            p = _parse_sub(source, state, sub_verbose, nested + 1)
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern",
                                   source.tell() - start)
            if group is not None:
                state.closegroup(group, p)
            if atomic:
                subpattern.append((ATOMIC_GROUP, p))
            else:
                subpattern.append((SUBPATTERN, (group, add_flags, del_flags, p)))

        elif this == "^":
            subpattern.append((AT, AT_BEGINNING))

        else:  # this == "$"
            subpattern.append((AT, AT_END))

    # unpack non-capturing groups
    for i in range(len(subpattern) - 1, -1, -1):
        op, av = subpattern[i]
        if op is SUBPATTERN:
            group, add_flags, del_flags, p = av
            if group is None and not add_flags and not del_flags:
                subpattern.data[i: i + 1] = p.data
    return subpattern


def _parse_flags(source, state, char):
    add_flags = 0
    del_flags = 0
    if char != "-":
        while True:
            flag = FLAGS[char]
            if source.istext:
                if char == 'L':
                    msg = "bad inline flags: cannot use 'L' flag with a str pattern"
                    raise source.error(msg)
            else:
                if char == 'u':
                    msg = "bad inline flags: cannot use 'u' flag with a bytes pattern"
                    raise source.error(msg)
            add_flags |= flag
            if (flag & TYPE_FLAGS) and (add_flags & TYPE_FLAGS) != flag:
                msg = "bad inline flags: flags 'a', 'u' and 'L' are incompatible"
                raise source.error(msg)
            char = source.get()
            if char is None:
                raise source.error("missing -, : or )")
            if char in ")-:":
                break
            if char not in FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing -, : or )"
                raise source.error(msg, len(char))
    if char == ")":
        state.flags |= add_flags
        return None
    if add_flags & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if char == "-":
        char = source.get()
        if char is None:
            raise source.error("missing flag")
        if char not in FLAGS:
            msg = "unknown flag" if char.isalpha() else "missing flag"
            raise source.error(msg, len(char))
        while True:
            flag = FLAGS[char]
            if flag & TYPE_FLAGS:
                msg = "bad inline flags: cannot turn off flags 'a', 'u' and 'L'"
                raise source.error(msg)
            del_flags |= flag
            char = source.get()
            if char is None:
                raise source.error("missing :")
            if char == ":":
                break
            if char not in FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing :"
                raise source.error(msg, len(char))
    if del_flags & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add_flags & del_flags:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return add_flags, del_flags


def fix_flags(src, flags):
    # Check and fix flags according to the type of pattern (str or bytes)
    if isinstance(src, str):
        if flags & SRE_FLAG_LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & SRE_FLAG_ASCII:
            flags |= SRE_FLAG_UNICODE
        elif flags & SRE_FLAG_UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & SRE_FLAG_UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & SRE_FLAG_LOCALE and flags & SRE_FLAG_ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


def parse(str, flags=0, state=None):
    # parse 're' pattern into list of (opcode, argument) tuples

    source = Tokenizer(str)

    if state is None:
        state = State()
    state.flags = flags
    state.str = str

    p = _parse_sub(source, state, flags & SRE_FLAG_VERBOSE, 0)
    p.state.flags = fix_flags(str, p.state.flags)

    if source.next is not None:
        raise source.error("unbalanced parenthesis")

    for g in p.state.grouprefpos:
        if g >= p.state.groups:
            msg = "invalid group reference %d" % g
            raise error(msg, str, p.state.grouprefpos[g])

    if flags & SRE_FLAG_DEBUG:
        p.dump()

    return p


def parse_template(source, pattern):
    # parse 're' replacement string into list of literals and group references
    s = Tokenizer(source)
    result = []
    literal = []

    def addliteral():
        if s.istext:
            result.append(''.join(literal))
        else:
            # The tokenizer implicitly decodes bytes objects as latin-1, we must therefore re-encode the final
            # representation.
            result.append(''.join(literal).encode('latin-1'))
        del literal[:]

    def addgroup(index, pos):
        if index > pattern.groups:
            raise s.error("invalid group reference %d" % index, pos)
        addliteral()
        result.append(index)

    groupindex = pattern.groupindex
    while True:
        this = s.get()
        if this is None:
            break  # end of replacement string
        if this[0] == "\\":
            c = this[1]
            if c == "g":
                if not s.match("<"):
                    raise s.error("missing <")
                name = s.getuntil(">", "group name")
                if not (name.isdecimal() and name.isascii()):
                    s.checkgroupname(name, 1)
                    if name not in groupindex:
                        raise IndexError("unknown group name %r" % name)
                    index = groupindex[name]
                else:
                    index = int(name)
                    if index >= MAXGROUPS:
                        raise s.error("invalid group reference %d" % index,
                                      len(name) + 1)
                addgroup(index, len(name) + 1)
            elif c == "0":
                if s.next in OCTDIGITS:
                    this += s.get()
                    if s.next in OCTDIGITS:
                        this += s.get()
                literal.append(chr(int(this[1:], 8) & 0xff))
            elif c in DIGITS:
                isoctal = False
                if s.next in DIGITS:
                    this += s.get()
                    if (c in OCTDIGITS and this[2] in OCTDIGITS and
                            s.next in OCTDIGITS):
                        this += s.get()
                        isoctal = True
                        c = int(this[1:], 8)
                        if c > 0o377:
                            raise s.error('octal escape value %s outside of '
                                          'range 0-0o377' % this, len(this))
                        literal.append(chr(c))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            else:
                if this in ESCAPES:
                    this = chr(ESCAPES[this][1])
                elif c in ASCIILETTERS:
                    raise s.error('bad escape %s' % this, len(this))
                literal.append(this)
        else:
            literal.append(this)
    addliteral()
    return result
