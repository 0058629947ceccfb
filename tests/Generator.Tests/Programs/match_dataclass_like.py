class Shape:
    __match_args__ = ()

class Rect(Shape):
    __match_args__ = ("w", "h")
    def __init__(self, w, h):
        self.w, self.h = w, h

class Square(Rect):
    __match_args__ = ("side",)
    def __init__(self, side):
        super().__init__(side, side)
        self.side = side

class Circle(Shape):
    __match_args__ = ("r",)
    def __init__(self, r):
        self.r = r

def area(s):
    match s:
        case Square(side):
            return f"square {side * side}"
        case Rect(w, h) if w == h:
            return "square-ish rect"
        case Rect(w=w, h=h):
            return f"rect {w * h}"
        case Circle(r=0):
            return "degenerate"
        case Circle(r):
            return f"circle {round(3.14159 * r * r, 2)}"
        case Shape():
            return "some shape"
        case object():
            return "not a shape"

for s in [Square(3), Rect(2, 2), Rect(2, 5), Circle(0), Circle(2), Shape(), 42]:
    print(type(s).__name__, area(s))

class Event:
    def __init__(self, kind, **data):
        self.kind = kind
        self.data = data
    __match_args__ = ("kind", "data")

def handle(e):
    match e:
        case Event("click", {"x": x, "y": y}) if x < 0 or y < 0:
            return "click outside"
        case Event("click", {"x": x, "y": y}):
            return f"click at {x},{y}"
        case Event("key", {"key": "q" | "Q"}):
            return "quit"
        case Event("key", {"key": k}):
            return f"key {k}"
        case Event(kind):
            return f"unhandled {kind}"

for e in [Event("click", x=1, y=2), Event("click", x=-1, y=0), Event("key", key="Q"), Event("key", key="a"), Event("resize", w=1)]:
    print(handle(e))

try:
    not_a_class = 5
    match 5:
        case not_a_class():
            pass
except TypeError as e:
    print("TypeError", e)
