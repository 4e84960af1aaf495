/*
** sre_body.h — the matcher for one character width.  sre_engine.c
** includes this file once per width with SRE_CHAR (the character type),
** SRE_TEXT(st) (the subject as an array of it) and SRE_FN(name) (the
** functions' names) defined.
**
** The matcher is a loop over contexts kept on st->frames.  An opcode that
** must try something and backtrack if it fails (a branch, a repeat, a
** lookaround) records in its context where to continue (`resume`), pushes
** a child context for the code to try, and the loop runs the child; when
** the child succeeds or fails, its context is popped and the parent
** continues at the label its `resume` names, with `ret` holding the
** child's verdict.  The order in which alternatives and repetition counts
** are tried, and when group marks are saved and put back, follow CPython's
** sre so that the groups of a match are the same.
**
** What a context's fields hold while its opcode waits for a child:
**   pos       the position the opcode works at (restored on resume)
**   pc        the opcode (BRANCH: the skip word of the current alternative)
**   count     repetitions matched so far (REPEAT_ONE and friends, UNTILs,
**             POSSESSIVE_REPEAT)
**   chr       the literal the tail of a REPEAT_ONE starts with, or SRE_NO_CHAR
**   rep       the repeat record (REPEAT, MAX_UNTIL, MIN_UNTIL)
**   lastmark, lastindex   the marks' extent saved before trying
**   pushed    whether the marks themselves were saved on st->saved
*/

/* A position is at `at` (re._constants.ATCODES)? */
static bool SRE_FN(at)(const SreState *st, const SRE_CHAR *T, ssize_t pos, uint32_t at)
{
    ssize_t end = st->endpos;
    bool before, here;
    switch (at) {
    case SRE_AT_BEGINNING:
    case SRE_AT_BEGINNING_STRING:
        return pos == 0;
    case SRE_AT_BEGINNING_LINE:
        return pos == 0 || T[pos - 1] == '\n';
    case SRE_AT_END:
        return (end - pos == 1 && T[pos] == '\n') || pos == end;
    case SRE_AT_END_LINE:
        return pos == end || T[pos] == '\n';
    case SRE_AT_END_STRING:
        return pos == end;
    case SRE_AT_BOUNDARY:
    case SRE_AT_NON_BOUNDARY:
        if (end == 0)
            return false;
        before = pos > 0 && has_prop(T[pos - 1], P_WORD);
        here = pos < end && has_prop(T[pos], P_WORD);
        return (before != here) == (at == SRE_AT_BOUNDARY);
    case SRE_AT_LOC_BOUNDARY:
    case SRE_AT_LOC_NON_BOUNDARY:
        if (end == 0)
            return false;
        before = pos > 0 && loc_word(T[pos - 1]);
        here = pos < end && loc_word(T[pos]);
        return (before != here) == (at == SRE_AT_LOC_BOUNDARY);
    case SRE_AT_UNI_BOUNDARY:
    case SRE_AT_UNI_NON_BOUNDARY:
        if (end == 0)
            return false;
        before = pos > 0 && uni_word(T[pos - 1]);
        here = pos < end && uni_word(T[pos]);
        return (before != here) == (at == SRE_AT_UNI_BOUNDARY);
    default:
        return false;
    }
}

static ssize_t SRE_FN(match)(SreState *st, uint32_t entry, bool toplevel);

/* How many times (up to maxcount) the one-character item at `item` matches
** from st->ptr.  Returns the count, or a negative SRE_ERROR_*.  Leaves
** st->ptr alone except in the general case, where it ends after the
** last repetition. */
static ssize_t SRE_FN(count)(SreState *st, uint32_t item, uint32_t maxcount)
{
    const SRE_CHAR *T = SRE_TEXT(st);
    const uint32_t *code = st->code;
    ssize_t ptr = st->ptr, end = st->endpos;
    if ((ssize_t)maxcount < end - ptr && maxcount != SRE_MAXREPEAT)
        end = ptr + maxcount;
    uint32_t c = code[item + 1];
    const uint32_t *set = code + item + 2;
    switch (code[item]) {
    case SRE_OP_IN: {
        /* One category (\w, \d, \s) over one-byte characters is a table
        ** look-up per character. */
        uint8_t bit = sizeof(SRE_CHAR) == 1 && set[0] == SRE_OP_CATEGORY && set[2] == SRE_OP_FAILURE
                      ? category_bit(set[1]) : 0;
        if (bit) {
            while (ptr < end && (latin1_props[T[ptr]] & bit))
                ptr++;
            break;
        }
        while (ptr < end && in_charset(set, T[ptr]))
            ptr++;
        break;
    }
    case SRE_OP_ANY:
        while (ptr < end && T[ptr] != '\n')
            ptr++;
        break;
    case SRE_OP_ANY_ALL:
        ptr = end;
        break;
    case SRE_OP_LITERAL:
        while (ptr < end && T[ptr] == c)
            ptr++;
        break;
    case SRE_OP_LITERAL_IGNORE:
        while (ptr < end && tySre_lowerAscii(T[ptr]) == c)
            ptr++;
        break;
    case SRE_OP_LITERAL_UNI_IGNORE:
        while (ptr < end && tySre_lowerUnicode(T[ptr]) == c)
            ptr++;
        break;
    case SRE_OP_LITERAL_LOC_IGNORE:
        while (ptr < end && char_loc_ignore(c, T[ptr]))
            ptr++;
        break;
    case SRE_OP_NOT_LITERAL:
        while (ptr < end && T[ptr] != c)
            ptr++;
        break;
    case SRE_OP_NOT_LITERAL_IGNORE:
        while (ptr < end && tySre_lowerAscii(T[ptr]) != c)
            ptr++;
        break;
    case SRE_OP_NOT_LITERAL_UNI_IGNORE:
        while (ptr < end && tySre_lowerUnicode(T[ptr]) != c)
            ptr++;
        break;
    case SRE_OP_NOT_LITERAL_LOC_IGNORE:
        while (ptr < end && !char_loc_ignore(c, T[ptr]))
            ptr++;
        break;
    /* One-character items the general case below would run through the
    ** matcher one character at a time, to the same effect. */
    case SRE_OP_CATEGORY:
        if (code[item + 2] != SRE_OP_SUCCESS)
            goto general;
        while (ptr < end && in_category(c, T[ptr]))
            ptr++;
        break;
    case SRE_OP_IN_IGNORE:
        if (code[item + 1 + c] != SRE_OP_SUCCESS)
            goto general;
        while (ptr < end && in_charset(set, tySre_lowerAscii(T[ptr])))
            ptr++;
        break;
    case SRE_OP_IN_UNI_IGNORE:
        if (code[item + 1 + c] != SRE_OP_SUCCESS)
            goto general;
        while (ptr < end && in_charset(set, tySre_lowerUnicode(T[ptr])))
            ptr++;
        break;
    case SRE_OP_IN_LOC_IGNORE:
        if (code[item + 1 + c] != SRE_OP_SUCCESS)
            goto general;
        while (ptr < end && in_charset_loc_ignore(set, T[ptr]))
            ptr++;
        break;
    default:
    general: {
        ssize_t start = st->ptr;
        while (st->ptr < end) {
            ssize_t r = SRE_FN(match)(st, item, false);
            if (r < 0)
                return r;
            if (r == 0)
                break;
        }
        return st->ptr - start;
    }
    }
    return ptr - st->ptr;
}

/*
** Match the code at `entry` at st->ptr.  Returns 1 with st->ptr at the end
** of the match and the marks set, 0 for no match, or a negative
** SRE_ERROR_*.  `toplevel` says whether a SUCCESS reached here ends the
** whole match (so that st->match_all and st->must_advance apply).  The
** contexts it pushes go above those already on st->frames, so it may be
** called from inside itself (count's general case).
*/
static ssize_t SRE_FN(match)(SreState *st, uint32_t entry, bool toplevel)
{
    const SRE_CHAR *T = SRE_TEXT(st);
    const uint32_t *code = st->code;
    const ssize_t end = st->endpos;
    const size_t base = st->nframes;
    ssize_t *mark = st->mark;
    ssize_t ret = 0, n;
    SreFrame *f;
    uint32_t pc;
    ssize_t pos;

/* The k-th argument of the opcode at pc, and the context on top. */
#define ARG(k) code[pc + 1 + (k)]
#define TOP() (&st->frames[st->nframes - 1])
/* The repeat record of the current context. */
#define REP (&st->repeats[f->rep])
/* Try the code at `child` in a new context and continue at `label` when it
** returns, with ret its verdict and pc, pos and f as they were. */
#define CALL(kind, label, child, child_toplevel)                    \
    do {                                                            \
        f->pc = pc;                                                 \
        f->pos = pos;                                               \
        f->resume = (kind);                                         \
        if (push_frame(st, (child), (child_toplevel)) < 0)          \
            goto nomem;                                             \
        goto enter;                                                 \
    label:;                                                         \
    } while (0)
#define SAVE_LASTMARK()                 \
    do {                                \
        f->lastmark = st->lastmark;     \
        f->lastindex = st->lastindex;   \
    } while (0)
#define RESTORE_LASTMARK()              \
    do {                                \
        st->lastmark = f->lastmark;     \
        st->lastindex = f->lastindex;   \
    } while (0)
/* Save the marks when inside a repeat (only there can a later iteration
** see what a failed try left in them), or always. */
#define PUSH_MARKS(always)                                              \
    do {                                                                \
        f->pushed = (always) || st->repeat >= 0;                        \
        if (f->pushed && push_marks(st, f->lastmark) < 0)               \
            goto nomem;                                                 \
    } while (0)
#define DROP_MARKS()                            \
    do {                                        \
        if (f->pushed)                          \
            discard_marks(st, f->lastmark);     \
    } while (0)
#define PUT_BACK_MARKS(keep)                            \
    do {                                                \
        if (f->pushed)                                  \
            restore_marks(st, f->lastmark, (keep));     \
    } while (0)
/* A count that failed: the error, else back to the context. */
#define COUNT(item, max)                        \
    do {                                        \
        n = SRE_FN(count)(st, (item), (max));   \
        if (n < 0) {                            \
            ret = n;                            \
            goto error;                         \
        }                                       \
        f = TOP();                              \
    } while (0)

    if (push_frame(st, entry, toplevel) < 0)
        return SRE_ERROR_MEMORY;

enter:
    f = TOP();
    pc = f->pc;
    pos = st->ptr;
    if (code[pc] == SRE_OP_INFO) {
        /* <INFO> <skip> <flags> <min> ...: too few characters left? */
        if (code[pc + 3] && (size_t)(end - pos) < code[pc + 3])
            goto fail;
        pc += code[pc + 1] + 1;
    }

    for (;;) {
        if ((ret = check_signals(st)) < 0)
            goto error;
        switch (code[pc]) {

        case SRE_OP_MARK: {
            /* <MARK> <gid>: marks between the last valid one and this one
            ** become unset */
            int i = (int)ARG(0);
            if (i & 1)
                st->lastindex = i / 2 + 1;
            if (i > st->lastmark) {
                for (int j = st->lastmark + 1; j < i; j++)
                    mark[j] = -1;
                st->lastmark = i;
            }
            mark[i] = pos;
            pc += 2;
            break;
        }

        case SRE_OP_LITERAL:
            if (pos >= end || T[pos] != ARG(0))
                goto fail;
            pc += 2;
            pos++;
            break;

        case SRE_OP_NOT_LITERAL:
            if (pos >= end || T[pos] == ARG(0))
                goto fail;
            pc += 2;
            pos++;
            break;

        case SRE_OP_SUCCESS:
            if (f->toplevel && ((st->match_all && pos != end) ||
                                (st->must_advance && pos == st->start)))
                goto fail;
            st->ptr = pos;
            goto succeed;

        case SRE_OP_AT:
            if (!SRE_FN(at)(st, T, pos, ARG(0)))
                goto fail;
            pc += 2;
            break;

        case SRE_OP_CATEGORY:
            if (pos >= end || !in_category(ARG(0), T[pos]))
                goto fail;
            pc += 2;
            pos++;
            break;

        case SRE_OP_ANY:
            if (pos >= end || T[pos] == '\n')
                goto fail;
            pc++;
            pos++;
            break;

        case SRE_OP_ANY_ALL:
            if (pos >= end)
                goto fail;
            pc++;
            pos++;
            break;

        case SRE_OP_IN:
            /* <IN> <skip> set */
            if (pos >= end || !in_charset(code + pc + 2, T[pos]))
                goto fail;
            pc += 1 + ARG(0);
            pos++;
            break;

        case SRE_OP_LITERAL_IGNORE:
            if (pos >= end || tySre_lowerAscii(T[pos]) != ARG(0))
                goto fail;
            pc += 2;
            pos++;
            break;

        case SRE_OP_LITERAL_UNI_IGNORE:
            if (pos >= end || tySre_lowerUnicode(T[pos]) != ARG(0))
                goto fail;
            pc += 2;
            pos++;
            break;

        case SRE_OP_LITERAL_LOC_IGNORE:
            if (pos >= end || !char_loc_ignore(ARG(0), T[pos]))
                goto fail;
            pc += 2;
            pos++;
            break;

        case SRE_OP_NOT_LITERAL_IGNORE:
            if (pos >= end || tySre_lowerAscii(T[pos]) == ARG(0))
                goto fail;
            pc += 2;
            pos++;
            break;

        case SRE_OP_NOT_LITERAL_UNI_IGNORE:
            if (pos >= end || tySre_lowerUnicode(T[pos]) == ARG(0))
                goto fail;
            pc += 2;
            pos++;
            break;

        case SRE_OP_NOT_LITERAL_LOC_IGNORE:
            if (pos >= end || char_loc_ignore(ARG(0), T[pos]))
                goto fail;
            pc += 2;
            pos++;
            break;

        case SRE_OP_IN_IGNORE:
            if (pos >= end || !in_charset(code + pc + 2, tySre_lowerAscii(T[pos])))
                goto fail;
            pc += 1 + ARG(0);
            pos++;
            break;

        case SRE_OP_IN_UNI_IGNORE:
            if (pos >= end || !in_charset(code + pc + 2, tySre_lowerUnicode(T[pos])))
                goto fail;
            pc += 1 + ARG(0);
            pos++;
            break;

        case SRE_OP_IN_LOC_IGNORE:
            if (pos >= end || !in_charset_loc_ignore(code + pc + 2, T[pos]))
                goto fail;
            pc += 1 + ARG(0);
            pos++;
            break;

        case SRE_OP_JUMP:
        case SRE_OP_INFO:
            pc += 1 + ARG(0);
            break;

        case SRE_OP_BRANCH:
            /* <BRANCH> (<skip> alternative <JUMP> <to end>)... <0> */
            SAVE_LASTMARK();
            PUSH_MARKS(false);
            pc++;
            for (;;) {
                if (code[pc] == 0) {
                    DROP_MARKS();
                    goto fail;
                }
                /* an alternative whose first character cannot match here */
                if ((code[pc + 1] == SRE_OP_LITERAL && (pos >= end || T[pos] != code[pc + 2])) ||
                    (code[pc + 1] == SRE_OP_IN &&
                     (pos >= end || !in_charset(code + pc + 3, T[pos])))) {
                    pc += code[pc];
                    continue;
                }
                st->ptr = pos;
                CALL(R_BRANCH, resume_branch, pc + 1, f->toplevel);
                if (ret) {
                    DROP_MARKS();
                    goto succeed;
                }
                PUT_BACK_MARKS(true);
                RESTORE_LASTMARK();
                pc += code[pc];
            }

        case SRE_OP_REPEAT_ONE:
            /* <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: as many
            ** single characters as possible, then back off one at a time
            ** until the tail matches */
            if ((ssize_t)ARG(1) > end - pos)
                goto fail;
            st->ptr = pos;
            COUNT(pc + 4, ARG(2));
            pos += n;
            f->count = n;
            if (n < (ssize_t)ARG(1))
                goto fail;
            if (code[pc + 1 + ARG(0)] == SRE_OP_SUCCESS && pos == end &&
                !(f->toplevel && st->must_advance && pos == st->start)) {
                st->ptr = pos;
                goto succeed;
            }
            SAVE_LASTMARK();
            PUSH_MARKS(false);
            /* when the tail starts with a literal, try only where it is
            ** (no code point is SRE_NO_CHAR) */
            f->chr = code[pc + 1 + ARG(0)] == SRE_OP_LITERAL ? code[pc + 2 + ARG(0)] : SRE_NO_CHAR;
            for (;;) {
                while (f->chr != SRE_NO_CHAR && f->count >= (ssize_t)ARG(1) &&
                       (pos >= end || T[pos] != f->chr)) {
                    pos--;
                    f->count--;
                }
                if (f->count < (ssize_t)ARG(1))
                    break;
                st->ptr = pos;
                CALL(R_REPEAT_ONE, resume_repeat_one, pc + 1 + ARG(0), f->toplevel);
                if (ret) {
                    DROP_MARKS();
                    goto succeed;
                }
                PUT_BACK_MARKS(true);
                RESTORE_LASTMARK();
                pos--;
                f->count--;
            }
            DROP_MARKS();
            goto fail;

        case SRE_OP_MIN_REPEAT_ONE:
            /* <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: as
            ** few as possible, one more each time the tail fails */
            if ((ssize_t)ARG(1) > end - pos)
                goto fail;
            st->ptr = pos;
            if (ARG(1) == 0) {
                f->count = 0;
            } else {
                COUNT(pc + 4, ARG(1));
                if (n < (ssize_t)ARG(1))
                    goto fail;
                f->count = n;
                pos += n;
            }
            if (code[pc + 1 + ARG(0)] == SRE_OP_SUCCESS &&
                !(f->toplevel && ((st->match_all && pos != end) ||
                                  (st->must_advance && pos == st->start)))) {
                st->ptr = pos;
                goto succeed;
            }
            SAVE_LASTMARK();
            PUSH_MARKS(false);
            while (ARG(2) == SRE_MAXREPEAT || f->count <= (ssize_t)ARG(2)) {
                st->ptr = pos;
                CALL(R_MIN_REPEAT_ONE, resume_min_repeat_one, pc + 1 + ARG(0), f->toplevel);
                if (ret) {
                    DROP_MARKS();
                    goto succeed;
                }
                PUT_BACK_MARKS(true);
                RESTORE_LASTMARK();
                st->ptr = pos;
                COUNT(pc + 4, 1);
                if (n == 0)
                    break;
                pos++;
                f->count++;
            }
            DROP_MARKS();
            goto fail;

        case SRE_OP_POSSESSIVE_REPEAT_ONE:
            /* <POSSESSIVE_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail:
            ** as many as possible, never giving any back */
            if (pos + (ssize_t)ARG(1) > end)
                goto fail;
            st->ptr = pos;
            COUNT(pc + 4, ARG(2));
            pos += n;
            if (n < (ssize_t)ARG(1))
                goto fail;
            pc += 1 + ARG(0);
            if (code[pc] == SRE_OP_SUCCESS && pos == end &&
                !(f->toplevel && st->must_advance && pos == st->start)) {
                st->ptr = pos;
                goto succeed;
            }
            break;

        case SRE_OP_REPEAT: {
            /* <REPEAT> <skip> <min> <max> item <MAX_UNTIL or MIN_UNTIL> tail:
            ** a record the UNTIL at the end of the item keeps its count in,
            ** which is where the work happens */
            int r = push_repeat(st, pc + 1);
            if (r < 0)
                goto nomem;
            f->rep = r;
            st->repeat = r;
            st->ptr = pos;
            CALL(R_REPEAT, resume_repeat, pc + 1 + ARG(0), f->toplevel);
            st->repeat = REP->prev;
            st->nrepeats--;
            if (ret)
                goto succeed;
            goto fail;
        }

        case SRE_OP_MAX_UNTIL:
        case SRE_OP_MIN_UNTIL:
            /* the end of an iteration of a REPEAT: the item again while
            ** the minimum is not reached, then (greedy) another iteration
            ** if allowed and it moves on, else the tail, or (lazy) the
            ** tail, else another iteration */
            if (st->repeat < 0) {
                ret = SRE_ERROR_STATE;
                goto error;
            }
            f->rep = st->repeat;
            st->ptr = pos;
            f->count = REP->count + 1;
            if (f->count < (ssize_t)code[REP->pc + 1]) {
                REP->count = f->count;
                CALL(R_UNTIL_MIN, resume_until_min, REP->pc + 3, f->toplevel);
                if (ret)
                    goto succeed;
                REP->count = f->count - 1;
                st->ptr = pos;
                goto fail;
            }
            if (code[pc] == SRE_OP_MAX_UNTIL) {
                if ((f->count < (ssize_t)code[REP->pc + 2] || code[REP->pc + 2] == SRE_MAXREPEAT) &&
                    st->ptr != REP->last_pos) {
                    REP->count = f->count;
                    SAVE_LASTMARK();
                    PUSH_MARKS(true);
                    if (push_value(st, REP->last_pos) < 0)
                        goto nomem;
                    REP->last_pos = st->ptr;
                    CALL(R_MAX_UNTIL_MORE, resume_max_until_more, REP->pc + 3, f->toplevel);
                    REP->last_pos = pop_value(st);
                    if (ret) {
                        DROP_MARKS();
                        goto succeed;
                    }
                    PUT_BACK_MARKS(false);
                    RESTORE_LASTMARK();
                    REP->count = f->count - 1;
                    st->ptr = pos;
                }
                st->repeat = REP->prev;
                CALL(R_MAX_UNTIL_TAIL, resume_max_until_tail, pc + 1, f->toplevel);
                st->repeat = f->rep;
                if (ret)
                    goto succeed;
                st->ptr = pos;
                goto fail;
            }
            st->repeat = REP->prev;
            SAVE_LASTMARK();
            PUSH_MARKS(false);
            CALL(R_MIN_UNTIL_TAIL, resume_min_until_tail, pc + 1, f->toplevel);
            st->repeat = f->rep;
            if (ret) {
                DROP_MARKS();
                goto succeed;
            }
            PUT_BACK_MARKS(false);
            RESTORE_LASTMARK();
            st->ptr = pos;
            if ((f->count >= (ssize_t)code[REP->pc + 2] && code[REP->pc + 2] != SRE_MAXREPEAT) ||
                st->ptr == REP->last_pos)
                goto fail;
            REP->count = f->count;
            if (push_value(st, REP->last_pos) < 0)
                goto nomem;
            REP->last_pos = st->ptr;
            CALL(R_MIN_UNTIL_MORE, resume_min_until_more, REP->pc + 3, f->toplevel);
            REP->last_pos = pop_value(st);
            if (ret)
                goto succeed;
            REP->count = f->count - 1;
            st->ptr = pos;
            goto fail;

        case SRE_OP_POSSESSIVE_REPEAT:
            /* <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail:
            ** each iteration is final once it matched */
            st->ptr = pos;
            f->count = 0;
            while (f->count < (ssize_t)ARG(1)) {
                CALL(R_POSSESSIVE_MIN, resume_possessive_min, pc + 4, false);
                if (!ret) {
                    st->ptr = pos;
                    goto fail;
                }
                f->count++;
            }
            /* pos now holds where the last iteration started, -1 before
            ** the first: an iteration that does not move on ends them */
            pos = -1;
            while ((f->count < (ssize_t)ARG(2) || ARG(2) == SRE_MAXREPEAT) && st->ptr != pos) {
                SAVE_LASTMARK();
                PUSH_MARKS(true);
                pos = st->ptr;
                CALL(R_POSSESSIVE_MORE, resume_possessive_more, pc + 4, false);
                if (!ret) {
                    PUT_BACK_MARKS(false);
                    RESTORE_LASTMARK();
                    st->ptr = pos;
                    break;
                }
                DROP_MARKS();
                f->count++;
            }
            pc += 2 + ARG(0);
            pos = st->ptr;
            break;

        case SRE_OP_ATOMIC_GROUP:
            /* <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail: the pattern's
            ** first match, never retried */
            st->ptr = pos;
            CALL(R_ATOMIC, resume_atomic, pc + 2, false);
            if (!ret) {
                st->ptr = pos;
                goto fail;
            }
            pc += 1 + ARG(0);
            pos = st->ptr;
            break;

        case SRE_OP_GROUPREF:
        case SRE_OP_GROUPREF_IGNORE:
        case SRE_OP_GROUPREF_UNI_IGNORE:
        case SRE_OP_GROUPREF_LOC_IGNORE: {
            /* <GROUPREF> <group>: the text group matched, again */
            int g = (int)ARG(0) * 2;
            if (g >= st->lastmark)
                goto fail;
            ssize_t p = mark[g], e = mark[g + 1];
            if (p < 0 || e < 0 || e < p)
                goto fail;
            if (end - pos < e - p)
                goto fail;
            uint32_t op = code[pc];
            for (; p < e; p++, pos++) {
                uint32_t a = T[pos], b = T[p];
                if (op == SRE_OP_GROUPREF_IGNORE) {
                    a = tySre_lowerAscii(a);
                    b = tySre_lowerAscii(b);
                } else if (op == SRE_OP_GROUPREF_UNI_IGNORE) {
                    a = tySre_lowerUnicode(a);
                    b = tySre_lowerUnicode(b);
                } else if (op == SRE_OP_GROUPREF_LOC_IGNORE) {
                    a = lower_locale(a);
                    b = lower_locale(b);
                }
                if (a != b)
                    goto fail;
            }
            pc += 2;
            break;
        }

        case SRE_OP_GROUPREF_EXISTS: {
            /* <GROUPREF_EXISTS> <group> <skip> yes <JUMP> no: yes when the
            ** group has matched, else no */
            int g = (int)ARG(0) * 2;
            if (g >= st->lastmark || mark[g] < 0 || mark[g + 1] < 0 || mark[g + 1] < mark[g])
                pc += 1 + ARG(1);
            else
                pc += 3;
            break;
        }

        case SRE_OP_ASSERT:
            /* <ASSERT> <skip> <back> pattern <SUCCESS>: the pattern matches
            ** `back` characters before here (0: a lookahead) */
            if (pos < (ssize_t)ARG(1))
                goto fail;
            st->ptr = pos - (ssize_t)ARG(1);
            CALL(R_ASSERT, resume_assert, pc + 3, false);
            if (!ret)
                goto fail;
            pc += 1 + ARG(0);
            break;

        case SRE_OP_ASSERT_NOT:
            if (pos >= (ssize_t)ARG(1)) {
                st->ptr = pos - (ssize_t)ARG(1);
                SAVE_LASTMARK();
                PUSH_MARKS(false);
                CALL(R_ASSERT_NOT, resume_assert_not, pc + 3, false);
                if (ret) {
                    DROP_MARKS();
                    goto fail;
                }
                PUT_BACK_MARKS(false);
                RESTORE_LASTMARK();
            }
            pc += 1 + ARG(0);
            break;

        case SRE_OP_FAILURE:
            goto fail;

        default:
            ret = SRE_ERROR_ILLEGAL;
            goto error;
        }
    }

succeed:
    ret = 1;
    goto leave;
fail:
    ret = 0;
leave:
    st->nframes--;
    if (st->nframes == base)
        return ret;
    f = TOP();
    pc = f->pc;
    pos = f->pos;
    switch (f->resume) {
    case R_BRANCH: goto resume_branch;
    case R_REPEAT_ONE: goto resume_repeat_one;
    case R_MIN_REPEAT_ONE: goto resume_min_repeat_one;
    case R_REPEAT: goto resume_repeat;
    case R_UNTIL_MIN: goto resume_until_min;
    case R_MAX_UNTIL_MORE: goto resume_max_until_more;
    case R_MAX_UNTIL_TAIL: goto resume_max_until_tail;
    case R_MIN_UNTIL_TAIL: goto resume_min_until_tail;
    case R_MIN_UNTIL_MORE: goto resume_min_until_more;
    case R_POSSESSIVE_MIN: goto resume_possessive_min;
    case R_POSSESSIVE_MORE: goto resume_possessive_more;
    case R_ATOMIC: goto resume_atomic;
    case R_ASSERT: goto resume_assert;
    case R_ASSERT_NOT: goto resume_assert_not;
    default:
        ret = SRE_ERROR_STATE;
        goto error;
    }

nomem:
    ret = SRE_ERROR_MEMORY;
error:
    st->nframes = base;
    return ret;

#undef ARG
#undef TOP
#undef REP
#undef CALL
#undef SAVE_LASTMARK
#undef RESTORE_LASTMARK
#undef PUSH_MARKS
#undef DROP_MARKS
#undef PUT_BACK_MARKS
#undef COUNT
}

/* Reset the marks between two attempts of a search. */
static inline void SRE_FN(reset_marks)(SreState *st)
{
    st->lastmark = st->lastindex = -1;
}

/* Does ch pass the test first_char_test found (a LITERAL or an IN)? */
static inline bool SRE_FN(first_char_ok)(const uint32_t *test, uint32_t ch)
{
    return test[0] == SRE_OP_LITERAL ? ch == test[1] : in_charset(test + 2, ch);
}

/*
** Search for the first match from st->start: 1 with st->start and st->ptr
** set, 0, or a negative SRE_ERROR_*.  The INFO block at the start of the
** code says how short a match can be and, when it knows them, the literal
** characters or the set every match starts with, which are looked for
** first.  Such matches are never empty, so st->must_advance cannot change
** them; it still applies there (CPython drops it) so that code which
** passed validation but lies about its prefix cannot make findall or sub
** find the same empty match forever.
*/
static ssize_t SRE_FN(search)(SreState *st)
{
    const SRE_CHAR *T = SRE_TEXT(st);
    const uint32_t *code = st->code;
    ssize_t ptr = st->start, end = st->endpos;
    uint32_t pc = 0, flags = 0, prefix_len = 0, prefix_skip = 0;
    const uint32_t *prefix = NULL, *table = NULL, *charset = NULL;
    ssize_t status;

    if (ptr > end)
        return 0;
    if (code[0] == SRE_OP_INFO) {
        /* <INFO> <skip> <flags> <min> <max> (<prefix> | <charset>) */
        flags = code[2];
        if (code[3] && end - ptr < (ssize_t)code[3])
            return 0;
        if (code[3] > 1) {
            /* no match can start in the last min-1 characters */
            end -= code[3] - 1;
            if (end <= ptr)
                end = ptr;
        }
        if (flags & SRE_INFO_PREFIX) {
            /* <length> <skip> <characters> <overlap table> */
            prefix_len = code[5];
            prefix_skip = code[6];
            prefix = code + 7;
            table = prefix + prefix_len;
        } else if (flags & SRE_INFO_CHARSET) {
            charset = code + 5;
        }
        pc = 1 + code[1];
    }

    if (prefix_len >= 1) {
        /* every match starts with the prefix: find each occurrence in turn
        ** (Knuth-Morris-Pratt over the compiler's overlap table), and try
        ** the rest of the pattern after its first prefix_skip characters */
        end = st->endpos;
        if ((ssize_t)prefix_len > end - ptr)
            return 0;
        for (uint32_t i = 0; i < prefix_len; i++)
            if ((uint32_t)(SRE_CHAR)prefix[i] != prefix[i])
                return 0;
        uint32_t matched = 0;
        for (; ptr < end; ptr++) {
            uint32_t ch = T[ptr];
            if (matched == 0 && sizeof(SRE_CHAR) == 1 && ch != prefix[0]) {
                const void *hit = memchr(T + ptr, (int)prefix[0], (size_t)(end - ptr));
                if (!hit)
                    return 0;
                ptr = (const SRE_CHAR *)hit - T;
                ch = T[ptr];
            }
            while (matched > 0 && ch != prefix[matched])
                matched = table[matched - 1];
            if (ch == prefix[matched])
                matched++;
            if (matched < prefix_len)
                continue;
            st->start = ptr - (prefix_len - 1);
            st->ptr = st->start + prefix_skip;
            if (flags & SRE_INFO_LITERAL)
                return 1;
            status = SRE_FN(match)(st, pc + 2 * prefix_skip, true);
            if (status != 0)
                return status;
            SRE_FN(reset_marks)(st);
            matched = table[matched - 1];
        }
        return 0;
    }

    if (charset) {
        /* every match starts with a character of the set */
        end = st->endpos;
        for (;;) {
            while (ptr < end && !in_charset(charset, T[ptr]))
                ptr++;
            if (ptr >= end)
                return 0;
            st->start = st->ptr = ptr;
            status = SRE_FN(match)(st, pc, true);
            if (status != 0)
                return status;
            ptr++;
            SRE_FN(reset_marks)(st);
        }
    }

    st->start = st->ptr = ptr;
    status = SRE_FN(match)(st, pc, true);
    st->must_advance = false;
    if (status == 0 && code[pc] == SRE_OP_AT &&
        (code[pc + 1] == SRE_AT_BEGINNING || code[pc + 1] == SRE_AT_BEGINNING_STRING)) {
        /* anchored at the start of the subject: no later position matches */
        st->start = st->ptr = end;
        return 0;
    }
    const uint32_t *first = first_char_test(code + pc);
    while (status == 0 && ptr < end) {
        ptr++;
        if (first)
            while (ptr < end && !SRE_FN(first_char_ok)(first, T[ptr]))
                ptr++;
        SRE_FN(reset_marks)(st);
        st->start = st->ptr = ptr;
        status = SRE_FN(match)(st, pc, false);
    }
    return status;
}
