# typing: NamedTuple (class syntax and functional form), TypedDict (total, Required/NotRequired), NewType, cast,
# overload, final, override, no_type_check, dataclass_transform, get_type_hints with string forward references
# evaluated against the namespaces given, ForwardRef, and ClassVar fields of a dataclass.
import sys
from typing import (NamedTuple, TypedDict, Required, NotRequired, NewType, cast, overload, get_overloads,
                    clear_overloads, final, override, no_type_check, get_type_hints, ForwardRef, assert_never,
                    assert_type, reveal_type, is_typeddict, dataclass_transform, List, Optional, Dict, Union,
                    Annotated, ClassVar, Callable, Tuple, Literal, Any)
import typing
from dataclasses import dataclass, fields

# A class of this program prints as M.Name whether it runs as __main__ or is imported under its own name (the
# monitoring tests import it).
_print = print


def print(*args):
    _print(*[str(a).replace(__name__ + '.', 'M.').replace('__main__.', 'M.') for a in args])


def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 0
    label: str = 'p'

    def norm(self):
        return self.x * self.x + self.y * self.y

p = Point(3, 4)
print(p, p.norm(), Point(1), Point._fields, Point._field_defaults, Point.__annotations__, Point.__doc__)
print(p._replace(x=5), p._asdict(), isinstance(p, tuple), Point.__bases__, type(Point).__name__)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__, Emp._fields)
try:
    class BadNT(NamedTuple):
        x: int = 1
        y: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    class BadNT2(NamedTuple):
        x: int
        def _asdict(self):
            return 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class BadNT3(NamedTuple, int):
        x: int
except TypeError as e:
    print(type(e).__name__, e)

class Movie(TypedDict):
    name: str
    year: int

class MovieX(Movie, total=False):
    rating: float
    studio: Required[str]

m = Movie(name='Blade', year=1982)
print(m, type(m), Movie.__required_keys__ == {'name', 'year'}, Movie.__optional_keys__, Movie.__total__)
print(sorted(MovieX.__required_keys__), sorted(MovieX.__optional_keys__), MovieX.__total__, MovieX.__annotations__)
err(lambda: isinstance(m, Movie))
P2 = TypedDict('P2', {'x': int, 'y': NotRequired[int]})
print(P2(x=1), sorted(P2.__required_keys__), sorted(P2.__optional_keys__), P2.__annotations__)
P3 = TypedDict('P3', {'a': int}, total=False)
print(P3.__total__, P3.__optional_keys__, is_typeddict(P3), is_typeddict(dict), is_typeddict(Movie))
try:
    class BadTD(TypedDict, int):
        x: int
except TypeError as e:
    print(type(e).__name__, e)

UserId = NewType('UserId', int)
print(UserId, UserId(5), type(UserId(5)), UserId.__supertype__, UserId.__name__, UserId.__qualname__)
print(UserId | None, List[UserId])
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print(type(e).__name__, e)

print(cast(int, 'x'), cast('List[int]', 3), assert_type(5, int))
err(lambda: assert_never(3))
err(lambda: assert_never('x' * 200))
print(reveal_type([1]))

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(3), len(get_overloads(f)), [o.__annotations__ for o in get_overloads(f)])
clear_overloads()
print(get_overloads(f))

@overload
def g(x: int) -> int: ...
err(lambda: g(1))

@final
class Leaf:
    @final
    def m(self):
        pass
    @override
    def __repr__(self):
        return 'Leaf'
print(Leaf.__final__, Leaf.m.__final__, Leaf.__repr__.__override__)

@no_type_check
def h(x: 'undefined name') -> int:
    return x
print(get_type_hints(h), h.__no_type_check__)

@dataclass_transform(kw_only_default=True)
def model(cls):
    return cls
print(model.__dataclass_transform__)

class Node:
    value: int
    next: 'Optional[Node]'
    items: List['int']
    extra: Annotated[int, 'meta']
    cv: ClassVar[int] = 3
    nothing: None

def fn(a: int, b: 'str', c: 'List[Dict[str, int]]', d: 'int | None' = None, e: 'typing.List[int]' = None) -> 'Tuple[int, ...]':
    pass

def fn2(cb: 'Callable[[int], str]', lit: "Literal['a', 1]", u: 'Union[int, str]') -> None:
    pass

ns = {'Node': Node, 'Optional': Optional, 'List': List, 'Dict': Dict, 'typing': typing, 'Tuple': Tuple,
      'Callable': Callable, 'Literal': Literal, 'Union': Union}
print(get_type_hints(Node, localns=ns))
print(get_type_hints(Node, localns=ns, include_extras=True)['extra'])
print(get_type_hints(fn, globalns=ns))
print(get_type_hints(fn2, globalns=ns))
print(get_type_hints(Point), get_type_hints(Movie))
def plain(x: int, y: None = None) -> float: pass
print(get_type_hints(plain), get_type_hints(len))
err(lambda: get_type_hints(3))

class WithSelf:
    child: 'WithSelf'
    kind: 'int'
    ali: 'Alias'
    Alias = str
print(get_type_hints(WithSelf, localns={'WithSelf': WithSelf, 'Alias': str}))
print(ForwardRef('X'), ForwardRef('List[int]') == ForwardRef('List[int]'), ForwardRef('X').__forward_arg__)
err(lambda: ForwardRef(1))
err(lambda: ForwardRef('1 +'))

@dataclass
class DC:
    x: int
    total: ClassVar[int] = 0
    y: 'ClassVar[int]' = 5
print([f.name for f in fields(DC)], DC(1), DC.total)
print(Any.__doc__ is not None, typing.__name__)
