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
