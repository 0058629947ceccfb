# typing: TypeVar, substitution of type variables, Generic classes (aliases, __orig_class__, __parameters__,
# __orig_bases__ and the errors), Protocol with runtime_checkable, the Supports* protocols, get_origin, get_args.
from typing import (TypeVar, Generic, Protocol, runtime_checkable, SupportsInt, SupportsFloat, SupportsIndex,
                    SupportsAbs, SupportsRound, SupportsComplex, SupportsBytes, List, Dict, Tuple, Callable, Union,
                    Optional, Iterable, AnyStr, get_origin, get_args, Literal, Annotated)

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

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
T_co = TypeVar('T_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
N = TypeVar('N', int, float)
B = TypeVar('B', bound=str)
print(T, T_co, T_contra, N, B, T.__name__, N.__constraints__, B.__bound__, T.__bound__, T.__constraints__)
print(T.__covariant__, T_co.__covariant__, T_contra.__contravariant__, AnyStr, AnyStr.__constraints__)
err(lambda: TypeVar('X', int))
err(lambda: TypeVar('X', int, str, bound=int))
err(lambda: TypeVar('X', covariant=True, contravariant=True))
print(T | int, Optional[T], List[T], Dict[K, V])
print(Dict[str, T][int], Dict[K, V][str, int], List[T].__parameters__, Dict[K, List[V]].__parameters__)
print(Dict[K, List[V]][str, int], Tuple[T, ...][int], Callable[[T], K][int, str], Union[T, int][str])
err(lambda: Dict[str, T][int, str])
err(lambda: List[int][str])

class Box(Generic[T]):
    def __init__(self, item):
        self.item = item
    def get(self):
        return self.item

print(Box[int], Box.__parameters__, Box.__orig_bases__, Box[int].__origin__, Box[int].__args__)
b = Box[int](5)
print(b.get(), b.__orig_class__, type(b).__name__)
b2 = Box(3)
print(hasattr(b2, '__orig_class__'))
err(lambda: Box[int, str])
err(lambda: Generic[int])
err(lambda: Generic[T, T])
err(lambda: type(Generic()).__name__)
err(lambda: Generic[()])

class Pair(Generic[K, V]):
    pass
print(Pair[str, int], Pair[str, List[T]], Pair[str, List[T]][int], Pair.__parameters__)

class IntBox(Box[int]):
    pass
print(IntBox.__parameters__, IntBox.__orig_bases__, IntBox.__mro__)

class MyList(List[T]):
    pass
print(MyList.__parameters__, MyList.__mro__, MyList[int])

try:
    class Bad(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(Dict[K, V], Generic[K]):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad3(Generic):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad4(T):
        pass
except TypeError as e:
    print(type(e).__name__, e)

@runtime_checkable
class Closable(Protocol):
    def close(self): ...

class HasName(Protocol):
    name: str

class File:
    def close(self):
        pass

class Other:
    pass

print(isinstance(File(), Closable), isinstance(Other(), Closable), issubclass(File, Closable), issubclass(Other, Closable))
err(lambda: isinstance(File(), HasName))
err(lambda: Closable())
err(lambda: HasName())

@runtime_checkable
class Named(Protocol):
    name: str

class Person:
    def __init__(self):
        self.name = 'x'

print(isinstance(Person(), Named), isinstance(Other(), Named))
err(lambda: issubclass(Person, Named))
print(sorted(Closable.__protocol_attrs__), sorted(Named.__protocol_attrs__))

class Impl(Closable):
    def __init__(self, x):
        self.x = x
print(Impl(3).x, isinstance(Impl(1), Closable))

err(lambda: runtime_checkable(Other))
try:
    class BadProto(Other, Protocol):
        pass
except TypeError as e:
    print(type(e).__name__, e)

@runtime_checkable
class GProto(Protocol[T]):
    def get(self) -> T: ...
print(GProto[int], GProto.__parameters__, isinstance(Box(1), GProto))

print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(3.5, SupportsFloat), isinstance(3, SupportsIndex))
print(isinstance(-3, SupportsAbs), isinstance(2.5, SupportsRound), isinstance(1j, SupportsComplex), isinstance(b'x', SupportsBytes))
print(SupportsInt, SupportsAbs[int], SupportsAbs.__parameters__)

print(get_origin(List[int]), get_origin(List), get_origin(Union[int, str]), get_origin(Literal[1]), get_origin(int), get_origin(Generic), get_origin(Generic[T]))
print(get_origin(Annotated[int, 1]), get_origin(list[int]), get_origin(int | str), get_origin(Box[int]))
print(get_args(Dict[int, str]), get_args(Callable[[int], str]), get_args(Callable[..., str]), get_args(Union[int, str]), get_args(int), get_args(Annotated[int, 'x', 2]), get_args(list[int]), get_args(int | None), get_args(Tuple[()]))
