import sys

mon = sys.monitoring
E = mon.events
TOOL = 4


def line_of(code, offset):
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line
    return None


WANT = {"run", "make", "area", "deep", "kind", "name", "outer", "middle", "innermost",
        "gen", "<lambda>"}
seen = []
codes = {}
offsets_ok = []


def on_start(code, offset):
    if code.co_name in WANT:
        seen.append(code)
        codes[code.co_qualname] = code
        offsets_ok.append(line_of(code, offset) is not None)


def on_return(code, offset, value):
    if code in codes.values():
        offsets_ok.append(line_of(code, offset) is not None)


class Shape:
    def area(self):
        return 0

    class Inner:
        def deep(self):
            return "deep"

    @staticmethod
    def make():
        return Shape()

    @classmethod
    def kind(cls):
        return cls.__name__

    @property
    def name(self):
        return "shape"


def outer():
    def middle():
        def innermost():
            return 3
        return innermost()
    return middle()


def gen():
    yield 1


anon = lambda: 0


def run():
    s = Shape.make()
    s.area()
    Shape.Inner().deep()
    Shape.kind()
    s.name
    outer()
    list(gen())
    anon()
    return [x for x in range(2)]


mon.use_tool_id(TOOL, "codes")
mon.register_callback(TOOL, E.PY_START, on_start)
mon.register_callback(TOOL, E.PY_RETURN, on_return)
mon.set_events(TOOL, E.PY_START | E.PY_RETURN)
run()
mon.set_events(TOOL, 0)
mon.register_callback(TOOL, E.PY_START, None)
mon.register_callback(TOOL, E.PY_RETURN, None)
mon.free_tool_id(TOOL)

for code in seen:
    print("%-38s name=%-10s first=%d file=%s type=%s" % (
        code.co_qualname, code.co_name, code.co_firstlineno,
        code.co_filename.rsplit("/", 1)[-1], type(code).__name__))

print("identity checks:")
print("  run", codes["run"] is run.__code__)
print("  Shape.area", codes["Shape.area"] is Shape.area.__code__)
print("  Shape.Inner.deep", codes["Shape.Inner.deep"] is Shape.Inner.deep.__code__)
print("  Shape.make", codes["Shape.make"] is Shape.make.__code__)
print("  Shape.kind", codes["Shape.kind"] is Shape.kind.__func__.__code__)
print("  Shape.name", codes["Shape.name"] is Shape.name.fget.__code__)
print("  outer", codes["outer"] is outer.__code__)
print("  gen", codes["gen"] is gen.__code__)
print("  <lambda>", codes["<lambda>"] is anon.__code__)
print("  middle in outer consts:", any(c is codes["outer.<locals>.middle"] for c in outer.__code__.co_consts))
print("every callback offset maps to a line:", all(offsets_ok), len(offsets_ok))

# co_lines consistency
for name in ("run", "Shape.area", "outer.<locals>.middle.<locals>.innermost"):
    code = codes[name]
    ranges = list(code.co_lines())
    contiguous = all(ranges[i][1] == ranges[i + 1][0] for i in range(len(ranges) - 1))
    starts_at_zero = ranges[0][0] == 0
    lines = sorted(set(r[2] for r in ranges if r[2] is not None))
    rel = [l - code.co_firstlineno for l in lines]
    print(name, "contiguous", contiguous, "starts_at_zero", starts_at_zero, "relative lines", rel)
