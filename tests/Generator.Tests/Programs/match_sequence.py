# sequence patterns: fixed length, star, nested; str/bytes are not sequences here
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long {first}..{last} ({len(middle)} between)"
        case [0, *rest]:
            return f"zero then {rest}"
        case (a, b, *_):
            return f"starts {a} {b}"
        case _:
            return "not a sequence"

for v in [[], [1], (1, 2), [1, 2, 3], [0, 5, 6], list(range(7)), "abc", "", b"xy", {1: 2}, range(3), 5, (9,)]:
    print(repr(v), "->", seq(v))

def points(p):
    match p:
        case (0, 0):
            return "origin"
        case (0, y):
            return f"on y axis at {y}"
        case (x, 0):
            return f"on x axis at {x}"
        case [(a, b), (c, d)]:
            return f"segment {a},{b} -> {c},{d}"
        case (x, y):
            return f"point {x},{y}"
        case [*all_items]:
            return f"other sequence {all_items}"

for p in [(0, 0), (0, 3), [4, 0], ((1, 2), (3, 4)), (5, 6), [1, 2, 3], ()]:
    print(points(p))

match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print(a + b + c + d)

match (1, 2, 3, 4, 5):
    case (*head, 4, 5):
        print("head", head)

match [1, 2]:
    case [1, *rest, 2]:
        print("rest is", rest)
