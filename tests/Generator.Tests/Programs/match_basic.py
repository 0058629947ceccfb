# match: literals, captures, wildcard, or-patterns, guards, as-patterns
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case "hello":
            return "greeting"
        case True:
            return "true?"
        case None:
            return "none"
        case float() as f if f > 100:
            return f"big float {f}"
        case int(n) if n < 0:
            return f"negative {n}"
        case str() as s:
            return "string " + s
        case _:
            return "other"

for v in [0, 1, 3, -1, "hello", True, None, 1000.5, 2.5, -7, "abc", [1], 1.0]:
    print(repr(v), "->", describe(v))

def http(status):
    match status:
        case 400:
            return "Bad request"
        case 404:
            return "Not found"
        case 401 | 403 as code:
            return f"Not allowed {code}"
        case other:
            return f"Something else: {other}"

for s in [400, 404, 401, 403, 500]:
    print(http(s))

# bindings persist after the match; the subject is evaluated once
calls = []
def subject():
    calls.append(1)
    return 42
match subject():
    case 1:
        print("one")
    case 2:
        print("two")
    case y if y > 100:
        print("big")
    case z:
        print("z =", z, "y =", y)
print(len(calls))

# guard failing leaves the capture bound
match 5:
    case w if w > 10:
        print("no")
    case _:
        print("w is", w)

# match inside a loop with break/continue
for i in range(6):
    match i % 3:
        case 0:
            continue
        case 1:
            print("one at", i)
        case _:
            if i > 4:
                break
            print("two at", i)
print("done")
