# uuid1() and getnode() through the C `_uuid` module (libuuid's
# uuid_generate_time_safe), as CPython's uuid.py uses it.
import _uuid
import uuid

raw, safe = _uuid.generate_time_safe()
print(type(raw).__name__, len(raw), safe in (0, -1), _uuid.has_uuid_generate_time_safe)
print(uuid.UUID(bytes=raw).version, uuid.UUID(bytes=raw).variant)
u = uuid.uuid1()
print(u.version, u.variant, u.is_safe in (uuid.SafeUUID.safe, uuid.SafeUUID.unsafe))
node = uuid.getnode()
print(type(node).__name__, 0 <= node < 2 ** 48, node == uuid.getnode())
v, w = uuid.uuid1(), uuid.uuid1()
print(v != w, v.time <= w.time)
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc)
try:
    _uuid.generate_time_safe(1)
except TypeError as e:
    print(type(e).__name__)
