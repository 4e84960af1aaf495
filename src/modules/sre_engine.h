/*
** sre_engine.h — the matcher under `_sre`: it runs the integer code that
** CPython 3.11's re/_compiler.py emits (the opcodes of re/_constants.py)
** against a subject, with CPython's backtracking order, so that groups,
** lastindex and every quirk of capture within repeats come out the same.
**
** A subject is matched by code point: bytes, bytearray and ASCII str are
** read one byte per character, any other str is decoded once into an
** array of 32-bit code points (with a table for finding the UTF-8 byte
** offset of a code point index, to slice the str without decoding again).
** Positions are code point indices from the start of the subject.
**
** Backtracking is iterative: the contexts of the opcodes being tried and
** the saved group marks live on stacks in the state that grow on the heap,
** so no pattern can exhaust the C stack, and a pending Ctrl-C is noticed
** every few thousand steps.
*/
#ifndef TY_SRE_ENGINE_H
#define TY_SRE_ENGINE_H

#include "../object.h"

/* The code re._compiler emits must be built for this engine. */
#define SRE_MAGIC 20220615
#define SRE_MAXREPEAT ((uint32_t)0xFFFFFFFFu)
#define SRE_MAXGROUPS ((uint32_t)INT32_MAX / 2)

/* Opcodes, numbered as re._constants.OPCODES numbers them. */
enum {
    SRE_OP_FAILURE, SRE_OP_SUCCESS, SRE_OP_ANY, SRE_OP_ANY_ALL, SRE_OP_ASSERT,
    SRE_OP_ASSERT_NOT, SRE_OP_AT, SRE_OP_BRANCH, SRE_OP_CATEGORY, SRE_OP_CHARSET,
    SRE_OP_BIGCHARSET, SRE_OP_GROUPREF, SRE_OP_GROUPREF_EXISTS, SRE_OP_IN, SRE_OP_INFO,
    SRE_OP_JUMP, SRE_OP_LITERAL, SRE_OP_MARK, SRE_OP_MAX_UNTIL, SRE_OP_MIN_UNTIL,
    SRE_OP_NOT_LITERAL, SRE_OP_NEGATE, SRE_OP_RANGE, SRE_OP_REPEAT, SRE_OP_REPEAT_ONE,
    SRE_OP_SUBPATTERN, SRE_OP_MIN_REPEAT_ONE, SRE_OP_ATOMIC_GROUP, SRE_OP_POSSESSIVE_REPEAT,
    SRE_OP_POSSESSIVE_REPEAT_ONE, SRE_OP_GROUPREF_IGNORE, SRE_OP_IN_IGNORE,
    SRE_OP_LITERAL_IGNORE, SRE_OP_NOT_LITERAL_IGNORE, SRE_OP_GROUPREF_LOC_IGNORE,
    SRE_OP_IN_LOC_IGNORE, SRE_OP_LITERAL_LOC_IGNORE, SRE_OP_NOT_LITERAL_LOC_IGNORE,
    SRE_OP_GROUPREF_UNI_IGNORE, SRE_OP_IN_UNI_IGNORE, SRE_OP_LITERAL_UNI_IGNORE,
    SRE_OP_NOT_LITERAL_UNI_IGNORE, SRE_OP_RANGE_UNI_IGNORE,
};

/* Positions (re._constants.ATCODES). */
enum {
    SRE_AT_BEGINNING, SRE_AT_BEGINNING_LINE, SRE_AT_BEGINNING_STRING, SRE_AT_BOUNDARY,
    SRE_AT_NON_BOUNDARY, SRE_AT_END, SRE_AT_END_LINE, SRE_AT_END_STRING,
    SRE_AT_LOC_BOUNDARY, SRE_AT_LOC_NON_BOUNDARY, SRE_AT_UNI_BOUNDARY, SRE_AT_UNI_NON_BOUNDARY,
};

/* Character categories (re._constants.CHCODES). */
enum {
    SRE_CATEGORY_DIGIT, SRE_CATEGORY_NOT_DIGIT, SRE_CATEGORY_SPACE, SRE_CATEGORY_NOT_SPACE,
    SRE_CATEGORY_WORD, SRE_CATEGORY_NOT_WORD, SRE_CATEGORY_LINEBREAK,
    SRE_CATEGORY_NOT_LINEBREAK, SRE_CATEGORY_LOC_WORD, SRE_CATEGORY_LOC_NOT_WORD,
    SRE_CATEGORY_UNI_DIGIT, SRE_CATEGORY_UNI_NOT_DIGIT, SRE_CATEGORY_UNI_SPACE,
    SRE_CATEGORY_UNI_NOT_SPACE, SRE_CATEGORY_UNI_WORD, SRE_CATEGORY_UNI_NOT_WORD,
    SRE_CATEGORY_UNI_LINEBREAK, SRE_CATEGORY_UNI_NOT_LINEBREAK,
};

/* Pattern flags (re._constants.SRE_FLAG_*) and INFO block flags. */
enum {
    SRE_FLAG_TEMPLATE = 1, SRE_FLAG_IGNORECASE = 2, SRE_FLAG_LOCALE = 4,
    SRE_FLAG_MULTILINE = 8, SRE_FLAG_DOTALL = 16, SRE_FLAG_UNICODE = 32,
    SRE_FLAG_VERBOSE = 64, SRE_FLAG_DEBUG = 128, SRE_FLAG_ASCII = 256,
};
enum { SRE_INFO_PREFIX = 1, SRE_INFO_LITERAL = 2, SRE_INFO_CHARSET = 4 };

/* What a match or search returns besides 0 (no match) and 1 (a match). */
enum {
    SRE_ERROR_ILLEGAL = -1,     /* an opcode the engine does not know */
    SRE_ERROR_STATE = -2,       /* an UNTIL outside its REPEAT */
    SRE_ERROR_MEMORY = -9,      /* MemoryError is set */
    SRE_ERROR_INTERRUPTED = -10,/* a signal raised an exception */
};

/* One context of the backtracking machine (sre_body.h). */
typedef struct SreFrame SreFrame;

/* A REPEAT in progress: its count, its code and the position its last
** iteration started at (to stop an iteration that matched nothing). */
typedef struct SreRepeat {
    ssize_t count;
    ssize_t last_pos;
    uint32_t pc;        /* index of the REPEAT's first argument */
    int prev;           /* the enclosing repeat, or -1 */
} SreRepeat;

typedef struct SreState {
    /* The subject: `width` is 1 (text8) or 4 (text32). */
    TyObject *string;       /* strong reference */
    const uint8_t *text8;
    const uint32_t *text32;
    int width;
    bool isbytes;
    ssize_t length;         /* code points */
    /* A non-ASCII str: the byte offset of every 64th code point. */
    const ssize_t *checkpoints;
    void *owned;            /* the decoded or copied text, freed by fini */
    void *owned_checkpoints;

    /* The code (borrowed from the pattern, which outlives the state). */
    const uint32_t *code;
    ssize_t groups;

    /* Where to look: [pos, endpos) clamped to the subject. */
    ssize_t pos, endpos;
    ssize_t start;          /* where this attempt starts / the match starts */
    ssize_t ptr;            /* where the match ends */
    bool match_all;         /* fullmatch: the match must reach endpos */
    bool must_advance;      /* after an empty match: do not match empty here */

    /* Group marks: mark[2g] and mark[2g+1] bound group g+1; -1 is unset,
    ** and only marks up to lastmark are valid. */
    ssize_t *mark;
    int lastmark, lastindex;
    int repeat;             /* the innermost repeat, or -1 */

    /* The backtracking stacks. */
    SreFrame *frames;
    size_t nframes, cap_frames;
    ssize_t *saved;         /* marks and last positions saved across tries */
    size_t nsaved, cap_saved;
    SreRepeat *repeats;
    size_t nrepeats, cap_repeats;
    unsigned steps;         /* for checking signals now and then */
} SreState;

/*
** Prepare to match `string` (borrowed; the state takes its own reference)
** between pos and endpos against the code of a pattern with `groups`
** groups whose subject must be bytes-like or a memoryview (isbytes 1), a str (0) or either
** (-1).  TypeError with CPython's messages for a wrong subject.  0, or -1
** with an exception (the state then needs no fini).
*/
int tySre_stateInit(SreState *st, const uint32_t *code, ssize_t groups, int isbytes,
                    TyObject *string, ssize_t pos, ssize_t endpos);
/* Release what the state owns. */
void tySre_stateFini(SreState *st);
/* Forget the marks of the last attempt, before the next one. */
void tySre_stateReset(SreState *st);

/* Match at st->start (st->match_all for fullmatch) / search from st->start:
** 1 with st->start and st->ptr bounding the match and the marks set, 0,
** or a negative SRE_ERROR_* (tySre_raise turns it into an exception). */
ssize_t tySre_match(SreState *st);
ssize_t tySre_search(SreState *st);
/* Set the exception for a negative status (none for INTERRUPTED, whose
** exception is set already); returns NULL. */
TyObject *tySre_raise(ssize_t status);

/* The subject's characters [i, j) as a new str or bytes (the subject
** itself when that is all of an exact str or bytes). */
TyObject *tySre_slice(SreState *st, ssize_t i, ssize_t j);
/* Group g's text (g >= 1), or `def` (borrowed) when the group did not
** take part.  New reference. */
TyObject *tySre_group(SreState *st, ssize_t g, TyObject *def);
/* The UTF-8 byte offset of code point i of a non-ASCII str subject. */
ssize_t tySre_byteOffset(const SreState *st, ssize_t i);

/* The character mappings and tests of re's flags (also _sre's functions). */
uint32_t tySre_lowerAscii(uint32_t ch);
uint32_t tySre_lowerUnicode(uint32_t ch);
uint32_t tySre_upperUnicode(uint32_t ch);
bool tySre_isCasedAscii(uint32_t ch);
bool tySre_isCasedUnicode(uint32_t ch);

/* Does the code fit the shape re._compiler gives it (every skip inside the
** code, every group number below `groups`)?  The matcher trusts code that
** passed. */
bool tySre_validate(const uint32_t *code, ssize_t n, ssize_t groups);

#endif
