/*
** compression.h — what the streaming compression modules (_bz2, _lzma)
** share: output that grows as the library fills it, a compressor's
** compress()/flush() methods, and a decompressor's input buffering and its
** eof / needs_input / unused_data (see compression.c).
*/
#ifndef TY_COMPRESSION_H
#define TY_COMPRESSION_H

#include "../object.h"
#include "../objects/str.h"

/* Room for more output in out, never past `limit` bytes in all (limit < 0:
** no limit): the first block is 32 KiB (or the limit), then the output
** doubles.  The room (at most UINT_MAX, what the libraries count), 0 at the
** limit, or -1 with MemoryError. */
ssize_t tyCompress_outRoom(TyStrBuilder *out, ssize_t limit);

/* The output as bytes, releasing the builder: new reference, or NULL. */
TyObject *tyCompress_outFinish(TyStrBuilder *out);

/* ---- compressors ---- */

/* Runs a compressor over data[0..len): until the input is taken, or with
** finish until the stream ends.  The output as bytes (new reference), or
** NULL. */
typedef TyObject *(*TyCompressRun)(TyObject *self, const char *data, size_t len, bool finish);

/* compress(data, /) and flush() of a compressor whose `flushed` flag is
** given, with CPython's messages ("Compressor has been flushed", "Repeated
** call to flush()"). */
TyObject *tyCompress_compress(TyObject *self, bool flushed, TyCompressRun run, TyObject *const *args,
                              size_t nargs, TyObject *kwnames);
TyObject *tyCompress_flush(TyObject *self, bool *flushed, TyCompressRun run, size_t nargs, TyObject *kwnames);

#define TY_COMPRESS_DOC \
    "Provide data to the compressor object.\n\n" \
    "Returns a chunk of compressed data if possible, or b'' otherwise.\n\n" \
    "When you have finished providing data to the compressor, call the\n" \
    "flush() method to finish the compression process."
#define TY_COMPRESS_FLUSH_DOC \
    "Finish the compression process.\n\n" \
    "Returns the compressed data left in internal buffers.\n\n" \
    "The compressor object may not be used after this method is called."

/* ---- decompressors ---- */

/* What a decompressor keeps between calls. */
typedef struct TyDecompressState {
    bool eof, needs_input;
    TyObject *unused_data;  /* bytes after the end of the stream */
    char *pending;          /* input the library has not taken (malloc'd), or NULL */
    size_t npending;
} TyDecompressState;

/* A fresh state (needs_input, no unused data): 0, or -1 with MemoryError. */
int tyDecompress_init(TyDecompressState *s);
/* Releases what the state holds. */
void tyDecompress_fini(TyDecompressState *s);

/*
** The start of decompress(data, max_length=-1): reads the arguments, raises
** EOFError `eof_message` at the end of the stream, and gives the input
** (what an earlier call left, then data) in *in / *avail and the limit in
** *max_length.  0, or -1 with the exception.
*/
int tyDecompress_begin(TyDecompressState *s, const char *eof_message, TyObject *const *args,
                       size_t nargs, TyObject *kwnames, const char **in, size_t *avail,
                       ssize_t *max_length);

/*
** The end of decompress(): r is the step's output (NULL after an error),
** rest[0..avail) the input the library left, more_output whether it may
** hold output without more input.  Sets unused_data at the end of the
** stream, needs_input as CPython does, and keeps the rest for the next
** call (dropped after an error, as CPython drops it).  Returns r, or NULL.
*/
TyObject *tyDecompress_end(TyDecompressState *s, TyObject *r, const char *rest, size_t avail,
                           bool more_output);

#define TY_DECOMPRESS_DOC \
    "Decompress *data*, returning uncompressed data as bytes.\n\n" \
    "If *max_length* is nonnegative, returns at most *max_length* bytes of\n" \
    "decompressed data. If this limit is reached and further output can be\n" \
    "produced, *self.needs_input* will be set to ``False``. In this case, the next\n" \
    "call to *decompress()* may provide *data* as b'' to obtain more of the output.\n\n" \
    "If all of the input data was decompressed and returned (either because this\n" \
    "was less than *max_length* bytes, or because *max_length* was negative),\n" \
    "*self.needs_input* will be set to True.\n\n" \
    "Attempting to decompress data after the end of stream is reached raises an\n" \
    "EOFError.  Any data found after the end of the stream is ignored and saved in\n" \
    "the unused_data attribute."
#define TY_DECOMPRESS_EOF_DOC "True if the end-of-stream marker has been reached."
#define TY_DECOMPRESS_UNUSED_DOC "Data found after the end of the compressed stream."
#define TY_DECOMPRESS_NEEDS_INPUT_DOC \
    "True if more input is needed before more decompressed data can be produced."

#endif
