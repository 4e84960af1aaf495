/*
** struct.c — the `_struct` module that CPython's struct.py re-exports:
** converting between Python values and C structs held in bytes.
**
** A format is compiled once into a Struct: a list of items, each one
** format letter with its repeat count and byte offset.  '@' (the default)
** gives native sizes and alignment; '=', '<', '>' and '!' standard sizes,
** no alignment, and the byte order they name.  Range errors keep CPython's
** wording, which depends on which of its converters a letter uses: native
** ones (for '@', and for the host's own byte order when the standard size
** equals the native one) name the C type ("short format requires ..."),
** the others name the letter ("'h' format requires ...").
**
** The module functions keep the last 100 compiled formats, as CPython's do.
*/
#include <float.h>
#include <math.h>
#include "tally.h"
#include "buffer.h"
#include "modules/struct.h"
#include "objects/weakref.h"

#define CACHE_MAX 100

enum { NATIVE, LITTLE, BIG };

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define HOST_ORDER BIG
#else
#define HOST_ORDER LITTLE
#endif

typedef struct Item {
    char code;
    ssize_t offset;
    ssize_t size;       /* bytes of one value; of the whole field for 's'/'p' */
    ssize_t count;      /* values this item packs: its repeat count, 1 for 's'/'p' */
} Item;

typedef struct Struct {
    TyObject ob;
    ssize_t size;       /* bytes of a packed struct */
    ssize_t nvalues;    /* values pack() takes */
    int order;          /* NATIVE, LITTLE or BIG */
    Item *items;
    ssize_t nitems;
    TyObject *format;   /* the format as a str; NULL before __init__ */
    TyObject *weaklist;
} Struct;

typedef struct UnpackIter {
    TyObject ob;
    Struct *st;
    TyObject *buffer;   /* the object unpacked (pinned); NULL once exhausted */
    ssize_t offset;
} UnpackIter;

#define ST(o) ((Struct *)(o))

static TyType Struct_Type, UnpackIter_Type;

static TyObject *error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    TyObject *msg = tyStr_fromFormatV(fmt, ap);
    va_end(ap);
    if (msg) {
        tyErr_setObject((TyType *)ty_state.mod.structmod.error, msg);
        TY_DECREF(msg);
    }
    return NULL;
}

/* ---- sizes ------------------------------------------------------------------- */

/* The standard size of a letter valid after '=', '<', '>' and '!'; 0 for
** any other letter. */
static ssize_t std_size(char c)
{
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'l': case 'L': case 'f': return 4;
    case 'q': case 'Q': case 'd': return 8;
    default: return 0;
    }
}

/* The native size of a letter and, in *align, its C alignment; 0 for a
** letter that is not a format. */
static ssize_t native_size(char c, ssize_t *align)
{
#define NATIVE_(T) (*align = (ssize_t)_Alignof(T), (ssize_t)sizeof(T))
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case 's': case 'p': return NATIVE_(char);
    case '?': return NATIVE_(_Bool);
    case 'h': case 'H': case 'e': return NATIVE_(short);
    case 'i': case 'I': return NATIVE_(int);
    case 'l': case 'L': return NATIVE_(long);
    case 'q': case 'Q': return NATIVE_(long long);
    case 'n': case 'N': return NATIVE_(size_t);
    case 'P': return NATIVE_(void *);
    case 'f': return NATIVE_(float);
    case 'd': return NATIVE_(double);
    default: return 0;
    }
#undef NATIVE_
}

/* ---- compiling a format ---------------------------------------------------------- */

/* Read a repeat count at *p: 0, or -1 with struct.error when it overflows. */
static int read_count(const char **p, const char *end, ssize_t *out)
{
    ssize_t n = 0;
    while (*p < end && **p >= '0' && **p <= '9') {
        int d = **p - '0';
        if (n > (SSIZE_MAX - d) / 10) {
            error("total struct size too long");
            return -1;
        }
        n = n * 10 + d;
        (*p)++;
    }
    *out = n;
    return 0;
}

/*
** Compile fmt[0..n) into s's items, size and value count.  With items
** NULL only counts the items (into s->nitems) and checks the format.
** 0, or -1 with struct.error.
*/
static int compile(Struct *s, const char *fmt, ssize_t n, Item *items)
{
    const char *p = fmt, *end = fmt + n;
    s->order = NATIVE;
    if (p < end && strchr("@=<>!", *p)) {
        s->order = *p == '@' ? NATIVE : *p == '<' ? LITTLE : *p == '=' ? HOST_ORDER : BIG;
        p++;
    }
    ssize_t size = 0, nvalues = 0, nitems = 0;
    while (p < end) {
        if (*p == ' ' || (*p >= '\t' && *p <= '\r')) {
            p++;
            continue;
        }
        ssize_t count = 1;
        if (*p >= '0' && *p <= '9') {
            if (read_count(&p, end, &count) < 0)
                return -1;
            if (p == end) {
                error("repeat count given without format specifier");
                return -1;
            }
        }
        char c = *p++;
        ssize_t align = 1;
        ssize_t itemsize = s->order == NATIVE ? native_size(c, &align) : std_size(c);
        if (itemsize == 0) {
            error("bad char in struct format");
            return -1;
        }
        if (size % align && size > SSIZE_MAX - (align - size % align))
            goto too_long;
        size += size % align ? align - size % align : 0;
        if (count > (SSIZE_MAX - size) / itemsize)
            goto too_long;
        if (c != 'x') {
            bool field = c == 's' || c == 'p';
            if (items)
                items[nitems] = (Item){ c, size, field ? count : itemsize, field ? 1 : count };
            nitems++;
            nvalues += field ? 1 : count;
        }
        size += count * itemsize;
    }
    s->size = size;
    s->nvalues = nvalues;
    s->nitems = nitems;
    return 0;
too_long:
    error("total struct size too long");
    return -1;
}

/* Compile `format` (a str or bytes) into s, replacing what it held: 0, or
** -1 with an exception. */
static int struct_set_format(Struct *s, TyObject *format)
{
    TyObject *text;
    if (TY_STR_CHECK(format)) {
        text = tyStr_encode(format, "ascii", "strict");
        if (!text)
            return -1;
    } else if (TY_BYTES_CHECK(format)) {
        text = TY_NEWREF(format);
    } else {
        tyErr_format(&TyExc_TypeError, "Struct() argument 1 must be a str or bytes object, not %T", format);
        return -1;
    }
    const char *fmt = TY_BYTES_DATA(text);
    ssize_t n = TY_BYTES_LEN(text);
    TyObject *str = NULL;
    Item *items = NULL;
    Struct probe = { 0 };
    if ((ssize_t)strlen(fmt) != n) {
        error("embedded null character");
        goto fail;
    }
    if (compile(&probe, fmt, n, NULL) < 0)
        goto fail;
    items = tyMem_malloc(sizeof(Item) * (size_t)(probe.nitems ? probe.nitems : 1));
    if (!items)
        goto fail;
    str = tyStr_fromUtf8(fmt, n);
    if (!str || compile(s, fmt, n, items) < 0)
        goto fail;
    tyMem_free(s->items);
    s->items = items;
    TY_XSETREF(s->format, str);
    TY_DECREF(text);
    return 0;
fail:
    tyMem_free(items);
    TY_XDECREF(str);
    TY_DECREF(text);
    return -1;
}

/* ---- integers ---------------------------------------------------------------- */

static bool is_signed(char c)
{
    return c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
}

/* Does this item use CPython's native converter for its letter (so its
** errors name the C type, and it converts as a C long)?  One-byte letters
** always do, whatever the byte order. */
static bool native_style(const Struct *s, char code, ssize_t size)
{
    ssize_t align;
    return s->order == NATIVE || size == 1 || (s->order == HOST_ORDER && native_size(code, &align) == size);
}

/* v as an int (its __index__ when it is not one): new reference, or NULL
** with struct.error "required argument is not an integer". */
static TyObject *as_int(TyObject *v)
{
    if (TY_INT_CHECK(v))
        return TY_NEWREF(v);
    if (TY_TYPE(v)->nb_index)
        return tyNum_index(v);
    return error("required argument is not an integer");
}

/* Where an int lies: FITS_I64 (*sv holds it), FITS_U64 (above INT64_MAX,
** *uv holds it) or BEYOND (outside both). */
enum { FITS_I64, FITS_U64, BEYOND };

static int int_extent(TyObject *n, int64_t *sv, uint64_t *uv)
{
    if (TY_INT_IS_SMALL(n)) {
        *sv = TY_INT_VALUE(n);
        *uv = (uint64_t)*sv;
        return FITS_I64;
    }
    mpz_srcptr z = ((TyInt *)n)->big;
    if (mpz_sgn(z) > 0 && mpz_sizeinbase(z, 2) <= 64) {
        *uv = 0;
        mpz_export(uv, NULL, -1, sizeof *uv, 0, 0, z);
        return FITS_U64;
    }
    return BEYOND;
}

/* Store the low `size` bytes of bits at p in the byte order given. */
static void store(char *p, uint64_t bits, ssize_t size, bool little)
{
    for (ssize_t i = 0; i < size; i++) {
        p[little ? i : size - 1 - i] = (char)(bits & 0xff);
        bits >>= 8;
    }
}

static uint64_t load(const char *p, ssize_t size, bool little)
{
    uint64_t bits = 0;
    for (ssize_t i = 0; i < size; i++)
        bits = bits << 8 | (unsigned char)p[little ? size - 1 - i : i];
    return bits;
}

static bool little_order(const Struct *s)
{
    return s->order == LITTLE || (s->order == NATIVE && HOST_ORDER == LITTLE);
}

/* The range message of a native converter that names its C type, or NULL. */
static const char *c_type_word(char code)
{
    switch (code) {
    case 'b': return "byte";
    case 'B': return "ubyte";
    case 'h': return "short";
    case 'H': return "ushort";
    default: return NULL;
    }
}

/* Pack the integer v for letter `code` of `size` bytes at p: 0, or -1 with
** struct.error worded as CPython's converter for the letter words it. */
static int pack_integer(const Struct *s, char code, ssize_t size, char *p, TyObject *v)
{
    TyObject *n = as_int(v);
    if (!n)
        return -1;
    int64_t sv;
    uint64_t uv;
    int extent = int_extent(n, &sv, &uv);
    TY_DECREF(n);
    bool native = native_style(s, code, size);
    bool sgn = is_signed(code) || (native && (code == 'B' || code == 'H'));
    bool fits = sgn ? extent == FITS_I64 : (extent == FITS_I64 && sv >= 0) || extent == FITS_U64;
    if (code == 'P')
        fits = extent != BEYOND;
    if (!fits) {
        error(code == 'P' || (!native && size == 8) ? "int too large to convert" : "argument out of range");
        return -1;
    }
    if (size < 8) {
        int bits = (int)size * 8;
        int64_t lo = is_signed(code) ? -((int64_t)1 << (bits - 1)) : 0;
        int64_t hi = is_signed(code) ? ((int64_t)1 << (bits - 1)) - 1 : ((int64_t)1 << bits) - 1;
        bool in = sgn ? sv >= lo && sv <= hi : uv <= (uint64_t)hi;
        if (!in) {
            const char *word = native ? c_type_word(code) : NULL;
            if (word)
                error("%s format requires %lld <= number <= %lld", word, (long long)lo, (long long)hi);
            else
                error("'%c' format requires %lld <= number <= %lld", code, (long long)lo, (long long)hi);
            return -1;
        }
    }
    store(p, uv, size, little_order(s));
    return 0;
}

static TyObject *unpack_integer(const Struct *s, char code, ssize_t size, const char *p)
{
    uint64_t bits = load(p, size, little_order(s));
    if (!is_signed(code))
        return tyInt_fromU64(bits);
    if (size < 8 && bits >> (size * 8 - 1))
        bits |= ~(uint64_t)0 << (size * 8);
    return tyInt_fromI64((int64_t)bits);
}

/* ---- floats ------------------------------------------------------------------ */

/* x as IEEE 754 binary16 bits, rounded to nearest even: 0, or -1 with
** OverflowError when x is finite and too large. */
static int half_bits(double x, uint16_t *out)
{
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    if (isnan(x)) {
        *out = sign | 0x7e00;
        return 0;
    }
    if (isinf(x)) {
        *out = sign | 0x7c00;
        return 0;
    }
    int e;
    double f = frexp(fabs(x), &e);
    if (f == 0) {
        *out = sign;
        return 0;
    }
    f *= 2;     /* 1 <= f < 2 */
    e--;
    if (e >= 16)
        goto overflow;
    if (e < -25) {
        f = 0;
        e = 0;
    } else if (e < -14) {
        f = ldexp(f, 14 + e);   /* a subnormal: 0 <= f < 1 */
        e = 0;
    } else {
        e += 15;
        f -= 1;
    }
    f *= 1024;
    unsigned bits = (unsigned)f;
    double rest = f - bits;
    if (rest > 0.5 || (rest == 0.5 && (bits & 1))) {
        if (++bits == 1024) {
            bits = 0;
            if (++e == 31)
                goto overflow;
        }
    }
    *out = (uint16_t)(sign | e << 10 | bits);
    return 0;
overflow:
    tyErr_setString(&TyExc_OverflowError, "float too large to pack with e format");
    return -1;
}

static double half_value(uint16_t h)
{
    int e = h >> 10 & 0x1f;
    unsigned f = h & 0x3ff;
    double v;
    if (e == 31)
        v = f ? NAN : INFINITY;
    else if (e == 0)
        v = ldexp((double)f, -24);
    else
        v = ldexp(1.0 + f / 1024.0, e - 15);
    return (h & 0x8000) ? -v : v;
}

static int pack_float(const Struct *s, char code, char *p, TyObject *v)
{
    double x = tyFloat_asDouble(v);
    if (x == -1.0 && tyErr_occurred()) {
        error("required argument is not a float");
        return -1;
    }
    bool little = little_order(s);
    if (code == 'e') {
        uint16_t h;
        if (half_bits(x, &h) < 0)
            return -1;
        store(p, h, 2, little);
    } else if (code == 'f') {
        /* Beyond FLT_MAX plus half its last place, (float)x would be inf. */
        if (isfinite(x) && fabs(x) >= (double)FLT_MAX + ldexp(1.0, 103)) {
            tyErr_setString(&TyExc_OverflowError, "float too large to pack with f format");
            return -1;
        }
        float y = (float)x;
        uint32_t bits;
        memcpy(&bits, &y, 4);
        store(p, bits, 4, little);
    } else {
        uint64_t bits;
        memcpy(&bits, &x, 8);
        store(p, bits, 8, little);
    }
    return 0;
}

static TyObject *unpack_float(const Struct *s, char code, const char *p)
{
    bool little = little_order(s);
    if (code == 'e')
        return tyFloat_from(half_value((uint16_t)load(p, 2, little)));
    if (code == 'f') {
        uint32_t bits = (uint32_t)load(p, 4, little);
        float y;
        memcpy(&y, &bits, 4);
        return tyFloat_from(y);
    }
    uint64_t bits = load(p, 8, little);
    double x;
    memcpy(&x, &bits, 8);
    return tyFloat_from(x);
}

/* ---- packing and unpacking ------------------------------------------------------ */

static int pack_value(const Struct *s, const Item *it, char *p, TyObject *v)
{
    switch (it->code) {
    case 'c':
        if (!TY_BYTES_CHECK(v) || TY_BYTES_LEN(v) != 1) {
            error("char format requires a bytes object of length 1");
            return -1;
        }
        *p = TY_BYTES_DATA(v)[0];
        return 0;
    case 's': case 'p': {
        if (!tyBytes_isLike(v)) {
            error("argument for '%c' must be a bytes object", it->code);
            return -1;
        }
        ssize_t n = tyBytes_likeLen(v);
        ssize_t room = it->code == 's' ? it->size : it->size - 1;
        if (room < 0)
            return 0;
        if (n > room)
            n = room;
        char *dst = it->code == 's' ? p : p + 1;
        memcpy(dst, tyBytes_likeData(v), (size_t)n);
        memset(dst + n, 0, (size_t)(room - n));
        if (it->code == 'p')
            *p = (char)(n > 255 ? 255 : n);
        return 0;
    }
    case '?': {
        int t = tyObj_isTrue(v);
        if (t < 0)
            return -1;
        *p = (char)t;
        return 0;
    }
    case 'e': case 'f': case 'd':
        return pack_float(s, it->code, p, v);
    default:
        return pack_integer(s, it->code, it->size, p, v);
    }
}

static TyObject *unpack_value(const Struct *s, const Item *it, const char *p)
{
    switch (it->code) {
    case 'c':
        return tyBytes_fromData(p, 1);
    case 's':
        return tyBytes_fromData(p, it->size);
    case 'p': {
        if (it->size == 0)
            return tyBytes_fromData("", 0);
        ssize_t n = (unsigned char)*p;
        if (n >= it->size)
            n = it->size - 1;
        return tyBytes_fromData(p + 1, n);
    }
    case '?':
        return tyBool_from(*p != 0);
    case 'e': case 'f': case 'd':
        return unpack_float(s, it->code, p);
    default:
        return unpack_integer(s, it->code, it->size, p);
    }
}

/* Pack values[0..s->nvalues) into out (s->size bytes, zeroed here first):
** 0, or -1 with an exception (out then holds part of the struct). */
static int pack_all(const Struct *s, char *out, TyObject *const *values)
{
    memset(out, 0, (size_t)s->size);
    for (ssize_t i = 0; i < s->nitems; i++) {
        const Item *it = &s->items[i];
        for (ssize_t j = 0; j < it->count; j++)
            if (pack_value(s, it, out + it->offset + j * it->size, *values++) < 0)
                return -1;
    }
    return 0;
}

/* The tuple of values in data[0..s->size): new reference. */
static TyObject *unpack_all(const Struct *s, const char *data)
{
    TyObject *t = tyTuple_new(s->nvalues);
    if (!t)
        return NULL;
    ssize_t k = 0;
    for (ssize_t i = 0; i < s->nitems; i++) {
        const Item *it = &s->items[i];
        for (ssize_t j = 0; j < it->count; j++) {
            TyObject *v = unpack_value(s, it, data + it->offset + j * it->size);
            if (!v) {
                TY_DECREF(t);
                return NULL;
            }
            TY_TUPLE_ITEMS(t)[k++] = v;
        }
    }
    return t;
}

static int check_count(const Struct *s, const char *fname, size_t given)
{
    if ((ssize_t)given == s->nvalues)
        return 0;
    error("%s expected %zd items for packing (got %zd)", fname, s->nvalues, (ssize_t)given);
    return -1;
}

static TyObject *do_pack(Struct *s, TyObject *const *args, size_t nargs)
{
    if (check_count(s, "pack", nargs) < 0)
        return NULL;
    TyObject *b = tyBytes_fromData(NULL, s->size);
    if (b && pack_all(s, TY_BYTES_DATA(b), args) < 0)
        TY_CLEAR(b);
    return b;
}

/* pack_into(buffer, offset, *v) with args[0] the buffer. */
static TyObject *do_pack_into(Struct *s, TyObject *const *args, size_t nargs)
{
    if (nargs == 0)
        return error("pack_into expected buffer argument");
    if (nargs == 1)
        return error("pack_into expected offset argument");
    if (check_count(s, "pack_into", nargs - 2) < 0)
        return NULL;
    TyBuffer view;
    if (tyBuffer_getWritable(args[0], &view) < 0)
        return NULL;
    ssize_t offset = tyNum_asSsize(args[1], &TyExc_IndexError);
    if (offset == -1 && tyErr_occurred())
        return NULL;
    /* The values are packed aside first: converting them may run Python
    ** code that resizes the buffer, so its bytes are fetched again after. */
    char *packed = tyMem_malloc((size_t)(s->size ? s->size : 1));
    if (!packed)
        return NULL;
    int r = pack_all(s, packed, args + 2);
    if (r == 0)
        r = tyBuffer_getWritable(args[0], &view);
    if (r == 0 && offset < 0) {
        if (offset + s->size > 0) {
            error("no space to pack %zd bytes at offset %zd", s->size, offset);
            r = -1;
        } else if (offset + view.len < 0) {
            error("offset %zd out of range for %zd-byte buffer", offset, view.len);
            r = -1;
        } else {
            offset += view.len;
        }
    }
    if (r == 0 && view.len - offset < s->size) {
        /* CPython adds as size_t, so a huge offset gives the true sum. */
        error("pack_into requires a buffer of at least %zu bytes for packing %zd bytes at offset %zd "
              "(actual buffer size is %zd)", (size_t)s->size + (size_t)offset, s->size, offset, view.len);
        r = -1;
    }
    if (r == 0)
        memcpy(view.data + offset, packed, (size_t)s->size);
    tyMem_free(packed);
    return r == 0 ? TY_NEWREF(TY_NONE) : NULL;
}

static TyObject *do_unpack(Struct *s, TyObject *buffer)
{
    TyBuffer view;
    if (tyBuffer_get(buffer, &view) < 0)
        return NULL;
    if (view.len != s->size)
        return error("unpack requires a buffer of %zd bytes", s->size);
    return unpack_all(s, view.data);
}

/* unpack_from(buffer, offset=0): the arguments as given (a[1] may be NULL). */
static TyObject *do_unpack_from(Struct *s, TyObject *const *a)
{
    TyBuffer view;
    if (tyBuffer_get(a[0], &view) < 0)
        return NULL;
    ssize_t offset = 0;
    if (a[1]) {
        offset = tyNum_asSsize(a[1], &TyExc_IndexError);
        if (offset == -1 && tyErr_occurred())
            return NULL;
        if (tyBuffer_get(a[0], &view) < 0)
            return NULL;
    }
    if (offset < 0) {
        if (offset + s->size > 0)
            return error("not enough data to unpack %zd bytes at offset %zd", s->size, offset);
        if (offset + view.len < 0)
            return error("offset %zd out of range for %zd-byte buffer", offset, view.len);
        offset += view.len;
    }
    if (view.len - offset < s->size)
        return error("unpack_from requires a buffer of at least %zu bytes for unpacking %zd bytes at offset "
                     "%zd (actual buffer size is %zd)", (size_t)s->size + (size_t)offset, s->size, offset,
                     view.len);
    return unpack_all(s, view.data + offset);
}

static TyObject *do_iter_unpack(Struct *s, TyObject *buffer)
{
    TyBuffer view;
    if (tyBuffer_get(buffer, &view) < 0)
        return NULL;
    if (s->size == 0)
        return error("cannot iteratively unpack with a struct of length 0");
    if (view.len % s->size)
        return error("iterative unpacking requires a buffer of a multiple of %zd bytes", s->size);
    UnpackIter *it = (UnpackIter *)tyObj_alloc(&UnpackIter_Type);
    if (!it)
        return NULL;
    it->st = (Struct *)TY_NEWREF(s);
    it->buffer = TY_NEWREF(buffer);
    tyBuffer_pin(buffer);
    return (TyObject *)it;
}

/* ---- the Struct type ----------------------------------------------------------- */

static TyObject *struct_tp_new(TyType *type, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    return tyType_genericAlloc(type, 0);
}

/* Struct(format): compiles format (again, when called on a built Struct). */
static int struct_tp_init(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "format", NULL };
    TyObject *a[1];
    if (tyArg_unpack("Struct", args, nargs, kwnames, names, 1, 1, a) < 0)
        return -1;
    return struct_set_format(ST(self), a[0]);
}

static void struct_dealloc(TyObject *o)
{
    Struct *s = ST(o);
    if (s->weaklist)
        tyWeakref_clear(o);
    tyMem_free(s->items);
    TY_XDECREF(s->format);
    tyObj_free(o);
}

static TyObject *struct_pack(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("pack", kwnames) < 0)
        return NULL;
    return do_pack(ST(self), args, nargs);
}

static TyObject *struct_pack_into(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("pack_into", kwnames) < 0)
        return NULL;
    return do_pack_into(ST(self), args, nargs);
}

static TyObject *struct_unpack(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("unpack", kwnames) < 0 || tyArg_checkPositional("unpack", nargs, 1, 1) < 0)
        return NULL;
    return do_unpack(ST(self), args[0]);
}

static TyObject *struct_unpack_from(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "buffer", "offset", NULL };
    TyObject *a[2];
    if (tyArg_unpack("unpack_from", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    return do_unpack_from(ST(self), a);
}

static TyObject *struct_iter_unpack(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("iter_unpack", kwnames) < 0 || tyArg_checkPositional("iter_unpack", nargs, 1, 1) < 0)
        return NULL;
    return do_iter_unpack(ST(self), args[0]);
}

static TyObject *struct_get_format(TyObject *self)
{
    return ST(self)->format ? TY_NEWREF(ST(self)->format) : tyStr_fromCStr("");
}

static TyObject *struct_get_size(TyObject *self)
{
    return tyInt_fromI64(ST(self)->size);
}

static TyMethodDef struct_methods[] = {
    { "pack", struct_pack, TY_METH_DEFAULT, "Return a bytes object holding the values packed." },
    { "pack_into", struct_pack_into, TY_METH_DEFAULT, "Pack the values into buffer at offset." },
    { "unpack", struct_unpack, TY_METH_DEFAULT, "Return a tuple of the values buffer holds." },
    { "unpack_from", struct_unpack_from, TY_METH_DEFAULT, "Unpack the values at offset in buffer." },
    { "iter_unpack", struct_iter_unpack, TY_METH_DEFAULT, "Iterate over the structs buffer holds." },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef struct_getset[] = {
    { "format", struct_get_format, NULL, "struct format string" },
    { "size", struct_get_size, NULL, "struct size in bytes" },
    { NULL, NULL, NULL, NULL },
};

static TyType Struct_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_struct.Struct",
    .basicsize = sizeof(Struct),
    .flags = TY_TPFLAG_BASETYPE,
    .dealloc = struct_dealloc,
    .methods = struct_methods,
    .getset = struct_getset,
    .tp_new = struct_tp_new,
    .tp_init = struct_tp_init,
    .weaklistoffset = offsetof(Struct, weaklist),
    .doc = "Struct(fmt) --> compiled struct object",
};

/* ---- the unpack iterator ---------------------------------------------------------- */

/* Drop the buffer, unpinning it: the iterator is exhausted. */
static void drop_buffer(UnpackIter *it)
{
    TyObject *buffer = it->buffer;
    if (buffer) {
        it->buffer = NULL;
        tyBuffer_unpin(buffer);
        TY_DECREF(buffer);
    }
}

static void iter_dealloc(TyObject *o)
{
    UnpackIter *it = (UnpackIter *)o;
    TY_DECREF(it->st);
    drop_buffer(it);
    tyObj_free(o);
}

/* The next struct; the buffer's bytes are read afresh at each step, and a
** buffer that shrank below the next struct ends the iteration. */
static TyObject *iter_next(TyObject *o)
{
    UnpackIter *it = (UnpackIter *)o;
    if (!it->buffer)
        return NULL;
    TyBuffer view;
    if (tyBuffer_get(it->buffer, &view) < 0)
        return NULL;
    if (view.len - it->offset < it->st->size) {
        drop_buffer(it);
        return NULL;
    }
    TyObject *t = unpack_all(it->st, view.data + it->offset);
    it->offset += it->st->size;
    return t;
}

static TyObject *iter_length_hint(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    UnpackIter *it = (UnpackIter *)self;
    TyBuffer view;
    if (!it->buffer)
        return tyInt_fromI64(0);
    if (tyBuffer_get(it->buffer, &view) < 0)
        return NULL;
    ssize_t left = view.len - it->offset;
    return tyInt_fromI64(left > 0 ? left / it->st->size : 0);
}

static TyObject *iter_self(TyObject *o)
{
    return TY_NEWREF(o);
}

static TyMethodDef iter_methods[] = {
    { "__length_hint__", iter_length_hint, TY_METH_DEFAULT, "Private method returning an estimate of len(list(it))." },
    { NULL, NULL, 0, NULL },
};

static TyType UnpackIter_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_struct.unpack_iterator",
    .basicsize = sizeof(UnpackIter),
    .dealloc = iter_dealloc,
    .iter = iter_self,
    .iternext = iter_next,
    .methods = iter_methods,
};

/* ---- module functions -------------------------------------------------------------- */

/* The Struct for `format`, from the cache or compiled and cached: new
** reference. */
static Struct *cached_struct(TyObject *format)
{
    if (!ty_state.mod.structmod.cache && !(ty_state.mod.structmod.cache = tyDict_new()))
        return NULL;
    TyObject *s = tyDict_getItem(ty_state.mod.structmod.cache, format);
    if (s)
        return (Struct *)TY_NEWREF(s);
    if (tyErr_occurred())
        return NULL;
    s = tyType_genericAlloc(&Struct_Type, 0);
    if (!s || struct_set_format(ST(s), format) < 0) {
        TY_XDECREF(s);
        return NULL;
    }
    if (tyObj_length(ty_state.mod.structmod.cache) >= CACHE_MAX) {
        TY_DECREF(ty_state.mod.structmod.cache);
        if (!(ty_state.mod.structmod.cache = tyDict_new())) {
            TY_DECREF(s);
            return NULL;
        }
    }
    if (tyDict_setItem(ty_state.mod.structmod.cache, format, s) < 0) {
        TY_DECREF(s);
        return NULL;
    }
    return ST(s);
}

/* Run fn with the Struct for args[0] and the remaining arguments. */
#define WITH_STRUCT(fname, min, call)                                         \
    do {                                                                      \
        if (tyArg_noKeywords(fname, kwnames) < 0 ||                           \
            tyArg_checkCount(fname, nargs, min, SIZE_MAX) < 0)                \
            return NULL;                                                      \
        Struct *s = cached_struct(args[0]);                                   \
        if (!s)                                                               \
            return NULL;                                                      \
        TyObject *r = (call);                                                 \
        TY_DECREF(s);                                                         \
        return r;                                                             \
    } while (0)

static TyObject *m_pack(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    WITH_STRUCT("pack", 1, do_pack(s, args + 1, nargs - 1));
}

static TyObject *m_pack_into(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    WITH_STRUCT("pack_into", 1, do_pack_into(s, args + 1, nargs - 1));
}

static TyObject *m_unpack(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_checkCount("unpack", nargs, 2, 2) < 0)
        return NULL;
    WITH_STRUCT("unpack", 2, do_unpack(s, args[1]));
}

static TyObject *m_iter_unpack(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_checkCount("iter_unpack", nargs, 2, 2) < 0)
        return NULL;
    WITH_STRUCT("iter_unpack", 2, do_iter_unpack(s, args[1]));
}

static TyObject *m_calcsize(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_checkCount("calcsize", nargs, 1, 1) < 0)
        return NULL;
    WITH_STRUCT("calcsize", 1, tyInt_fromI64(s->size));
}

static TyObject *m_unpack_from(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "", "buffer", "offset", NULL };
    TyObject *a[3];
    if (tyArg_unpack("unpack_from", args, nargs, kwnames, names, 2, 3, a) < 0)
        return NULL;
    Struct *s = cached_struct(a[0]);
    if (!s)
        return NULL;
    TyObject *r = do_unpack_from(s, a + 1);
    TY_DECREF(s);
    return r;
}

static TyObject *m_clearcache(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_checkPositional("_clearcache", nargs, 0, 0) < 0)
        return NULL;
    TY_CLEAR(ty_state.mod.structmod.cache);
    return TY_NEWREF(TY_NONE);
}

static TyMethodDef struct_functions[] = {
    { "pack", m_pack, TY_METH_DEFAULT, "pack(format, v1, v2, ...) -> bytes" },
    { "pack_into", m_pack_into, TY_METH_DEFAULT, "pack_into(format, buffer, offset, v1, v2, ...)" },
    { "unpack", m_unpack, TY_METH_DEFAULT, "unpack(format, buffer) -> (v1, v2, ...)" },
    { "unpack_from", m_unpack_from, TY_METH_DEFAULT, "unpack_from(format, buffer, offset=0) -> (v1, v2, ...)" },
    { "iter_unpack", m_iter_unpack, TY_METH_DEFAULT, "iter_unpack(format, buffer) -> iterator(v1, v2, ...)" },
    { "calcsize", m_calcsize, TY_METH_DEFAULT, "calcsize(format) -> the size of the struct in bytes" },
    { "_clearcache", m_clearcache, TY_METH_DEFAULT, "Clear the cache of compiled formats." },
    { NULL, NULL, 0, NULL },
};

static const char module_doc[] =
    "Functions to convert between Python values and C structs.\n"
    "Python bytes objects are used to hold the data representing the C struct\n"
    "and also as format strings (explained below) to describe the layout of data\n"
    "in the C struct.\n";

static TyType *const module_types[] = { &Struct_Type, &UnpackIter_Type };

TyObject *tyStruct_create(void)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(module_types); i++)
        if (tyType_ready(module_types[i]) < 0)
            return NULL;
    if (!ty_state.mod.structmod.error && !(ty_state.mod.structmod.error = tyExc_newClass("struct", "error", &TyExc_Exception)))
        return NULL;
    TyObject *m = tyModule_new("_struct", struct_functions);
    TyObject *doc = m ? tyStr_fromCStr(module_doc) : NULL;
    if (!doc || tyModule_addObject(m, "__doc__", doc) < 0 ||
        tyModule_addObject(m, "Struct", (TyObject *)&Struct_Type) < 0 ||
        tyModule_addObject(m, "error", ty_state.mod.structmod.error) < 0)
        TY_CLEAR(m);
    TY_XDECREF(doc);
    return m;
}

void tyStruct_fini(void)
{
    TY_CLEAR(ty_state.mod.structmod.cache);
    TY_CLEAR(ty_state.mod.structmod.error);
    for (size_t i = TY_ARRAY_LEN(module_types); i-- > 0;)
        tyType_finiStatic(module_types[i]);
}
