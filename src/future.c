/*
** future.c — the future statements at the top of a module.
**
** Only a docstring and other future statements may come before a future
** statement.  As in CPython 3.11 the scan stops at the first line that
** holds something else; a future statement later on that same line is
** reported here, one on a later line by the compiler when it meets it.
*/
#include "tally.h"
#include "future.h"

/* Features that 3.11 always has on: accepted and ignored. */
static const char *const always_on[] = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "generator_stop",
};

/* The features one future statement names, added to ff->features; -1
** with SyntaxError at the statement (CPython's column: col_offset + 1). */
static int check_features(const TyStmt *s, const char *filename, TyFuture *ff)
{
    for (int i = 0; i < s->v.import.names.n; i++) {
        TyObject *name = s->v.import.names.items[i]->name;
        bool known = false;
        for (size_t k = 0; k < sizeof always_on / sizeof always_on[0]; k++)
            known = known || tyStr_eqC(name, always_on[k]);
        if (known)
            continue;
        if (tyStr_eqC(name, "annotations")) {
            ff->features |= TY_CO_FUTURE_ANNOTATIONS;
        } else if (tyStr_eqC(name, "barry_as_FLUFL")) {
            ff->features |= TY_CO_FUTURE_BARRY_AS_BDFL;
        } else if (tyStr_eqC(name, "braces")) {
            tyErr_syntaxRanged(filename, s->loc.line, s->loc.col + 1, s->loc.line, -1, "not a chance");
            return -1;
        } else {
            tyErr_syntaxRanged(filename, s->loc.line, s->loc.col + 1, s->loc.line, -1,
                               "future feature %U is not defined", name);
            return -1;
        }
    }
    return 0;
}

static bool is_future_import(const TyStmt *s)
{
    return s->kind == TY_STMT_IMPORTFROM && s->v.import.module &&
           tyStr_eqC(s->v.import.module, "__future__");
}

static bool is_docstring(const TyStmt *s)
{
    return s->kind == TY_STMT_EXPR && s->v.expr.value->kind == TY_EXPR_CONSTANT &&
           TY_STR_CHECK(s->v.expr.value->v.constant.value);
}

int tyFuture_parse(const TyModuleAST *mod, const char *filename, TyFuture *ff)
{
    ff->features = 0;
    ff->lineno = -1;
    if (mod->mode == TY_MODE_EVAL)
        return 0;
    const TyStmtSeq *body = &mod->body;
    bool done = false;
    int prev_line = 0;
    for (int i = body->n && is_docstring(body->items[0]) ? 1 : 0; i < body->n; i++) {
        const TyStmt *s = body->items[i];
        if (done && s->loc.line > prev_line)
            return 0;
        prev_line = s->loc.line;
        if (!is_future_import(s)) {
            done = true;
            continue;
        }
        if (done) {
            /* CPython gives col_offset here, one column left of the
            ** statement, unlike its other future errors. */
            tyErr_syntaxRanged(filename, s->loc.line, s->loc.col, s->loc.line, -1,
                               "from __future__ imports must occur at the beginning of the file");
            return -1;
        }
        if (check_features(s, filename, ff) < 0)
            return -1;
        ff->lineno = s->loc.line;
    }
    return 0;
}
