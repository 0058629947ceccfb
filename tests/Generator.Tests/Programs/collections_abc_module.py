# collections.abc: the ABCs recognising built-in and user types (subclass hooks, registrations), the mixin methods of
# Sequence, MutableSequence, Set, MutableSet, Mapping and MutableMapping, abstract-method errors, and match statements
# treating Sequence and Mapping subclasses as sequences and mappings.
import collections.abc as cabc
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable, Collection, Reversible,
                             Generator, Sequence, MutableSequence, Set, MutableSet, Mapping, MutableMapping,
                             KeysView, ItemsView, ValuesView)


def gen():
    yield 1


samples = [[], (), "", b"", {}, set(), frozenset(), range(3), 1, 1.5, None, len, gen(), iter([]), iter({}),
           {}.keys(), {}.values(), {}.items(), reversed([]), zip(), map(len, []), enumerate([])]
abcs = [Iterable, Iterator, Sized, Container, Hashable, Callable, Collection, Reversible, Generator, Sequence,
        MutableSequence, Set, MutableSet, Mapping, MutableMapping, KeysView, ItemsView, ValuesView]
for s in samples:
    print(type(s).__name__, "".join("1" if isinstance(s, a) else "." for a in abcs))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Unhashable:
    __hash__ = None


print(isinstance(Countdown(2), Iterator), isinstance(Countdown(2), Iterable), issubclass(Countdown, Sized))
print(isinstance(Unhashable(), Hashable), isinstance(object(), Hashable), isinstance(Countdown, Callable))


class Deck(Sequence):
    def __init__(self, cards):
        self._cards = list(cards)

    def __getitem__(self, i):
        return self._cards[i]

    def __len__(self):
        return len(self._cards)


d = Deck("abcab")
print(list(d), "c" in d, "z" in d, list(reversed(d)), d.index("b"), d.index("b", 2), d.count("a"), len(d))
try:
    d.index("z")
except ValueError as e:
    print("ValueError", repr(e))
print(isinstance(d, Reversible), isinstance(d, Collection), issubclass(Deck, MutableSequence))


class Stack(MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


s = Stack()
s.append(1)
s.extend([2, 3, 4])
s += [5]
print(list(s), s.pop(), s.pop(0), list(s))
s.remove(3)
s.reverse()
print(list(s))
s.clear()
print(list(s), len(s))


class OddSet(Set):
    def __init__(self, items):
        self._items = {i for i in items if i % 2}

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(sorted(self._items))

    def __len__(self):
        return len(self._items)


a, b = OddSet(range(10)), OddSet([1, 3, 11])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, b <= a, OddSet([1]) < a, a == OddSet([1, 3, 5, 7, 9]))
print(a.isdisjoint([2, 4]), a.isdisjoint([3]), type(a & b).__name__)


class Bag(MutableSet):
    def __init__(self, items=()):
        self._items = set(items)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(sorted(self._items))

    def __len__(self):
        return len(self._items)

    def add(self, x):
        self._items.add(x)

    def discard(self, x):
        self._items.discard(x)


bag = Bag([1, 2])
bag |= {3}
bag -= {1}
print(sorted(bag), 2 in bag)
bag.remove(2)
try:
    bag.remove(9)
except KeyError as e:
    print("KeyError", e)
print(sorted(bag), bag.pop(), len(bag))


class Registry(MutableMapping):
    def __init__(self):
        self._data = {}

    def __getitem__(self, k):
        return self._data[k]

    def __setitem__(self, k, v):
        self._data[k] = v

    def __delitem__(self, k):
        del self._data[k]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


r = Registry()
r.update({"a": 1}, b=2)
r.update([("c", 3)])
print(dict(r), r.get("a"), r.get("z", 0), "b" in r, list(r.keys()), list(r.items()), list(r.values()))
print(r.setdefault("d", 4), r.pop("a"), r.pop("zz", None), r.popitem(), dict(r), r == {"b": 2, "c": 3})
print(repr(r.keys())[:9], isinstance(r.keys(), KeysView), ("b", 2) in r.items(), 3 in r.values())
try:
    r.pop("missing")
except KeyError as e:
    print("KeyError", e)
try:
    Sequence()
except TypeError as e:
    print("TypeError:", e)
try:
    class Half(Mapping):
        def __getitem__(self, k):
            return k
    Half()
except TypeError as e:
    print("TypeError:", e)


def kind(x):
    match x:
        case {"k": v}:
            return f"mapping {v}"
        case [first, *rest]:
            return f"sequence {first} {len(rest)}"
        case _:
            return "other"


withk = Registry()
withk["k"] = 9
s.extend("xy")
print(kind(Deck([7, 8])), kind(r), kind(withk), kind(s), kind(OddSet([1])))


class Later:
    def __init__(self, items):
        self._items = items

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


Sequence.register(Later)
print(isinstance(Later([1]), Sequence), kind(Later([5, 6, 7])), issubclass(Later, Reversible))
print(cabc.Iterable is Iterable, Sequence[int], sorted(cabc.__all__)[:3])
