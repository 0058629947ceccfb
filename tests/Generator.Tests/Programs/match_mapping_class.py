# mapping patterns and class patterns
def action(cmd):
    match cmd:
        case {"action": "move", "x": x, "y": y}:
            return f"move to {x},{y}"
        case {"action": "say", "text": str(text)}:
            return f"say {text!r}"
        case {"action": "quit", **rest} if not rest:
            return "quit"
        case {"action": act, **rest}:
            return f"unknown {act} with {sorted(rest.items())}"
        case {}:
            return "no action"
        case _:
            return "not a mapping"

for c in [{"action": "move", "x": 1, "y": 2, "speed": 3}, {"action": "say", "text": "hi"},
          {"action": "say", "text": 5}, {"action": "quit"}, {"action": "quit", "force": True},
          {"other": 1}, [("action", "move")], "action"]:
    print(action(c))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Circle:
    def __init__(self, center, r):
        self.center = center
        self.r = r

def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"y axis {yy}"
        case Point(x, 0):
            return f"x axis {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case Circle(center=Point(x=0, y=0), r=r):
            return f"circle at origin r={r}"
        case Circle(r=r):
            return f"circle r={r}"
        case int(n) | float(n):
            return f"number {n}"
        case [Point(x=a), Point(x=b)]:
            return f"two points x={a},{b}"
        case _:
            return "unknown"

for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(0, 0), 4),
          Circle(Point(1, 0), 2), 7, 2.5, [Point(1, 1), Point(2, 2)], "x"]:
    print(where(s))

match {"a": 1, "b": 2}:
    case {"a": 1, **others}:
        print(others)

class Color:
    RED = 1
    GREEN = 2

def color(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
    return "?"

print(color(1), color(2), color(3))

match 3:
    case bool(b):
        print("bool", b)
    case int(i):
        print("int", i)

match True:
    case int(i):
        print("True is an int", i)

try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match Circle(1, 2):
        case Circle(1):
            pass
except TypeError as e:
    print("TypeError:", e)
