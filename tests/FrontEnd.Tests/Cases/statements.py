@decorator
@other.deco(1)
class C(Base, metaclass=Meta):
    x: int = 1
    (y): str
    def method(self, /, a, *, b=2): ...
    async def am(self):
        async with a as b, c:
            await x
        async for i in y:
            yield i
        return [i async for i in y]

try:
    pass
except (A, B) as e:
    raise X from e
except C:
    raise
else:
    pass
finally:
    del a, b[1], c.d

try:
    pass
except* ValueError:
    pass

with (open(a) as f, open(b) as g):
    pass
with (a, b):
    pass

def gen[T: int, *Ts, **P](x: T) -> T:
    nonlocal_ = 1
    yield from x
    return (yield)

type Alias[T] = list[T]
type X = int

def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x = (n := 10)
    assert x, "msg"

match command.split():
    case [action]:
        pass
    case [action, obj] | (action, obj, _) if obj:
        pass
    case Point(x=0, y=0) as p:
        pass
    case {"key": value, **rest}:
        pass
    case -1 | 1 + 2j | "s" | None | True | Color.RED:
        pass
    case [*others, _]:
        pass
    case _:
        pass
match = 1
match(x)
print(*args, **kwargs)
x = a if b else c
x = not a
x = a < b < c
x = ~a << 2 >> 1 & b | c ^ d
x[1:2:3, ...] = 4
for x, in y: pass
while x: pass
else: pass
if x: pass
