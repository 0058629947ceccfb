# The exception being handled (CPython's exc_info chain) where the lowering lays code out with labels: a coroutine
# suspended in an except block keeps it to itself while suspended, an async with's __aexit__ runs with the body's
# exception handled across an await, and a finally block that continues its loop handles the exception it runs for.
import sys


def show(label):
    info = sys.exc_info()
    print(f"{label}: exception={sys.exception()!r} exc_info={(info[0].__name__ if info[0] else None, info[1] is sys.exception())}")


# Coroutines, stepped by hand: suspended in an except block and in an async with's __aexit__.
class Yielder:
    def __await__(self):
        yield "suspended"


class AsyncManager:
    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, value, tb):
        show("__aexit__ before await")
        await Yielder()
        show("__aexit__ after await")
        return True


async def coro():
    try:
        raise ValueError("in coroutine")
    except ValueError:
        await Yielder()
        show("coroutine resumed")
    async with AsyncManager():
        raise IndexError("in async with")
    show("coroutine after async with")


co = coro()
print(co.send(None))
show("between steps")
print(co.send(None))
try:
    co.send(None)
except StopIteration:
    print("coroutine done")


# A finally block that continues a loop, with an exception pending (the flat finally).
for i in range(2):
    try:
        raise KeyError(i)
    finally:
        show(f"flat finally {i}")
        continue
show("after loop")
