# asyncio's cancellation and timeouts: CancelledError delivered at the await, its message, cleanup in finally,
# wait_for/timeout raising TimeoutError, cancellation swallowed, shielded and propagated through gather.
import asyncio


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "raises", type(e).__name__, repr(e.args))


async def cancel_basics():
    log = []

    async def sleeper():
        try:
            log.append("sleeping")
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            log.append(f"cancelled with {e.args}")
            raise
        finally:
            log.append("cleanup")

    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel("stop now"), t.cancelled(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting raised CancelledError", e.args)
    print(log, t.cancelled(), t.done(), t.cancel())
    show("result", t.result)
    show("exception", t.exception)

    # Cancelled before its first step: the coroutine never runs.
    ran = []

    async def never():
        ran.append(True)

    t = asyncio.create_task(never())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled before start", ran, e.args)

    # A task that catches the cancellation and returns normally is not cancelled.
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "ignored the cancel"

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling(), t.uncancel(), t.uncancel())

    # Cancelling a future the task awaits cancels the task's await.
    fut = asyncio.get_running_loop().create_future()

    async def waits_on(f):
        try:
            await f
        except asyncio.CancelledError as e:
            return f"waiter saw {e.args}"

    t = asyncio.create_task(waits_on(fut))
    await asyncio.sleep(0)
    fut.cancel("future cancelled")
    print(await t)

    # CancelledError is no Exception: except Exception does not catch it.
    async def broad():
        try:
            await asyncio.sleep(10)
        except Exception:
            return "caught by except Exception"

    t = asyncio.create_task(broad())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("except Exception did not catch it")


async def timeouts():
    async def slow(delay, value):
        try:
            await asyncio.sleep(delay)
            return value
        except asyncio.CancelledError:
            print("slow was cancelled by the timeout")
            raise

    print(await asyncio.wait_for(slow(0.01, "fast enough"), timeout=1))
    print(await asyncio.wait_for(slow(0.01, "no timeout"), timeout=None))
    try:
        await asyncio.wait_for(slow(1, "too slow"), timeout=0.02)
    except TimeoutError as e:
        print("wait_for TimeoutError", e.args, type(e.__cause__).__name__)
    except asyncio.TimeoutError:
        print("not reached")
    try:
        await asyncio.wait_for(slow(1, "zero"), timeout=0)
    except asyncio.TimeoutError as e:
        print("timeout 0:", type(e).__name__, type(e.__cause__).__name__)
    done = asyncio.get_running_loop().create_future()
    done.set_result("already done")
    print(await asyncio.wait_for(done, 0))

    try:
        async with asyncio.timeout(0.02) as cm:
            print(repr(cm).startswith("<Timeout [active] when="), cm.expired())
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout block raised", type(e).__name__, e.args, type(e.__cause__).__name__)
    print(cm.expired(), repr(cm))

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("finished in time", cm.expired(), repr(cm))

    async with asyncio.timeout(None) as cm:
        print(cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 1)
        print(cm.when() is not None)
        await asyncio.sleep(0)

    try:
        async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired")

    t = asyncio.timeout(1)
    show("reschedule before enter", lambda: t.reschedule(None))
    print(repr(t).startswith("<Timeout [created]"))

    # A timeout's own cancellation becomes TimeoutError; an outer cancel stays a cancel.
    async def inner_timeout():
        async with asyncio.timeout(10):
            await asyncio.sleep(10)

    task = asyncio.create_task(inner_timeout())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("outer cancellation is not a TimeoutError")


async def gather_cancellation():
    log = []

    async def child(name, delay):
        try:
            await asyncio.sleep(delay)
            log.append(f"{name} finished")
            return name
        except asyncio.CancelledError:
            log.append(f"{name} cancelled")
            raise

    g = asyncio.gather(child("a", 1), child("b", 1))
    await asyncio.sleep(0)
    print(g.cancel(), g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    print(sorted(log))

    log.clear()

    async def failing():
        await asyncio.sleep(0.01)
        raise ValueError("child failed")

    sibling = asyncio.create_task(child("sibling", 0.5))
    try:
        await asyncio.gather(failing(), sibling)
    except ValueError as e:
        print("gather propagated", e, "sibling running:", not sibling.done())
    print(await sibling, log)

    async def parent():
        await asyncio.gather(child("p1", 1), child("p2", 1))

    log.clear()
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled", sorted(log))


async def shield_and_wait():
    gate = asyncio.get_running_loop().create_future()

    async def work():
        await gate
        return "shielded result"

    inner = asyncio.create_task(work())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.005)
    except TimeoutError:
        print("timed out, inner still running:", not inner.done())
    gate.set_result(None)
    print(await inner)

    async def forever():
        await asyncio.sleep(10)

    t = asyncio.create_task(forever())
    done, pending = await asyncio.wait([t], timeout=0.01)
    print(len(done), len(pending), t.done())
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled())

    results = []
    async def fast():
        await asyncio.sleep(0)
        return "fast"
    try:
        for c in asyncio.as_completed([fast(), forever()], timeout=0.5):
            results.append(await c)
    except TimeoutError:
        print("as_completed timed out after", results)


async def main():
    await cancel_basics()
    await timeouts()
    await gather_cancellation()
    await shield_and_wait()


asyncio.run(main())


async def cancelled_main():
    asyncio.current_task().cancel("main cancelled")
    await asyncio.sleep(0)


show("run a main that is cancelled", lambda: asyncio.run(cancelled_main()))
