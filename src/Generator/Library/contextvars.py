"""Context variables (PyAot's contextvars module).

ContextVar, Token, Context and copy_context as CPython 3.12's C module _contextvars has them (Python/context.c),
with its messages and reprs, written in Python. A Context keeps its variables in a dict that only it changes:
copy() and copy_context() copy that dict (CPython shares an immutable HAMT, so its copy costs nothing; the results
are equal), and ContextVar.set() changes the current context's dict in place, which is what CPython's replacing
of the mapping amounts to for an entered context. A compiled program runs one thread, so there is one current
context, this module's; Context.run() enters another for the duration of a call, which is how asyncio runs
callbacks and tasks in their contexts.
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _Missing()

# ContextVar[int], Token[int] (types.GenericAlias, which this module does not import types for).
_GenericAlias = type(list[int])
_NO_DEFAULT = _Missing()

# Only ContextVar.set() may make a Token.
_token_key = object()


def _no_subclass(cls):
    raise TypeError(f"type '_contextvars.{cls.__name__}' is not an acceptable base type")


class Context:
    """A mapping of context variables to their values."""

    __slots__ = ('_data', '_prev', '_entered')
    __module__ = '_contextvars'

    def __init_subclass__(cls, **kwargs):
        _no_subclass(Context)

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self._data = {}
        self._prev = None
        self._entered = False

    def run(self, callable=_NO_DEFAULT, /, *args, **kwargs):
        global _current
        if callable is _NO_DEFAULT:
            raise TypeError('run() missing 1 required positional argument')
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        self._prev = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __repr__(self):
        return f'<_contextvars.Context object at {id(self):#x}>'

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return self._data[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(list(self._data))

    def get(self, *args):
        if len(args) < 1:
            raise TypeError(f'get expected at least 1 argument, got {len(args)}')
        if len(args) > 2:
            raise TypeError(f'get expected at most 2 arguments, got {len(args)}')
        var = args[0]
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return self._data.get(var, args[1] if len(args) == 2 else None)

    def keys(self):
        return list(self._data.keys())

    def values(self):
        return list(self._data.values())

    def items(self):
        return list(self._data.items())

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    def __hash__(self):
        # (CPython's Context has __hash__ None; the runtime's message would name the class without its module)
        raise TypeError("unhashable type: '_contextvars.Context'")


# The context the program runs in, until Context.run() enters another.
_current = Context()


def copy_context():
    """Return a copy of the current context."""
    return _current.copy()


class ContextVar:
    """A context variable: its value is looked up in the current context."""

    __slots__ = ('_name', '_default', '__weakref__')
    __module__ = '_contextvars'

    def __init_subclass__(cls, **kwargs):
        _no_subclass(ContextVar)

    def __init__(self, *args, default=_NO_DEFAULT):
        if len(args) != 1:
            if not args:
                raise TypeError('ContextVar() takes exactly 1 positional argument (0 given)')
            raise TypeError(f'ContextVar() takes at most 1 positional argument ({len(args)} given)')
        name = args[0]
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def __setattr__(self, name, value):
        if name == 'name':
            raise AttributeError('readonly attribute')
        object.__setattr__(self, name, value)

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        data = _current._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, *args):
        if len(args) != 1:
            raise TypeError(f'ContextVar.set() takes exactly one argument ({len(args)} given)')
        ctx = _current
        data = ctx._data
        old = data.get(self, _MISSING)
        data[self] = args[0]
        return Token(_token_key, ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        if token._ctx is not _current:
            raise ValueError(f'{token!r} was created in a different Context')
        token._used = True
        data = _current._data
        if token._old is _MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old

    def __repr__(self):
        if self._default is _NO_DEFAULT:
            return f'<ContextVar name={self._name!r} at {id(self):#x}>'
        return f'<ContextVar name={self._name!r} default={self._default!r} at {id(self):#x}>'

    def __hash__(self):
        return object.__hash__(self)

    def __eq__(self, other):
        return self is other

    __class_getitem__ = classmethod(_GenericAlias)


class Token:
    """What ContextVar.set() returns: ContextVar.reset() puts the variable back as it was."""

    __slots__ = ('_ctx', '_var', '_old', '_used')
    __module__ = '_contextvars'

    MISSING = _MISSING

    def __init_subclass__(cls, **kwargs):
        _no_subclass(Token)

    def __init__(self, *args):
        if len(args) != 4 or args[0] is not _token_key:
            raise RuntimeError('Tokens can only be created by ContextVars')
        self._ctx = args[1]
        self._var = args[2]
        self._old = args[3]
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {id(self):#x}>'

    __class_getitem__ = classmethod(_GenericAlias)

