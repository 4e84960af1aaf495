# -X options land in sys._xoptions ("name=value" or name -> True); -X dev
# turns on sys.flags.dev_mode and puts a "default" warnings filter first.
import os, subprocess, sys
show = 'import sys, warnings; print(sorted(sys._xoptions.items()), sys.flags.dev_mode, sys.warnoptions, warnings.filters[0][:3])'
for args in [[], ['-X', 'dev'], ['-X', 'foo=bar', '-Xbaz'], ['-X', 'dev', '-W', 'error'],
             ['-X', 'a=1', '-X', 'a=2']]:
    env = dict(os.environ)
    env.pop('PYTHONWARNINGS', None)
    p = subprocess.run([sys.executable] + args + ['-c', show], capture_output=True, text=True, env=env)
    print(args, p.returncode, p.stdout.strip())
p = subprocess.run([sys.executable, '-X', 'dev', '-c', 'import warnings; warnings.warn("d", DeprecationWarning)'],
                   capture_output=True, text=True)
print(p.stderr.strip())
