# Look-ups of users and groups that no database has (CPython's test_posixpath
# test_expanduser_pwd asks for "~foo"): the statically linked ./tally crashed in
# the C library's systemd name-service module; every miss is a KeyError.
# (The lang harness runs ./tally-debug; TALLY_LANG_BIN=./tally checks the static binary.)
import grp
import posixpath
import pwd

for name in ("nosuchuser-tally", "vstinner", "x" * 200):
    try:
        pwd.getpwnam(name)
    except KeyError as e:
        print("KeyError", e)
    try:
        grp.getgrnam(name)
    except KeyError as e:
        print("KeyError", e)
for uid in (4000000000, 123457):
    try:
        pwd.getpwuid(uid)
    except KeyError as e:
        print("KeyError", e)
    try:
        grp.getgrgid(uid)
    except KeyError as e:
        print("KeyError", e)
print(posixpath.expanduser("~nosuchuser-tally/x"), posixpath.expanduser(b"~nosuchuser-tally"))
print(pwd.getpwnam("root").pw_uid, grp.getgrnam("root").gr_gid, pwd.getpwuid(0).pw_name)
