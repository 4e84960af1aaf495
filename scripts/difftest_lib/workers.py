"""Worker processes that survive one of them dying.

multiprocessing.Pool loses a task, and can deadlock on terminate, when a
worker is killed while it holds the task queue's lock; here each worker has
a pipe of its own and one task at a time, so a dead worker shows as an end
of file on its pipe: its task is reported lost and a fresh worker replaces
it.
"""

import multiprocessing
from multiprocessing import connection


class LostTask(Exception):
    """The worker running the task died."""


def serve(conn, init, init_args):
    init(*init_args)
    while True:
        try:
            fn, args = conn.recv()
        except EOFError:
            return
        try:
            conn.send((True, fn(*args)))
        except BaseException as e:  # the caller decides what a failure means
            conn.send((False, e))


class WorkerPool:
    def __init__(self, n, init, init_args):
        self.init = init
        self.init_args = init_args
        # [process, pipe end, id of the task it runs or None]
        self.workers = [self.spawn() for _ in range(n)]

    def spawn(self):
        ours, theirs = multiprocessing.Pipe()
        proc = multiprocessing.Process(target=serve, args=(theirs, self.init, self.init_args), daemon=True)
        proc.start()
        theirs.close()
        return [proc, ours, None]

    def idle(self):
        return sum(1 for w in self.workers if w[2] is None)

    def submit(self, task_id, fn, *args):
        worker = next(w for w in self.workers if w[2] is None)
        worker[1].send((fn, args))
        worker[2] = task_id

    def wait(self, timeout):
        """(task id, result, exception) of every task that ended within
        timeout seconds; exception is LostTask when the worker died."""
        busy = {w[1]: w for w in self.workers if w[2] is not None}
        done = []
        for conn in connection.wait(list(busy), timeout):
            worker = busy[conn]
            task_id, worker[2] = worker[2], None
            try:
                ok, value = conn.recv()
            except (EOFError, OSError):
                conn.close()
                worker[0].join()
                self.workers[self.workers.index(worker)] = self.spawn()
                done.append((task_id, None, LostTask(f"exit status {worker[0].exitcode}")))
                continue
            done.append((task_id, value, None) if ok else (task_id, None, value))
        return done

    def close(self):
        for proc, conn, _ in self.workers:
            conn.close()
            proc.kill()
            proc.join()
