# asyncio over CPython's own package: run, tasks, gather, sleep, wait_for and
# timeout, queues, events, locks, async generators and their finalization
# through sys.set_asyncgen_hooks, call_soon/call_later, streams over a
# socketpair.  (run_in_executor needs a thread, which tally refuses to start.)
import asyncio
import socket
import sys

async def worker(name, q, results):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(0.001)
        results.append((name, item * 2))
        q.task_done()

async def agen(n, label):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print("agen finally", label)

async def slow():
    await asyncio.sleep(10)

async def main():
    loop = asyncio.get_running_loop()
    print(type(loop).__name__, sys.get_asyncgen_hooks().firstiter is not None)
    print(await asyncio.gather(asyncio.sleep(0.01, "a"), asyncio.sleep(0, "b")))
    t = asyncio.create_task(asyncio.sleep(0.001, "task"), name="sleeper")
    print(t.get_name(), await t, t.done())
    q = asyncio.Queue()
    results = []
    ws = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(2)]
    for i in range(5):
        await q.put(i)
    for _ in ws:
        await q.put(None)
    await q.join()
    await asyncio.gather(*ws)
    print(sorted(x for _, x in results), q.empty())
    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    try:
        async with asyncio.timeout(0.01):
            await slow()
    except TimeoutError:
        print("timeout() timed out")
    ev = asyncio.Event()
    lock = asyncio.Lock()
    async def setter():
        async with lock:
            ev.set()
    await asyncio.gather(setter(), ev.wait())
    print(ev.is_set(), lock.locked())
    print([i async for i in agen(3, "comprehension")])
    g = agen(10, "aclose")
    print(await g.__anext__())
    await g.aclose()
    left = agen(10, "left unfinished: closed by shutdown_asyncgens")
    print(await left.__anext__())
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print(await fut)
    fut2 = loop.create_future()
    loop.call_later(0.01, fut2.set_result, "later")
    print(await fut2)
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    results = await asyncio.gather(asyncio.sleep(0, 1), asyncio.wait_for(slow(), 0.001), return_exceptions=True)
    print([type(r).__name__ for r in results])
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0, "x"))])
    print(len(done), len(pending))
    rsock, wsock = socket.socketpair()
    reader, writer = await asyncio.open_connection(sock=rsock)
    wsock.send(b"hello\nworld")
    print(await reader.readline(), await reader.readexactly(5))
    writer.close()
    await writer.wait_closed()
    wsock.close()
    return "done"

print(asyncio.run(main()))
print(sys.get_asyncgen_hooks())
