# asyncio's queues and synchronization primitives: who runs when, in CPython's order, and their errors.
import asyncio


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "raises", type(e).__name__, repr(e.args))


async def producer_consumer():
    q = asyncio.Queue(maxsize=2)
    log = []

    async def producer():
        for i in range(5):
            await q.put(i)
            log.append(f"put {i} size={q.qsize()}")
        await q.put(None)

    async def consumer(name):
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                log.append(f"{name} done")
                return
            log.append(f"{name} got {item}")
            await asyncio.sleep(0)

    await asyncio.gather(producer(), consumer("c"))
    for line in log:
        print(line)
    await q.join()
    print("joined", q.empty(), q.full(), q.qsize(), q.maxsize)


async def queue_api():
    q = asyncio.Queue(2)
    print(str(q))
    q.put_nowait("a")
    q.put_nowait("b")
    print(str(q), q.full())
    show("put_nowait full", lambda: q.put_nowait("c"))
    print(q.get_nowait(), q.get_nowait())
    show("get_nowait empty", q.get_nowait)
    print(str(q))
    q.task_done()
    q.task_done()
    show("task_done too many", q.task_done)
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))

    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 2]:
        lq.put_nowait(x)
        pq.put_nowait((x, f"p{x}"))
    print([lq.get_nowait() for _ in range(3)], [pq.get_nowait() for _ in range(3)])
    print(str(lq), str(pq), isinstance(pq, asyncio.Queue))

    joined = []
    work = asyncio.Queue()
    for i in range(3):
        work.put_nowait(i)

    async def worker():
        while not work.empty():
            item = await work.get()
            await asyncio.sleep(0.001 * item)
            joined.append(item)
            work.task_done()

    tasks = [asyncio.create_task(worker()) for _ in range(2)]
    await work.join()
    print("all work done", sorted(joined))
    await asyncio.gather(*tasks)

    waiting = asyncio.Queue()

    async def getter():
        return await waiting.get()

    g = asyncio.create_task(getter())
    await asyncio.sleep(0)
    print(str(waiting))
    waiting.put_nowait("hello")
    print(await g)


async def locks():
    lock = asyncio.Lock()
    log = []

    async def critical(name):
        async with lock:
            log.append(f"{name} in")
            await asyncio.sleep(0.001)
            log.append(f"{name} out")

    await asyncio.gather(critical("a"), critical("b"), critical("c"))
    print(log)
    print(lock.locked())
    show("release unlocked", lock.release)
    print(await lock.acquire(), lock.locked())
    lock.release()

    async with lock as value:
        print("as value", value, lock.locked())
    print("after", lock.locked())
    print(repr(lock).endswith("[unlocked]>"))


async def events():
    ev = asyncio.Event()
    log = []

    async def waiter(name):
        log.append(f"{name} waiting")
        r = await ev.wait()
        log.append(f"{name} woke {r}")

    tasks = [asyncio.create_task(waiter(n)) for n in "xyz"]
    await asyncio.sleep(0)
    print(ev.is_set(), repr(ev).endswith("[unset, waiters:3]>"))
    ev.set()
    log.append("set")
    await asyncio.gather(*tasks)
    print(log)
    print(ev.is_set(), await ev.wait())
    ev.clear()
    print(ev.is_set(), repr(ev).endswith("[unset]>"))


async def semaphores():
    sem = asyncio.Semaphore(2)
    active = []
    peak = []

    async def limited(i):
        async with sem:
            active.append(i)
            peak.append(len(active))
            await asyncio.sleep(0)
            active.remove(i)

    await asyncio.gather(*(limited(i) for i in range(5)))
    print("peak concurrency", max(peak), sem.locked())
    show("negative", lambda: asyncio.Semaphore(-1))
    s = asyncio.Semaphore(0)
    print(s.locked())
    s.release()
    print(s.locked(), await s.acquire(), s.locked())
    print(repr(s).endswith("[locked]>"))

    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    show("bounded over-release", b.release)
    print(isinstance(b, asyncio.Semaphore), repr(b).endswith("[unlocked, value:1]>"))


async def conditions():
    cond = asyncio.Condition()
    items = []
    log = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            log.append(f"{name} took {items.pop(0)}")

    tasks = [asyncio.create_task(consumer(n)) for n in ("first", "second")]
    await asyncio.sleep(0)
    async with cond:
        items.append(1)
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.append(2)
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(log)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait unlocked:", e)
    show("notify unlocked", cond.notify)
    print(cond.locked())


async def main():
    await producer_consumer()
    await queue_api()
    await locks()
    await events()
    await semaphores()
    await conditions()


asyncio.run(main())
