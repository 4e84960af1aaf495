# The tally module is preloaded at the prompt: its lifetime tools need no
# import (docs/lifetimes.md).
# oracle: own — the tally module is tally's own
args -q
type x = []
type sys_count = len(tally.referrers(x))
type sys_count
type tally.explain(x)
type tally.why_alive(x)
keys ^D
