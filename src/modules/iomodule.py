# The Python half of tally's _io module, run in the module's namespace when
# _io is first imported (src/modules/iomodule.c puts open, FileIO,
# UnsupportedOperation, DEFAULT_BUFFER_SIZE and _c_kinds there first).
#
# The C file objects open() returns do the work of CPython's three layers
# over a file descriptor.  What is written here is what has no descriptor
# under it: the abstract bases, BytesIO, StringIO, the newline decoder and
# the Buffered* / TextIOWrapper classes a program builds over an object of
# its own (io.TextIOWrapper(io.BytesIO(...))).  The leaf classes answer
# isinstance() for the C objects of the same role too (_KindMeta), so
# io.py's ABC registrations cover both.

_c_text, _c_reader, _c_writer, _c_random = _c_kinds
del _c_kinds

_CLOSED = "I/O operation on closed file."


def _unsupported(name):
    raise UnsupportedOperation(name)


def _index(value):
    """A size argument: -1 for None, else an integer, with CPython's
    TypeError for other objects."""
    if value is None:
        return -1
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError(f"argument should be integer or None, not '{type(value).__name__}'") from None


def _position(value):
    """A position argument: an integer, with CPython's TypeError."""
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None


class _IOBase:
    """The base of every I/O class: closing, context management, iteration
    over lines and the capability queries."""
    __module__ = "_io"

    def seek(self, pos, whence=0):
        _unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        _unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    __closed = False

    def __del__(self):
        # As CPython's finalizer: an object whose state cannot say whether
        # it is closed is left alone, and what close() raises is dropped.
        try:
            if not self.closed:
                self.close()
        except Exception:
            pass

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError(_CLOSED if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    @property
    def closed(self):
        return self.__closed

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        _unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        size = _index(size)
        peek = getattr(self, "peek", None)
        res = bytearray()
        while size < 0 or len(res) < size:
            n = 1
            if peek is not None:
                ahead = peek(1)
                if ahead:
                    end = ahead.find(b"\n") + 1 or len(ahead)
                    n = end if size < 0 else min(end, size - len(res))
            b = self.read(n)
            if not isinstance(b, bytes):
                raise OSError(f"read() should have returned a bytes object, not '{type(b).__name__}'")
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = _index(hint)
        if hint <= 0:
            return list(self)
        lines, total = [], 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class _RawIOBase(_IOBase):
    """Unbuffered binary I/O: read and readall built on readinto."""
    __module__ = "_io"

    def read(self, size=-1):
        size = _index(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        if res:
            return bytes(res)
        return data

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class _BufferedIOBase(_IOBase):
    """Buffered binary I/O: readinto built on read."""
    __module__ = "_io"

    def read(self, size=-1):
        _unsupported("read")

    def read1(self, size=-1):
        _unsupported("read1")

    def write(self, b):
        _unsupported("write")

    def detach(self):
        _unsupported("detach")

    def readinto(self, b):
        return self._readinto(b, self.read)

    def readinto1(self, b):
        return self._readinto(b, self.read1)

    def _readinto(self, b, read):
        view = memoryview(b).cast("B")
        data = read(len(view))
        n = len(data)
        view[:n] = data
        return n


class _TextIOBase(_IOBase):
    """Text I/O: the attributes a text stream has."""
    __module__ = "_io"

    def read(self, size=-1):
        _unsupported("read")

    def readline(self, size=-1):
        _unsupported("readline")

    def write(self, s):
        _unsupported("write")

    def detach(self):
        _unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


class _KindMeta(type):
    """The metaclass of the classes whose role a C file object also plays:
    isinstance(open(path), io.TextIOWrapper) holds, as in CPython."""

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        return any(type.__subclasscheck__(sub, c) for c in cls.__dict__.get("_c_types", ()))


# ---- BytesIO --------------------------------------------------------------------

# The attributes in which BytesIO and StringIO keep their own state: their
# pickled state holds them apart from the instance's own attributes.
_MEMORY_STATE = frozenset(("_buf", "_pos", "_open", "_newline", "_decoder", "_writenl",
                           "_parts", "_size"))


def _user_dict(obj):
    """A copy of the attributes a user set on a BytesIO or StringIO, or
    None when there are none (CPython's C objects make their dict lazily)."""
    d = {k: v for k, v in obj.__dict__.items() if k not in _MEMORY_STATE}
    return d or None


def _state_error(obj, size, state):
    cls = type(obj)
    name = "_io." + cls.__name__ if cls in (BytesIO, StringIO) else cls.__name__
    return TypeError(f"{name}.__setstate__ argument should be {size}-tuple, got {type(state).__name__}")


def _restore_dict(obj, ordinal, d):
    if d is None:
        return
    if not isinstance(d, dict):
        raise TypeError(f"{ordinal} item of state should be a dict, got a {type(d).__name__}")
    obj.__dict__.update(d)


def _restore_pos(ordinal, pos, word):
    if not isinstance(pos, int):
        raise TypeError(f"{ordinal} item of state must be an integer, {word} {type(pos).__name__}")
    if pos < 0:
        raise ValueError("position value cannot be negative")
    return pos


class BytesIO(_BufferedIOBase):
    """Buffered I/O over bytes held in memory."""
    __module__ = "_io"

    def __init__(self, initial_bytes=None):
        self._buf = bytearray()
        if initial_bytes is not None:
            self._buf += initial_bytes
        self._pos = 0
        self._open = True

    def __getstate__(self):
        self._checkOpen()
        return (self.getvalue(), self._pos, _user_dict(self))

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) < 3:
            raise _state_error(self, 3, state)
        if "_open" in self.__dict__:
            self._checkOpen()
        try:
            value = bytearray(memoryview(state[0]))
        except TypeError:
            raise TypeError(f"a bytes-like object is required, not '{type(state[0]).__name__}'") from None
        pos = _restore_pos("second", state[1], "not")
        _restore_dict(self, "third", state[2])
        self._buf = value
        self._pos = pos
        self._open = True

    def _checkOpen(self):
        if not self._open:
            raise ValueError(_CLOSED)

    @property
    def closed(self):
        return not self._open

    def close(self):
        self._open = False

    def getvalue(self):
        self._checkOpen()
        return bytes(self._buf)

    def getbuffer(self):
        self._checkOpen()
        return memoryview(self._buf)

    def read(self, size=-1):
        self._checkOpen()
        size = _index(size)
        end = len(self._buf) if size < 0 else min(len(self._buf), self._pos + size)
        if end <= self._pos:
            return b""
        data = bytes(self._buf[self._pos:end])
        self._pos = end
        return data

    read1 = read

    def readline(self, size=-1):
        self._checkOpen()
        size = _index(size)
        end = self._buf.find(b"\n", self._pos) + 1 or len(self._buf)
        if size >= 0:
            end = min(end, self._pos + size)
        if end <= self._pos:
            return b""
        data = bytes(self._buf[self._pos:end])
        self._pos = end
        return data

    def readlines(self, hint=None):
        self._checkOpen()
        return super().readlines(hint)

    def readinto(self, b):
        self._checkOpen()
        return self._readinto(b, self.read)

    readinto1 = readinto

    def write(self, b):
        self._checkOpen()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        n = len(memoryview(b).cast("B"))
        if n == 0:
            return 0
        pos = self._pos
        if pos > len(self._buf):
            self._buf += bytes(pos - len(self._buf))
        self._buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def writelines(self, lines):
        self._checkOpen()
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        self._checkOpen()
        pos = _position(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._checkOpen()
        return self._pos

    def truncate(self, size=None):
        self._checkOpen()
        size = self._pos if size is None else _index(size)
        if size < 0:
            raise ValueError(f"negative size value {size}")
        del self._buf[size:]
        return size

    def readable(self):
        self._checkOpen()
        return True

    writable = seekable = readable

    def flush(self):
        self._checkOpen()

    def isatty(self):
        self._checkOpen()
        return False

    def __iter__(self):
        self._checkOpen()
        return self


# ---- newline translation ----------------------------------------------------------

class IncrementalNewlineDecoder:
    """Wraps a decoder (or none) and turns '\\r\\n' and '\\r' into '\\n' when
    translate is true; either way it records which endings it saw."""
    __module__ = "_io"

    _LF, _CR, _CRLF = 1, 2, 4

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        self.seennl |= (lf and self._LF) | (cr and self._CR) | (crlf and self._CRLF)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
                ("\r", "\n", "\r\n"))[self.seennl]


# ---- StringIO ---------------------------------------------------------------------

def _check_newline(newline, quoted=False):
    """TypeError or ValueError for a bad newline argument (StringIO quotes
    the value in its message, TextIOWrapper does not)."""
    if newline is not None and not isinstance(newline, str):
        raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError(f"illegal newline value: {newline!r}" if quoted else
                         f"illegal newline value: {newline}")


def _find_line_end(text, start, newline, final):
    """The end of the line that starts at text[start] (just after its line
    ending), or -1 when the text holds no complete line yet.  newline is
    None or '' (any ending) or the one ending that counts."""
    if newline is None or newline == "":
        lf = text.find("\n", start)
        cr = text.find("\r", start, lf if lf >= 0 else len(text))
        if cr < 0:
            return lf + 1 if lf >= 0 else -1
        if cr + 1 < len(text):
            return cr + 2 if text[cr + 1] == "\n" else cr + 1
        return cr + 1 if final else -1
    i = text.find(newline, start)
    return i + len(newline) if i >= 0 else -1


class StringIO(_TextIOBase):
    """Text I/O over a str held in memory."""
    __module__ = "_io"

    def __init__(self, initial_value="", newline="\n"):
        _check_newline(newline, quoted=True)
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._decoder = IncrementalNewlineDecoder(None, newline is None) if not newline else None
        self._writenl = newline if newline not in (None, "") else None
        self._buf = ""
        self._parts = []
        self._size = 0
        self._pos = 0
        self._open = True
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _checkOpen(self):
        if not self._open:
            raise ValueError("I/O operation on closed file")

    def _text(self):
        if self._parts:
            self._buf += "".join(self._parts)
            self._parts = []
        return self._buf

    @property
    def closed(self):
        return not self._open

    @property
    def line_buffering(self):
        self._checkOpen()
        return False

    @property
    def newlines(self):
        self._checkOpen()
        return None if self._decoder is None else self._decoder.newlines

    def close(self):
        self._open = False

    def getvalue(self):
        self._checkOpen()
        return self._text()

    def write(self, s):
        self._checkOpen()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        if self._decoder is not None:
            s = self._decoder.decode(s, final=True)
        if self._writenl is not None and self._writenl != "\n":
            s = s.replace("\n", self._writenl)
        if s:
            if self._pos == self._size:
                self._parts.append(s)
            else:
                text = self._text()
                if self._pos > self._size:
                    text += "\0" * (self._pos - self._size)
                self._buf = text[:self._pos] + s + text[self._pos + len(s):]
            self._pos += len(s)
            self._size = max(self._size, self._pos)
        return n

    def read(self, size=-1):
        self._checkOpen()
        size = _index(size)
        text = self._text()
        end = len(text) if size < 0 else min(len(text), self._pos + size)
        if end <= self._pos:
            return ""
        data = text[self._pos:end]
        self._pos = end
        return data

    def readline(self, size=-1):
        self._checkOpen()
        if size is not None and not hasattr(size, "__index__"):
            raise TypeError(f"integer argument expected, got '{type(size).__name__}'")
        size = _index(size)
        text = self._text()
        if self._pos >= len(text):
            return ""
        nl = self._newline
        end = _find_line_end(text, self._pos, "\n" if nl is None else nl, True)
        if end < 0:
            end = len(text)
        if size >= 0:
            end = min(end, self._pos + size)
        data = text[self._pos:end]
        self._pos = end
        return data

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        self._checkOpen()
        return self

    def seek(self, pos, whence=0):
        self._checkOpen()
        pos = _position(pos)
        if whence not in (0, 1, 2):
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if pos < 0 and whence == 0:
            raise ValueError(f"Negative seek position {pos}")
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2:
            pos = len(self._text())
        elif whence == 1:
            pos = self._pos
        self._pos = pos
        return pos

    def tell(self):
        self._checkOpen()
        return self._pos

    def truncate(self, pos=None):
        self._checkOpen()
        pos = self._pos if pos is None else _index(pos)
        if pos < 0:
            raise ValueError(f"Negative size value {pos}")
        text = self._text()
        if pos < len(text):
            self._buf = text[:pos]
            self._size = pos
        return pos

    def readable(self):
        self._checkOpen()
        return True

    writable = seekable = readable

    def flush(self):
        self._checkOpen()

    def isatty(self):
        self._checkOpen()
        return False

    def detach(self):
        _unsupported("detach")

    def __getstate__(self):
        self._checkOpen()
        return (self.getvalue(), self._newline, self._pos, _user_dict(self))

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) < 4:
            raise _state_error(self, 4, state)
        if "_open" in self.__dict__:
            self._checkOpen()
        # __init__ checks the value and the newline and notes the value's
        # newlines; the value is then kept as it was, untranslated.
        StringIO.__init__(self, state[0], state[1])
        value = state[0]
        pos = _restore_pos("third", state[2], "got")
        _restore_dict(self, "fourth", state[3])
        self._buf = value
        self._parts = []
        self._size = len(value)
        self._pos = pos


# ---- text encodings --------------------------------------------------------------

def text_encoding(encoding, stacklevel=2):
    """The encoding a text stream gets: `encoding`, or "locale" for None."""
    if encoding is None:
        return "locale"
    return encoding


_NATIVE = {"utf-8": "utf-8", "utf8": "utf-8", "u8": "utf-8", "ascii": "ascii",
           "us-ascii": "ascii", "latin-1": "latin-1", "latin1": "latin-1",
           "iso-8859-1": "latin-1", "iso8859-1": "latin-1", "l1": "latin-1"}


class _Utf8Decoder:
    """UTF-8 decoding in pieces: the bytes of a character cut by the end of
    one piece wait for the next."""

    def __init__(self, errors="strict"):
        self.errors = errors
        self.pending = b""

    def decode(self, data, final=False):
        data = self.pending + data
        cut = len(data)
        if not final:
            for back in range(1, min(3, len(data)) + 1):
                c = data[-back]
                if 0x80 <= c < 0xC0:
                    continue
                need = 2 if 0xC2 <= c < 0xE0 else 3 if 0xE0 <= c < 0xF0 else 4 if 0xF0 <= c <= 0xF4 else 1
                if need > back:
                    cut = len(data) - back
                break
        self.pending = data[cut:]
        return data[:cut].decode("utf-8", self.errors)

    def getstate(self):
        return self.pending, 0

    def setstate(self, state):
        self.pending = state[0]

    def reset(self):
        self.pending = b""


class _BytewiseDecoder(_Utf8Decoder):
    """A one-byte-per-character codec (ascii, latin-1): nothing waits."""

    def __init__(self, codec, errors="strict"):
        super().__init__(errors)
        self.codec = codec

    def decode(self, data, final=False):
        return bytes(data).decode(self.codec, self.errors)


def _codec(encoding):
    """codecs.lookup(encoding), for the encodings tally does not decode
    itself.  Without the codecs module there are no others to find."""
    try:
        import codecs
    except (ImportError, SystemError):
        raise LookupError(f"unknown encoding: {encoding}") from None
    return codecs.lookup(encoding)


def _make_decoder(encoding, errors):
    native = _NATIVE.get(encoding.lower().replace("_", "-"))
    if native == "utf-8":
        return _Utf8Decoder(errors)
    if native is not None:
        return _BytewiseDecoder(native, errors)
    return _codec(encoding).incrementaldecoder(errors)


def _make_encoder(encoding, errors):
    native = _NATIVE.get(encoding.lower().replace("_", "-"))
    if native is not None:
        return lambda s: s.encode(native, errors)
    return _codec(encoding).incrementalencoder(errors).encode


# ---- Buffered* over a raw object --------------------------------------------------

class _BufferedBase(_BufferedIOBase):
    """What the buffered classes share: the raw object and the attributes
    passed through to it."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._wbuf = bytearray()

    def _checkRaw(self):
        if self.raw is None:
            raise ValueError("raw stream has been detached")

    @property
    def closed(self):
        self._checkRaw()
        return self.raw.closed

    @property
    def name(self):
        self._checkRaw()
        return self.raw.name

    @property
    def mode(self):
        self._checkRaw()
        return self.raw.mode

    def fileno(self):
        self._checkRaw()
        return self.raw.fileno()

    def isatty(self):
        self._checkRaw()
        return self.raw.isatty()

    def seekable(self):
        self._checkRaw()
        return self.raw.seekable()

    def readable(self):
        self._checkRaw()
        return self.raw.readable()

    def writable(self):
        self._checkRaw()
        return self.raw.writable()

    def _flush_writes(self):
        while self._wbuf:
            n = self.raw.write(bytes(self._wbuf))
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            del self._wbuf[:n]

    def flush(self):
        self._checkRaw()
        if self.raw.closed:
            raise ValueError("flush of closed file")
        self._flush_writes()
        if hasattr(self.raw, "flush"):
            self.raw.flush()

    def close(self):
        self._checkRaw()
        if self.raw.closed:
            return
        try:
            if self._wbuf or self.writable():
                self.flush()
        finally:
            self.raw.close()

    def detach(self):
        self._checkRaw()
        self.flush()
        raw, self.raw = self.raw, None
        return raw

    def tell(self):
        self._checkRaw()
        pos = self.raw.tell() - len(self._rbuf) + len(self._wbuf)
        return max(pos, 0)

    def seek(self, pos, whence=0):
        self._checkRaw()
        if whence not in (0, 1, 2):
            raise ValueError(f"whence value {whence} unsupported")
        if self.raw.closed:
            raise ValueError("seek of closed file")
        self._flush_writes()
        if whence == 1:
            pos -= len(self._rbuf)
        self._rbuf = b""
        return self.raw.seek(pos, whence)

    def truncate(self, pos=None):
        self._checkRaw()
        self.flush()
        if pos is None:
            pos = self.tell()
        self.seek(self.tell())
        return self.raw.truncate(pos)

    def read(self, size=-1):
        self._checkRaw()
        if not self.readable():
            _unsupported("read")
        if self.raw.closed:
            raise ValueError("read of closed file")
        size = _index(size)
        if size < -1:
            raise ValueError("read length must be non-negative or -1")
        self._flush_writes()
        if size < 0:
            chunks = [self._rbuf]
            self._rbuf = b""
            while True:
                data = self.raw.read()
                if data is None:
                    return b"".join(chunks) or None
                if not data:
                    break
                chunks.append(data)
            return b"".join(chunks)
        while len(self._rbuf) < size:
            data = self.raw.read(max(self.buffer_size, size - len(self._rbuf)))
            if not data:
                break
            self._rbuf += data
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def peek(self, size=0):
        self._checkRaw()
        if self.raw.closed:
            raise ValueError("peek of closed file")
        if not self._rbuf:
            self._flush_writes()
            self._rbuf = self.raw.read(self.buffer_size) or b""
        return self._rbuf

    def read1(self, size=-1):
        self._checkRaw()
        if self.raw.closed:
            raise ValueError("read of closed file")
        size = _index(size)
        if size < 0:
            size = self.buffer_size
        if size == 0:
            return b""
        if not self._rbuf:
            self._flush_writes()
            return self.raw.read(size) or b""
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def readline(self, size=-1):
        self._checkRaw()
        if self.raw.closed:
            raise ValueError("readline of closed file")
        return super().readline(size)

    def write(self, b):
        self._checkRaw()
        if not self.writable():
            _unsupported("write")
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if self.raw.closed:
            raise ValueError("write to closed file")
        if self._rbuf:
            self.raw.seek(-len(self._rbuf), 1)
            self._rbuf = b""
        data = bytes(b)
        if len(self._wbuf) + len(data) > self.buffer_size:
            self._flush_writes()
            if len(data) > self.buffer_size:
                self._wbuf += data
                self._flush_writes()
                return len(data)
        self._wbuf += data
        return len(data)

    def __repr__(self):
        cls = type(self)
        try:
            name = self.name
        except AttributeError:
            return f"<{cls.__module__}.{cls.__qualname__}>"
        return f"<{cls.__module__}.{cls.__qualname__} name={name!r}>"

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__qualname__}' object")


class BufferedReader(_BufferedBase, metaclass=_KindMeta):
    """A buffer over a readable raw stream."""
    __module__ = "_io"
    _c_types = _c_reader

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise OSError('"raw" argument must be readable.')
        super().__init__(raw, buffer_size)

    def writable(self):
        self._checkRaw()
        return False


class BufferedWriter(_BufferedBase, metaclass=_KindMeta):
    """A buffer over a writable raw stream."""
    __module__ = "_io"
    _c_types = _c_writer

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise OSError('"raw" argument must be writable.')
        super().__init__(raw, buffer_size)

    def readable(self):
        self._checkRaw()
        return False


class BufferedRandom(_BufferedBase, metaclass=_KindMeta):
    """A buffer over a seekable raw stream, for reading and writing."""
    __module__ = "_io"
    _c_types = _c_random

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")
        super().__init__(raw, buffer_size)


class BufferedRWPair(_BufferedIOBase):
    """A reader and a writer, two raw streams, used as one."""
    __module__ = "_io"

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readinto1(self, b):
        return self.reader.readinto1(b)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed


# ---- TextIOWrapper over a buffer --------------------------------------------------

class TextIOWrapper(_TextIOBase, metaclass=_KindMeta):
    """Text over a binary buffer: decoding, encoding and newline handling.

    tell() returns a byte position: the buffer's position less the bytes
    of the decoded text not yet read (encoded again) and of a character
    still incomplete.  It is exact for the native codecs (UTF-8, ASCII,
    Latin-1) with an error handler that does not replace bytes; CPython's
    cookie also carries the decoder's state for stateful codecs."""
    __module__ = "_io"
    _c_types = _c_text
    _CHUNK = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        _check_newline(newline)
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        elif not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, not {type(encoding).__name__}")
        if errors is None:
            errors = "strict"
        elif not isinstance(errors, str):
            raise TypeError(f"TextIOWrapper() argument 'errors' must be str or None, not {type(errors).__name__}")
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._setup(newline, line_buffering, write_through)

    def _setup(self, newline, line_buffering, write_through):
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._writenl = newline if newline not in (None, "") else None
        self._encode = _make_encoder(self._encoding, self._errors)
        self._native = _NATIVE.get(self._encoding.lower().replace("_", "-")) is not None
        self._snap = None
        self._decoder = None
        self._dec = ""
        self._pos = 0
        self._eof = False
        self._pending = []
        self._pending_count = 0

    def _checkBuffer(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")

    @property
    def buffer(self):
        self._checkBuffer()
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        if self._decoder is None or self._newline not in (None, ""):
            return None
        return self._decoder.newlines

    @property
    def closed(self):
        self._checkBuffer()
        return self._buffer.closed

    @property
    def name(self):
        self._checkBuffer()
        return self._buffer.name

    def fileno(self):
        self._checkBuffer()
        return self._buffer.fileno()

    def isatty(self):
        self._checkBuffer()
        return self._buffer.isatty()

    def seekable(self):
        self._checkBuffer()
        if self._buffer.closed:
            raise ValueError(_CLOSED)
        return self._buffer.seekable()

    def readable(self):
        self._checkBuffer()
        return self._buffer.readable()

    def writable(self):
        self._checkBuffer()
        return self._buffer.writable()

    def flush(self):
        self._checkBuffer()
        if self._buffer.closed:
            raise ValueError(_CLOSED)
        self._write_pending()
        self._buffer.flush()

    def _write_pending(self):
        if self._pending:
            data = b"".join(self._pending)
            self._pending, self._pending_count = [], 0
            self._buffer.write(data)

    def close(self):
        self._checkBuffer()
        if not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        self._checkBuffer()
        self.flush()
        buffer, self._buffer = self._buffer, None
        return buffer

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        if encoding is not None or errors is not None or newline is not Ellipsis:
            if self._decoder is not None and self._pos < len(self._dec):
                _unsupported("It is not possible to set the encoding or newline of stream after the first read")
        if encoding is not None:
            self._encoding = encoding
            if errors is None:
                errors = "strict"
        if errors is not None:
            self._errors = errors
        if newline is Ellipsis:
            newline = self._newline
        else:
            _check_newline(newline)
        self.flush()
        self._setup(newline,
                    self._line_buffering if line_buffering is None else line_buffering,
                    self._write_through if write_through is None else write_through)

    def __repr__(self):
        cls = type(self)
        parts = [f"<{cls.__module__}.{cls.__qualname__}"]
        for attr in ("name", "mode"):
            try:
                parts.append(f"{attr}={getattr(self, attr)!r}")
            except (AttributeError, ValueError):
                pass    # CPython leaves out what cannot be read
        parts.append(f"encoding={self._encoding!r}>")
        return " ".join(parts)

    # -- writing

    def write(self, s):
        self._checkBuffer()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        if self._buffer.closed:
            raise ValueError(_CLOSED)
        if not self._buffer.writable():
            _unsupported("not writable")
        n = len(s)
        text = s
        if self._writenl is not None and self._writenl != "\n":
            text = text.replace("\n", self._writenl)
        if self._decoder is not None:
            self._dec, self._pos, self._eof = "", 0, False
            self._decoder.reset()
        # Encoded text waits here up to a chunk, as in CPython, so that many
        # small writes make one write to the buffer.
        data = self._encode(text)
        if self._pending_count + len(data) > self._CHUNK:
            self._write_pending()
        self._pending.append(data)
        self._pending_count += len(data)
        needflush = self._line_buffering and ("\n" in text or "\r" in text)
        if self._pending_count >= self._CHUNK or needflush or self._write_through:
            self._write_pending()
        if needflush:
            self._buffer.flush()
        return n

    # -- reading

    def _begin_read(self):
        self._checkBuffer()
        if self._buffer.closed:
            raise ValueError(_CLOSED)
        if not self._buffer.readable():
            _unsupported("not readable")
        self._write_pending()
        if self._decoder is None:
            self._new_decoder()

    def _new_decoder(self):
        self._decoder = IncrementalNewlineDecoder(_make_decoder(self._encoding, self._errors), False)

    def _fill(self, everything=False):
        """Decode the next chunk of the buffer onto the text not yet read;
        False at end of file."""
        if self._eof:
            return False
        before = None
        if not self._native and self._pos >= len(self._dec) and self._buffer.seekable():
            before = self._buffer.tell()
        if everything:
            data = self._buffer.read()
        else:
            read1 = getattr(self._buffer, "read1", None)
            data = read1(self._CHUNK) if read1 is not None else self._buffer.read(self._CHUNK)
        if data is None:
            data = b""
        final = not data or everything
        if not self._native:
            self._note_snapshot(data, before)
        text = self._decoder.decode(data, final)
        if self._snap is not None:
            self._snap[3] += len(text)
        self._eof = final
        if self._pos:
            self._dec = self._dec[self._pos:] + text
            self._pos = 0
        else:
            self._dec += text
        return True

    def _note_snapshot(self, data, before):
        """For tell() with a codec of the codecs module: the byte position
        and decoder state of the last point where everything decoded had
        been read, and the bytes and number of characters decoded since."""
        state = self._decoder.decoder.getstate()
        if before is not None and not state[0] and not self._decoder.pendingcr:
            self._snap = [before, state, data, 0]
        elif self._snap is not None:
            self._snap[2] += data

    def _codec_tell(self):
        """tell() for a codec of the codecs module: the smallest byte count
        from the snapshot that decodes to the characters read so far (found
        by bisection), with the decoder's flags above bit 64 as CPython's
        cookie carries them."""
        start, state, data, nchars = self._snap
        consumed = nchars - (len(self._dec) - self._pos)
        dec = self._decoder.decoder
        saved = dec.getstate()
        lo, hi = 0, len(data)
        while lo < hi:
            mid = (lo + hi) // 2
            dec.setstate(state)
            if len(dec.decode(data[:mid])) >= consumed:
                hi = mid
            else:
                lo = mid + 1
        dec.setstate(state)
        dec.decode(data[:lo])
        flags = dec.getstate()[1]
        dec.setstate(saved)
        return start + lo | (flags << 64)

    def _translate(self, text):
        if self._newline is None and "\r" in text:
            return text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def read(self, size=-1):
        self._begin_read()
        if size is not None and not hasattr(size, "__index__"):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        size = _index(size)
        if size < 0:
            self._fill(everything=True)
            text, self._dec, self._pos = self._dec[self._pos:], "", 0
            return self._translate(text)
        out = []
        while size > 0:
            if self._pos >= len(self._dec):
                if not self._fill():
                    break
                continue
            stop = self._pos + size
            if self._newline is None and self._dec.startswith("\r\n", stop - 1):
                stop += 1
            avail = self._dec[self._pos:stop]
            piece = self._translate(avail)
            self._pos += len(avail)
            out.append(piece)
            size -= len(piece)
        return "".join(out)

    def readline(self, size=-1):
        self._begin_read()
        if size is not None and not hasattr(size, "__index__"):
            raise TypeError(f"integer argument expected, got '{type(size).__name__}'")
        size = _index(size)
        nl = self._newline
        while True:
            end = _find_line_end(self._dec, self._pos, nl, self._eof)
            if end >= 0 or (size >= 0 and len(self._dec) - self._pos >= size + 1):
                break
            if not self._fill():
                end = len(self._dec)
                break
        if end < 0:
            end = len(self._dec)
        if size >= 0 and end - self._pos > size:
            end = self._pos + size
            if nl is None and self._dec.startswith("\r\n", end - 1):
                end += 1    # one character once translated
        line = self._dec[self._pos:end]
        self._pos = end
        return self._translate(line)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        self._checkBuffer()
        if self._buffer.closed:
            raise ValueError(_CLOSED)
        return self

    # -- positions

    def tell(self):
        self._checkBuffer()
        if self._buffer.closed:
            raise ValueError(_CLOSED)
        if not self._buffer.seekable():
            _unsupported("underlying stream is not seekable")
        self.flush()
        pos = self._buffer.tell()
        if self._decoder is None:
            return pos
        if not self._native and self._snap is not None:
            return self._codec_tell()
        pending, flag = self._decoder.getstate()
        ahead = self._encode(self._dec[self._pos:])
        return pos - len(ahead) - len(pending) - (flag & 1)

    def seek(self, cookie, whence=0):
        self._checkBuffer()
        if self._buffer.closed:
            raise ValueError(_CLOSED)
        if not self._buffer.seekable():
            _unsupported("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                _unsupported("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        elif whence == 2:
            if cookie != 0:
                _unsupported("can't do nonzero end-relative seeks")
        elif whence != 0:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        elif cookie < 0:
            raise ValueError(f"negative seek position {cookie!r}")
        self.flush()
        flags, cookie = cookie >> 64, cookie & ((1 << 64) - 1)
        pos = self._buffer.seek(cookie, whence)
        self._dec, self._pos, self._eof, self._snap = "", 0, False, None
        if self._decoder is None and self._buffer.readable():
            self._new_decoder()
        if self._decoder is not None:
            # Away from the start a stateful codec resumes in the state the
            # cookie carries (UTF-16 past its BOM), as CPython's seek does.
            self._decoder.reset()
            if cookie != 0 or flags:
                self._decoder.decoder.setstate((b"", flags))
        return pos

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__qualname__}' object")


def open_code(path):
    """Open path for reading as bytes, as the import system does."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, "rb")
