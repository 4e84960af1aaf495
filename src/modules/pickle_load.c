/*
** pickle_load.c — _pickle.Unpickler: the unpickling half of CPython's C
** pickler.  The opcodes and their meaning are pickle.py's; what a bad
** pickle raises is _pickle.c's (an UnpicklingError for a short read or a
** stack that does not hold what an opcode needs, EOFError when the input
** ends where an opcode should start).
**
** Input is a byte buffer with a read position: the whole pickle for
** loads(), or for a file what has been read from it so far.  A read past
** the buffer asks the file for exactly the missing bytes (readline() for a
** line), so the file is never read beyond the pickle and the next load()
** starts where this one stopped.  FRAME only makes sure its bytes are in
** the buffer.
**
** The stack keeps a fence at the innermost MARK: an opcode that would pop
** below it fails, as in _pickle.c.  The memo is an array indexed by memo
** key (a dict holds the rare key too large for an array).
*/
#include "modules/pickle_impl.h"
#include "objects/set.h"
#include "objects/bytearray.h"
#include "objects/float.h"
#include "objects/memoryview.h"
#include "buffer.h"
#include "import.h"

#define MEMO_ARRAY_MAX (1 << 20)

typedef struct Unpickler {
    TyObject ob;
    /* input */
    char *in;               /* owned copy of the input read so far */
    ssize_t in_len, in_pos, in_cap;
    TyObject *read, *readline;  /* file methods, NULL for loads() */
    /* the stack, its marks, the memo */
    TyObject **stack;
    ssize_t sp, stack_cap, fence;
    ssize_t *marks;
    ssize_t nmarks, marks_cap;
    TyObject **memo;
    ssize_t memo_cap, memo_len;
    TyObject *memo_big;     /* dict for keys past MEMO_ARRAY_MAX, or NULL */
    /* settings */
    TyObject *pers_func;
    TyObject *buffers;      /* iterator, or NULL */
    TyObject *encoding, *errors;  /* str */
    int proto;
    bool fix_imports, inited;
} Unpickler;

typedef struct MemoProxy {
    TyObject ob;
    Unpickler *unpickler;
} MemoProxy;

static TyObject *uerr(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    TyObject *msg = tyStr_fromFormatV(fmt, ap);
    va_end(ap);
    if (msg) {
        tyErr_setObject((TyType *)ty_state.mod.pickle.UnpicklingError, msg);
        TY_DECREF(msg);
    }
    return NULL;
}

static int truncated(void)
{
    uerr("pickle data was truncated");
    return -1;
}

/* ---- input ----------------------------------------------------------------------------- */

/* Appends the bytes-like `data` to the input buffer: its length, or -1. */
static ssize_t in_append(Unpickler *u, TyObject *data)
{
    TyBuffer b;
    if (tyBuffer_get(data, &b) < 0)
        return -1;
    if (b.len == 0)
        return 0;
    /* Consumed input is dropped first so the buffer does not grow with the
    ** file. */
    if (u->in_pos > 0) {
        memmove(u->in, u->in + u->in_pos, (size_t)(u->in_len - u->in_pos));
        u->in_len -= u->in_pos;
        u->in_pos = 0;
    }
    if (u->in_len + b.len > u->in_cap) {
        ssize_t cap = u->in_cap ? u->in_cap : 256;
        while (cap < u->in_len + b.len)
            cap *= 2;
        char *n = tyMem_realloc(u->in, (size_t)cap);
        if (!n) {
            tyErr_noMemory();
            return -1;
        }
        u->in = n;
        u->in_cap = cap;
    }
    memcpy(u->in + u->in_len, b.data, (size_t)b.len);
    u->in_len += b.len;
    return b.len;
}

/* Makes n bytes available at in_pos, reading the rest from the file:
** 0, or -1 with "pickle data was truncated" when the input ends first. */
static int ensure(Unpickler *u, ssize_t n)
{
    ssize_t have = u->in_len - u->in_pos;
    if (have >= n)
        return 0;
    if (!u->read)
        return truncated();
    TyObject *len = tyInt_fromI64(n - have);
    TyObject *data = len ? tyObj_callOneArg(u->read, len) : NULL;
    TY_XDECREF(len);
    if (!data)
        return -1;
    ssize_t got = in_append(u, data);
    TY_DECREF(data);
    if (got < 0)
        return -1;
    return u->in_len - u->in_pos >= n ? 0 : truncated();
}

/* n bytes of input (borrowed until the next read), or NULL. */
static const char *read_n(Unpickler *u, ssize_t n)
{
    if (ensure(u, n) < 0)
        return NULL;
    const char *s = u->in + u->in_pos;
    u->in_pos += n;
    return s;
}

/* The next line with its newline: *len counts it.  A line without one is
** truncated data. */
static const char *read_line(Unpickler *u, ssize_t *len)
{
    const char *s = u->in + u->in_pos;
    const char *nl = u->in_len > u->in_pos ? memchr(s, '\n', (size_t)(u->in_len - u->in_pos)) : NULL;
    if (!nl && u->readline) {
        TyObject *line = tyObj_callNoArgs(u->readline);
        if (!line)
            return NULL;
        ssize_t got = in_append(u, line);
        TY_DECREF(line);
        if (got < 0)
            return NULL;
        s = u->in + u->in_pos;
        nl = memchr(s, '\n', (size_t)(u->in_len - u->in_pos));
    }
    if (!nl) {
        truncated();
        return NULL;
    }
    *len = nl - s + 1;
    u->in_pos += *len;
    return s;
}

static uint64_t get_le(const char *s, int n)
{
    uint64_t v = 0;
    for (int i = 0; i < n; i++)
        v |= (uint64_t)(unsigned char)s[i] << (8 * i);
    return v;
}

/* ---- the stack ------------------------------------------------------------------------- */

static int stack_underflow(Unpickler *u)
{
    uerr(u->nmarks ? "unexpected MARK found" : "unpickling stack underflow");
    return -1;
}

/* Pushes v, stealing it (NULL is passed through as a failure). */
static int push(Unpickler *u, TyObject *v)
{
    if (!v)
        return -1;
    if (u->sp == u->stack_cap) {
        ssize_t cap = u->stack_cap ? u->stack_cap * 2 : 16;
        TyObject **n = tyMem_realloc(u->stack, sizeof(TyObject *) * (size_t)cap);
        if (!n) {
            TY_DECREF(v);
            tyErr_noMemory();
            return -1;
        }
        u->stack = n;
        u->stack_cap = cap;
    }
    u->stack[u->sp++] = v;
    return 0;
}

/* Pops the top: a new reference, or NULL at the fence. */
static TyObject *pop(Unpickler *u)
{
    if (u->sp <= u->fence) {
        stack_underflow(u);
        return NULL;
    }
    return u->stack[--u->sp];
}

/* The top, borrowed, or NULL at the fence. */
static TyObject *top(Unpickler *u)
{
    if (u->sp <= u->fence) {
        stack_underflow(u);
        return NULL;
    }
    return u->stack[u->sp - 1];
}

/* Releases the items from `from` up, which the caller did not take. */
static void stack_truncate(Unpickler *u, ssize_t from)
{
    while (u->sp > from) {
        TyObject *v = u->stack[--u->sp];
        TY_DECREF(v);
    }
}

/* The items from `from` up as a tuple (they move into it). */
static TyObject *pop_tuple(Unpickler *u, ssize_t from)
{
    /* The items are the tuple's, or released when it cannot be made. */
    /* No stack is allocated before the first push. */
    TyObject *t = tyTuple_fromArraySteal(u->stack ? u->stack + from : NULL, u->sp - from);
    u->sp = from;
    return t;
}

static TyObject *pop_list(Unpickler *u, ssize_t from)
{
    TyObject *l = tyList_fromArray(u->stack ? u->stack + from : NULL, u->sp - from);
    if (l)
        stack_truncate(u, from);
    return l;
}

static int mark(Unpickler *u)
{
    if (u->nmarks == u->marks_cap) {
        ssize_t cap = u->marks_cap ? u->marks_cap * 2 : 20;
        ssize_t *n = tyMem_realloc(u->marks, sizeof(ssize_t) * (size_t)cap);
        if (!n) {
            tyErr_noMemory();
            return -1;
        }
        u->marks = n;
        u->marks_cap = cap;
    }
    u->marks[u->nmarks++] = u->sp;
    u->fence = u->sp;
    return 0;
}

/* Pops the innermost mark: its stack position, or -1. */
static ssize_t marker(Unpickler *u)
{
    if (u->nmarks < 1) {
        uerr("could not find MARK");
        return -1;
    }
    ssize_t m = u->marks[--u->nmarks];
    u->fence = u->nmarks ? u->marks[u->nmarks - 1] : 0;
    return m;
}

/* ---- the memo -------------------------------------------------------------------------- */

static TyObject *memo_get(Unpickler *u, size_t idx)
{
    if (idx < (size_t)u->memo_cap)
        return u->memo[idx];
    if (!u->memo_big)
        return NULL;
    TyObject *k = tyInt_fromU64(idx);
    TyObject *v = k ? tyDict_getItem(u->memo_big, k) : NULL;
    TY_XDECREF(k);
    return v;
}

/* memo[idx] = v (borrowed): 0 / -1. */
static int memo_put(Unpickler *u, size_t idx, TyObject *v)
{
    if (idx >= (size_t)u->memo_cap && idx < MEMO_ARRAY_MAX) {
        size_t cap = u->memo_cap ? (size_t)u->memo_cap : 32;
        while (cap <= idx)
            cap *= 2;
        TyObject **n = tyMem_realloc(u->memo, sizeof(TyObject *) * cap);
        if (!n) {
            tyErr_noMemory();
            return -1;
        }
        memset(n + u->memo_cap, 0, sizeof(TyObject *) * (cap - (size_t)u->memo_cap));
        u->memo = n;
        u->memo_cap = (ssize_t)cap;
    }
    if (idx < (size_t)u->memo_cap) {
        TyObject *old = u->memo[idx];
        u->memo[idx] = TY_NEWREF(v);
        if (old)
            TY_DECREF(old);
        else
            u->memo_len++;
        return 0;
    }
    if (!u->memo_big && !(u->memo_big = tyDict_new()))
        return -1;
    TyObject *k = tyInt_fromU64(idx);
    if (!k)
        return -1;
    ssize_t before = TY_DICT_LEN(u->memo_big);
    int r = tyDict_setItem(u->memo_big, k, v);
    TY_DECREF(k);
    if (r == 0 && TY_DICT_LEN(u->memo_big) != before)
        u->memo_len++;
    return r;
}

static void memo_clear(Unpickler *u)
{
    TyObject **m = u->memo;
    ssize_t cap = u->memo_cap;
    u->memo = NULL;
    u->memo_cap = 0;
    u->memo_len = 0;
    for (ssize_t i = 0; i < cap; i++)
        TY_XDECREF(m[i]);
    tyMem_free(m);
    TY_CLEAR(u->memo_big);
}

/* ---- helpers --------------------------------------------------------------------------- */

/* A line's text without its newline as an int (base 10 for INT and the
** memo opcodes, base 0 for LONG). */
static TyObject *parse_int(const char *s, ssize_t len, int base)
{
    return tyInt_fromString(s, len, base);
}

/* A Python 2 str: bytes for encoding "bytes", else decoded. */
static TyObject *decode_string(Unpickler *u, const char *s, ssize_t n)
{
    if (tyStr_eqC(u->encoding, "bytes"))
        return tyBytes_fromData(s, n);
    return tyStr_decode(s, n, TY_STR_UTF8(u->encoding), TY_STR_UTF8(u->errors));
}

/* UTF-8 with surrogatepass, as pickle writes strings: the strict decoder
** first (the common case), the handler only for text it rejects. */
static TyObject *decode_utf8(const char *s, ssize_t n)
{
    TyObject *r = tyStr_decodeUtf8(s, n);
    if (r || !tyErr_exceptionMatches(&TyExc_UnicodeDecodeError))
        return r;
    tyErr_clear();
    return tyStr_decode(s, n, "utf-8", "surrogatepass");
}

/* int.from_bytes(s[:n], 'little', signed=True). */
static TyObject *int_from_le(const char *s, ssize_t n)
{
    if (n == 0)
        return tyInt_fromI64(0);
    if (n <= 8) {
        uint64_t v = get_le(s, (int)n);
        if (n < 8 && (v >> (8 * n - 1)) & 1)
            v |= ~(uint64_t)0 << (8 * n);
        return tyInt_fromI64((int64_t)v);
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, (size_t)n, -1, 1, 0, 0, s);
    if ((unsigned char)s[n - 1] & 0x80) {
        mpz_t t;
        mpz_init(t);
        mpz_set_ui(t, 1);
        mpz_mul_2exp(t, t, 8 * (mp_bitcnt_t)n);
        mpz_sub(z, z, t);
        mpz_clear(t);
    }
    TyObject *r = tyInt_fromMpz(z);
    mpz_clear(z);
    return r;
}


/* module.name, or module.a.b for a dotted name from protocol 4 (refusing
** "<locals>"); a missing attribute is _pickle.c's AttributeError. */
static TyObject *get_attribute(TyObject *module, TyObject *name, bool dotted)
{
    TyObject *obj = NULL;
    if (!dotted) {
        if (tyObj_lookupAttr(module, name, &obj) < 0)
            return NULL;
    } else {
        TyObject *path = tyStr_split(name, PID(DOT), -1);
        if (!path)
            return NULL;
        obj = TY_NEWREF(module);
        for (ssize_t i = 0; i < TY_LIST_LEN(path) && obj; i++) {
            TyObject *part = TY_LIST_GET(path, i);
            if (tyStr_eqC(part, "<locals>")) {
                tyErr_format(&TyExc_AttributeError, "Can't get local attribute %R on %R", name, module);
                TY_CLEAR(obj);
                TY_DECREF(path);
                return NULL;
            }
            TyObject *next;
            if (tyObj_lookupAttr(obj, part, &next) < 0) {
                TY_CLEAR(obj);
                TY_DECREF(path);
                return NULL;
            }
            TY_SETREF(obj, next);
        }
        TY_DECREF(path);
    }
    if (!obj)
        tyErr_format(&TyExc_AttributeError, "Can't get attribute %R on %R", name, module);
    return obj;
}

/* Unpickler.find_class's work: Python 2 names mapped for protocols < 3,
** the module imported, the name looked up (dotted from protocol 4). */
static TyObject *find_class(Unpickler *u, TyObject *module_name, TyObject *global_name)
{
    TY_INCREF(module_name);
    TY_INCREF(global_name);
    TyObject *r = NULL, *module = NULL;
    if (u->proto < 3 && u->fix_imports) {
        TyObject *key = tyTuple_pack(2, module_name, global_name);
        TyObject *item = key ? tyDict_getItem(ty_state.mod.pickle.name_2to3, key) : NULL;
        TY_XDECREF(key);
        if (!key || (!item && tyErr_occurred()))
            goto done;
        if (item) {
            if (!TY_TUPLE_CHECK(item) || TY_TUPLE_LEN(item) != 2) {
                tyErr_format(&TyExc_RuntimeError, "_compat_pickle.NAME_MAPPING values should be 2-tuples, not %T", item);
                goto done;
            }
            TyObject *m = TY_TUPLE_GET(item, 0), *n = TY_TUPLE_GET(item, 1);
            if (!TY_STR_CHECK(m) || !TY_STR_CHECK(n)) {
                tyErr_format(&TyExc_RuntimeError,
                             "_compat_pickle.NAME_MAPPING values should be pairs of str, not (%T, %T)", m, n);
                goto done;
            }
            TY_SETREF(module_name, TY_NEWREF(m));
            TY_SETREF(global_name, TY_NEWREF(n));
        } else if ((item = tyDict_getItem(ty_state.mod.pickle.import_2to3, module_name))) {
            if (!TY_STR_CHECK(item)) {
                tyErr_format(&TyExc_RuntimeError, "_compat_pickle.IMPORT_MAPPING values should be strings, not %T",
                             item);
                goto done;
            }
            TY_SETREF(module_name, TY_NEWREF(item));
        } else if (tyErr_occurred()) {
            goto done;
        }
    }
    if (!(module = tyPickle_importModule(module_name)))
        goto done;
    r = get_attribute(module, global_name, u->proto >= 4);
done:
    TY_XDECREF(module);
    TY_DECREF(module_name);
    TY_DECREF(global_name);
    return r;
}

/* self.find_class(module, name), calling an override when a subclass has
** one. */
static TyObject *call_find_class(Unpickler *u, TyObject *module_name, TyObject *global_name)
{
    if (TY_TYPE(u) == &tyPickle_UnpicklerType)
        return find_class(u, module_name, global_name);
    TyObject *argv[2] = { module_name, global_name };
    return tyObj_callMethod((TyObject *)u, PID(FIND_CLASS), argv, 2);
}

/* A line's text, newline dropped, decoded as UTF-8: new str. */
static TyObject *read_name_line(Unpickler *u)
{
    ssize_t len;
    const char *s = read_line(u, &len);
    return s ? tyStr_decodeUtf8(s, len - 1) : NULL;
}

/* cls(*args), or cls.__new__(cls) when args is empty, cls is a class and
** has no __getinitargs__ (pickle.py's _instantiate). */
static TyObject *instantiate(TyObject *cls, TyObject *args)
{
    if (TY_TUPLE_LEN(args) == 0 && TY_IS_INSTANCE(cls, &TyType_Type)) {
        TyObject *gia;
        if (tyObj_lookupAttr(cls, PID(GETINITARGS), &gia) < 0)
            return NULL;
        if (!gia) {
            TyObject *new_ = tyObj_getAttr(cls, TY_ID(__new__));
            TyObject *r = new_ ? tyObj_callOneArg(new_, cls) : NULL;
            TY_XDECREF(new_);
            return r;
        }
        TY_DECREF(gia);
    }
    return tyObj_callTupleDict(cls, args, NULL);
}

/* cls.__new__(cls, *args, **kwargs) for NEWOBJ and NEWOBJ_EX (kwargs
** NULL for NEWOBJ), with _pickle.c's checks in its order. */
static TyObject *new_object(const char *op, TyObject *cls, TyObject *args, TyObject *kwargs, bool ex)
{
    if (!TY_IS_INSTANCE(cls, &TyType_Type))
        return uerr("%s class argument must be a type, not %s", op, tyType_name(TY_TYPE(cls)));
    if (!((TyType *)cls)->tp_new && !tyType_lookup((TyType *)cls, TY_ID(__new__)))
        return uerr("%s class argument '%s' doesn't have __new__", op, tyType_name((TyType *)cls));
    if (!TY_TUPLE_CHECK(args))
        return uerr("%s args argument must be a tuple, not %s", op, tyType_name(TY_TYPE(args)));
    if (ex && !TY_DICT_CHECK(kwargs))
        return uerr("%s kwargs argument must be a dict, not %s", op, tyType_name(TY_TYPE(kwargs)));
    TyObject *new_ = tyObj_getAttr(cls, TY_ID(__new__));
    if (!new_)
        return NULL;
    ssize_t n = TY_TUPLE_LEN(args);
    TyObject *small[8];
    TyObject **v = n + 1 <= 8 ? small : tyMem_malloc(sizeof(TyObject *) * (size_t)(n + 1));
    if (!v) {
        TY_DECREF(new_);
        return tyErr_noMemory();
    }
    v[0] = cls;
    for (ssize_t i = 0; i < n; i++)
        v[1 + i] = TY_TUPLE_GET(args, i);
    TyObject *r = tyObj_callDict(new_, v, n + 1, kwargs);
    if (v != small)
        tyMem_free(v);
    TY_DECREF(new_);
    return r;
}

/* ---- opcodes --------------------------------------------------------------------------- */

static int load_counted_long(Unpickler *u, int size)
{
    const char *s = read_n(u, size);
    if (!s)
        return -1;
    int64_t n = size == 1 ? (int64_t)(unsigned char)s[0] : (int64_t)(int32_t)(uint32_t)get_le(s, 4);
    if (n < 0) {
        uerr("LONG pickle has negative byte count");
        return -1;
    }
    if (!(s = read_n(u, (ssize_t)n)))
        return -1;
    return push(u, int_from_le(s, (ssize_t)n));
}

/* A size of `width` bytes (unsigned; BINSTRING's 4 bytes are signed). */
static int read_size(Unpickler *u, int width, bool is_signed, const char *what, ssize_t *out)
{
    const char *s = read_n(u, width);
    if (!s)
        return -1;
    uint64_t v = get_le(s, width);
    if (is_signed && (int32_t)(uint32_t)v < 0) {
        uerr("%s pickle has negative byte count", what);
        return -1;
    }
    if (v > (uint64_t)PTRDIFF_MAX) {
        tyErr_format(&TyExc_OverflowError, "%s exceeds system's maximum size of %zd bytes", what,
                     (ssize_t)PTRDIFF_MAX);
        return -1;
    }
    *out = (ssize_t)v;
    return 0;
}

static int load_bytes(Unpickler *u, int width, const char *what)
{
    ssize_t n;
    const char *s;
    if (read_size(u, width, false, what, &n) < 0 || !(s = read_n(u, n)))
        return -1;
    return push(u, tyBytes_fromData(s, n));
}

static int load_unicode_bin(Unpickler *u, int width, const char *what)
{
    ssize_t n;
    const char *s;
    if (read_size(u, width, false, what, &n) < 0 || !(s = read_n(u, n)))
        return -1;
    return push(u, decode_utf8(s, n));
}

static int load_binstring(Unpickler *u, int width)
{
    ssize_t n;
    const char *s;
    if (read_size(u, width, false, "BINSTRING", &n) < 0 || !(s = read_n(u, n)))
        return -1;
    return push(u, decode_string(u, s, n));
}

/* STRING: a quoted Python 2 str literal. */
static int load_string(Unpickler *u)
{
    ssize_t len;
    const char *s = read_line(u, &len);
    if (!s)
        return -1;
    len--;
    if (len < 2 || s[0] != s[len - 1] || (s[0] != '\'' && s[0] != '"')) {
        uerr("the STRING opcode argument must be quoted");
        return -1;
    }
    TyObject *raw = tyBytes_fromData(s + 1, len - 2);
    TyObject *dec = raw ? tyObj_callOneArg(ty_state.mod.pickle.escape_decode, raw) : NULL;
    TY_XDECREF(raw);
    if (!dec)
        return -1;
    TyObject *b = TY_TUPLE_CHECK(dec) && TY_TUPLE_LEN(dec) == 2 ? TY_TUPLE_GET(dec, 0) : NULL;
    TyObject *r = b && TY_BYTES_CHECK(b) ? decode_string(u, TY_BYTES_DATA(b), TY_BYTES_LEN(b))
                                         : tyErr_setString(&TyExc_TypeError, "bad escape_decode result");
    TY_DECREF(dec);
    return push(u, r);
}

static int load_unicode_text(Unpickler *u)
{
    ssize_t len;
    const char *s = read_line(u, &len);
    if (!s)
        return -1;
    TyObject *raw = tyBytes_fromData(s, len - 1);
    TyObject *dec = raw ? tyObj_callOneArg(ty_state.mod.pickle.raw_unicode_decode, raw) : NULL;
    TY_XDECREF(raw);
    if (!dec)
        return -1;
    TyObject *r = TY_TUPLE_CHECK(dec) && TY_TUPLE_LEN(dec) == 2 ? TY_NEWREF(TY_TUPLE_GET(dec, 0))
                                                                : tyErr_setString(&TyExc_TypeError, "bad decode result");
    TY_DECREF(dec);
    return push(u, r);
}

static int load_int(Unpickler *u)
{
    ssize_t len;
    const char *s = read_line(u, &len);
    if (!s)
        return -1;
    if (len == 3 && s[0] == '0' && s[1] == '0')
        return push(u, TY_NEWREF(TY_FALSE));
    if (len == 3 && s[0] == '0' && s[1] == '1')
        return push(u, TY_NEWREF(TY_TRUE));
    return push(u, parse_int(s, len - 1, 10));
}

static int load_long(Unpickler *u)
{
    ssize_t len;
    const char *s = read_line(u, &len);
    if (!s)
        return -1;
    len--;
    if (len > 0 && s[len - 1] == 'L')
        len--;
    return push(u, parse_int(s, len, 0));
}

static int load_float(Unpickler *u)
{
    ssize_t len;
    const char *s = read_line(u, &len);
    if (!s)
        return -1;
    return push(u, tyFloat_fromString(s, len - 1));
}

static int load_binfloat(Unpickler *u)
{
    const char *s = read_n(u, 8);
    if (!s)
        return -1;
    union { double d; uint64_t u; } v;
    v.u = 0;
    for (int i = 0; i < 8; i++)
        v.u = (v.u << 8) | (unsigned char)s[i];
    return push(u, tyFloat_from(v.d));
}

static int load_tuple_n(Unpickler *u, ssize_t n)
{
    if (u->sp - u->fence < n)
        return stack_underflow(u);
    return push(u, pop_tuple(u, u->sp - n));
}

static int load_mark_tuple(Unpickler *u)
{
    ssize_t m = marker(u);
    return m < 0 ? -1 : push(u, pop_tuple(u, m));
}

static int load_list(Unpickler *u)
{
    ssize_t m = marker(u);
    return m < 0 ? -1 : push(u, pop_list(u, m));
}

static int load_dict(Unpickler *u)
{
    ssize_t m = marker(u);
    if (m < 0)
        return -1;
    if ((u->sp - m) % 2) {
        uerr("odd number of items for DICT");
        return -1;
    }
    TyObject *d = tyDict_new();
    if (!d)
        return -1;
    for (ssize_t i = m; i < u->sp; i += 2)
        if (tyDict_setItem(d, u->stack[i], u->stack[i + 1]) < 0) {
            TY_DECREF(d);
            return -1;
        }
    stack_truncate(u, m);
    return push(u, d);
}

static int load_frozenset(Unpickler *u)
{
    ssize_t m = marker(u);
    if (m < 0)
        return -1;
    TyObject *items = pop_tuple(u, m);
    TyObject *fs = items ? tyFrozenSet_new(items) : NULL;
    TY_XDECREF(items);
    return push(u, fs);
}

static int load_inst(Unpickler *u)
{
    ssize_t m = marker(u);
    if (m < 0)
        return -1;
    TyObject *mod = read_name_line(u);
    TyObject *name = mod ? read_name_line(u) : NULL;
    TyObject *cls = name ? call_find_class(u, mod, name) : NULL;
    TY_XDECREF(mod);
    TY_XDECREF(name);
    TyObject *args = cls ? pop_tuple(u, m) : NULL;
    TyObject *obj = args ? instantiate(cls, args) : NULL;
    TY_XDECREF(cls);
    TY_XDECREF(args);
    return push(u, obj);
}

static int load_obj(Unpickler *u)
{
    ssize_t m = marker(u);
    if (m < 0)
        return -1;
    if (u->sp - m < 1)
        return stack_underflow(u);
    TyObject *args = pop_tuple(u, m + 1);
    if (!args)
        return -1;
    TyObject *cls = u->stack[--u->sp];
    TyObject *obj = instantiate(cls, args);
    TY_DECREF(cls);
    TY_DECREF(args);
    return push(u, obj);
}

static int load_newobj(Unpickler *u)
{
    TyObject *args = pop(u);
    if (!args)
        return -1;
    TyObject *cls = pop(u);
    if (!cls) {
        TY_DECREF(args);
        return -1;
    }
    TyObject *obj = new_object("NEWOBJ", cls, args, NULL, false);
    TY_DECREF(args);
    TY_DECREF(cls);
    return push(u, obj);
}

static int load_newobj_ex(Unpickler *u)
{
    TyObject *kwargs = pop(u), *args = kwargs ? pop(u) : NULL, *cls = args ? pop(u) : NULL;
    TyObject *obj = NULL;
    if (cls)
        obj = new_object("NEWOBJ_EX", cls, args, kwargs, true);
    TY_XDECREF(kwargs);
    TY_XDECREF(args);
    TY_XDECREF(cls);
    return cls ? push(u, obj) : -1;
}

static int load_global(Unpickler *u)
{
    TyObject *mod = read_name_line(u);
    TyObject *name = mod ? read_name_line(u) : NULL;
    TyObject *g = name ? call_find_class(u, mod, name) : NULL;
    TY_XDECREF(mod);
    TY_XDECREF(name);
    return push(u, g);
}

/* STACK_GLOBAL: a missing operand is reported as a non-str one, as
** _pickle.c does. */
static int load_stack_global(Unpickler *u)
{
    TyObject *name = u->sp > u->fence ? u->stack[--u->sp] : NULL;
    TyObject *mod = u->sp > u->fence ? u->stack[--u->sp] : NULL;
    TyObject *g = NULL;
    if (!name || !mod || !TY_STR_CHECK_EXACT(name) || !TY_STR_CHECK_EXACT(mod))
        uerr("STACK_GLOBAL requires str");
    else
        g = call_find_class(u, mod, name);
    TY_XDECREF(name);
    TY_XDECREF(mod);
    return g ? push(u, g) : -1;
}

static int load_ext(Unpickler *u, int width)
{
    const char *s = read_n(u, width);
    if (!s)
        return -1;
    int64_t code = width == 4 ? (int64_t)(int32_t)(uint32_t)get_le(s, 4) : (int64_t)get_le(s, width);
    TyObject *key = tyInt_fromI64(code);
    if (!key)
        return -1;
    TyObject *obj = tyDict_getItem(ty_state.mod.pickle.extension_cache, key);
    if (obj) {
        TY_DECREF(key);
        return push(u, TY_NEWREF(obj));
    }
    TyObject *pair = tyErr_occurred() ? NULL : tyDict_getItem(ty_state.mod.pickle.inverted_registry, key);
    if (!pair) {
        if (!tyErr_occurred()) {
            if (code <= 0)
                uerr("EXT specifies code <= 0");
            else
                tyErr_format(&TyExc_ValueError, "unregistered extension code %lld", (long long)code);
        }
        TY_DECREF(key);
        return -1;
    }
    if (!TY_TUPLE_CHECK(pair) || TY_TUPLE_LEN(pair) != 2 || !TY_STR_CHECK(TY_TUPLE_GET(pair, 0)) ||
        !TY_STR_CHECK(TY_TUPLE_GET(pair, 1))) {
        tyErr_format(&TyExc_ValueError, "_inverted_registry[%lld] isn't a 2-tuple of strings", (long long)code);
        TY_DECREF(key);
        return -1;
    }
    TY_INCREF(pair);
    obj = call_find_class(u, TY_TUPLE_GET(pair, 0), TY_TUPLE_GET(pair, 1));
    TY_DECREF(pair);
    if (obj && tyDict_setItem(ty_state.mod.pickle.extension_cache, key, obj) < 0)
        TY_CLEAR(obj);
    TY_DECREF(key);
    return push(u, obj);
}

static int load_reduce(Unpickler *u)
{
    TyObject *args = pop(u);
    TyObject *callable = args ? pop(u) : NULL;
    TyObject *obj = NULL;
    if (callable) {
        if (!TY_TUPLE_CHECK(args))
            tyErr_setString(&TyExc_TypeError, "argument list must be a tuple");
        else
            obj = tyObj_callTupleDict(callable, args, NULL);
    }
    TY_XDECREF(args);
    TY_XDECREF(callable);
    return callable ? push(u, obj) : -1;
}

/* BUILD: inst.__setstate__(state), else the dict part into inst.__dict__
** and the slots part by setattr. */
static int load_build(Unpickler *u)
{
    TyObject *state = pop(u);
    if (!state)
        return -1;
    TyObject *inst = top(u);
    if (!inst) {
        TY_DECREF(state);
        return -1;
    }
    /* Held: attribute lookups and __setstate__ run Python code. */
    TY_INCREF(inst);
    TyObject *setstate;
    if (tyObj_lookupAttr(inst, PID(SETSTATE), &setstate) < 0) {
        TY_DECREF(inst);
        TY_DECREF(state);
        return -1;
    }
    if (setstate) {
        TyObject *r = tyObj_callOneArg(setstate, state);
        TY_DECREF(setstate);
        TY_DECREF(state);
        TY_DECREF(inst);
        if (!r)
            return -1;
        TY_DECREF(r);
        return 0;
    }
    TyObject *slotstate = NULL;
    if (TY_TUPLE_CHECK(state) && TY_TUPLE_LEN(state) == 2) {
        TyObject *t = state;
        state = TY_NEWREF(TY_TUPLE_GET(t, 0));
        slotstate = TY_NEWREF(TY_TUPLE_GET(t, 1));
        TY_DECREF(t);
    }
    int r = 0;
    if (state != TY_NONE) {
        if (!TY_DICT_CHECK(state)) {
            uerr("state is not a dictionary");
            r = -1;
        } else if (TY_DICT_LEN(state)) {
            TyObject *dict = tyObj_getAttr(inst, TY_ID(__dict__));
            ssize_t pos = 0;
            TyObject *k, *v;
            if (!dict)
                r = -1;
            while (r == 0 && tyDict_next(state, &pos, &k, &v)) {
                TY_INCREF(k);
                if (TY_STR_CHECK_EXACT(k) && !(k = tyStr_intern(k))) {
                    r = -1;
                    break;
                }
                r = tyObj_setItem(dict, k, v);
                TY_DECREF(k);
            }
            TY_XDECREF(dict);
        }
    }
    if (r == 0 && slotstate && slotstate != TY_NONE) {
        if (!TY_DICT_CHECK(slotstate)) {
            uerr("slot state is not a dictionary");
            r = -1;
        } else {
            ssize_t pos = 0;
            TyObject *k, *v;
            while (r == 0 && tyDict_next(slotstate, &pos, &k, &v)) {
                TY_INCREF(k);
                TY_INCREF(v);
                r = tyObj_setAttr(inst, k, v);
                TY_DECREF(k);
                TY_DECREF(v);
            }
        }
    }
    TY_DECREF(state);
    TY_XDECREF(slotstate);
    TY_DECREF(inst);
    return r;
}

/* APPEND / APPENDS: the items from x up go into the list below them (an
** exact list directly, else through extend(), else append() each). */
static int do_append(Unpickler *u, ssize_t x)
{
    if (x > u->sp || x <= u->fence)
        return stack_underflow(u);
    if (x == u->sp)
        return 0;
    TyObject *list = u->stack[x - 1];
    if (TY_LIST_CHECK_EXACT(list)) {
        for (ssize_t i = x; i < u->sp; i++) {
            TyObject *v = u->stack[i];
            u->stack[i] = NULL;
            if (tyList_appendSteal(list, v) < 0) {
                for (ssize_t j = i + 1; j < u->sp; j++)
                    TY_DECREF(u->stack[j]);
                u->sp = x;
                return -1;
            }
        }
        u->sp = x;
        return 0;
    }
    TyObject *fn;
    if (tyObj_lookupAttr(list, PID(EXTEND), &fn) < 0)
        return -1;
    /* list is not used past this lookup and the next: the calls below
    ** take their own references. */
    if (fn) {
        TyObject *slice = pop_list(u, x);
        TyObject *r = slice ? tyObj_callOneArg(fn, slice) : NULL;
        TY_XDECREF(slice);
        TY_DECREF(fn);
        if (!r)
            return -1;
        TY_DECREF(r);
        return 0;
    }
    if (!(fn = tyObj_getAttr(list, TY_ID(append))))
        return -1;
    int rc = 0;
    for (ssize_t i = x; i < u->sp && rc == 0; i++) {
        TyObject *r = tyObj_callOneArg(fn, u->stack[i]);
        if (!r)
            rc = -1;
        TY_XDECREF(r);
    }
    TY_DECREF(fn);
    stack_truncate(u, x);
    return rc;
}

static int do_setitems(Unpickler *u, ssize_t x)
{
    if (x > u->sp || x <= u->fence)
        return stack_underflow(u);
    if (x == u->sp)
        return 0;
    if ((u->sp - x) % 2) {
        uerr("odd number of items for SETITEMS");
        return -1;
    }
    /* Held: a __setitem__ runs Python code, which could reach this
    ** unpickler's stack. */
    TyObject *d = TY_NEWREF(u->stack[x - 1]);
    int r = 0;
    for (ssize_t i = x; i + 1 < u->sp && r == 0; i += 2)
        r = tyObj_setItem(d, u->stack[i], u->stack[i + 1]);
    TY_DECREF(d);
    stack_truncate(u, x);
    return r;
}

static int load_additems(Unpickler *u)
{
    ssize_t m = marker(u);
    if (m < 0)
        return -1;
    if (m > u->sp || m <= u->fence)
        return stack_underflow(u);
    if (m == u->sp)
        return 0;
    TyObject *set = TY_NEWREF(u->stack[m - 1]);
    int r = 0;
    if (TY_ANYSET_CHECK_EXACT(set) && TY_TYPE(set) == &TySet_Type) {
        for (ssize_t i = m; i < u->sp && r == 0; i++)
            r = tySet_add(set, u->stack[i]);
    } else {
        TyObject *add = tyObj_getAttr(set, PID(ADD));
        if (!add)
            r = -1;
        for (ssize_t i = m; i < u->sp && r == 0; i++) {
            TyObject *res = tyObj_callOneArg(add, u->stack[i]);
            if (!res)
                r = -1;
            TY_XDECREF(res);
        }
        TY_XDECREF(add);
    }
    TY_DECREF(set);
    stack_truncate(u, m);
    return r;
}

static int load_persid_call(Unpickler *u, TyObject *pid)
{
    if (!u->pers_func) {
        TY_DECREF(pid);
        uerr("A load persistent id instruction was encountered,\nbut no persistent_load function was specified.");
        return -1;
    }
    TyObject *r = tyObj_callOneArg(u->pers_func, pid);
    TY_DECREF(pid);
    return push(u, r);
}

static int load_persid(Unpickler *u)
{
    ssize_t len;
    const char *s = read_line(u, &len);
    if (!s)
        return -1;
    for (ssize_t i = 0; i < len - 1; i++)
        if ((unsigned char)s[i] >= 0x80) {
            uerr("persistent IDs in protocol 0 must be ASCII strings");
            return -1;
        }
    TyObject *pid = tyStr_fromAscii(s, len - 1);
    return pid ? load_persid_call(u, pid) : -1;
}

static int load_binpersid(Unpickler *u)
{
    TyObject *pid = pop(u);
    return pid ? load_persid_call(u, pid) : -1;
}

static int get_memo(Unpickler *u, size_t idx)
{
    TyObject *v = memo_get(u, idx);
    if (!v) {
        if (!tyErr_occurred())
            uerr("Memo value not found at index %zu", idx);
        return -1;
    }
    return push(u, TY_NEWREF(v));
}

static int load_get(Unpickler *u)
{
    ssize_t len;
    const char *s = read_line(u, &len);
    if (!s)
        return -1;
    TyObject *key = parse_int(s, len - 1, 10);
    if (!key)
        return -1;
    int64_t idx;
    int r = tyInt_asI64(key, &idx);
    TY_DECREF(key);
    if (r < 0)
        return -1;
    if (idx < 0) {
        uerr("Memo value not found at index %lld", (long long)idx);
        return -1;
    }
    return get_memo(u, (size_t)idx);
}

static int put_top(Unpickler *u, int64_t idx, const char *what)
{
    if (idx < 0) {
        tyErr_format(&TyExc_ValueError, "negative %s argument", what);
        return -1;
    }
    TyObject *v = top(u);
    return v ? memo_put(u, (size_t)idx, v) : -1;
}

static int load_put(Unpickler *u)
{
    ssize_t len;
    const char *s = read_line(u, &len);
    if (!s)
        return -1;
    TyObject *key = parse_int(s, len - 1, 10);
    if (!key)
        return -1;
    int64_t idx;
    int r = tyInt_asI64(key, &idx);
    TY_DECREF(key);
    return r < 0 ? -1 : put_top(u, idx, "PUT");
}

static int load_proto(Unpickler *u)
{
    const char *s = read_n(u, 1);
    if (!s)
        return -1;
    int p = (unsigned char)s[0];
    if (p > PICKLE_HIGHEST_PROTOCOL) {
        tyErr_format(&TyExc_ValueError, "unsupported pickle protocol: %d", p);
        return -1;
    }
    u->proto = p;
    return 0;
}

static int load_frame(Unpickler *u)
{
    ssize_t n;
    if (read_size(u, 8, false, "FRAME length", &n) < 0)
        return -1;
    return ensure(u, n);
}

static int load_next_buffer(Unpickler *u)
{
    if (!u->buffers) {
        uerr("pickle stream refers to out-of-band data but no *buffers* argument was given");
        return -1;
    }
    TyObject *b = tyIter_next(u->buffers);
    if (!b) {
        if (!tyErr_occurred())
            uerr("not enough out-of-band buffers");
        return -1;
    }
    return push(u, b);
}

static int load_readonly_buffer(Unpickler *u)
{
    TyObject *obj = top(u);
    if (!obj)
        return -1;
    TyBuffer b;
    if (tyBuffer_get(obj, &b) < 0)
        return -1;
    if (b.readonly)
        return 0;
    TyObject *view = tyMemoryView_new(obj);
    TyObject *name = view ? tyStr_internC("toreadonly") : NULL;
    TyObject *ro = name ? tyObj_callMethod(view, name, NULL, 0) : NULL;
    TY_XDECREF(name);
    TY_XDECREF(view);
    if (!ro)
        return -1;
    TY_SETREF(u->stack[u->sp - 1], ro);
    return 0;
}

static int load_pop(Unpickler *u)
{
    if (u->nmarks > 0 && u->marks[u->nmarks - 1] == u->sp) {
        marker(u);
        return 0;
    }
    TyObject *v = pop(u);
    if (!v)
        return -1;
    TY_DECREF(v);
    return 0;
}

static int load_pop_mark(Unpickler *u)
{
    ssize_t m = marker(u);
    if (m < 0)
        return -1;
    stack_truncate(u, m);
    return 0;
}

static int invalid_key(int c)
{
    if (c >= 0x20 && c <= 0x7e && c != '\'' && c != '\\')
        uerr("invalid load key, '%c'.", c);
    else
        uerr("invalid load key, '\\x%02x'.", (unsigned)c);
    return -1;
}

/* Runs opcodes until STOP: the object, new reference. */
static TyObject *load(Unpickler *u)
{
    stack_truncate(u, 0);
    u->nmarks = 0;
    u->fence = 0;
    u->proto = 0;
    for (;;) {
        if (u->in_pos >= u->in_len) {
            if (ensure(u, 1) < 0) {
                if (tyErr_exceptionMatches((TyType *)ty_state.mod.pickle.UnpicklingError)) {
                    tyErr_clear();
                    tyErr_setString(&TyExc_EOFError, "Ran out of input");
                }
                return NULL;
            }
        }
        int op = (unsigned char)u->in[u->in_pos++];
        int r;
        switch (op) {
        case OP_NONE: r = push(u, tyNone_new()); break;
        case OP_NEWTRUE: r = push(u, TY_NEWREF(TY_TRUE)); break;
        case OP_NEWFALSE: r = push(u, TY_NEWREF(TY_FALSE)); break;
        case OP_INT: r = load_int(u); break;
        case OP_BININT: {
            const char *s = read_n(u, 4);
            r = s ? push(u, tyInt_fromI64((int32_t)(uint32_t)get_le(s, 4))) : -1;
            break;
        }
        case OP_BININT1: {
            const char *s = read_n(u, 1);
            r = s ? push(u, tyInt_fromI64((int64_t)get_le(s, 1))) : -1;
            break;
        }
        case OP_BININT2: {
            const char *s = read_n(u, 2);
            r = s ? push(u, tyInt_fromI64((int64_t)get_le(s, 2))) : -1;
            break;
        }
        case OP_LONG: r = load_long(u); break;
        case OP_LONG1: r = load_counted_long(u, 1); break;
        case OP_LONG4: r = load_counted_long(u, 4); break;
        case OP_FLOAT: r = load_float(u); break;
        case OP_BINFLOAT: r = load_binfloat(u); break;
        case OP_STRING: r = load_string(u); break;
        case OP_BINSTRING: r = load_binstring(u, 4); break;
        case OP_SHORT_BINSTRING: r = load_binstring(u, 1); break;
        case OP_BINBYTES: r = load_bytes(u, 4, "BINBYTES"); break;
        case OP_SHORT_BINBYTES: r = load_bytes(u, 1, "SHORT_BINBYTES"); break;
        case OP_BINBYTES8: r = load_bytes(u, 8, "BINBYTES8"); break;
        case OP_BYTEARRAY8: {
            ssize_t n;
            const char *s;
            r = read_size(u, 8, false, "BYTEARRAY8", &n) < 0 || !(s = read_n(u, n)) ? -1
                                                                                    : push(u, tyByteArray_fromData(s, n));
            break;
        }
        case OP_NEXT_BUFFER: r = load_next_buffer(u); break;
        case OP_READONLY_BUFFER: r = load_readonly_buffer(u); break;
        case OP_UNICODE: r = load_unicode_text(u); break;
        case OP_BINUNICODE: r = load_unicode_bin(u, 4, "BINUNICODE"); break;
        case OP_SHORT_BINUNICODE: r = load_unicode_bin(u, 1, "SHORT_BINUNICODE"); break;
        case OP_BINUNICODE8: r = load_unicode_bin(u, 8, "BINUNICODE8"); break;
        case OP_EMPTY_TUPLE: r = push(u, tyTuple_new(0)); break;
        case OP_TUPLE: r = load_mark_tuple(u); break;
        case OP_TUPLE1: r = load_tuple_n(u, 1); break;
        case OP_TUPLE2: r = load_tuple_n(u, 2); break;
        case OP_TUPLE3: r = load_tuple_n(u, 3); break;
        case OP_EMPTY_LIST: r = push(u, tyList_new(0)); break;
        case OP_EMPTY_DICT: r = push(u, tyDict_new()); break;
        case OP_EMPTY_SET: r = push(u, tySet_new(NULL)); break;
        case OP_LIST: r = load_list(u); break;
        case OP_DICT: r = load_dict(u); break;
        case OP_FROZENSET: r = load_frozenset(u); break;
        case OP_ADDITEMS: r = load_additems(u); break;
        case OP_APPEND: r = do_append(u, u->sp - 1); break;
        case OP_APPENDS: {
            ssize_t m = marker(u);
            r = m < 0 ? -1 : do_append(u, m);
            break;
        }
        case OP_SETITEM: r = do_setitems(u, u->sp - 2); break;
        case OP_SETITEMS: {
            ssize_t m = marker(u);
            r = m < 0 ? -1 : do_setitems(u, m);
            break;
        }
        case OP_INST: r = load_inst(u); break;
        case OP_OBJ: r = load_obj(u); break;
        case OP_NEWOBJ: r = load_newobj(u); break;
        case OP_NEWOBJ_EX: r = load_newobj_ex(u); break;
        case OP_GLOBAL: r = load_global(u); break;
        case OP_STACK_GLOBAL: r = load_stack_global(u); break;
        case OP_EXT1: r = load_ext(u, 1); break;
        case OP_EXT2: r = load_ext(u, 2); break;
        case OP_EXT4: r = load_ext(u, 4); break;
        case OP_REDUCE: r = load_reduce(u); break;
        case OP_BUILD: r = load_build(u); break;
        case OP_MARK: r = mark(u); break;
        case OP_POP: r = load_pop(u); break;
        case OP_POP_MARK: r = load_pop_mark(u); break;
        case OP_DUP: {
            TyObject *t = top(u);
            r = t ? push(u, TY_NEWREF(t)) : -1;
            break;
        }
        case OP_PERSID: r = load_persid(u); break;
        case OP_BINPERSID: r = load_binpersid(u); break;
        case OP_GET: r = load_get(u); break;
        case OP_BINGET: {
            const char *s = read_n(u, 1);
            r = s ? get_memo(u, (size_t)get_le(s, 1)) : -1;
            break;
        }
        case OP_LONG_BINGET: {
            const char *s = read_n(u, 4);
            r = s ? get_memo(u, (size_t)get_le(s, 4)) : -1;
            break;
        }
        case OP_PUT: r = load_put(u); break;
        case OP_BINPUT: {
            const char *s = read_n(u, 1);
            r = s ? put_top(u, (int64_t)get_le(s, 1), "BINPUT") : -1;
            break;
        }
        case OP_LONG_BINPUT: {
            const char *s = read_n(u, 4);
            r = s ? put_top(u, (int64_t)get_le(s, 4), "LONG_BINPUT") : -1;
            break;
        }
        case OP_MEMOIZE: {
            TyObject *t = top(u);
            r = t ? memo_put(u, (size_t)u->memo_len, t) : -1;
            break;
        }
        case OP_PROTO: r = load_proto(u); break;
        case OP_FRAME: r = load_frame(u); break;
        case OP_STOP: {
            TyObject *v = pop(u);
            if (v)
                stack_truncate(u, 0);
            return v;
        }
        default: r = invalid_key(op); break;
        }
        if (r < 0)
            return NULL;
    }
}

/* ---- the Unpickler type ---------------------------------------------------------------- */

static void unpickler_drop(Unpickler *u)
{
    TY_CLEAR(u->read);
    TY_CLEAR(u->readline);
    TY_CLEAR(u->pers_func);
    TY_CLEAR(u->buffers);
    TY_CLEAR(u->encoding);
    TY_CLEAR(u->errors);
}

static int unpickler_clear(TyObject *o)
{
    Unpickler *u = (Unpickler *)o;
    unpickler_drop(u);
    stack_truncate(u, 0);
    memo_clear(u);
    return 0;
}

static void unpickler_dealloc(TyObject *o)
{
    Unpickler *u = (Unpickler *)o;
    tyGC_untrack(o);
    unpickler_clear(o);
    tyMem_free(u->stack);
    tyMem_free(u->marks);
    tyMem_free(u->in);
    tyObj_free(o);
}

static int unpickler_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    Unpickler *u = (Unpickler *)o;
    TyObject *refs[] = { u->read, u->readline, u->pers_func, u->buffers, u->memo_big };
    for (size_t i = 0; i < TY_ARRAY_LEN(refs); i++)
        if (refs[i]) {
            int r = visit(refs[i], arg);
            if (r)
                return r;
        }
    /* An APPENDS into an exact list empties the slots it moves. */
    for (ssize_t i = 0; i < u->sp; i++)
        if (u->stack[i]) {
            int r = visit(u->stack[i], arg);
            if (r)
                return r;
        }
    for (ssize_t i = 0; i < u->memo_cap; i++)
        if (u->memo[i]) {
            int r = visit(u->memo[i], arg);
            if (r)
                return r;
        }
    return 0;
}

static TyObject *unpickler_tp_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TY_UNUSED(args);
    TY_UNUSED(nargs);
    TY_UNUSED(kwnames);
    return tyType_genericAlloc(type, 0);
}

/* Unpickler.__init__'s work; file NULL for loads() (the input is then set
** by the caller). */
static int unpickler_setup(Unpickler *u, TyObject *file, TyObject *fix, TyObject *encoding, TyObject *errors,
                           TyObject *buffers)
{
    if (u->inited) {
        unpickler_drop(u);
        stack_truncate(u, 0);
        memo_clear(u);
        u->in_len = u->in_pos = 0;
        u->inited = false;
    }
    int fi = 1;
    if (fix && (fi = tyObj_isTrue(fix)) < 0)
        return -1;
    if (encoding && !TY_STR_CHECK(encoding)) {
        tyErr_format(&TyExc_TypeError, "Unpickler() argument 'encoding' must be str, not %T", encoding);
        return -1;
    }
    if (errors && !TY_STR_CHECK(errors)) {
        tyErr_format(&TyExc_TypeError, "Unpickler() argument 'errors' must be str, not %T", errors);
        return -1;
    }
    if (file) {
        if (tyObj_lookupAttr(file, PID(READ), &u->read) < 0 ||
            tyObj_lookupAttr(file, TY_ID(readline), &u->readline) < 0)
            return -1;
        if (!u->read || !u->readline) {
            TY_CLEAR(u->read);
            TY_CLEAR(u->readline);
            tyErr_setString(&TyExc_TypeError, "file must have 'read' and 'readline' attributes");
            return -1;
        }
    }
    if (buffers && buffers != TY_NONE && !(u->buffers = tyObj_getIter(buffers)))
        return -1;
    u->encoding = encoding ? TY_NEWREF(encoding) : tyStr_fromCStr("ASCII");
    u->errors = errors ? TY_NEWREF(errors) : tyStr_fromCStr("strict");
    if (!u->encoding || !u->errors)
        return -1;
    u->fix_imports = fi;
    u->proto = 0;
    if (tyObj_lookupAttr((TyObject *)u, PID(PERSISTENT_LOAD), &u->pers_func) < 0)
        return -1;
    u->inited = true;
    return 0;
}

static const char *const unpickler_params[] = { "file", "fix_imports", "encoding", "errors", "buffers", NULL };

static int unpickler_tp_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *a[5];
    if (tyArg_unpack("Unpickler", args, nargs, kwnames, unpickler_params, 1, 1, a) < 0)
        return -1;
    return unpickler_setup((Unpickler *)self, a[0], a[1], a[2], a[3], a[4]);
}

TY_CFUNC(unpickler_load)
{
    Unpickler *u = (Unpickler *)self;
    if (tyArg_noKeywords("load", kwnames) < 0 || tyArg_checkPositional("load", nargs, 0, 0) < 0)
        return NULL;
    TY_UNUSED(args);
    if (!u->inited || !u->read)
        return uerr("Unpickler.__init__() was not called by %s.__init__()", tyType_name(TY_TYPE(self)));
    return load(u);
}

TY_CFUNC(unpickler_find_class)
{
    TyObject *a[2];
    static const char *const names[] = { "", "", NULL };
    if (tyArg_unpack("find_class", args, nargs, kwnames, names, 2, 2, a) < 0)
        return NULL;
    return find_class((Unpickler *)self, a[0], a[1]);
}

TY_CFUNC(unpickler_sizeof)
{
    TY_UNUSED(args);
    TY_UNUSED(kwnames);
    TY_UNUSED(nargs);
    Unpickler *u = (Unpickler *)self;
    ssize_t n = TY_TYPE(self)->basicsize + u->memo_cap * (ssize_t)sizeof(TyObject *) +
                u->marks_cap * (ssize_t)sizeof(ssize_t) + u->in_cap + u->stack_cap * (ssize_t)sizeof(TyObject *);
    return tyInt_fromI64(n);
}

TyObject *tyPickle_loadWith(TyObject *file, TyObject *data, TyObject *fix_imports, TyObject *encoding,
                            TyObject *errors, TyObject *buffers)
{
    Unpickler *u = (Unpickler *)unpickler_tp_new(&tyPickle_UnpicklerType, NULL, 0, NULL);
    if (!u)
        return NULL;
    TyObject *r = NULL;
    if (unpickler_setup(u, file, fix_imports, encoding, errors, buffers) == 0 && (file || in_append(u, data) >= 0))
        r = load(u);
    TY_DECREF(u);
    return r;
}

/* ---- memo proxy ------------------------------------------------------------------------ */

static TyObject *memo_as_dict(Unpickler *u)
{
    TyObject *d = u->memo_big ? tyDict_copy(u->memo_big) : tyDict_new();
    if (!d)
        return NULL;
    for (ssize_t i = 0; i < u->memo_cap; i++) {
        if (!u->memo[i])
            continue;
        TyObject *k = tyInt_fromI64(i);
        int r = k ? tyDict_setItem(d, k, u->memo[i]) : -1;
        TY_XDECREF(k);
        if (r < 0) {
            TY_DECREF(d);
            return NULL;
        }
    }
    return d;
}

TY_CFUNC(proxy_copy)
{
    TY_UNUSED(args);
    TY_UNUSED(kwnames);
    TY_UNUSED(nargs);
    return memo_as_dict(((MemoProxy *)self)->unpickler);
}

TY_CFUNC(proxy_clear)
{
    TY_UNUSED(args);
    TY_UNUSED(kwnames);
    TY_UNUSED(nargs);
    memo_clear(((MemoProxy *)self)->unpickler);
    return tyNone_new();
}

TY_CFUNC(proxy_reduce)
{
    TY_UNUSED(args);
    TY_UNUSED(kwnames);
    TY_UNUSED(nargs);
    TyObject *d = memo_as_dict(((MemoProxy *)self)->unpickler);
    TyObject *a = d ? tyTuple_pack(1, d) : NULL;
    TyObject *r = a ? tyTuple_pack(2, (TyObject *)&TyDict_Type, a) : NULL;
    TY_XDECREF(d);
    TY_XDECREF(a);
    return r;
}

static TyMethodDef proxy_methods[] = {
    { "clear", proxy_clear, TY_METH_DEFAULT, "Remove all items from memo." },
    { "copy", proxy_copy, TY_METH_DEFAULT, "Copy the memo to a new object." },
    { "__reduce__", proxy_reduce, TY_METH_DEFAULT, "Implement pickling support." },
    { NULL, NULL, 0, NULL },
};

static void proxy_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    TY_CLEAR(((MemoProxy *)o)->unpickler);
    tyObj_free(o);
}

static int proxy_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TyObject *u = (TyObject *)((MemoProxy *)o)->unpickler;
    return u ? visit(u, arg) : 0;
}

static int proxy_clear_refs(TyObject *o)
{
    TY_CLEAR(((MemoProxy *)o)->unpickler);
    return 0;
}

TyType tyPickle_UnpicklerMemoProxyType = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_pickle.UnpicklerMemoProxy",
    .basicsize = sizeof(MemoProxy),
    .flags = TY_TPFLAG_GC,
    .dealloc = proxy_dealloc,
    .traverse = proxy_traverse,
    .clear = proxy_clear_refs,
    .methods = proxy_methods,
};

static TyObject *unpickler_get_memo(TyObject *self)
{
    MemoProxy *m = (MemoProxy *)tyType_genericAlloc(&tyPickle_UnpicklerMemoProxyType, 0);
    if (m)
        m->unpickler = (Unpickler *)TY_NEWREF(self);
    return (TyObject *)m;
}

/* Unpickler.memo = an UnpicklerMemoProxy or a dict {index: obj}. */
static int unpickler_set_memo(TyObject *self, TyObject *value)
{
    Unpickler *u = (Unpickler *)self;
    if (!value) {
        tyErr_setString(&TyExc_TypeError, "attribute deletion is not supported");
        return -1;
    }
    TyObject *d;
    if (TY_TYPE(value) == &tyPickle_UnpicklerMemoProxyType)
        d = memo_as_dict(((MemoProxy *)value)->unpickler);
    else if (TY_DICT_CHECK(value))
        d = tyDict_copy(value);
    else {
        tyErr_format(&TyExc_TypeError, "'memo' attribute must be an UnpicklerMemoProxy object or dict, not %T",
                     value);
        return -1;
    }
    if (!d)
        return -1;
    ssize_t pos = 0;
    TyObject *k, *v;
    while (tyDict_next(d, &pos, &k, &v)) {
        if (!TY_INT_CHECK(k)) {
            tyErr_setString(&TyExc_TypeError, "memo key must be integers");
            TY_DECREF(d);
            return -1;
        }
        if (tyInt_sign(k) < 0) {
            tyErr_setString(&TyExc_ValueError, "memo key must be positive integers.");
            TY_DECREF(d);
            return -1;
        }
    }
    memo_clear(u);
    pos = 0;
    int r = 0;
    while (r == 0 && tyDict_next(d, &pos, &k, &v)) {
        int64_t idx;
        r = tyInt_asI64(k, &idx) < 0 ? -1 : memo_put(u, (size_t)idx, v);
    }
    TY_DECREF(d);
    return r;
}

static TyObject *unpickler_get_pers(TyObject *self)
{
    Unpickler *u = (Unpickler *)self;
    if (!u->pers_func) {
        tyErr_setString(&TyExc_AttributeError, "persistent_load");
        return NULL;
    }
    return TY_NEWREF(u->pers_func);
}

static int unpickler_set_pers(TyObject *self, TyObject *value)
{
    if (!value) {
        tyErr_setString(&TyExc_TypeError, "attribute deletion is not supported");
        return -1;
    }
    if (!tyObj_isCallable(value)) {
        tyErr_setString(&TyExc_TypeError, "persistent_load must be a callable taking one argument");
        return -1;
    }
    TY_XSETREF(((Unpickler *)self)->pers_func, TY_NEWREF(value));
    return 0;
}

static TyGetSetDef unpickler_getset[] = {
    { "memo", unpickler_get_memo, unpickler_set_memo, NULL, false },
    { "persistent_load", unpickler_get_pers, unpickler_set_pers, NULL, false },
    { NULL, NULL, NULL, NULL, false },
};

static TyMethodDef unpickler_methods[] = {
    { "load", unpickler_load, TY_METH_DEFAULT, "Load a pickle." },
    { "find_class", unpickler_find_class, TY_METH_DEFAULT, "Return an object from a specified module." },
    { "__sizeof__", unpickler_sizeof, TY_METH_DEFAULT, "Returns size in memory, in bytes." },
    { NULL, NULL, 0, NULL },
};

TyType tyPickle_UnpicklerType = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_pickle.Unpickler",
    .basicsize = sizeof(Unpickler),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_BASETYPE,
    .dealloc = unpickler_dealloc,
    .traverse = unpickler_traverse,
    .clear = unpickler_clear,
    .tp_new = unpickler_tp_new,
    .tp_init = unpickler_tp_init,
    .methods = unpickler_methods,
    .getset = unpickler_getset,
    .doc = "Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())\n--\n\n"
           "This takes a binary file for reading a pickle data stream.",
};
