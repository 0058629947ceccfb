"""PEP 563: under 'from __future__ import annotations' annotations are never evaluated; each is kept as its source text,
written back as CPython 3.12's compiler writes it."""
from __future__ import annotations
from __future__ import generator_stop as stop

print(annotations, stop)
print(annotations.getOptionalRelease(), annotations.getMandatoryRelease(), annotations.compiler_flag)


class Node:
    value: int = 0
    children: list[Node]
    __secret: __Hidden

    def add(self, child: Node) -> Node:
        self.children.append(child)
        return self

    def nested(self) -> dict[str, list[tuple[int, ...]]] | None:
        local: undefined_anywhere = 1
        return None


print(Node.__annotations__)
print(Node.add.__annotations__, Node.nested.__annotations__)
x: "quoted" = 1
y: 'it\'s' = 2
z: Undefined.attribute[1:2, ::3]
print(__annotations__)


def exprs(
    a: 1 + 2 * 3 - (4 - 5) ** -6 ** 7,
    b: (1 + 2) * 3 // 4 % 5 @ 6 << 7 >> 8 & 9 ^ 10 | 11,
    c: not a and b or c if d else e,
    d: lambda p, /, q=1, *r, s, t=2, **u: p,
    e: [i for i in range(3) if i if not i] + {k: v for k, v in z} + {*s},
    f: f(*args, key=value, **kwargs) + g(x for x in y) + h(),
    g: f"{x!r:>{width}} {{literal}} {y=} {'s'}",
    h: 1e309 + 1e309j + 0.5 + 10 ** 20 + 0x10 + b"bytes" + None + True + ...,
    i: a < b <= c != d is not e not in f,
    j: -x + +y + ~z + (-1) ** 2 + (1).real + 1.5.real,
    l: x[a:b:c, d] + x[()] + x[(1,)] + (1,) + (),
    m: {"k": 1, **rest},
    *args: *Ts,
    **kwargs: Unpack[Kw],
) -> (a, b):
    pass


for name, text in exprs.__annotations__.items():
    print(name, repr(text))
