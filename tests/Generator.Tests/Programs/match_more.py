# more match: builtin class patterns, nested or/as, tuples vs lists, mapping with non-str keys, guards with side effects
def kind(v):
    match v:
        case bool():
            return "bool"
        case int() if v > 1000:
            return "big int"
        case int():
            return "int"
        case str(s) if len(s) == 1:
            return "char"
        case str():
            return "str"
        case list([]):
            return "empty list"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple((a, b)):
            return f"pair {a},{b}"
        case dict({"t": t}):
            return f"tagged {t}"
        case dict():
            return "dict"
        case set() | frozenset():
            return "set-like"
        case float(f):
            return f"float {f}"
        case None:
            return "None"
        case _:
            return type(v).__name__

for v in [True, 5, 5000, "a", "abc", [], [7, 8], (1, 2), (1, 2, 3), {"t": 1}, {}, {1}, frozenset(), 1.5, None, range(2)]:
    print(repr(v), kind(v))

def nested(v):
    match v:
        case [("a" | "b") as letter, (1 | 2) as num]:
            return f"letter {letter} num {num}"
        case [[x, y] as inner, z] if x < y:
            return f"inner {inner} z {z}"
        case {1: one, 2: two}:
            return f"int keys {one} {two}"
        case (1, *_) | [2, *_]:
            return "starts with 1 or 2"
    return "nothing"

for v in [["a", 1], ["b", 2], ["c", 1], [[1, 2], 3], [[2, 1], 3], {1: "x", 2: "y", 3: "z"}, (1, 9, 9), [2], (2,), []]:
    print(v, "->", nested(v))

log = []
def check(x):
    log.append(x)
    return x > 2
for n in range(5):
    match n:
        case 0 | 1:
            pass
        case k if check(k):
            print("matched", k)
        case _:
            print("default", n)
print(log)

match "hello":
    case "hel" "lo":
        print("implicit concat literal")
match -3:
    case -3:
        print("negative literal")
match 1.5:
    case 1.5:
        print("float literal")
match b"xy":
    case b"xy":
        print("bytes literal")
match (1, 2):
    case [1, 2]:
        print("tuple matches list pattern")
match [1, 2]:
    case (1, 2):
        print("list matches tuple pattern")
