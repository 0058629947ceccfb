"""The abstract base classes of containers (PyAot's collections.abc module): those of _collections_abc."""

from _collections_abc import (
    Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, Hashable, Iterable, Iterator, Generator,
    Reversible, Sized, Container, Callable, Collection, Set, MutableSet, Mapping, MutableMapping, MappingView,
    KeysView, ItemsView, ValuesView, Sequence, MutableSequence, ByteString, Buffer, __all__,
)
