"""Support for type hints (PyAot's typing module).

The run-time objects of CPython 3.12's typing, written again from its behaviour: the special forms (Any, Union,
Optional, Literal, ClassVar, Final, Annotated, ...), the generic aliases of the built-in and collections.abc classes
(List, Dict, Iterable, Callable, Tuple, ...) with their subscription checks, substitution and reprs, TypeVar, Generic,
Protocol and runtime_checkable, NamedTuple (on collections.namedtuple), TypedDict (instances are plain dicts), NewType,
TypeAliasType (and the helpers PEP 695's syntax is compiled to) and the helper functions. Compiled code has no frames, so what CPython reads from its caller's frame (the __module__
of a TypeVar, NewType, NamedTuple or TypedDict) is '__main__', and no module globals: get_type_hints evaluates a
string annotation with a small parser of type expressions against the namespaces it is given (globalns, localns, a
class's own namespace) and the builtin types, and raises NameError for a name it cannot see there. ParamSpec,
TypeVarTuple, Concatenate, Unpack and the IO aliases are not here (a program that uses them is
refused at build time).
"""

import sys as _sys
import collections as _collections
import collections.abc as _abc
import contextlib as _contextlib
import re as stdlib_re  # Avoid confusion with the re we export.
from abc import ABCMeta as _ABCMeta, abstractmethod as _abstractmethod

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Final', 'ForwardRef', 'Generic', 'Literal', 'Optional',
    'Protocol', 'Tuple', 'Type', 'TypeAliasType', 'TypeVar', 'Union',
    'AbstractSet', 'Container', 'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView',
    'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
    'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator', 'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt',
    'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple',
    'TypedDict',
    'Generator', 'ContextManager', 'AsyncContextManager', 'Match', 'Pattern',
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform', 'final',
    'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString', 'Never',
    'NewType', 'no_type_check', 'NoReturn', 'NotRequired', 'overload', 'override', 'reveal_type',
    'runtime_checkable', 'Required', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard',
]

_GenericAliasType = type(list[int])
_UnionType = type(int | str)
_NoneType = type(None)
_FunctionType = type(lambda: None)
_BuiltinFunctionType = type(len)


def _is_dunder(attr):
    return attr.startswith('__') and attr.endswith('__')


def _type_repr(obj):
    """How typing's reprs show an argument: a class by its qualified name, ... as '...', a function by name."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    if isinstance(obj, tuple):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    return repr(obj)


def _type_convert(arg, module=None, allow_special_forms=False):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, allow_special_forms=False):
    """What typing accepts as a type argument (CPython's _type_check: anything but the forms that cannot be one)."""
    invalid_generic_forms = (Generic, Protocol)
    if not allow_special_forms:
        invalid_generic_forms += (ClassVar,)
        if is_argument:
            invalid_generic_forms += (Final,)
    arg = _type_convert(arg, module=module, allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in invalid_generic_forms:
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {repr(arg)[:100]}.")
    return arg


def _is_typevar_like(x):
    return isinstance(x, TypeVar)


def _collect_parameters(args):
    """The type variables in args, in order of first appearance."""
    parameters = []
    for t in args:
        if isinstance(t, type):
            continue
        if isinstance(t, tuple):
            for x in _collect_parameters(t):
                if x not in parameters:
                    parameters.append(x)
        elif isinstance(t, TypeVar):
            if t not in parameters:
                parameters.append(t)
        else:
            for x in getattr(t, '__parameters__', ()):
                if x not in parameters:
                    parameters.append(x)
    return tuple(parameters)


def _check_generic(cls, parameters, elen):
    if not elen:
        raise TypeError(f"{cls} is not a generic class")
    alen = len(parameters)
    if alen != elen:
        raise TypeError(f"Too {'many' if alen > elen else 'few'} arguments for {cls};"
                        f" actual {alen}, expected {elen}")


def _deduplicate(params):
    # Equality, not hashing: unhashable arguments (Literal[[]]) are kept apart too.
    new_params = []
    for t in params:
        if t not in new_params:
            new_params.append(t)
    return new_params


def _remove_dups_flatten(parameters):
    params = []
    for p in parameters:
        if isinstance(p, (_UnionGenericAlias, _UnionType)):
            params.extend(p.__args__)
        else:
            params.append(p)
    return tuple(_deduplicate(params))


def _flatten_literal_params(parameters):
    params = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            params.extend(p.__args__)
        else:
            params.append(p)
    return tuple(params)


def _value_and_type_iter(parameters):
    return [(p, type(p)) for p in parameters]


# Subscriptions are cached, as CPython's _tp_cache does: List[int] is List[int].
_cache = {}


def _cached(key, make):
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        return make()
    value = make()
    _cache[key] = value
    return value


################################################################################
# Special forms
################################################################################

class _Final:
    """Classes of typing that cannot be subclassed outside it."""

    __slots__ = ()


class _NotIterable:
    __slots__ = ()
    __iter__ = None


class _SpecialForm(_Final, _NotIterable):
    # A special form (Union, Optional, ClassVar, ...), made from the function that subscripts it. (No docstring:
    # __doc__ is a slot, holding the function's.)

    __slots__ = ('_name', '__doc__', '_getitem')

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in {'__name__', '__qualname__'}:
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _LiteralSpecialForm(_SpecialForm):
    __slots__ = ()

    def __getitem__(self, parameters):
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return self._getitem(self, *parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type: compatible with every type. It can be subclassed (to stand
    for a class of an untyped library)."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


@_SpecialForm
def NoReturn(self, parameters):
    """Special type indicating functions that never return."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Never(self, parameters):
    """The bottom type, a type that has no members."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Self(self, parameters):
    """Used to spell the type of "self" in classes."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def LiteralString(self, parameters):
    """Represents an arbitrary literal string."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def TypeAlias(self, parameters):
    """Special form for marking type aliases."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def ClassVar(self, parameters):
    """Special type construct to mark class variables."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Final(self, parameters):
    """Special typing construct to indicate final names to type checkers."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = tuple(_type_check(p, msg) for p in parameters)
    parameters = _remove_dups_flatten(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is equivalent to Union[X, None]."""
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, _NoneType]


@_LiteralSpecialForm
def Literal(self, *parameters):
    """Special typing form to define literal types (a.k.a. value types)."""
    parameters = _flatten_literal_params(parameters)
    key = ('Literal',) + tuple(_value_and_type_iter(parameters))

    def make():
        params = parameters
        try:
            params = tuple(p for p, _ in _deduplicate(_value_and_type_iter(params)))
        except TypeError:
            pass
        return _LiteralGenericAlias(self, params)
    return _cached(key, make)


@_SpecialForm
def TypeGuard(self, parameters):
    """Special typing construct for marking user-defined type guard functions."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Required(self, parameters):
    """A special typing construct to mark a key of a total=False TypedDict as required."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def NotRequired(self, parameters):
    """A special typing construct to mark a key of a TypedDict as potentially missing."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


################################################################################
# ForwardRef and the evaluation of string annotations
################################################################################

class ForwardRef(_Final):
    """Internal wrapper to hold a forward reference."""

    __slots__ = ('__forward_arg__', '__forward_evaluated__', '__forward_value__', '__forward_is_argument__',
                 '__forward_is_class__', '__forward_module__', '_expr')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        source = arg[1:] if arg.startswith('*') else arg
        try:
            self._expr = _Parser(source).parse()
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}") from None
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, namespaces, recursive_guard):
        if self.__forward_arg__ in recursive_guard:
            return self
        value = _evaluate_expr(self._expr, namespaces)
        type_ = _type_check(value, "Forward references must evaluate to types.",
                            is_argument=self.__forward_is_argument__,
                            allow_special_forms=self.__forward_is_class__)
        self.__forward_value__ = _eval_type(type_, namespaces, recursive_guard | {self.__forward_arg__})
        self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__ and
                    self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__ and
                self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            module_repr = ''
        else:
            module_repr = f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module_repr})'


# The builtins a string annotation can name (there is no builtins module to look them up in).
_BUILTIN_NAMES = {
    'int': int, 'float': float, 'complex': complex, 'bool': bool, 'str': str, 'bytes': bytes, 'list': list,
    'tuple': tuple, 'dict': dict, 'set': set, 'frozenset': frozenset, 'type': type, 'object': object,
    'range': range, 'slice': slice, 'property': property, 'classmethod': classmethod,
    'staticmethod': staticmethod, 'BaseException': BaseException, 'Exception': Exception,
    'None': None, 'True': True, 'False': False, 'Ellipsis': ...,
}

_DIGITS = '0123456789'
_NAME_START = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_'
_NAME_CHARS = _NAME_START + _DIGITS


class _Parser:
    """A parser of the expressions annotations are written in: names, dotted names, subscripts, X | Y, lists and
    tuples (Callable's arguments), numbers, strings, None and ... (what eval() would read of a ForwardRef)."""

    def __init__(self, text):
        self.tokens = self._tokenize(text)
        self.pos = 0

    @staticmethod
    def _tokenize(text):
        tokens = []
        i, n = 0, len(text)
        while i < n:
            c = text[i]
            if c in ' \t\n':
                i += 1
            elif c in _NAME_START or (c.isalpha() and c.isidentifier()):
                j = i + 1
                while j < n and (text[j] in _NAME_CHARS or text[j].isidentifier()):
                    j += 1
                tokens.append(('name', text[i:j]))
                i = j
            elif c in _DIGITS:
                j = i + 1
                while j < n and (text[j] in _DIGITS or text[j] == '_'):
                    j += 1
                tokens.append(('const', int(text[i:j])))
                i = j
            elif c in '\'"':
                j = text.find(c, i + 1)
                if j < 0 or '\\' in text[i:j]:
                    raise SyntaxError(text)
                tokens.append(('const', text[i + 1:j]))
                i = j + 1
            elif text.startswith('...', i):
                tokens.append(('const', ...))
                i += 3
            elif c in '[](),.|-':
                tokens.append(('op', c))
                i += 1
            else:
                raise SyntaxError(text)
        tokens.append(('end', None))
        return tokens

    def _peek(self):
        return self.tokens[self.pos]

    def _take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def _expect(self, op):
        if self._take() != ('op', op):
            raise SyntaxError(op)

    def parse(self):
        expr = self._expr()
        if self._peek()[0] != 'end':
            raise SyntaxError('end')
        return expr

    def _expr(self):
        left = self._primary()
        while self._peek() == ('op', '|'):
            self._take()
            left = ('or', left, self._primary())
        return left

    def _list(self, close):
        items = []
        trailing = False
        while self._peek() != ('op', close):
            items.append(self._expr())
            trailing = False
            if self._peek() == ('op', ','):
                self._take()
                trailing = True
            elif self._peek() != ('op', close):
                raise SyntaxError(close)
        self._take()
        return items, trailing

    def _primary(self):
        kind, value = self._take()
        if kind == 'name':
            node = ('name', value)
        elif kind == 'const':
            node = ('const', value)
        elif (kind, value) == ('op', '-') and self._peek()[0] == 'const' and type(self._peek()[1]) is int:
            node = ('const', -self._take()[1])
        elif (kind, value) == ('op', '['):
            items, _ = self._list(']')
            node = ('list', items)
        elif (kind, value) == ('op', '('):
            items, trailing = self._list(')')
            node = items[0] if len(items) == 1 and not trailing else ('tuple', items)
        else:
            raise SyntaxError(value)
        while True:
            tok = self._peek()
            if tok == ('op', '.'):
                self._take()
                kind, name = self._take()
                if kind != 'name':
                    raise SyntaxError(name)
                node = ('attr', node, name)
            elif tok == ('op', '['):
                self._take()
                items, trailing = self._list(']')
                if not items:
                    raise SyntaxError('[]')
                node = ('sub', node, items[0] if len(items) == 1 and not trailing else ('tuple', items))
            else:
                return node


def _evaluate_expr(node, namespaces):
    kind = node[0]
    if kind == 'name':
        name = node[1]
        for ns in namespaces:
            if name in ns:
                return ns[name]
        if name in _BUILTIN_NAMES:
            return _BUILTIN_NAMES[name]
        raise NameError(f"name {name!r} is not defined in the namespaces PyAot's get_type_hints can see (compiled "
                        f"code has no module globals to look in: pass globalns or localns)")
    if kind == 'const':
        return node[1]
    if kind == 'attr':
        return getattr(_evaluate_expr(node[1], namespaces), node[2])
    if kind == 'sub':
        return _evaluate_expr(node[1], namespaces)[_evaluate_expr(node[2], namespaces)]
    if kind == 'or':
        return _evaluate_expr(node[1], namespaces) | _evaluate_expr(node[2], namespaces)
    if kind == 'list':
        return [_evaluate_expr(item, namespaces) for item in node[1]]
    return tuple(_evaluate_expr(item, namespaces) for item in node[1])


def _eval_type(t, namespaces, recursive_guard=frozenset()):
    """t with its forward references evaluated, inside generic aliases and unions too."""
    if isinstance(t, ForwardRef):
        return t._evaluate(namespaces, recursive_guard)
    if isinstance(t, (_GenericAlias, _GenericAliasType, _UnionType)):
        if isinstance(t, _GenericAliasType):
            args = tuple(ForwardRef(arg) if isinstance(arg, str) else arg for arg in t.__args__)
            if _should_unflatten_callable_args(t, args):
                t = t.__origin__[(args[:-1], args[-1])]
            else:
                t = t.__origin__[args]
        ev_args = tuple(_eval_type(a, namespaces, recursive_guard) for a in t.__args__)
        if ev_args == t.__args__:
            return t
        if isinstance(t, _GenericAliasType):
            return _GenericAliasType(t.__origin__, ev_args)
        if isinstance(t, _UnionType):
            result = ev_args[0]
            for arg in ev_args[1:]:
                result = result | arg
            return result
        return t.copy_with(ev_args)
    return t


################################################################################
# Generic aliases
################################################################################

class _BaseGenericAlias(_Final):
    """What List, List[int], Callable[[int], str], ... have in common: calling makes an instance of the origin (when
    allowed), a class statement derives from the origin, isinstance() follows __subclasscheck__."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or issubclass(b, Generic):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in {'__name__', '__qualname__'}:
            return self._name or self.__origin__.__name__
        if '__origin__' in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _GenericAlias(_BaseGenericAlias):
    """A subscripted alias: List[int], Dict[str, T], Box[int], ClassVar[int]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(p) for p in args)
        return self.copy_with(self._determine_new_args(args))

    def _determine_new_args(self, args):
        params = self.__parameters__
        alen, plen = len(args), len(params)
        if alen != plen:
            raise TypeError(f"Too {'many' if alen > plen else 'few'} arguments for {self};"
                            f" actual {alen}, expected {plen}")
        subst = dict(zip(params, [param.__typing_subst__(arg) for param, arg in zip(params, args)]))
        return tuple(_substitute(old_arg, subst) for old_arg in self.__args__)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join([_type_repr(a) for a in self.__args__])
        else:
            args = "()"
        return f'{name}[{args}]'

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __iter__(self):
        raise TypeError(f"{self!r} is not iterable")


def _substitute(old_arg, subst):
    """old_arg with the type variables of subst replaced (in a generic alias's arguments, recursively)."""
    if isinstance(old_arg, TypeVar):
        return subst[old_arg]
    if isinstance(old_arg, tuple):
        return tuple(_substitute(a, subst) for a in old_arg)
    if isinstance(old_arg, type):
        return old_arg
    sub_params = getattr(old_arg, '__parameters__', ())
    if sub_params:
        sub_args = tuple(subst[x] for x in sub_params)
        return old_arg[sub_args if len(sub_args) != 1 else sub_args[0]]
    return old_arg


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias):
    """An unsubscripted alias (List, Iterable, ...): subscripting it checks how many arguments its origin takes."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        if origin.__module__ == 'builtins':
            self.__doc__ = f'A generic version of {origin.__qualname__}.'
        else:
            self.__doc__ = f'A generic version of {origin.__module__}.{origin.__qualname__}.'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        _check_generic(self, params, self._nparams)
        return _cached((self, params), lambda: self.copy_with(params))

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _TypingEllipsis:
    """Internal placeholder for ... (Callable[..., T], Tuple[T, ...])."""


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list))


def _should_unflatten_callable_args(typ, args):
    return typ.__origin__ is _abc.Callable and not (len(args) == 2 and _is_param_expr(args[0]))


class _CallableGenericAlias(_NotIterable, _GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        return (f'typing.Callable'
                f'[[{", ".join([_type_repr(a) for a in args[:-1]])}], '
                f'{_type_repr(args[-1])}]')

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = (tuple(args), result)
        else:
            params = (args, result)
        return _cached((self, params), lambda: self._getitem_inner(params))

    def _getitem_inner(self, params):
        args, result = params
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is ...:
            return self.copy_with((_TypingEllipsis, result))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(arg) for arg in args)
        return self.copy_with(args + (result,))


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, _TypingEllipsis))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return _cached((self, params), lambda: self.copy_with(params))


class _UnionGenericAlias(_NotIterable, _GenericAlias):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            elif args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(_value_and_type_iter(self.__args__)) == set(_value_and_type_iter(other.__args__))

    def __hash__(self):
        return hash(frozenset(_value_and_type_iter(self.__args__)))


class _AnnotatedAlias(_NotIterable, _GenericAlias):
    """Annotated[t, metadata...]: t with metadata in __metadata__."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin, name='Annotated')
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(_type_repr(self.__origin__),
                                                 ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in {'__name__', '__qualname__'}:
            return 'Annotated'
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Add context-specific metadata to a type: Annotated[T, x] is T to a type checker, with x in __metadata__."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return cls._class_getitem_inner(cls, *params)

    @staticmethod
    def _class_getitem_inner(cls, *params):
        if len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
        if _is_unpacked_typevartuple(params[0]):
            raise TypeError("Annotated[...] should not be used with an unpacked TypeVarTuple")
        msg = "Annotated[t, ...]: t must be a type."
        origin = _type_check(params[0], msg, allow_special_forms=True)
        metadata = tuple(params[1:])
        return _AnnotatedAlias(origin, metadata)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("Cannot subclass {}.Annotated".format(cls.__module__))


def _is_unpacked_typevartuple(x):
    # There is no TypeVarTuple here: nothing is one.
    return False


def _alias(origin, nparams, *, inst=True, name=None):
    return _SpecialGenericAlias(origin, nparams, inst=inst, name=name)


Hashable = _alias(_abc.Hashable, 0)
Awaitable = _alias(_abc.Awaitable, 1)
Coroutine = _alias(_abc.Coroutine, 3)
AsyncIterable = _alias(_abc.AsyncIterable, 1)
AsyncIterator = _alias(_abc.AsyncIterator, 1)
Iterable = _alias(_abc.Iterable, 1)
Iterator = _alias(_abc.Iterator, 1)
Reversible = _alias(_abc.Reversible, 1)
Sized = _alias(_abc.Sized, 0)
Container = _alias(_abc.Container, 1)
Collection = _alias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
Callable.__doc__ = """Deprecated alias to collections.abc.Callable.

    Callable[[int], str] signifies a function that takes a single
    parameter of type int and returns a str.
    """
AbstractSet = _alias(_abc.Set, 1, name='AbstractSet')
MutableSet = _alias(_abc.MutableSet, 1)
Mapping = _alias(_abc.Mapping, 2)
MutableMapping = _alias(_abc.MutableMapping, 2)
Sequence = _alias(_abc.Sequence, 1)
MutableSequence = _alias(_abc.MutableSequence, 1)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(_collections.deque, 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(_abc.MappingView, 1)
KeysView = _alias(_abc.KeysView, 1)
ItemsView = _alias(_abc.ItemsView, 2)
ValuesView = _alias(_abc.ValuesView, 1)
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(_collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(_collections.OrderedDict, 2)
Counter = _alias(_collections.Counter, 1)
ChainMap = _alias(_collections.ChainMap, 2)
Pattern = _alias(stdlib_re.Pattern, 1)
Match = _alias(stdlib_re.Match, 1)
Generator = _alias(_abc.Generator, 3)
AsyncGenerator = _alias(_abc.AsyncGenerator, 2)
ContextManager = _alias(_contextlib.AbstractContextManager, 1, name='ContextManager')
AsyncContextManager = _alias(_contextlib.AbstractAsyncContextManager, 1, name='AsyncContextManager')
Type = _alias(type, 1, inst=False, name='Type')

Text = str
TYPE_CHECKING = False


################################################################################
# TypeVar, Generic, Protocol
################################################################################

class TypeVar:
    """Type variable: T = TypeVar('T'), with a bound, constraints or variance."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if infer_variance and (covariant or contravariant):
            raise ValueError("Variance cannot be specified with infer_variance.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self._bound = _type_check(bound, "Bound must be a type.") if bound is not None else None
        self._constraints = tuple(_type_check(t, "TypeVar(name, constraint, ...): constraints must be types.")
                                  for t in constraints)
        self._evaluate_bound = None
        self._evaluate_constraints = None
        # CPython reads the caller's module from its frame; compiled code has none.
        self.__module__ = '__main__'

    # A type parameter's bound and constraints (PEP 695) are evaluated when first asked for.
    @property
    def __bound__(self):
        if self._evaluate_bound is not None:
            self._bound = self._evaluate_bound()
            self._evaluate_bound = None
        return self._bound

    @property
    def __constraints__(self):
        if self._evaluate_constraints is not None:
            self._constraints = self._evaluate_constraints()
            self._evaluate_constraints = None
        return self._constraints

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'typing.TypeVar' is not an acceptable base type")

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ''
        elif self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __typing_subst__(self, arg):
        return _type_check(arg, "Parameters to generic types must be types.")

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


def _type_var_of_syntax(name, evaluate_bound, evaluate_constraints):
    """A type parameter of a generic function, class or type alias (PEP 695; CPython's _Py_make_typevar):
    variance inferred, its bound or constraints evaluated when first asked for."""
    tv = TypeVar(name, infer_variance=True)
    tv._evaluate_bound = evaluate_bound
    tv._evaluate_constraints = evaluate_constraints
    tv.__module__ = 'typing'
    return tv


def _generic_base(type_params):
    """The base a generic class gets after its own (CPython's _Py_subscript_generic): Generic[T, ...]."""
    return Generic[type_params]


def _generic_class_getitem(cls, params):
    if not isinstance(params, tuple):
        params = (params,)
    params = tuple(_type_convert(p) for p in params)
    if cls in (Generic, Protocol):
        if not params:
            raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
        if not all(_is_typevar_like(p) for p in params):
            raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                            f"or parameter specification variables.")
        if len(set(params)) != len(params):
            raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
    else:
        _check_generic(cls, params, len(cls.__parameters__))
        params = tuple(param.__typing_subst__(arg) for param, arg in zip(cls.__parameters__, params))
    return _cached((cls, params), lambda: _GenericAlias(cls, params))


def _generic_init_subclass(cls):
    tvars = []
    if '__orig_bases__' in cls.__dict__:
        error = Generic in cls.__orig_bases__
    else:
        error = (Generic in cls.__bases__ and cls.__name__ != 'Protocol' and type(cls) != _TypedDictMeta)
    if error:
        raise TypeError("Cannot inherit from plain Generic")
    if '__orig_bases__' in cls.__dict__:
        tvars = list(_collect_parameters(cls.__orig_bases__))
        gvars = None
        for base in cls.__orig_bases__:
            if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                if gvars is not None:
                    raise TypeError("Cannot inherit from Generic[...] multiple times.")
                gvars = base.__parameters__
        if gvars is not None:
            tvarset = set(tvars)
            gvarset = set(gvars)
            if not tvarset <= gvarset:
                s_vars = ', '.join(str(t) for t in tvars if t not in gvarset)
                s_args = ', '.join(str(g) for g in gvars)
                raise TypeError(f"Some type variables ({s_vars}) are not listed in Generic[{s_args}]")
            tvars = gvars
    cls.__parameters__ = tuple(tvars)


class Generic:
    """Abstract base class for generic types: class Box(Generic[T]) makes Box[int] a generic alias of Box."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        return _generic_class_getitem(cls, params)

    @classmethod  # explicit: PyAot's super() does not bind the implicit classmethod
    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        _generic_init_subclass(cls)


_TYPING_INTERNALS = frozenset({
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol', '_is_runtime_protocol',
    '__protocol_attrs__', '__callable_proto_members_only__', '__type_params__',
})

_SPECIAL_NAMES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__', '__new__',
    '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    # what a compiled class's namespace has that CPython's does not
    '__qualname__', '__init_subclass__',
})

_EXCLUDED_ATTRIBUTES = _TYPING_INTERNALS | _SPECIAL_NAMES | {'_MutableMapping__marker'}


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in {'Protocol', 'Generic'}:
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__) + list(annotations):
            if not attr.startswith('_abc_') and attr not in _EXCLUDED_ATTRIBUTES:
                attrs.add(attr)
    return attrs


_MISSING = object()


def _getattr_static(obj, attr):
    """inspect.getattr_static: the attribute without running __getattr__ or descriptors."""
    try:
        instance_dict = obj.__dict__
    except AttributeError:
        instance_dict = None
    if instance_dict is not None and attr in instance_dict:
        return instance_dict[attr]
    for base in type(obj).__mro__:
        if attr in base.__dict__:
            return base.__dict__[attr]
    return _MISSING


class _ProtocolMeta(_ABCMeta):
    """isinstance() and issubclass() with a @runtime_checkable protocol look for its members."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        if name == "Protocol" and bases == (Generic,):
            pass
        elif Protocol in bases:
            for base in bases:
                if not (base in {object, Generic}
                        or (issubclass(base, Generic) and getattr(base, "_is_protocol", False))):
                    raise TypeError(f"Protocols can only inherit from other protocols, got {base!r}")
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __init__(cls, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if getattr(cls, "_is_protocol", False):
            cls.__protocol_attrs__ = _get_protocol_attrs(cls)
            cls.__callable_proto_members_only__ = all(
                callable(getattr(cls, attr, None)) for attr in cls.__protocol_attrs__)

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if getattr(cls, '_is_protocol', False):
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            if not cls.__callable_proto_members_only__ and cls.__dict__.get("__subclasshook__") is _proto_hook:
                raise TypeError("Protocols with non-method members don't support issubclass()")
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        return super().__subclasscheck__(other)

    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, "_is_protocol", False):
            return super().__instancecheck__(instance)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        # The nominal check and the registry (ABCMeta's, without the issubclass() restrictions above).
        if cls in type(instance).__mro__ or any(issubclass(type(instance), r) for r in cls._abc_impl.registry):
            return True
        for attr in cls.__protocol_attrs__:
            val = _getattr_static(instance, attr)
            if val is _MISSING:
                return False
            if val is None and callable(getattr(cls, attr, None)):
                return False
        return True


@classmethod
def _proto_hook(cls, other):
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    for attr in cls.__protocol_attrs__:
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
            annotations = base.__dict__.get('__annotations__', {})
            if attr in annotations and issubclass(other, Generic) and getattr(other, '_is_protocol', False):
                break
        else:
            return NotImplemented
    return True


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    # A concrete class deriving from a protocol: the __init__ of the first base that is not a protocol.
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping: a class need not derive from a protocol to match it,
    for a type checker, or for isinstance() when the protocol is @runtime_checkable)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    @classmethod  # explicit: PyAot's super() does not bind the implicit classmethod
    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol: isinstance() then checks that its members are present."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)
# The T of CPython's "class SupportsAbs[T](Protocol)" (PEP 695: variance inferred, shown without a prefix).
_T_inferred = TypeVar('T', infer_variance=True)
for _tv in (T, KT, VT, T_co, V_co, VT_co, T_contra, CT_co, AnyStr, _T_inferred):
    _tv.__module__ = 'typing'


@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""

    __slots__ = ()

    @_abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""

    __slots__ = ()

    @_abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""

    __slots__ = ()

    @_abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""

    __slots__ = ()

    @_abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""

    __slots__ = ()

    @_abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[_T_inferred]):
    """An ABC with one abstract method __abs__ that is covariant in its return type."""

    __slots__ = ()

    @_abstractmethod
    def __abs__(self) -> _T_inferred:
        pass


@runtime_checkable
class SupportsRound(Protocol[_T_inferred]):
    """An ABC with one abstract method __round__ that is covariant in its return type."""

    __slots__ = ()

    @_abstractmethod
    def __round__(self, ndigits: int = 0) -> _T_inferred:
        pass


################################################################################
# NamedTuple, TypedDict, NewType
################################################################################

def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t, f"field {n} annotation must be a type") for n, t in types}
    nm_tpl = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = types
    return nm_tpl


_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields', '_field_defaults',
                         '_make', '_replace', '_asdict', '_source'})

# What a class statement's namespace has besides what the body wrote (a compiled one has __qualname__ and __doc__).
_special = frozenset({'__module__', '__name__', '__annotations__', '__qualname__', '__doc__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(), defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        if Generic in bases:
            raise TypeError("a generic NamedTuple (deriving from Generic too) is not supported by PyAot yet")
        if '__doc__' in ns and ns['__doc__'] is not None:
            nm_tpl.__doc__ = ns['__doc__']
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class Employee(NamedTuple) with annotated fields, or
    NamedTuple('Employee', [('name', str), ('id', int)])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    # CPython reads the caller's module from its frame; compiled code has none.
    nt = _make_nmtuple(typename, fields, module='__main__')
    nt.__orig_bases__ = (NamedTuple,)
    return nt


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        if any(issubclass(b, Generic) for b in bases):
            generic_base = (Generic,)
        else:
            generic_base = ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic_base, dict), ns)
        if '__orig_bases__' not in tp_dict.__dict__:
            tp_dict.__orig_bases__ = bases

        annotations = {}
        own_annotations = ns.get('__annotations__', {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own_annotations = {n: _type_check(tp, msg, module=tp_dict.__module__)
                           for n, tp in own_annotations.items()}
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            base_required = base.__dict__.get('__required_keys__', set())
            required_keys |= base_required
            optional_keys -= base_required
            base_optional = base.__dict__.get('__optional_keys__', set())
            required_keys -= base_optional
            optional_keys |= base_optional
        annotations.update(own_annotations)
        for annotation_key, annotation_type in own_annotations.items():
            annotation_origin = get_origin(annotation_type)
            if annotation_origin is Annotated:
                annotation_args = get_args(annotation_type)
                if annotation_args:
                    annotation_type = annotation_args[0]
                    annotation_origin = get_origin(annotation_type)
            if annotation_origin is Required:
                is_required = True
            elif annotation_origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required_keys.add(annotation_key)
                optional_keys.discard(annotation_key)
            else:
                optional_keys.add(annotation_key)
                required_keys.discard(annotation_key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if '__total__' not in tp_dict.__dict__:
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, /, *args, **kwargs):
        # Calling a TypedDict class makes a plain dict.
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    def __instancecheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type whose keys have given value types, for a type checker; at run time its instances are plain
    dicts. class Point2D(TypedDict): x: int, or TypedDict('Point2D', {'x': int}, total=False)."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    # CPython reads the caller's module from its frame; compiled code has none.
    ns = {'__annotations__': dict(fields), '__module__': '__main__'}
    td = _TypedDictMeta(typename, (), ns, total=total)
    td.__orig_bases__ = (TypedDict,)
    return td


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


class NewType:
    """A distinct type for a type checker: UserId = NewType('UserId', int); at run time UserId(5) is 5."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        # CPython reads the caller's module from its frame; compiled code has none.
        self.__module__ = '__main__'

    def __call__(self, x, /):
        return x

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`")

        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class TypeAliasType:
    """Type alias: what a 'type' statement makes (PEP 695), its value evaluated when first asked for."""

    def __init__(self, *args, type_params=(), **kwargs):
        if len(args) > 2:
            raise TypeError(f"typealias() takes exactly 2 positional arguments ({len(args)} given)")
        fields = dict(zip(('name', 'value'), args))
        for key, value in kwargs.items():
            if key not in ('name', 'value'):
                raise TypeError(f"typealias() got an unexpected keyword argument '{key}'")
            if key in fields:
                raise TypeError(f"argument for typealias() given by name ('{key}') and position "
                                f"({1 if key == 'name' else 2})")
            fields[key] = value
        for key in ('name', 'value'):
            if key not in fields:
                raise TypeError(f"typealias() missing required argument '{key}' "
                                f"(pos {1 if key == 'name' else 2})")
        name = fields['name']
        if not isinstance(name, str):
            raise TypeError(f"typealias() argument 'name' must be str, not {type(name).__name__}")
        if not isinstance(type_params, tuple):
            raise TypeError("type_params must be a tuple")
        object.__setattr__(self, '__name__', name)
        object.__setattr__(self, '__type_params__', type_params)
        object.__setattr__(self, '__parameters__', type_params)
        # CPython reads the caller's module from its frame; compiled code has none.
        object.__setattr__(self, '__module__', '__main__')
        object.__setattr__(self, '_value', fields['value'])
        object.__setattr__(self, '_evaluate_value', None)

    @property
    def __value__(self):
        if self._evaluate_value is not None:
            object.__setattr__(self, '_value', self._evaluate_value())
            object.__setattr__(self, '_evaluate_value', None)
        return self._value

    def __setattr__(self, name, value):
        if name in ('__name__', '__value__', '__type_params__', '__parameters__', '__module__'):
            raise AttributeError(f"attribute '{name}' of 'typing.TypeAliasType' objects is not writable")
        raise AttributeError(f"'typing.TypeAliasType' object has no attribute '{name}'")

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'typing.TypeAliasType' is not an acceptable base type")

    def __repr__(self):
        return self.__name__

    def __getitem__(self, parameters):
        if not self.__type_params__:
            raise TypeError("Only generic type aliases are subscriptable")
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return _types_GenericAlias(self, parameters)

    def __reduce__(self):
        return self.__name__

    # (with a class, None, a generic alias, a union or another alias, | makes a types.UnionType: the runtime's operator)


_types_GenericAlias = type(list[int])


def _type_alias_of_syntax(name, type_params, evaluate_value, module):
    """What 'type name[type_params] = value' makes (CPython's _Py_make_typealias): the value evaluated when first
    asked for."""
    alias = TypeAliasType(name, None, type_params=type_params)
    object.__setattr__(alias, '_evaluate_value', evaluate_value)
    object.__setattr__(alias, '__module__', module)
    return alias


################################################################################
# Functions
################################################################################

def cast(typ, val):
    """Cast a value to a type: returns the value unchanged (a signal to the type checker)."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that the value is of the given type; returns the value."""
    return val


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Ask a static type checker to reveal the inferred type of an expression; at run time prints the object's type
    to stderr and returns it."""
    print(f"Runtime type is {type(obj).__name__!r}", file=_sys.stderr)
    return obj


def _overload_dummy(*args, **kwds):
    """Helper for @overload to raise when called."""
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


# {module: {qualname: {firstlineno: func}}}
_overload_registry = {}


def overload(func):
    """Decorator for overloaded functions/methods: records func (for get_overloads) and returns a function that
    raises when called."""
    f = getattr(func, "__func__", func)
    try:
        by_name = _overload_registry.setdefault(f.__module__, {})
        by_name.setdefault(f.__qualname__, {})[f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """Return all defined overloads for *func* as a sequence."""
    f = getattr(func, "__func__", func)
    if f.__module__ not in _overload_registry:
        return []
    mod_dict = _overload_registry[f.__module__]
    if f.__qualname__ not in mod_dict:
        return []
    return list(mod_dict[f.__qualname__].values())


def clear_overloads():
    """Clear all overloads in the registry."""
    _overload_registry.clear()


def final(f):
    """Decorator to indicate final methods and final classes; sets __final__ = True where it can."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    """Indicate that a method is intended to override a method in a base class; sets __override__ = True."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints: get_type_hints() then returns {}."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (not hasattr(obj, '__qualname__')
                    or obj.__qualname__ != f'{arg.__qualname__}.{obj.__name__}'
                    or getattr(obj, '__module__', None) != arg.__module__):
                continue
            if isinstance(obj, _FunctionType):
                obj.__no_type_check__ = True
            elif isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False, frozen_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator to mark an object as providing dataclass-like behaviour; records its arguments in
    __dataclass_transform__."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "frozen_default": frozen_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list, get_origin(Literal[42]) is Literal."""
    if isinstance(tp, (_BaseGenericAlias, _GenericAliasType)):
        if isinstance(tp, _AnnotatedAlias):
            return Annotated
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The type arguments with all substitutions performed: get_args(Dict[int, str]) is (int, str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _GenericAliasType)):
        res = tp.__args__
        if _should_unflatten_callable_args(tp, res):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


def _strip_annotations(t):
    """Strip Annotated, Required and NotRequired from a type hint."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if hasattr(t, "__origin__") and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias):
        stripped_args = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped_args == t.__args__:
            return t
        return t.copy_with(stripped_args)
    if isinstance(t, _GenericAliasType):
        stripped_args = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped_args == t.__args__:
            return t
        return _GenericAliasType(t.__origin__, stripped_args)
    if isinstance(t, _UnionType):
        stripped_args = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped_args == t.__args__:
            return t
        result = stripped_args[0]
        for arg in stripped_args[1:]:
            result = result | arg
        return result
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The type hints of a function, method or class: its annotations (through the MRO for a class) with None as
    NoneType and string forward references evaluated; Annotated is stripped unless include_extras.

    A string is evaluated against localns, then globalns, then (for a class, when neither is given) the class's own
    namespace, then the builtin types: compiled code has no module globals to look a name up in, so a name found in
    none of those raises NameError (pass globalns or localns naming it).
    """
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if not isinstance(ann, dict):
                ann = {}
            if localns is None and globalns is None:
                namespaces = [dict(base.__dict__)]
            else:
                namespaces = [ns for ns in (localns, globalns) if ns is not None]
            for name, value in ann.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, namespaces)
        return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}

    namespaces = [ns for ns in (localns, globalns) if ns is not None]
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if isinstance(obj, (_FunctionType, _BuiltinFunctionType)) or hasattr(obj, '__func__'):
            return {}
        raise TypeError('{!r} is not a module, class, method, or function.'.format(obj))
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = _NoneType
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=True, is_class=False)
        hints[name] = _eval_type(value, namespaces)
    return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
