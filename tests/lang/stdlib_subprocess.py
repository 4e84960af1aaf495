# subprocess over _posixsubprocess, select and os: run, pipes, return
# codes, errors of a missing program or directory.
import subprocess, sys
r = subprocess.run(["echo", "hi"], capture_output=True)
print(r.returncode, r.stdout, r.stderr, r.args)
r = subprocess.run(["sh", "-c", "cat; echo oops >&2; exit 4"], input=b"data\n", capture_output=True)
print(r.returncode, r.stdout, r.stderr)
print(subprocess.run("echo $X", shell=True, env={"X": "from env"}, stdout=subprocess.PIPE, text=True).stdout)
print(subprocess.check_output(["pwd"], cwd="/tmp"), subprocess.call(["true"]), subprocess.call(["false"]))
try:
    subprocess.check_call(["sh", "-c", "exit 2"])
except subprocess.CalledProcessError as e:
    print(e, e.returncode)
try:
    subprocess.run(["tally-no-such-program"])
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
try:
    subprocess.run(["true"], cwd="/tally-no-such-dir")
except FileNotFoundError as e:
    print(e)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(b"through communicate")
print(out, p.returncode, p.poll(), p.wait())
print(subprocess.getoutput("echo one; echo two"), subprocess.getstatusoutput("exit 3"))
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd)
