/*
** test_api.c — the embedding API (include/tally.h) as a host uses it:
** only the public header is included here.  Each test opens its own
** interpreter and checks that closing it leaves no object alive; the
** sanitizer build (which this binary is) checks the memory.
*/
#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>
#include "../../include/tally.h"

static TyInterp *open_or_fail(void)
{
    TyInterp *I = ty_open();
    cr_assert_not_null(I, "ty_open failed");
    return I;
}

static void close_clean(TyInterp *I)
{
    cr_assert_eq(ty_close(I), 0, "objects left alive after ty_close");
}

static int64_t global_int(TyInterp *I, const char *module, const char *name)
{
    TyObject *o = ty_getGlobal(I, module, name);
    cr_assert_not_null(o, "no global %s", name);
    int64_t v = 0;
    cr_assert_eq(ty_toInt(I, o, &v), TY_OK);
    ty_decRef(o);
    return v;
}

Test(api, run_and_read_globals)
{
    TyInterp *I = open_or_fail();
    cr_assert_eq(ty_runString(I, "x = sum(range(10))\ns = 'h\\u00e9llo'\n", NULL, NULL), TY_OK);
    cr_assert_eq(global_int(I, NULL, "x"), 45);
    TyObject *s = ty_getGlobal(I, "__main__", "s");
    size_t len;
    cr_assert_str_eq(ty_toString(I, s, &len), "h\xc3\xa9llo");
    cr_assert_eq(len, 6);
    ty_decRef(s);
    /* Another module: made on first use, importable, its own namespace. */
    cr_assert_eq(ty_runString(I, "x = 7\n", "config", NULL), TY_OK);
    cr_assert_eq(ty_runString(I, "import config\ny = config.x * 6\n", NULL, NULL), TY_OK);
    cr_assert_eq(global_int(I, NULL, "y"), 42);
    cr_assert_eq(global_int(I, "config", "x"), 7);
    cr_assert_null(ty_getGlobal(I, NULL, "missing"));
    cr_assert_str_eq(ty_errorType(I), "NameError");
    cr_assert_str_eq(ty_errorMessage(I), "name 'missing' is not defined");
    ty_clearError(I);
    TyObject *v = ty_fromInt(I, -5);
    cr_assert_eq(ty_setGlobal(I, NULL, "z", v), TY_OK);
    ty_decRef(v);
    cr_assert_eq(ty_runString(I, "z = abs(z) + 1\n", NULL, NULL), TY_OK);
    cr_assert_eq(global_int(I, NULL, "z"), 6);
    close_clean(I);
}

Test(api, conversions)
{
    TyInterp *I = open_or_fail();
    int64_t i;
    double d;
    size_t n;
    TyObject *o = ty_fromInt(I, INT64_MIN);
    cr_assert_eq(ty_kind(o), TY_KIND_INT);
    cr_assert_eq(ty_toInt(I, o, &i), TY_OK);
    cr_assert_eq(i, INT64_MIN);
    ty_decRef(o);
    cr_assert_eq(ty_runString(I, "big = 2 ** 64\nf = 2.5\nb = b'a\\x00b'\nt = (1, None, True)\n", NULL, NULL),
                 TY_OK);
    o = ty_getGlobal(I, NULL, "big");
    cr_assert_eq(ty_toInt(I, o, &i), TY_ERROR);
    cr_assert_str_eq(ty_errorType(I), "OverflowError");
    ty_clearError(I);
    cr_assert_eq(ty_toDouble(I, o, &d), TY_OK);
    cr_assert_eq(d, 18446744073709551616.0);
    ty_decRef(o);
    o = ty_getGlobal(I, NULL, "f");
    cr_assert_eq(ty_kind(o), TY_KIND_FLOAT);
    cr_assert_eq(ty_toDouble(I, o, &d), TY_OK);
    cr_assert_eq(d, 2.5);
    cr_assert_eq(ty_toInt(I, o, &i), TY_ERROR);
    cr_assert_str_eq(ty_errorType(I), "TypeError");
    cr_assert_null(ty_toString(I, o, NULL));
    cr_assert_str_eq(ty_errorMessage(I), "expected str, got float");
    ty_clearError(I);
    ty_decRef(o);
    o = ty_getGlobal(I, NULL, "b");
    cr_assert_eq(ty_kind(o), TY_KIND_BYTES);
    cr_assert_eq(memcmp(ty_toBytes(I, o, &n), "a\0b", 3), 0);
    cr_assert_eq(n, 3);
    ty_decRef(o);
    o = ty_getGlobal(I, NULL, "t");
    cr_assert_eq(ty_kind(o), TY_KIND_TUPLE);
    cr_assert_eq(ty_len(I, o), 3);
    TyObject *item = ty_getIndex(I, o, -1);
    cr_assert_eq(ty_kind(item), TY_KIND_BOOL);
    cr_assert_eq(ty_truth(I, item), 1);
    ty_decRef(item);
    item = ty_getIndex(I, o, 1);
    cr_assert_eq(ty_kind(item), TY_KIND_NONE);
    ty_decRef(item);
    ty_decRef(o);
    cr_assert_null(ty_fromString(I, "\xff", 1));
    cr_assert_str_eq(ty_errorType(I), "UnicodeDecodeError");
    ty_clearError(I);

    /* Building: [1, 'two', b'3', 4.0, None, False] in a dict in a tuple. */
    TyObject *list = ty_newList(I);
    cr_assert_eq(ty_listAppendSteal(I, list, ty_fromInt(I, 1)), TY_OK);
    cr_assert_eq(ty_listAppendSteal(I, list, ty_fromString(I, "two", -1)), TY_OK);
    cr_assert_eq(ty_listAppendSteal(I, list, ty_fromBytes(I, "3", 1)), TY_OK);
    cr_assert_eq(ty_listAppendSteal(I, list, ty_fromDouble(I, 4.0)), TY_OK);
    cr_assert_eq(ty_listAppendSteal(I, list, ty_none(I)), TY_OK);
    cr_assert_eq(ty_listAppendSteal(I, list, ty_fromBool(I, 0)), TY_OK);
    TyObject *dict = ty_newDict(I);
    cr_assert_eq(ty_setKey(I, dict, "items", list), TY_OK);
    TyObject *tuple = ty_newTuple(I, &dict, 1);
    cr_assert_eq(ty_setGlobal(I, NULL, "built", tuple), TY_OK);
    TyObject *r = ty_repr(I, tuple);
    cr_assert_str_eq(ty_toString(I, r, NULL), "({'items': [1, 'two', b'3', 4.0, None, False]},)");
    cr_assert_str_eq(ty_typeName(tuple), "tuple");
    ty_decRef(r);
    ty_decRef(tuple);
    ty_decRef(dict);
    ty_decRef(list);
    close_clean(I);
}

/* add(a, b, *, scale=1) with user data counting the calls. */
static TyObject *host_add(TyInterp *I, TyObject *const *args, size_t nargs, TyObject *kwargs, void *ud)
{
    ++*(int *)ud;
    if (nargs != 2)
        return ty_raise(I, "TypeError", "add() takes two arguments");
    int64_t a, b, scale = 1;
    if (ty_toInt(I, args[0], &a) != TY_OK || ty_toInt(I, args[1], &b) != TY_OK)
        return NULL;
    if (kwargs) {
        TyObject *s = ty_getKey(I, kwargs, "scale");
        int r = s ? ty_toInt(I, s, &scale) : TY_ERROR;
        ty_decRef(s);
        if (r != TY_OK)
            return NULL;
    }
    return ty_fromInt(I, (a + b) * scale);
}

static TyObject *host_fail(TyInterp *I, TyObject *const *args, size_t nargs, TyObject *kwargs, void *ud)
{
    return ty_raise(I, "copy.Error", "raised by the host");
}

Test(api, host_functions_and_modules)
{
    TyInterp *I = open_or_fail();
    int calls = 0;
    cr_assert_eq(ty_register(I, NULL, "add", host_add, &calls), TY_OK);
    static const TyFunctionReg funcs[] = { { "add", host_add }, { "fail", host_fail }, { NULL, NULL } };
    cr_assert_not_null(ty_newModule(I, "hostmod", funcs, &calls));
    cr_assert_eq(ty_runString(I,
                              "import hostmod\n"
                              "a = add(2, 3)\n"
                              "b = hostmod.add(2, 3, scale=10)\n"
                              "try:\n"
                              "    hostmod.fail()\n"
                              "except Exception as e:\n"
                              "    msg = f'{type(e).__module__}.{type(e).__name__}: {e}'\n"
                              "name = repr(add) + ' ' + hostmod.add.__module__\n",
                              NULL, NULL),
                 TY_OK);
    cr_assert_eq(global_int(I, NULL, "a"), 5);
    cr_assert_eq(global_int(I, NULL, "b"), 50);
    cr_assert_eq(calls, 2);
    TyObject *msg = ty_getGlobal(I, NULL, "msg");
    cr_assert_str_eq(ty_toString(I, msg, NULL), "copy.Error: raised by the host");
    ty_decRef(msg);
    TyObject *name = ty_getGlobal(I, NULL, "name");
    cr_assert_str_eq(ty_toString(I, name, NULL), "<built-in function add> hostmod");
    ty_decRef(name);
    /* A host function's error reaches the host through Python code. */
    cr_assert_eq(ty_runString(I, "add(1, 'x')\n", NULL, "<add>"), TY_ERROR);
    cr_assert_str_eq(ty_errorType(I), "TypeError");
    cr_assert_str_eq(ty_errorMessage(I), "'str' object cannot be interpreted as an integer");
    cr_assert_eq(calls, 3);
    /* A function object the host keeps and calls itself. */
    TyObject *f = ty_newFunction(I, "add", host_add, &calls);
    TyObject *args[2] = { ty_fromInt(I, 20), ty_fromInt(I, 1) };
    TyObject *kw = ty_newDict(I);
    TyObject *two = ty_fromInt(I, 2);
    ty_setKey(I, kw, "scale", two);
    TyObject *r = ty_call(I, f, args, 2, kw);
    int64_t v;
    cr_assert_eq(ty_toInt(I, r, &v), TY_OK);
    cr_assert_eq(v, 42);
    ty_decRef(r);
    ty_decRef(two);
    ty_decRef(kw);
    ty_decRef(args[0]);
    ty_decRef(args[1]);
    ty_decRef(f);
    close_clean(I);
}

Test(api, call_python_with_keywords)
{
    TyInterp *I = open_or_fail();
    cr_assert_eq(ty_runString(I, "def f(a, b=2, *, c=3):\n    return [a, b, c]\n", NULL, NULL), TY_OK);
    TyObject *f = ty_getGlobal(I, NULL, "f");
    TyObject *one = ty_fromInt(I, 1);
    TyObject *kw = ty_newDict(I);
    TyObject *nine = ty_fromInt(I, 9);
    ty_setKey(I, kw, "c", nine);
    TyObject *r = ty_call(I, f, &one, 1, kw);
    TyObject *s = ty_str(I, r);
    cr_assert_str_eq(ty_toString(I, s, NULL), "[1, 2, 9]");
    ty_decRef(s);
    ty_decRef(r);
    r = ty_callMethod(I, one, "__add__", &nine, 1);
    int64_t v;
    cr_assert_eq(ty_toInt(I, r, &v), TY_OK);
    cr_assert_eq(v, 10);
    ty_decRef(r);
    cr_assert_null(ty_call(I, f, NULL, 0, NULL));
    cr_assert_str_eq(ty_errorMessage(I), "f() missing 1 required positional argument: 'a'");
    ty_decRef(nine);
    ty_decRef(kw);
    ty_decRef(one);
    ty_decRef(f);
    close_clean(I);
}

/* Errors come back as values; nothing is written to stderr. */
Test(api, errors_are_returned_not_printed, .init = cr_redirect_stderr)
{
    TyInterp *I = open_or_fail();
    cr_assert_eq(ty_runString(I, "def f(x):\n    return 1 / x\n\nf(0)\n", NULL, "<calc>"), TY_ERROR);
    cr_assert(ty_hasError(I));
    cr_assert_str_eq(ty_errorType(I), "ZeroDivisionError");
    cr_assert_str_eq(ty_errorMessage(I), "division by zero");
    cr_assert_str_eq(ty_errorTraceback(I),
                     "Traceback (most recent call last):\n"
                     "  File \"<calc>\", line 4, in <module>\n"
                     "  File \"<calc>\", line 2, in f\n"
                     "ZeroDivisionError: division by zero\n");
    cr_assert_eq(ty_exitStatus(I), -1);
    ty_clearError(I);
    cr_assert_not(ty_hasError(I));
    cr_assert_null(ty_errorType(I));
    cr_assert_eq(ty_runString(I, "x = (\n", NULL, NULL), TY_ERROR);
    cr_assert_str_eq(ty_errorType(I), "SyntaxError");
    cr_assert_str_eq(ty_errorMessage(I), "'(' was never closed (<string>, line 1)");
    cr_assert_eq(ty_runString(I, "class E(Exception): pass\nraise E('mine')\n", "m", NULL), TY_ERROR);
    cr_assert_str_eq(ty_errorType(I), "E");
    cr_assert_str_eq(ty_errorMessage(I), "mine");
    cr_assert_eq(ty_runString(I, "import sys\nsys.exit(3)\n", NULL, NULL), TY_ERROR);
    cr_assert_str_eq(ty_errorType(I), "SystemExit");
    cr_assert_eq(ty_exitStatus(I), 3);
    cr_assert_eq(ty_runFile(I, "/nonexistent/x.py", NULL), TY_ERROR);
    cr_assert_str_eq(ty_errorType(I), "FileNotFoundError");
    cr_assert_null(ty_import(I, "no_such_module_here"));
    cr_assert_str_eq(ty_errorType(I), "ModuleNotFoundError");
    close_clean(I);
    fflush(stderr);
    cr_assert_stderr_eq_str("");
}

Test(api, one_interpreter_at_a_time)
{
    TyInterp *I = open_or_fail();
    cr_assert_null(ty_open());
    close_clean(I);
    I = open_or_fail();
    close_clean(I);
}

/* What one interpreter sets in the C modules' state (state.h's
** TyModulesState) is gone in the next: each starts from the defaults. */
static const char set_module_state[] =
    "import _csv, signal, contextvars, socket, ast, atexit, codecs\n"
    "_csv.field_size_limit(10)\n"
    "def on_usr1(signum, frame): pass\n"
    "signal.signal(signal.SIGUSR1, on_usr1)\n"
    "contextvars.ContextVar('v').set(5)\n"
    "socket.setdefaulttimeout(3.0)\n"
    "tree = ast.parse('x + 1')\n"
    "atexit.register(len, 'x')\n"
    "def search(name):\n"
    "    return codecs.lookup('utf-8') if name == 'state5_codec' else None\n"
    "codecs.register(search)\n"
    "seen = [_csv.field_size_limit(), signal.getsignal(signal.SIGUSR1) is on_usr1,\n"
    "        len(contextvars.copy_context()), socket.getdefaulttimeout(), atexit._ncallbacks(),\n"
    "        codecs.lookup('state5_codec').name]\n";

static const char read_module_state[] =
    "import _csv, signal, contextvars, socket, ast, atexit, codecs\n"
    "try:\n"
    "    codecs.lookup('state5_codec')\n"
    "    found = True\n"
    "except LookupError:\n"
    "    found = False\n"
    "seen = [_csv.field_size_limit(), signal.getsignal(signal.SIGUSR1) is signal.SIG_DFL,\n"
    "        len(contextvars.copy_context()), socket.getdefaulttimeout(), atexit._ncallbacks(), found,\n"
    "        ast.dump(ast.parse('x + 1'))]\n";

static char *global_repr(TyInterp *I, const char *name)
{
    TyObject *o = ty_getGlobal(I, NULL, name);
    cr_assert_not_null(o, "no global %s: %s", name, ty_errorTraceback(I));
    TyObject *r = ty_repr(I, o);
    cr_assert_not_null(r);
    char *text = strdup(ty_toString(I, r, NULL));
    ty_decRef(r);
    ty_decRef(o);
    return text;
}

Test(api, modules_start_clean_in_the_next_interpreter)
{
    TyInterp *I = open_or_fail();
    cr_assert_eq(ty_runString(I, set_module_state, NULL, NULL), TY_OK, "%s", ty_errorTraceback(I));
    char *seen = global_repr(I, "seen");
    cr_assert_str_eq(seen, "[10, True, 1, 3.0, 1, 'utf-8']");
    free(seen);
    close_clean(I);
    I = open_or_fail();
    cr_assert_eq(ty_runString(I, read_module_state, NULL, NULL), TY_OK, "%s", ty_errorTraceback(I));
    seen = global_repr(I, "seen");
    cr_assert_str_eq(seen, "[131072, True, 0, None, 0, False, \"Module(body=[Expr(value=BinOp("
                           "left=Name(id='x', ctx=Load()), op=Add(), right=Constant(value=1)))], "
                           "type_ignores=[])\"]");
    free(seen);
    close_clean(I);
}

Test(api, collector)
{
    TyInterp *I = open_or_fail();
    ty_collect(I);
    cr_assert_eq(ty_runString(I, "class N: pass\nfor i in range(10):\n    a = N(); b = N(); a.b = b; b.a = a\n"
                                 "del a, b\n", NULL, NULL),
                 TY_OK);
    ssize_t before = ty_liveObjects(I);
    cr_assert_eq(ty_collect(I), 20, "the 10 cycles of 2 objects were not found");
    cr_assert_lt(ty_liveObjects(I), before);
    int counts[3];
    ty_gcCounts(I, counts);
    cr_assert_eq(counts[1], 0, "a full collection leaves generation 1 empty");
    close_clean(I);
}

Test(api, memory_limit)
{
    TyInterp *I = open_or_fail();
    size_t used = ty_memoryUsed(I);
    cr_assert_gt(used, 0);
    ty_setMemoryLimit(I, used + 4 * 1024 * 1024);
    cr_assert_eq(ty_runString(I, "x = 'a' * 10 ** 8\n", NULL, NULL), TY_ERROR);
    cr_assert_str_eq(ty_errorType(I), "MemoryError");
    cr_assert_eq(ty_runString(I, "try:\n    y = [0] * 10 ** 7\nexcept MemoryError:\n    ok = 1\n", NULL, NULL),
                 TY_OK);
    cr_assert_eq(global_int(I, NULL, "ok"), 1);
    ty_setMemoryLimit(I, 0);
    cr_assert_eq(ty_runString(I, "x = len('a' * 10 ** 7)\n", NULL, NULL), TY_OK);
    cr_assert_eq(global_int(I, NULL, "x"), 10000000);
    close_clean(I);
}

/* An allocator hook that counts, as a host would to account memory. */
typedef struct Counting {
    long blocks, calls;
    size_t bytes;
} Counting;

static void *counting_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    Counting *c = ud;
    c->calls++;
    c->bytes += nsize - osize;
    c->blocks += (ptr == NULL) - (nsize == 0);
    if (nsize == 0) {
        free(ptr);
        return NULL;
    }
    return realloc(ptr, nsize);
}

Test(api, allocator_hook)
{
    Counting c = { 0, 0, 0 };
    TyInterp *I = ty_openWith(counting_alloc, &c);
    cr_assert_not_null(I);
    cr_assert_gt(c.blocks, 1000);
    cr_assert_eq(ty_runString(I, "import json\ns = json.dumps({'a': [1, 2.5, None]})\n", NULL, NULL), TY_OK);
    cr_assert_eq(ty_close(I), 0);
    cr_assert_eq(c.blocks, 0, "%ld blocks not given back", c.blocks);
    cr_assert_eq(c.bytes, 0, "%zu bytes not given back", c.bytes);
}

static TyInterp *interp_to_stop;

static void *interrupter(void *arg)
{
    usleep(100 * 1000);
    ty_interrupt(interp_to_stop);
    return NULL;
}

Test(api, interrupt_from_another_thread)
{
    TyInterp *I = open_or_fail();
    interp_to_stop = I;
    pthread_t t;
    cr_assert_eq(pthread_create(&t, NULL, interrupter, NULL), 0);
    cr_assert_eq(ty_runString(I, "n = 0\nwhile True:\n    n += 1\n", NULL, NULL), TY_ERROR);
    pthread_join(t, NULL);
    cr_assert_str_eq(ty_errorType(I), "KeyboardInterrupt");
    cr_assert_gt(global_int(I, NULL, "n"), 0);
    /* The interpreter goes on after it. */
    cr_assert_eq(ty_runString(I, "n = -1\n", NULL, NULL), TY_OK);
    cr_assert_eq(global_int(I, NULL, "n"), -1);
    close_clean(I);
}

static void on_alarm(int sig)
{
    ty_interrupt(interp_to_stop);
}

Test(api, interrupt_from_a_signal_handler)
{
    TyInterp *I = open_or_fail();
    interp_to_stop = I;
    signal(SIGALRM, on_alarm);
    struct itimerval it = { { 0, 0 }, { 0, 100 * 1000 } };
    setitimer(ITIMER_REAL, &it, NULL);
    cr_assert_eq(ty_runString(I, "def spin():\n    while True:\n        pass\nspin()\n", NULL, NULL), TY_ERROR);
    cr_assert_str_eq(ty_errorType(I), "KeyboardInterrupt");
    close_clean(I);
}

/* Open, run and close many times in one process: each life starts from
** nothing and gives everything back (the sanitizers check the memory). */
static const char life_program[] =
    "import gc\n"
    "class Node:\n"
    "    def __init__(self, v): self.v = v; self.me = self\n"
    "    def __del__(self): pass\n"
    "nodes = {Node(i).v: Node(i) for i in range(20)}\n"
    "data = eval(repr({'k': [1, 2, {'x': 'y'}]}))\n"
    "gc.collect()\n"
    "try:\n"
    "    1 / 0\n"
    "except ZeroDivisionError as e:\n"
    "    err = e\n"
    "result = len(nodes) + len(data['k'])\n";

Test(api, open_run_close_1000_times, .timeout = 1200)
{
    for (int life = 0; life < 1000; life++) {
        TyInterp *I = ty_open();
        cr_assert_not_null(I, "ty_open failed in life %d", life);
        int calls = 0;
        cr_assert_eq(ty_register(I, NULL, "add", host_add, &calls), TY_OK);
        cr_assert_eq(ty_runString(I, life_program, NULL, NULL), TY_OK, "life %d: %s", life,
                     ty_errorTraceback(I));
        cr_assert_eq(ty_runString(I, "result = add(result, 1)\n1 / 0\n", NULL, NULL), TY_ERROR);
        cr_assert_not_null(ty_errorTraceback(I));
        cr_assert_eq(global_int(I, NULL, "result"), 24);
        cr_assert_eq(ty_close(I), 0, "objects left alive after life %d", life);
    }
}
