# Struct sequences (time.struct_time, os.stat_result, sys.version_info)
# reduce to (type, (visible fields, {other fields})), as CPython's.
import copy
import os
import pickle
import sys
import time

tm = time.gmtime(86400 * 365)
r = tm.__reduce__()
print(r[0].__name__, r[1][0], sorted(r[1][1]))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(tm, proto))
    assert back == tm and back.tm_zone == tm.tm_zone and back.tm_gmtoff == tm.tm_gmtoff
print(copy.copy(tm) == tm, copy.deepcopy(tm).tm_zone)
st = os.stat(".")
back = pickle.loads(pickle.dumps(st))
print(type(back).__name__, back == st, back.st_mtime == st.st_mtime, back.st_mtime_ns == st.st_mtime_ns)
print(sorted(st.__reduce__()[1][1]))
print(sys.version_info.__reduce__()[1][1], type(sys.flags.__reduce__()[1][0]).__name__)
