/*
** fuzz_compile.c — arbitrary bytes through the lexer, the parser, the
** compiler and the disassembler, in every mode: a file, a string given to
** compile() (NUL bytes and columns differ), 'single' as the REPL and as
** compile() use it, and 'eval'.
**
** One interpreter serves every input (start-up would cost more than the
** work); compiling an input a second time must leave the count of live
** objects as it was, so an object leaked on any error path is a finding.
*/
#define _GNU_SOURCE
#include "fuzz.h"
#include "parser.h"
#include "compiler.h"
#include "dis.h"

static FILE *devnull;

static void compile_in(const uint8_t *data, size_t size, const char *filename, TyParseMode mode,
                       TyParseInput input, bool repl)
{
    TyArena *arena = tyArena_new();
    if (!arena)
        abort();
    bool incomplete = false;
    TyModuleAST *mod = tyParse_source(arena, (const char *)data, size, filename, mode, input,
                                      repl ? &incomplete : NULL);
    TyObject *code = mod ? tyCompile(mod, arena, filename) : NULL;
    if (code) {
        tyDis_code(code, devnull);
        TY_DECREF(code);
    } else if (!tyErr_occurred()) {
        fprintf(stderr, "fuzz: compiling failed without an exception\n");
        abort();
    }
    tyErr_clear();
    tyArena_free(arena);
}

static void *compile_all(void *p)
{
    const FuzzJob *in = p;
    compile_in(in->data, in->size, "<fuzz>", TY_MODE_FILE, TY_INPUT_FILE, false);
    compile_in(in->data, in->size, "<fuzz>", TY_MODE_FILE, TY_INPUT_BYTES, false);
    compile_in(in->data, in->size, "<string>", TY_MODE_FILE, TY_INPUT_TEXT, false);
    compile_in(in->data, in->size, "<stdin>", TY_MODE_SINGLE, TY_INPUT_TEXT, true);
    compile_in(in->data, in->size, "<string>", TY_MODE_SINGLE, TY_INPUT_TEXT, false);
    compile_in(in->data, in->size, "<string>", TY_MODE_EVAL, TY_INPUT_TEXT, false);
    return NULL;
}

/* Names the objects allocated last (the registry lists them in order of
** allocation), which is where an input's leftovers are. */
typedef struct {
    ssize_t skip;
} ListNewest;

static void list_newest(TyObject *o, void *arg)
{
    ListNewest *l = arg;
    if (l->skip-- > 0)
        return;
    if (o->refcnt > 0)
        fprintf(stderr, "fuzz:   %s at %p, refcount %zd\n", TY_TYPE(o)->name, (void *)o, o->refcnt);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static char *args[] = { (char *)"fuzz_compile", NULL };
    fuzz_detach_stdin();
    devnull = fopen("/dev/null", "w");
    if (!devnull || tyLife_init(1, args) < 0)
        abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzJob job = { NULL, data, size };
    ssize_t before = tyMem_liveObjects();
    fuzz_on_big_stack(compile_all, &job);
    ssize_t after = tyMem_liveObjects();
    if (after == before)
        return 0;
    /* A cache filled on first use (the disassembler's, interned names)
    ** grows once; a leak grows again when the same input runs again. */
    before = after;
    fuzz_on_big_stack(compile_all, &job);
    after = tyMem_liveObjects();
    if (after != before) {
        fprintf(stderr, "fuzz: %zd objects alive before the input, %zd after\n", before, after);
        ListNewest l = { after - 20 };
        tyMem_forEachLive(list_newest, &l);
        abort();
    }
    return 0;
}
