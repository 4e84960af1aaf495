# os.posix_spawn and posix_spawnp: arguments, errors, file actions and attributes.
import os, sys, signal
P = '/bin/true'
cases = [
 lambda: os.posix_spawn(P, 5, os.environ),
 lambda: os.posix_spawn(P, [], os.environ),
 lambda: os.posix_spawn(P, [''], os.environ),
 lambda: os.posix_spawn(P, [P], 5),
 lambda: os.posix_spawn(P, [P], os.environ, file_actions=[None]),
 lambda: os.posix_spawn(P, [P], os.environ, file_actions=[()]),
 lambda: os.posix_spawn(P, [P], os.environ, file_actions=[(None,)]),
 lambda: os.posix_spawn(P, [P], os.environ, file_actions=[(12345,)]),
 lambda: os.posix_spawn(P, [P], os.environ, file_actions=[(os.POSIX_SPAWN_CLOSE,)]),
 lambda: os.posix_spawn(P, [P], os.environ, file_actions=[(os.POSIX_SPAWN_CLOSE, 1, 2)]),
 lambda: os.posix_spawn(P, [P], os.environ, file_actions=[(os.POSIX_SPAWN_CLOSE, None)]),
 lambda: os.posix_spawn(P, [P], os.environ, file_actions=[(os.POSIX_SPAWN_OPEN, 3, 'x\0', os.O_RDONLY, 0)]),
 lambda: os.posix_spawn(P, [P], os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, 1)]),
 lambda: os.posix_spawn(P, [P], os.environ, file_actions=5),
 lambda: os.posix_spawn(P, [P], os.environ, setpgroup="023"),
 lambda: os.posix_spawn(P, [P], os.environ, resetids=None),
 lambda: os.posix_spawn(P, [P], os.environ, setsigmask=34),
 lambda: os.posix_spawn(P, [P], os.environ, setsigmask=["j"]),
 lambda: os.posix_spawn(P, [P], os.environ, setsigmask=[signal.NSIG, signal.NSIG+1]),
 lambda: os.posix_spawn(P, [P], os.environ, setsigdef=[0]),

 lambda: os.posix_spawn('nope_exe', ['nope_exe'], os.environ),
 lambda: os.posix_spawnp('nope_exe', ['nope_exe'], os.environ),
 lambda: os.posix_spawn(P, [P], {'a=b': 'c'}),
 lambda: os.posix_spawn(P, [P], os.environ, bogus=1),
 lambda: os.posix_spawn(P, [P]),
 lambda: os.posix_spawn(path=P, argv=[P], env={}),
]
for c in cases:
    try:
        pid = c(); print('pid', type(pid).__name__, os.waitpid(pid, 0)[1])
    except Exception as e: print(type(e).__name__, e, getattr(e, 'filename', None))
print(os.POSIX_SPAWN_OPEN, os.POSIX_SPAWN_CLOSE, os.POSIX_SPAWN_DUP2)
r, w = os.pipe()
pid = os.posix_spawnp('sh', ['sh', '-c', 'echo hi; echo $FOO'], {'FOO': 'bar', 'PATH': os.environ['PATH']},
                      file_actions=[(os.POSIX_SPAWN_DUP2, w, 1), (os.POSIX_SPAWN_CLOSE, r)], setsid=True, resetids=True,
                      setsigmask=[signal.SIGUSR1], setsigdef=[signal.SIGUSR2])
os.close(w)
st = os.waitpid(pid, 0)[1]
print(os.read(r, 100)); os.close(r); print(st)
pid = os.posix_spawn('/bin/sh', ['sh', '-c', 'cat < /dev/stdin > /dev/null; exit 3'], os.environ,
                     file_actions=[(os.POSIX_SPAWN_OPEN, 0, '/dev/null', os.O_RDONLY, 0)])
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
