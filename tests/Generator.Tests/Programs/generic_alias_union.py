# PEP 585 generic aliases and PEP 604 unions, as annotations evaluate them at def time.
a = list[float]
print(a, type(a).__name__, a.__origin__, a.__args__)
b = dict[str, int]
print(b, b.__args__, b == dict[str, int], b != dict[str, float], hash(b) == hash(dict[str, int]))
print(tuple[int, int], tuple[int, ...], list[list[int]], type[int], tuple[()], set[str], frozenset[int])
print(list[int]([1, 2]), dict[str, int](a=1), tuple[int, ...]((1, 2)))
u = str | None
print(u, type(u).__name__, u.__args__)
print(int | str | None, None | int, int | int, (int | str) == (str | int), list[int] | None)
print(isinstance(1, int | str), isinstance(None, int | None), isinstance("x", int | float))


def mean(values: list[float], weights: dict[str, float] | None = None) -> tuple[float, int]:
    return sum(values) / len(values), len(values)


print(mean([1.0, 2.0]))


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


class Pair:
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


class Plain:
    pass


print(Box[int], Pair[str])
for make in (lambda: Plain[int], lambda: int[str], lambda: isinstance([], list[int])):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
