# asyncio: running coroutines, tasks, futures, gather/wait/as_completed/shield, the loop's callbacks and timers,
# in CPython's scheduling order and with its results, exceptions and messages.
import asyncio


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "raises", type(e).__name__, repr(e.args))


async def ticker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name * n


async def interleaving():
    log = []
    t1 = asyncio.create_task(ticker("a", 3, log))
    t2 = asyncio.create_task(ticker("b", 2, log))
    log.append("created")
    await asyncio.sleep(0)
    log.append("main resumed")
    print(await t1, await t2)
    print(log)


async def task_api():
    async def child(x):
        await asyncio.sleep(0.01)
        return x * 2

    t = asyncio.create_task(child(21))
    print(t.get_name().startswith("Task-"), t.done(), t.cancelled())
    show("result before done", t.result)
    show("exception before done", t.exception)
    t.set_name("renamed")
    print(t.get_name())
    t.set_name(42)
    print(repr(t.get_name()))
    seen = []
    t.add_done_callback(lambda f: seen.append(("cb1", f.result())))
    cb2 = lambda f: seen.append("cb2")
    t.add_done_callback(cb2)
    print(t.remove_done_callback(cb2), t.remove_done_callback(cb2))
    print(await t, t.done(), t.result(), t.exception())
    print(seen)
    await asyncio.sleep(0)
    print(seen)
    show("set_result on task", lambda: t.set_result(1))
    show("set_exception on task", lambda: t.set_exception(ValueError()))
    print(type(t).__name__, isinstance(t, asyncio.Future), asyncio.isfuture(t))
    print(asyncio.iscoroutine(t.get_coro()), asyncio.iscoroutine(child), asyncio.iscoroutine(1))
    print(t.get_loop() is asyncio.get_running_loop())

    async def failing():
        await asyncio.sleep(0)
        raise KeyError("missing")

    t = asyncio.create_task(failing())
    try:
        await t
    except KeyError as e:
        print("awaited task raised", repr(e))
    print(repr(t.exception()), t.done(), t.cancelled())
    show("result of failed", t.result)


async def future_api():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled(), type(f).__name__)
    show("result", f.result)
    show("exception", f.exception)
    order = []
    f.add_done_callback(lambda fut: order.append("first"))
    f.add_done_callback(lambda fut: order.append("second"))
    f.set_result("value")
    print(order, f.done(), f.result(), f.exception())
    await asyncio.sleep(0)
    print(order)
    show("set_result twice", lambda: f.set_result(2))
    show("set_exception after", lambda: f.set_exception(ValueError("x")))
    f.add_done_callback(lambda fut: order.append("late"))
    await asyncio.sleep(0)
    print(order)
    print(await f)

    g = loop.create_future()
    g.set_exception(ValueError)
    print(repr(g.exception()))
    try:
        await g
    except ValueError as e:
        print("await raised", repr(e))
    h = loop.create_future()
    show("set_exception StopIteration", lambda: h.set_exception(StopIteration()))
    print(h.cancel("because"), h.cancel(), h.cancelled(), h.done())
    show("cancelled result", h.result)
    show("cancelled exception", h.exception)
    show("cancelled set_result", lambda: h.set_result(1))

    async def setter(fut):
        await asyncio.sleep(0.01)
        fut.set_result("from setter")

    k = loop.create_future()
    asyncio.create_task(setter(k))
    print(await k)
    print(list(asyncio.Future.__mro__) == [asyncio.Future, object])


async def gathering():
    async def value(x, delay):
        await asyncio.sleep(delay)
        return x

    async def boom(delay, exc):
        await asyncio.sleep(delay)
        raise exc

    print(await asyncio.gather())
    print(await asyncio.gather(value(1, 0.03), value(2, 0.01), value(3, 0)))
    print(await asyncio.gather(value(1, 0), boom(0.01, ValueError("bad")), return_exceptions=True))
    try:
        await asyncio.gather(value(1, 0.02), boom(0.01, ValueError("first")), boom(0.1, TypeError("second")))
    except Exception as e:
        print("gather raised", repr(e))
    await asyncio.sleep(0.15)
    t = asyncio.create_task(value("t", 0.01))
    print(await asyncio.gather(t, t, value("c", 0)))

    async def cancelled_child():
        await asyncio.sleep(1)

    c = asyncio.create_task(cancelled_child())
    await asyncio.sleep(0)
    c.cancel("stop it")
    res = await asyncio.gather(c, value(5, 0), return_exceptions=True)
    print([type(r).__name__ for r in res], res[0].args, res[1])


async def waiting():
    async def value(x, delay):
        await asyncio.sleep(delay)
        return x

    async def boom(delay):
        await asyncio.sleep(delay)
        raise RuntimeError("boom")

    # The later ones wait on a gate the first wait() cannot see opened: no timing race.
    gate = asyncio.get_running_loop().create_future()

    async def gated(x):
        await gate
        return x

    tasks = [asyncio.create_task(value(0, 0), name="w0")]
    tasks += [asyncio.create_task(gated(i), name=f"w{i}") for i in (1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    gate.set_result(None)
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), pending)
    tasks = [asyncio.create_task(boom(0.01), name="boom"), asyncio.create_task(value(1, 0.5), name="slow")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print([t.get_name() for t in done], [t.get_name() for t in pending])
    done, pending = await asyncio.wait(tasks, timeout=0.01)
    print(len(done), len(pending))
    tasks[1].cancel()
    for args in ([], asyncio.sleep(0)):
        try:
            await asyncio.wait(args)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        await asyncio.wait(tasks, return_when="SOMETIMES")
    except ValueError as e:
        print(type(e).__name__, e)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

    results = []
    for coro in asyncio.as_completed([value("slow", 0.3), value("fast", 0.1), value("mid", 0.2)]):
        results.append(await coro)
    print(results)


async def shielding():
    async def inner():
        await asyncio.sleep(0.2)
        return "inner done"

    task = asyncio.create_task(inner())

    async def outer():
        return await asyncio.shield(task)

    o = asyncio.create_task(outer())
    await asyncio.sleep(0.005)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled", o.cancelled(), task.cancelled())
    print(await task)
    done = asyncio.get_running_loop().create_future()
    done.set_result(3)
    print(asyncio.shield(done) is done)


async def loop_callbacks():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_soon(log.append, "soon1")
    h = loop.call_soon(log.append, "cancelled")
    loop.call_soon(log.append, "soon2")
    h.cancel()
    print(h.cancelled())
    loop.call_later(0.2, log.append, "later 0.02")
    loop.call_later(0.1, log.append, "later 0.01")
    th = loop.call_at(loop.time() + 0.15, log.append, "at 0.015")
    print(type(th).__name__, th.when() > loop.time())
    loop.call_later(0, log.append, "later 0")
    await asyncio.sleep(0.4)
    print(log)
    print(loop.is_running(), loop.is_closed(), asyncio.get_event_loop() is loop)
    show("call_later None", lambda: loop.call_later(None, print))
    show("call_at None", lambda: loop.call_at(None, print))
    print(type(loop.time()).__name__)
    print(asyncio.current_task() in asyncio.all_tasks(), len(asyncio.all_tasks()))


async def main():
    await interleaving()
    await task_api()
    await future_api()
    await gathering()
    await waiting()
    await shielding()
    await loop_callbacks()
    try:
        asyncio.run(asyncio.sleep(0))
    except RuntimeError as e:
        print("nested run:", e)
    return "main result"


print(asyncio.run(main()))
show("run a non-coroutine", lambda: asyncio.run(42))
show("get_running_loop outside", asyncio.get_running_loop)
show("Future outside", asyncio.Future)


async def leftover():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("leftover task cancelled at shutdown")
        raise


async def starts_leftover():
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    print("main ends with a task pending", asyncio.current_task().get_name())


asyncio.run(starts_leftover())

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(asyncio.sleep(0.01, "slept")))
fut = loop.create_future()
loop.call_soon(fut.set_result, "set by callback")
print(loop.run_until_complete(fut))
loop.close()
print(loop.is_closed())
show("closed loop", lambda: loop.call_soon(print))
show("run closed loop", lambda: loop.run_until_complete(fut))


async def raises():
    raise ValueError("from main")


show("run raising main", lambda: asyncio.run(raises()))
print(asyncio.TimeoutError is TimeoutError, issubclass(asyncio.CancelledError, BaseException),
      issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.InvalidStateError, Exception))
print(asyncio.CancelledError, asyncio.InvalidStateError, asyncio.Future, asyncio.Task)
