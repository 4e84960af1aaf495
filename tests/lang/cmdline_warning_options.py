# -W options and PYTHONWARNINGS become sys.warnoptions (the environment's
# first, then the options in order) and are applied at start-up.
import os, subprocess, sys

def run(args, env_warnings=None):
    env = dict(os.environ)
    env.pop('PYTHONWARNINGS', None)
    if env_warnings is not None:
        env['PYTHONWARNINGS'] = env_warnings
    p = subprocess.run([sys.executable] + args, capture_output=True, text=True, env=env)
    print(args, repr(env_warnings), p.returncode)
    print('  out:', p.stdout.strip())
    print('  err:', p.stderr.strip().splitlines()[-1:] if p.stderr else '')

show = 'import sys, warnings; print(sys.warnoptions, warnings.filters[0][:3])'
run(['-W', 'ignore', '-c', show])
run(['-Werror::DeprecationWarning', '-W', 'always', '-c', show])
run(['-c', show], 'ignore::DeprecationWarning,,default')
run(['-W', 'error', '-c', show], 'ignore')
run(['-E', '-c', 'import sys; print(sys.warnoptions)'], 'ignore')
run(['-W', 'foo', '-c', 'pass'])
run(['-Wd', '-c', 'import warnings; warnings.warn("x", DeprecationWarning)'])
p = subprocess.run([sys.executable, '-W'], capture_output=True, text=True)
print(p.returncode, p.stderr.splitlines()[0])
