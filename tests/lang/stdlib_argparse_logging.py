# argparse and logging, CPython's own, over tally's C modules.
import argparse
import logging
import sys

p = argparse.ArgumentParser(prog='x')
p.add_argument('--n', type=int, default=3)
p.add_argument('files', nargs='*')
print(p.parse_args(['--n', '5', 'a', 'b']))
print(p.format_usage(), end='')
try:
    p.parse_args(['--n', 'zz'])
except SystemExit as e:
    print('exit', e.code)
logging.basicConfig(stream=sys.stdout, format='%(levelname)s %(name)s %(message)s')
logging.warning('hi %d', 5)
log = logging.getLogger('app.sub')
log.setLevel(logging.DEBUG)
log.debug('debug %s', [1])
log.info('skipped? no')
