# select: select(), poll and epoll objects over a socketpair (_socket), their
# argument checks and messages, and the module's constants.
import select
import _socket

print(select.error is OSError, select.EPOLLET, select.POLLIN, select.POLLNVAL, select.EPOLLRDHUP, select.PIPE_BUF)
a, b = _socket.socketpair()
fa, fb = a.fileno(), b.fileno()

p = select.poll()
print(type(p))
p.register(fb)
p.register(fa, select.POLLOUT)
print([(fd == fa, ev) for fd, ev in p.poll(0)])
a.send(b"x")
print([(fd == fb, ev) for fd, ev in p.poll(10)])
p.modify(fb, select.POLLOUT)
print([(fd == fb, ev) for fd, ev in p.poll(None)])
p.unregister(fa)
p.register(fa)
print([fd == fa for fd, ev in p.poll(-1)])
try:
    p.modify(999, 1)
except OSError as e:
    print(type(e).__name__, e)
try:
    p.unregister(999)
except KeyError as e:
    print(repr(e))

ep = select.epoll()
print(ep.closed, ep.fileno() > 2, type(ep))
ep.register(fb, select.EPOLLIN)
print([(fd == fb, ev) for fd, ev in ep.poll(0.01)])
try:
    ep.register(fb)
except FileExistsError as x:
    print(x)
ep.modify(fb, select.EPOLLOUT)
print([(fd == fb, ev) for fd, ev in ep.poll(timeout=1, maxevents=1)])
ep.unregister(fb)
print(ep.poll(0))
b.recv(10)
with ep as same:
    print(same is ep)
print(ep.closed)
for f in (ep.poll, ep.fileno, lambda: ep.register(fa)):
    try:
        f()
    except ValueError as x:
        print(x)
ep.close()

print(select.select([], [a], [], 0) == ([], [a], []))
print(select.select([a, b], [], [], 0.01))
a.send(b"y")
print(select.select([a, b], [], [], None) == ([b], [], []))

class F:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd

class G:
    def fileno(self):
        return "x"

r = select.select([F(fb)], [], [])[0]
print(type(r[0]).__name__, r[0].fd == fb)

for f in [lambda: select.select([], [], [], -1), lambda: select.select([], [], [], 'a'),
          lambda: select.select(1, [], []), lambda: select.select(['a'], [], []), lambda: p.register(-1),
          lambda: p.register(0, -1), lambda: p.register(0, 70000), lambda: select.epoll(0),
          lambda: select.epoll(-2), lambda: p.poll('x'),
          lambda: select.epoll().poll(maxevents=0), lambda: select.epoll().poll('x'),
          lambda: select.select([2**40], [], []), lambda: select.select([2000], [], []),
          lambda: p.poll(1e30), lambda: p.poll(10**30),
          lambda: select.select([G()], [], [], 0), lambda: select.select([], [], [], float("nan")),
          lambda: p.register()]:
    try:
        print(f())
    except Exception as x:
        print(type(x).__name__, x)
a.close()
b.close()
