# typing: the special forms (Any, Union, Optional, Literal, ClassVar, Final, Annotated, ...), Callable and Tuple,
# the aliases of the built-in and collections.abc classes: reprs, flattening, equality, subscription checks,
# isinstance() with an alias, instantiation, and CPython's errors.
from typing import (Any, NoReturn, Never, Self, LiteralString, ClassVar, Final, Union, Optional, Literal,
                    TypeAlias, Annotated, TypeGuard, Callable, Tuple, Type, List, Dict, Set, FrozenSet,
                    DefaultDict, OrderedDict, Counter, Deque, Iterable, Iterator, Sequence, Mapping,
                    MutableMapping, Generator, Hashable, Sized, Container, Collection, AbstractSet, MutableSet,
                    MutableSequence, Reversible, KeysView, ItemsView, ValuesView, MappingView, Awaitable,
                    Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, TypeVar, AnyStr, Text, TYPE_CHECKING)
import typing

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(Any, NoReturn, Never, Self, LiteralString, ClassVar, Final, Union, Optional, Literal, TypeAlias, TypeGuard)
print(Annotated, Callable, Tuple, Type, List, Dict)
err(lambda: isinstance(1, Any))
err(lambda: Any())
class MyAny(Any):
    pass
print(MyAny.__mro__[1:], isinstance(MyAny(), MyAny))
print(Union[int, str], Union[int, None], Optional[str], Union[int], Union[int, Union[str, float]], Union[int, int, str])
print(Union[int, str] == Union[str, int], hash(Union[int, str]) == hash(Union[str, int]))
print(Union[int, str].__args__, Union[int, str].__origin__, Union[None, int])
err(lambda: Union[()])
err(lambda: Optional[int, str])
print(isinstance(3, Union[int, str]), isinstance(3.0, Union[int, str]))
print(Literal[1, 2, 'a'], Literal[1, True, 1], Literal[1, 2] == Literal[2, 1], Literal[Literal[1], 2])
print(Literal[1].__args__, Literal['x'])
print(ClassVar[int], Final[List[int]], TypeGuard[int])
err(lambda: ClassVar[int, str])
err(lambda: List[ClassVar[int]])
err(lambda: List[Union])
print(Annotated[int, 'meta'], Annotated[int, 'a'].__metadata__, Annotated[Annotated[int, 1], 2])
err(lambda: Annotated[int])
print(Callable[[int], str], Callable[..., int], Callable[[], None], Callable[[int, str], List[int]])
print(Callable[[int], str].__args__, Callable[..., int].__args__)
err(lambda: Callable[int])
print(Tuple[int, ...], Tuple[()], Tuple[int, str], Tuple[int, ...].__args__, Tuple[()].__args__)
print(Type[int], List[int], Dict[str, int], Set[int], FrozenSet[str], DefaultDict[str, int], OrderedDict[str, int], Counter[str], Deque[int])
for a in (Iterable, Iterator, Sequence, Mapping, MutableMapping, Generator, Hashable, Sized, Container, Collection, AbstractSet, MutableSet, MutableSequence, Reversible, KeysView, ItemsView, ValuesView, MappingView, Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator):
    print(a, a.__origin__)
print(Iterable[int], Generator[int, None, None], Mapping[str, List[int]])
err(lambda: List[int, str])
err(lambda: Dict[int])
err(lambda: Hashable[int])
err(lambda: Generator[int])
print(isinstance([], List), isinstance({}, List), isinstance([], Iterable), issubclass(list, Sequence), isinstance(3, Hashable))
err(lambda: isinstance([], List[int]))
err(lambda: issubclass(list, List[int]))
print(List[int].__origin__, List[int].__args__, List[int].__parameters__)
err(lambda: List())
err(lambda: Dict[str, int]())
err(lambda: Set())
err(lambda: Tuple())
print(DefaultDict[str, int](int), Deque[int]([1, 2]), Counter('abca'))
print(List[int] == List[int], List[int] == List[str], List[int] is List[int], hash(List[int]) == hash(List[int]))
print(Text, TYPE_CHECKING)
print(List[int] | None, int | List[str], List | None)
print(typing.Optional[typing.List[int]])
print(List['int'], Union['X', int])
