/*
** sre_validate.c — checking code before the matcher trusts it.
**
** _sre.compile accepts any list of integers, but the matcher reads
** arguments, skips and sets without bounds checks.  So every code array is
** checked first against the shapes re._compiler emits: each opcode with its
** arguments, each skip landing inside the block it belongs to and on the
** opcode the shape says is there (JUMP, SUCCESS, an UNTIL), every set ending
** in FAILURE, every group number in range.  Blocks nest (branches, repeats,
** lookarounds), so the check walks them recursively, with a depth limit
** that no pattern re can parse comes near.
*/
#include "tally.h"
#include "modules/sre_engine.h"

#define MAX_DEPTH 10000

typedef struct Checker {
    const uint32_t *code;
    size_t groups;
    int depth;
} Checker;

/* The set items in [i, end) (LITERAL, RANGE, CHARSET, BIGCHARSET,
** CATEGORY, NEGATE) are well formed. */
static bool check_set(const uint32_t *code, size_t i, size_t end)
{
    while (i < end) {
        switch (code[i++]) {
        case SRE_OP_NEGATE:
            break;
        case SRE_OP_LITERAL:
            if (end - i < 1)
                return false;
            i += 1;
            break;
        case SRE_OP_RANGE:
        case SRE_OP_RANGE_UNI_IGNORE:
            if (end - i < 2)
                return false;
            i += 2;
            break;
        case SRE_OP_CHARSET:
            if (end - i < 8)
                return false;
            i += 8;
            break;
        case SRE_OP_BIGCHARSET: {
            /* <count> <256 block numbers as bytes> <count bitmaps> */
            if (end - i < 1 + 64)
                return false;
            uint32_t count = code[i++];
            const uint8_t *blocks = (const uint8_t *)(code + i);
            for (int k = 0; k < 256; k++)
                if (blocks[k] >= count)
                    return false;
            i += 64;
            if ((end - i) / 8 < count)
                return false;
            i += (size_t)count * 8;
            break;
        }
        case SRE_OP_CATEGORY:
            if (end - i < 1 || code[i] > SRE_CATEGORY_UNI_NOT_LINEBREAK)
                return false;
            i += 1;
            break;
        default:
            return false;
        }
    }
    return true;
}

/* The skip word at *i (which must lie before end): it may reach no further
** than end + slack words past itself.  Advances *i past it. */
static bool read_skip(const uint32_t *code, size_t *i, size_t end, size_t slack, uint32_t *skip)
{
    if (*i >= end)
        return false;
    *skip = code[*i];
    if (*skip > end - *i + slack)
        return false;
    (*i)++;
    return true;
}

static int check_block(Checker *c, size_t i, size_t end);

/* A nested block [i, end) that must not end in a JUMP. */
static bool check_inner(Checker *c, size_t i, size_t end)
{
    return i <= end && check_block(c, i, end) == 0;
}

/* The INFO block whose skip word is at s (its opcode at s - 1); at the
** start of the code its prefix is what the search relies on. */
static bool check_info(Checker *c, size_t s, size_t end, size_t *next)
{
    const uint32_t *code = c->code;
    uint32_t skip;
    size_t i = s;
    if (!read_skip(code, &i, end, 0, &skip) || skip < 4)
        return false;
    size_t stop = s + skip;
    uint32_t flags = code[i];
    i += 3;     /* flags, min, max */
    if (flags & ~(uint32_t)(SRE_INFO_PREFIX | SRE_INFO_LITERAL | SRE_INFO_CHARSET))
        return false;
    if ((flags & SRE_INFO_PREFIX) && (flags & SRE_INFO_CHARSET))
        return false;
    if ((flags & SRE_INFO_LITERAL) && !(flags & SRE_INFO_PREFIX))
        return false;
    if (flags & SRE_INFO_PREFIX) {
        /* <length> <skip> <characters> <overlap table> */
        if (stop - i < 2)
            return false;
        uint32_t len = code[i], prefix_skip = code[i + 1];
        i += 2;
        /* a LITERAL pattern is its whole prefix, all of it skipped */
        if (len == 0 || len > (stop - i) / 2 || prefix_skip > len ||
            ((flags & SRE_INFO_LITERAL) && prefix_skip != len))
            return false;
        for (uint32_t k = 0; k < len; k++)
            if (code[i + len + k] >= len || code[i + len + k] > k)
                return false;
        if (s == 1) {
            /* the search resumes after prefix_skip LITERALs of the prefix */
            for (uint32_t k = 0; k < prefix_skip; k++) {
                size_t at = stop + 2 * (size_t)k;
                if (at + 1 >= end || code[at] != SRE_OP_LITERAL || code[at + 1] != code[i + k])
                    return false;
            }
        }
        i += 2 * (size_t)len;
        if (!(flags & SRE_INFO_CHARSET) && i != stop)
            return false;
    }
    if (flags & SRE_INFO_CHARSET) {
        if (stop <= i || !check_set(code, i, stop - 1) || code[stop - 1] != SRE_OP_FAILURE)
            return false;
    } else if (!(flags & SRE_INFO_PREFIX) && i != stop) {
        return false;
    }
    *next = stop;
    return true;
}

/*
** The opcodes in [i, end): 0 when they are well formed, 1 when they are
** and the last one is a JUMP (the end of a GROUPREF_EXISTS's yes-branch),
** -1 when not.
*/
static int check_block(Checker *c, size_t i, size_t end)
{
    const uint32_t *code = c->code;
    uint32_t skip, skip2;
    if (++c->depth > MAX_DEPTH)
        return -1;
    int result = -1;
    while (i < end) {
        uint32_t op = code[i++];
        switch (op) {
        case SRE_OP_MARK:
            if (i >= end || code[i] > 2 * c->groups + 1)
                goto out;
            i++;
            break;

        case SRE_OP_LITERAL:
        case SRE_OP_NOT_LITERAL:
        case SRE_OP_LITERAL_IGNORE:
        case SRE_OP_NOT_LITERAL_IGNORE:
        case SRE_OP_LITERAL_UNI_IGNORE:
        case SRE_OP_NOT_LITERAL_UNI_IGNORE:
        case SRE_OP_LITERAL_LOC_IGNORE:
        case SRE_OP_NOT_LITERAL_LOC_IGNORE:
            if (i >= end)
                goto out;
            i++;
            break;

        case SRE_OP_SUCCESS:
        case SRE_OP_FAILURE:
        case SRE_OP_ANY:
        case SRE_OP_ANY_ALL:
            break;

        case SRE_OP_AT:
            if (i >= end || code[i] > SRE_AT_UNI_NON_BOUNDARY)
                goto out;
            i++;
            break;

        case SRE_OP_IN:
        case SRE_OP_IN_IGNORE:
        case SRE_OP_IN_UNI_IGNORE:
        case SRE_OP_IN_LOC_IGNORE: {
            /* <IN> <skip> set <FAILURE> */
            size_t s = i;
            if (!read_skip(code, &i, end, 0, &skip) || skip < 2)
                goto out;
            if (!check_set(code, i, s + skip - 1) || code[s + skip - 1] != SRE_OP_FAILURE)
                goto out;
            i = s + skip;
            break;
        }

        case SRE_OP_INFO:
            if (!check_info(c, i, end, &i))
                goto out;
            break;

        case SRE_OP_BRANCH: {
            /* (<skip> alternative <JUMP> <skip to after the 0>)... <0> */
            size_t target = 0;
            for (;;) {
                size_t s = i;
                if (!read_skip(code, &i, end, 0, &skip))
                    goto out;
                if (skip == 0)
                    break;
                if (skip < 3 || !check_inner(c, i, s + skip - 2))
                    goto out;
                i = s + skip - 2;
                if (code[i] != SRE_OP_JUMP)
                    goto out;
                i++;
                size_t j = i;
                if (!read_skip(code, &i, end, 0, &skip2))
                    goto out;
                if (target == 0)
                    target = j + skip2;
                else if (j + skip2 != target)
                    goto out;
            }
            if (i != target)
                goto out;
            break;
        }

        case SRE_OP_REPEAT_ONE:
        case SRE_OP_MIN_REPEAT_ONE:
        case SRE_OP_POSSESSIVE_REPEAT_ONE: {
            /* <skip> <min> <max> item <SUCCESS> tail */
            size_t s = i;
            if (!read_skip(code, &i, end, 0, &skip) || skip < 4 || end - i < 2)
                goto out;
            if (code[i] > code[i + 1])
                goto out;
            i += 2;
            if (!check_inner(c, i, s + skip - 1) || code[s + skip - 1] != SRE_OP_SUCCESS)
                goto out;
            i = s + skip;
            break;
        }

        case SRE_OP_REPEAT:
        case SRE_OP_POSSESSIVE_REPEAT: {
            /* <skip> <min> <max> item <UNTIL or SUCCESS> */
            size_t s = i;
            if (!read_skip(code, &i, end, 0, &skip) || skip < 3 || end - i < 2)
                goto out;
            if (code[i] > code[i + 1])
                goto out;
            i += 2;
            if (s + skip >= end || !check_inner(c, i, s + skip))
                goto out;
            i = s + skip;
            uint32_t last = code[i++];
            if (op == SRE_OP_POSSESSIVE_REPEAT ? last != SRE_OP_SUCCESS
                                               : last != SRE_OP_MAX_UNTIL && last != SRE_OP_MIN_UNTIL)
                goto out;
            break;
        }

        case SRE_OP_ATOMIC_GROUP: {
            /* <skip> pattern <SUCCESS> tail */
            size_t s = i;
            if (!read_skip(code, &i, end, 0, &skip) || skip < 2)
                goto out;
            if (!check_inner(c, i, s + skip - 1) || code[s + skip - 1] != SRE_OP_SUCCESS)
                goto out;
            i = s + skip;
            break;
        }

        case SRE_OP_GROUPREF:
        case SRE_OP_GROUPREF_IGNORE:
        case SRE_OP_GROUPREF_UNI_IGNORE:
        case SRE_OP_GROUPREF_LOC_IGNORE:
            if (i >= end || code[i] >= c->groups)
                goto out;
            i++;
            break;

        case SRE_OP_GROUPREF_EXISTS: {
            /* <group> <skip> yes [<JUMP> <skip> no]: the skip counts from
            ** the group word */
            if (i >= end || code[i] >= c->groups)
                goto out;
            size_t g = i++;
            if (!read_skip(code, &i, end, 1, &skip) || skip < 2)
                goto out;
            size_t stop = g + skip;
            int yes = i <= stop ? check_block(c, i, stop) : -1;
            if (yes < 0)
                goto out;
            if (yes == 1) {
                /* the yes-branch's JUMP skips over the no-branch */
                size_t j = stop - 1;
                i = j;
                if (!read_skip(code, &i, end, 0, &skip2) || skip2 < 1)
                    goto out;
                if (!check_inner(c, stop, j + skip2))
                    goto out;
                stop = j + skip2;
            }
            i = stop;
            break;
        }

        case SRE_OP_ASSERT:
        case SRE_OP_ASSERT_NOT: {
            /* <skip> <back> pattern <SUCCESS> */
            size_t s = i;
            if (!read_skip(code, &i, end, 0, &skip) || skip < 3 || i >= end)
                goto out;
            i++;
            if (!check_inner(c, i, s + skip - 1) || code[s + skip - 1] != SRE_OP_SUCCESS)
                goto out;
            i = s + skip;
            break;
        }

        case SRE_OP_JUMP:
            /* only as the last opcode of a yes-branch */
            if (i + 1 != end)
                goto out;
            result = 1;
            goto out;

        default:
            goto out;
        }
    }
    result = 0;
out:
    c->depth--;
    return result;
}

bool tySre_validate(const uint32_t *code, ssize_t n, ssize_t groups)
{
    if (groups < 0 || (uint64_t)groups > SRE_MAXGROUPS || n < 1 || code[n - 1] != SRE_OP_SUCCESS)
        return false;
    Checker c = { code, (size_t)groups, 0 };
    return check_block(&c, 0, (size_t)n - 1) == 0;
}
