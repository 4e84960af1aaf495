# os.chmod(symlink, mode, follow_symlinks=False): Linux cannot change a
# link's own mode, which CPython reports as NotImplementedError (ValueError
# with dir_fd); tempfile's cleanup relies on that.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    link = os.path.join(d, "link")
    os.symlink(os.path.join(d, "missing"), link)
    try:
        os.chmod(link, 0, follow_symlinks=False)
    except NotImplementedError as e:
        print("NotImplementedError", e)
    fd = os.open(d, os.O_RDONLY)
    try:
        os.chmod("link", 0, dir_fd=fd, follow_symlinks=False)
    except ValueError as e:
        print("ValueError", e)
    finally:
        os.close(fd)
    target = os.path.join(d, "dir")
    os.mkdir(target)
    os.chmod(target, 0)
    os.symlink(target, os.path.join(d, "dirlink"))
print("cleaned up", not os.path.exists(d))
