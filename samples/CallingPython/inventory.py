"""A small inventory library: plain Python, annotated, called from C# (Program.cs) with C# types."""


def add(a: int, b: int) -> int:
    """The sum of two counts."""
    return a + b


def average(values: list[float]) -> float:
    """The mean of the values (ZeroDivisionError when there are none)."""
    return sum(values) / len(values)


def in_stock(items: dict[str, int], name: str, default: int = 0) -> int:
    """How many of `name` the items hold, else `default`."""
    return items.get(name, default)


def find(names: list[str], prefix: str) -> str | None:
    """The first name that starts with `prefix`, else None."""
    for name in names:
        if name.startswith(prefix):
            return name
    return None


def split(total: int, parts: int) -> tuple[int, int]:
    """How many each of `parts` gets, and what is left."""
    return divmod(total, parts)


def restock(items: dict[str, int], extra: int) -> dict[str, int]:
    """Every item with `extra` more."""
    return {name: count + extra for name, count in items.items()}


def report(lines: list[str]) -> None:
    """Prints the lines, numbered."""
    for number, line in enumerate(lines, 1):
        print(f"{number}. {line}")


class Shelf:
    """A shelf of named items with counts."""

    def __init__(self, name: str, capacity: int = 10):
        self.name = name
        self.capacity = capacity
        self.items = {}

    def put(self, item: str, count: int) -> int:
        """Puts `count` of `item` on the shelf; how many are there now."""
        if sum(self.items.values()) + count > self.capacity:
            raise ValueError(f"shelf {self.name} is full")
        self.items[item] = self.items.get(item, 0) + count
        return self.items[item]

    def contents(self) -> list[tuple[str, int]]:
        return sorted(self.items.items())


def biggest(shelves: list[Shelf]) -> Shelf:
    """The shelf with the most items."""
    return max(shelves, key=lambda s: sum(s.items.values()))
