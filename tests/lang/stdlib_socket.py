# socket.py over _socket: socketpair, the IntEnum families and kinds, a
# loopback TCP server with create_server/create_connection, makefile,
# timeouts, and the socket object's repr after close.
import socket

a, b = socket.socketpair()
print(a.family, a.type, repr(a.family), isinstance(a, socket.socket))
a.sendall(b"ping")
print(b.recv(4))
print(socket.AF_INET, int(socket.SOCK_DGRAM), socket.AddressFamily(socket.AF_INET6).name)
with socket.create_server(("127.0.0.1", 0)) as srv:
    port = srv.getsockname()[1]
    with socket.create_connection(("127.0.0.1", port), timeout=2) as cli:
        conn, addr = srv.accept()
        with conn:
            print(conn.family, addr[0], conn.gettimeout(), cli.gettimeout())
            cli.sendall(b"line one\nline two\n")
            f = conn.makefile("rb")
            print(f.readline(), f.readline())
            f.close()
            conn.settimeout(0.01)
            try:
                conn.recv(1)
            except socket.timeout as e:
                print("timeout:", e)
a.close()
print(repr(a).startswith("<socket.socket [closed] fd=-1, family=1, type=1, proto=0"))
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM)[0][:3])
print(socket.inet_ntoa(socket.inet_aton("10.0.0.1")), socket.htons(1))
try:
    socket.getaddrinfo("no-such-host.invalid", 80)
except socket.gaierror as e:
    print("gaierror", e.errno)
b.close()
