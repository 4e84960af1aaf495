import array, struct, io, pickle
ba = bytearray(b'abcdef')
m1 = memoryview(ba)
m2 = memoryview(m1)
pb0 = pickle.PickleBuffer(m1)
try: m1.release()
except BufferError as e: print('rel', e)
pb0.release()
m3 = m1[1:3]
try: ba.append(1)
except BufferError as e: print('ba', e)
for op in [lambda: ba.extend(b'x'), lambda: ba.pop(), lambda: ba.clear(), lambda: ba.__iadd__(b'z'), lambda: ba.__imul__(2), lambda: ba.__delitem__(0), lambda: ba.__setitem__(slice(0,2), b'xyz'), lambda: ba.__setitem__(slice(0,2), b'xy'), lambda: ba.insert(0,1), lambda: ba.remove(97), lambda: ba.__init__(b'q'), lambda: ba.__imul__(1)]:
    try: op(); print('ok', ba)
    except Exception as e: print('err', type(e).__name__, e)
m1.release(); print(m2.obj is ba, m3.obj is ba)
try: ba.append(1)
except BufferError as e: print('still', e)
del m2, m3
ba.append(1); print(ba)
a = array.array('i', [1,2,3])
m = memoryview(a)
for op in [lambda: a.append(1), lambda: a.extend([1]), lambda: a.pop(), lambda: a.frombytes(b'1234'), lambda: a.fromlist([1]), lambda: a.__iadd__(array.array('i')), lambda: a.__imul__(1), lambda: a.__delitem__(0), lambda: a.__setitem__(slice(0,1), array.array('i',[1,2])), lambda: a.byteswap(), lambda: a.insert(0,5), lambda: a.remove(1), lambda: a.__setitem__(slice(0,1), array.array('i',[9]))]:
    try: op(); print('ok', a)
    except Exception as e: print('err', type(e).__name__, e)
m.release(); a.append(4); print(a)
it = struct.iter_unpack('b', ba)
try: ba.append(1)
except BufferError as e: print('iter', e)
del it
b = io.BytesIO(b'abc'); g = b.getbuffer()
try: b.write(b'zzzz')
except BufferError as e: print('bio', e)
g.release(); b.write(b'zzzz'); print(b.getvalue())
pb = pickle.PickleBuffer(ba)
try: ba.append(1)
except BufferError as e: print('pb', e)
pb.release(); ba.append(2); print(len(ba))
with memoryview(ba) as mm:
    try: ba.append(1)
    except BufferError as e: print('with', e)
ba.append(3)
m = memoryview(ba); m2 = m.cast('c'); m.release() if False else None
try: m.release()
except BufferError as e: print('cast', e)
print(m2.obj is ba)

# A view in a reference cycle pins its bytearray until the collector frees it.
import gc
class Holder:
    pass
h = Holder()
h.self = h
store = bytearray(b'cycle')
h.view = memoryview(store)
del h
try:
    store.extend(b'!')
except BufferError as e:
    print('cycle', e)
gc.collect()
store.extend(b'!')
print(store)

# Two pins of one view: release needs both gone; the message counts them.
base = bytearray(b'0123')
view = memoryview(base)
p1 = pickle.PickleBuffer(view)
p2 = pickle.PickleBuffer(view)
try:
    view.release()
except BufferError as e:
    print('two', e)
p1.release()
try:
    with view:
        pass
except BufferError as e:
    print('exit', e)
del p2
view.release()
base.append(0x34)
print(base)

# A PickleBuffer of a PickleBuffer keeps the exporter pinned after the first is released.
raw = bytearray(b'ab')
outer = pickle.PickleBuffer(raw)
inner = pickle.PickleBuffer(outer)
outer.release()
try:
    raw.append(1)
except BufferError as e:
    print('nested', e)
inner.release()
raw.append(1)
print(raw)

# An exhausted iter_unpack unpins its buffer.
data = bytearray(b'\x01\x02')
it = struct.iter_unpack('b', data)
print(list(it))
data.append(3)
print(data)

# Resizing to the same length is allowed under a view; arrays too.
same = bytearray(b'xyz')
sv = memoryview(same)
same[0:2] = b'pq'
same += b''
same *= 1
print(same, sv.tobytes())
arr = array.array('b', [1, 2])
av = memoryview(arr)
arr.extend([])
arr.fromlist([])
arr[0:1] = array.array('b', [9])
print(arr)
try:
    arr *= 0
except BufferError as e:
    print('array', e)
try:
    del arr[::2]
except BufferError as e:
    print('array', e)
av.release()
del arr[::2]
print(arr)

# Assigning no bytes to an extended slice deletes it (and so needs no pin).
quirk = bytearray(b'abcdefgh')
quirk[::2] = b''
quirk[::-3] = bytearray()
print(quirk)

# A regular-expression scanner keeps its bytearray exported until it is freed.
import re
subject = bytearray(b'x')
scan = re.finditer(b'a', subject)
try:
    subject.extend(b'x' * 400)
except BufferError as e:
    print('scanner', e)
print(list(scan))
del scan
subject.extend(b'x' * 400)
print(len(subject))
