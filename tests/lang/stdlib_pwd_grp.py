# pwd and grp over the C library's databases; only what every Debian
# machine agrees on is printed (root, consistency between the lookups).
import pwd, grp
print(sorted(n for n in dir(pwd) if not n.startswith('_')), sorted(n for n in dir(grp) if not n.startswith('_')))
root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_gid, root.pw_dir, root[:4], len(root), type(root).__name__)
print(pwd.struct_passwd.n_fields, grp.struct_group.n_sequence_fields, grp.getgrgid(0)[:3], grp.getgrnam('root').gr_gid)
print(root == pwd.getpwnam('root'), isinstance(root, tuple))
print(all(pwd.getpwnam(p.pw_name).pw_uid == p.pw_uid for p in pwd.getpwall()))
print(all(grp.getgrgid(g.gr_gid).gr_gid == g.gr_gid and isinstance(g.gr_mem, list) for g in grp.getgrall()))
class Index:
    def __index__(self): return 99999
for f, a in [(pwd.getpwuid, (99999,)), (pwd.getpwnam, ('no such user',)), (grp.getgrgid, (99999,)),
             (grp.getgrnam, ('no such group',)), (pwd.getpwuid, ('x',)), (pwd.getpwuid, (-5,)),
             (pwd.getpwuid, (2**40,)), (grp.getgrgid, (2**40,)), (pwd.getpwnam, ('a\0b',)),
             (grp.getgrgid, (1.5,)), (pwd.getpwnam, (3,)), (pwd.getpwuid, ()), (pwd.getpwall, (1,)),
             (grp.getgrgid, (-5,)), (grp.getgrgid, (-1,)), (pwd.getpwuid, (-1,)), (grp.getgrgid, ('x',)),
             (grp.getgrgid, (2**64,)), (pwd.getpwuid, (2**64,)), (pwd.getpwuid, (1.0,)),
             (grp.getgrnam, ('a\0',)), (grp.getgrnam, (b'root',)), (grp.getgrgid, ()), (grp.getgrall, (1,)),
             (pwd.getpwuid, (4294967295,)), (grp.getgrgid, (4294967295,)), (grp.getgrgid, (Index(),)),
             (pwd.getpwuid, (Index(),))]:
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__, e)
