# sys.set_coroutine_origin_tracking_depth(n): new coroutines record the n
# innermost frames that made them as cr_origin (asyncio's debug mode sets it).
import sys
async def c(): pass
def make(): return c()
print(sys.get_coroutine_origin_tracking_depth())
x = make(); print(x.cr_origin); x.close()
sys.set_coroutine_origin_tracking_depth(2)
x = make(); print([(f.rsplit('/',1)[-1], l, n) for f, l, n in x.cr_origin]); x.close()
sys.set_coroutine_origin_tracking_depth(0)
try: sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e: print(e)
try: sys.set_coroutine_origin_tracking_depth(depth=1.5)
except TypeError as e: print(e)
print(sys.get_coroutine_origin_tracking_depth())
