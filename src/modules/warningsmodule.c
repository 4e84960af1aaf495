/*
** warningsmodule.c — the `_warnings` module: CPython's C half of the
** warnings machinery.  warnings.py imports its filters, once-registry,
** default action, warn and warn_explicit, so a warning costs no Python
** frames, and C code (the compiler's SyntaxWarnings, DeprecationWarnings of
** the built-in types, warnings raised while the interpreter shuts down)
** warns without importing warnings.py at all.
**
** The state (filters list, once-registry dict, default action, filters
** version) lives in ty_state.mod.warnings and is made on first use.  While
** warnings.py is loaded, its module attributes of the same names win, as in
** CPython: catch_warnings() replaces `warnings.filters`, and each warning
** adopts whatever list is there.  Showing a warning goes through
** warnings._showwarnmsg when warnings.py is loaded, or else is written to
** sys.stderr here.
*/
#include <string.h>
#include "tally.h"
#include "import.h"
#include "traceback.h"
#include "vm.h"
#include "objects/code.h"
#include "modules/warningsmodule.h"

#define ST (ty_state.mod.warnings)

/* A default filter (action, None, category, module or None, 0): new
** reference. */
static TyObject *default_filter(const char *action, TyType *category, const char *module)
{
    TyObject *a = tyStr_internC(action);
    TyObject *m = module ? tyStr_fromCStr(module) : TY_NEWREF(TY_NONE);
    TyObject *zero = tyInt_fromI64(0);
    TyObject *f = a && m && zero ? tyTuple_pack(5, a, TY_NONE, (TyObject *)category, m, zero) : NULL;
    TY_XDECREF(a);
    TY_XDECREF(m);
    TY_XDECREF(zero);
    return f;
}

/* Make the state on first use: CPython's filters of a release build.
** 0 / -1. */
static int ensure_state(void)
{
    if (ST.filters)
        return 0;
    static const struct {
        const char *action;
        TyType *category;
        const char *module;
    } defaults[] = {
        { "default", &TyExc_DeprecationWarning, "__main__" },
        { "ignore", &TyExc_DeprecationWarning, NULL },
        { "ignore", &TyExc_PendingDeprecationWarning, NULL },
        { "ignore", &TyExc_ImportWarning, NULL },
        { "ignore", &TyExc_ResourceWarning, NULL },
    };
    size_t n = sizeof defaults / sizeof defaults[0];
    TyObject *filters = tyList_new((ssize_t)n);
    for (size_t i = 0; filters && i < n; i++) {
        TyObject *f = default_filter(defaults[i].action, defaults[i].category, defaults[i].module);
        if (!f)
            TY_CLEAR(filters);
        else
            TY_LIST_SET(filters, i, f);
    }
    TyObject *once = filters ? tyDict_new() : NULL;
    TyObject *action = once ? tyStr_internC("default") : NULL;
    if (!action) {
        TY_XDECREF(filters);
        TY_XDECREF(once);
        return -1;
    }
    ST.filters = filters;
    ST.once_registry = once;
    ST.default_action = action;
    return 0;
}

void tyWarnings_fini(void)
{
    TY_CLEAR(ST.filters);
    TY_CLEAR(ST.once_registry);
    TY_CLEAR(ST.default_action);
    ST.filters_version = 0;
}

/*
** An attribute of the loaded warnings module (CPython's get_warnings_attr):
** a new reference; NULL without an exception when warnings.py is not
** loaded (importing it first when try_import, unless the interpreter is
** shutting down) or has no such attribute; NULL with an exception on an
** error.
*/
static TyObject *warnings_attr(const char *name, bool try_import)
{
    TyObject *module;
    if (try_import && !ty_state.finalizing) {
        module = tyImport_importC("warnings");
        if (!module) {
            if (tyErr_exceptionMatches(&TyExc_ImportError))
                tyErr_clear();
            return NULL;
        }
    } else {
        if (!ty_state.modules || ty_state.modules_gone)
            return NULL;
        module = tyDict_getItemStr(ty_state.modules, "warnings");
        if (!module)
            return NULL;
        TY_INCREF(module);
    }
    TyObject *attr = tyObj_getAttrStr(module, name);
    TY_DECREF(module);
    if (!attr && tyErr_exceptionMatches(&TyExc_AttributeError))
        tyErr_clear();
    return attr;
}

/* The filters list in force (warnings.filters if set): borrowed. */
static TyObject *current_filters(void)
{
    TyObject *f = warnings_attr("filters", false);
    if (f)
        TY_SETREF(ST.filters, f);
    else if (tyErr_occurred())
        return NULL;
    if (!ST.filters || !TY_LIST_CHECK(ST.filters))
        return tyErr_setString(&TyExc_ValueError, "_warnings.filters must be a list");
    return ST.filters;
}

/* warnings.<name> when warnings.py is loaded, adopted into *slot once it
** is checked to be a `type` (CPython's messages call it `what`), else
** *slot: borrowed, or NULL with an exception. */
static TyObject *adopted(TyObject **slot, const char *name, TyType *type, const char *what)
{
    TyObject *v = warnings_attr(name, false);
    if (!v && tyErr_occurred())
        return NULL;
    if (v) {
        if (!tyType_isSubtype(TY_TYPE(v), type)) {
            tyErr_format(&TyExc_TypeError, "_warnings.%s must be a %s, not '%s'", name, what,
                         tyType_name(TY_TYPE(v)));
            TY_DECREF(v);
            return NULL;
        }
        TY_SETREF(*slot, v);
    }
    return *slot;
}

/* The once-registry in force (warnings.onceregistry if set): borrowed. */
static TyObject *current_once_registry(void)
{
    return adopted(&ST.once_registry, "onceregistry", &TyDict_Type, "dict");
}

/* The default action in force (warnings.defaultaction if set): borrowed. */
static TyObject *current_default_action(void)
{
    return adopted(&ST.default_action, "defaultaction", &TyStr_Type, "string");
}

/* Does a filter's message or module pattern match arg?  None matches
** anything, an exact str must equal it, anything else is a compiled
** pattern whose match() decides.  1 / 0 / -1. */
static int pattern_matches(TyObject *pattern, TyObject *arg)
{
    if (pattern == TY_NONE)
        return 1;
    if (TY_IS_TYPE(pattern, &TyStr_Type))
        return TY_STR_CHECK(arg) && tyStr_eq(pattern, arg);
    TyObject *name = tyStr_internC("match");
    TyObject *r = name ? tyObj_callMethod(pattern, name, &arg, 1) : NULL;
    TY_XDECREF(name);
    if (!r)
        return -1;
    int ok = tyObj_isTrue(r);
    TY_DECREF(r);
    return ok;
}

/*
** The action for a warning (CPython's get_filter): the first filter that
** matches text, category, module and lineno, or the default action.
** Borrowed reference (kept alive by *item, a new reference to the matching
** filter or None); NULL with an exception.
*/
static TyObject *find_action(TyObject *category, TyObject *text, ssize_t lineno, TyObject *module,
                             TyObject **item)
{
    TyObject *filters = current_filters();
    if (!filters)
        return NULL;
    /* A pattern's match() may warn, and that warning may adopt another
    ** warnings.filters: this list is held while it is walked. */
    TY_INCREF(filters);
    TyObject *action = NULL;
    for (ssize_t i = 0; i < TY_LIST_LEN(filters); i++) {
        TyObject *f = TY_LIST_GET(filters, i);
        if (!TY_TUPLE_CHECK(f) || TY_TUPLE_LEN(f) != 5) {
            tyErr_format(&TyExc_ValueError, "_warnings.filters item %zd isn't a 5-tuple", i);
            goto done;
        }
        /* The filters list may change under the matching below. */
        TY_INCREF(f);
        TyObject *act = TY_TUPLE_GET(f, 0), *msg = TY_TUPLE_GET(f, 1), *cat = TY_TUPLE_GET(f, 2);
        TyObject *mod = TY_TUPLE_GET(f, 3), *ln_obj = TY_TUPLE_GET(f, 4);
        if (!TY_STR_CHECK(act)) {
            tyErr_format(&TyExc_TypeError, "action must be a string, not '%s'",
                         tyType_name(TY_TYPE(act)));
            TY_DECREF(f);
            goto done;
        }
        int good_msg = pattern_matches(msg, text);
        int good_mod = good_msg > 0 ? pattern_matches(mod, module) : good_msg;
        int is_sub = good_mod > 0 ? tyObj_isSubclass(category, cat) : good_mod;
        ssize_t ln = 0;
        if (is_sub > 0 && tyArg_ssize(ln_obj, &ln) < 0)
            is_sub = -1;
        if (is_sub < 0) {
            TY_DECREF(f);
            goto done;
        }
        if (is_sub && (ln == 0 || ln == lineno)) {
            *item = f;
            action = act;
            goto done;
        }
        TY_DECREF(f);
    }
    *item = TY_NEWREF(TY_NONE);
    action = current_default_action();
done:
    TY_DECREF(filters);
    return action;
}

/*
** Has this key been warned about under the current filters (CPython's
** already_warned)?  A registry whose 'version' is not the filters' version
** is emptied first.  When should_set, the key is recorded.  1 / 0 / -1.
*/
static int already_warned(TyObject *registry, TyObject *key, bool should_set)
{
    TyObject *version = tyDict_getItemStr(registry, "version");
    if (!version && tyErr_occurred())
        return -1;
    if (!version || !TY_IS_TYPE(version, &TyInt_Type) || !TY_INT_IS_SMALL(version) ||
        TY_INT_VALUE(version) != ST.filters_version) {
        tyDict_clear(registry);
        TyObject *v = tyInt_fromI64(ST.filters_version);
        int r = v ? tyDict_setItemStr(registry, "version", v) : -1;
        TY_XDECREF(v);
        if (r < 0)
            return -1;
    } else {
        TyObject *seen = tyDict_getItem(registry, key);
        if (seen) {
            TY_INCREF(seen);
            int rc = tyObj_isTrue(seen);
            TY_DECREF(seen);
            if (rc != 0)
                return rc;
        } else if (tyErr_occurred()) {
            return -1;
        }
    }
    return should_set ? tyDict_setItem(registry, key, TY_TRUE) : 0;
}

/* Record (text, category[, 0]) in registry: 1 if it was there, 0 / -1. */
static int update_registry(TyObject *registry, TyObject *text, TyObject *category, bool add_zero)
{
    TyObject *zero = add_zero ? tyInt_fromI64(0) : NULL;
    TyObject *key = add_zero ? (zero ? tyTuple_pack(3, text, category, zero) : NULL)
                             : tyTuple_pack(2, text, category);
    TY_XDECREF(zero);
    if (!key)
        return -1;
    int rc = already_warned(registry, key, true);
    TY_DECREF(key);
    return rc;
}

/* "file:line: Category: text" and the source line, written to sys.stderr
** with no warnings.py to show it (CPython's show_warning); errors while
** writing are dropped. */
static void write_warning(TyObject *filename, ssize_t lineno, TyObject *text, TyObject *category,
                          TyObject *sourceline)
{
    TyObject *saved = tyErr_fetch();
    TyObject *name = tyObj_getAttr(category, TY_ID(__name__));
    TyObject *fs = name ? tyObj_str(filename) : NULL;
    TyObject *ts = fs ? tyObj_str(text) : NULL;
    TyObject *ns = ts ? tyObj_str(name) : NULL;
    TyObject *out = NULL;
    if (ns) {
        char buf[4096];
        const char *line = NULL;
        size_t len = 0;
        if (sourceline && TY_STR_CHECK(sourceline)) {
            line = TY_STR_UTF8(sourceline);
            len = strlen(line);
        } else if (tyTraceback_sourceLine(TY_STR_UTF8(fs), (int)lineno, buf, sizeof buf)) {
            line = buf;
            len = strlen(buf);
        }
        while (line && len > 0 && (*line == ' ' || *line == '\t' || *line == '\f')) {
            line++;
            len--;
        }
        while (line && len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            len--;
        TyObject *ls = line ? tyStr_fromUtf8(line, (ssize_t)len) : NULL;
        if (!ls)
            tyErr_clear();
        out = ls ? tyStr_fromFormat("%U:%zd: %U: %U\n  %U\n", fs, lineno, ns, ts, ls)
                 : tyStr_fromFormat("%U:%zd: %U: %U\n", fs, lineno, ns, ts);
        TY_XDECREF(ls);
    }
    TyObject *file = out && ty_state.sys ? tyDict_getItem(TY_MODULE_DICT(ty_state.sys), TY_ID(stderr))
                                        : NULL;
    if (out && file && file != TY_NONE) {
        TY_INCREF(file);
        TyObject *r = tyObj_callMethod(file, TY_ID(write), &out, 1);
        TY_XDECREF(r);
        TY_DECREF(file);
    } else if (out) {
        fflush(stdout);
        fputs("lost sys.stderr\n", stderr);
    }
    TY_XDECREF(name);
    TY_XDECREF(fs);
    TY_XDECREF(ts);
    TY_XDECREF(ns);
    TY_XDECREF(out);
    tyErr_clear();
    tyErr_restore(saved);
}

/* Show a warning: warnings._showwarnmsg(WarningMessage(...)) when
** warnings.py is loaded (imported first when a source object is given),
** else write_warning.  0 / -1. */
static int show_warning(TyObject *category, TyObject *text, TyObject *message, TyObject *filename,
                        ssize_t lineno, TyObject *lineno_obj, TyObject *sourceline, TyObject *source)
{
    TyObject *show = warnings_attr("_showwarnmsg", source != NULL);
    if (!show) {
        if (tyErr_occurred())
            return -1;
        write_warning(filename, lineno, text, category, sourceline);
        return 0;
    }
    if (!tyObj_isCallable(show)) {
        TY_DECREF(show);
        tyErr_setString(&TyExc_TypeError, "warnings._showwarnmsg() must be set to a callable");
        return -1;
    }
    TyObject *cls = warnings_attr("WarningMessage", false);
    if (!cls) {
        TY_DECREF(show);
        if (!tyErr_occurred())
            tyErr_setString(&TyExc_RuntimeError, "unable to get warnings.WarningMessage");
        return -1;
    }
    TyObject *argv[7] = { message, category, filename, lineno_obj, TY_NONE, TY_NONE,
                          source ? source : TY_NONE };
    TyObject *msg = tyObj_call(cls, argv, 7, NULL);
    TyObject *r = msg ? tyObj_call(show, &msg, 1, NULL) : NULL;
    TY_XDECREF(msg);
    TY_DECREF(cls);
    TY_DECREF(show);
    if (!r)
        return -1;
    TY_DECREF(r);
    return 0;
}

/* The module name a filename implies: without ".py", "<unknown>" for an
** empty name.  New reference. */
static TyObject *module_from_filename(TyObject *filename)
{
    const char *s = TY_STR_UTF8(filename);
    size_t n = strlen(s);
    if (n == 0)
        return tyStr_fromCStr("<unknown>");
    if (n >= 3 && strcmp(s + n - 3, ".py") == 0)
        return tyStr_fromUtf8(s, (ssize_t)n - 3);
    return TY_NEWREF(filename);
}

/*
** The heart of it (CPython's warn_explicit): filter, record in the
** registries, and show or raise.  category is a Warning subclass;
** module NULL means "from the filename"; registry NULL or None means none.
** 0, or -1 with an exception (the warning itself under "error").
*/
static int warn_explicit(TyObject *category, TyObject *message, TyObject *filename, ssize_t lineno,
                         TyObject *module, TyObject *registry, TyObject *sourceline,
                         TyObject *source)
{
    if (ensure_state() < 0)
        return -1;
    if (registry && registry != TY_NONE && !TY_DICT_CHECK(registry)) {
        tyErr_setString(&TyExc_TypeError, "'registry' must be a dict or None");
        return -1;
    }
    if (!TY_STR_CHECK(filename)) {
        tyErr_format(&TyExc_TypeError, "warn_explicit() argument 3 must be str, not %s",
                     tyType_name(TY_TYPE(filename)));
        return -1;
    }
    TyObject *mod = module ? TY_NEWREF(module) : module_from_filename(filename);
    TyObject *text = NULL, *msg = NULL, *lineno_obj = NULL, *key = NULL, *item = NULL;
    int result = -1;
    if (!mod)
        return -1;
    int is_warning = tyObj_isInstance(message, (TyObject *)&TyExc_Warning);
    if (is_warning < 0)
        goto done;
    if (is_warning) {
        text = TY_NEWREF(message);
        category = (TyObject *)TY_TYPE(message);
        msg = TY_NEWREF(message);
    } else {
        text = TY_NEWREF(message);
        msg = tyObj_call(category, &message, 1, NULL);
        if (!msg)
            goto done;
    }
    lineno_obj = tyInt_fromI64(lineno);
    key = lineno_obj ? tyTuple_pack(3, text, category, lineno_obj) : NULL;
    if (!key)
        goto done;
    bool has_registry = registry && registry != TY_NONE;
    if (has_registry) {
        int rc = already_warned(registry, key, false);
        if (rc != 0) {
            result = rc < 0 ? -1 : 0;
            goto done;
        }
    }
    TyObject *action = find_action(category, text, lineno, mod, &item);
    if (!action)
        goto done;
    if (tyStr_eqC(action, "error")) {
        tyErr_setObject((TyType *)category, msg);
        goto done;
    }
    if (tyStr_eqC(action, "ignore")) {
        result = 0;
        goto done;
    }
    int rc = 0;
    if (!tyStr_eqC(action, "always")) {
        if (has_registry && tyDict_setItem(registry, key, TY_TRUE) < 0)
            goto done;
        if (tyStr_eqC(action, "once")) {
            /* CPython's C code keeps "once" in the module's registry when
            ** there is one, and in the once-registry otherwise. */
            TyObject *once = has_registry ? registry : current_once_registry();
            if (!once)
                goto done;
            TY_INCREF(once);
            rc = update_registry(once, text, category, false);
            TY_DECREF(once);
        } else if (tyStr_eqC(action, "module")) {
            if (has_registry)
                rc = update_registry(registry, text, category, true);
        } else if (!tyStr_eqC(action, "default")) {
            TyObject *ar = tyObj_repr(action);
            TyObject *ir = ar ? tyObj_repr(item) : NULL;
            if (ir)
                tyErr_format(&TyExc_RuntimeError,
                             "Unrecognized action (%U) in warnings.filters:\n %U", ar, ir);
            TY_XDECREF(ar);
            TY_XDECREF(ir);
            goto done;
        }
    }
    if (rc < 0)
        goto done;
    if (rc == 0 &&
        show_warning(category, text, msg, filename, lineno, lineno_obj, sourceline, source) < 0)
        goto done;
    result = 0;
done:
    TY_XDECREF(item);
    TY_XDECREF(key);
    TY_XDECREF(lineno_obj);
    TY_XDECREF(msg);
    TY_XDECREF(text);
    TY_DECREF(mod);
    return result;
}

/* Is f importlib's bootstrap, whose frames a stacklevel skips? */
static bool is_internal_frame(TyFrame *f)
{
    const char *name = TY_STR_UTF8(f->code->filename);
    return strstr(name, "importlib") && strstr(name, "_bootstrap");
}

/*
** Where a warning issued stacklevel frames up from the running code comes
** from (CPython's setup_context): its filename and line, its module's name,
** and its module's __warningregistry__ (made if missing).  With no frame
** that far up it is "sys", line 1, with the sys module's globals.  New
** references; 0 / -1.
*/
static int warning_context(ssize_t stacklevel, TyObject **filename, ssize_t *lineno,
                           TyObject **module, TyObject **registry)
{
    TyFrame *f = tyVM_currentFrame();
    if (stacklevel <= 0 || (f && is_internal_frame(f))) {
        while (--stacklevel > 0 && f)
            f = f->previous;
    } else {
        while (--stacklevel > 0 && f) {
            do
                f = f->previous;
            while (f && is_internal_frame(f));
        }
    }
    TyObject *globals;
    if (f) {
        globals = f->globals;
        *filename = TY_NEWREF(f->code->filename);
        *lineno = tyCode_line(f->code, TY_FRAME_LASTI(f));
    } else {
        if (!ty_state.sys) {
            tyErr_setString(&TyExc_RuntimeError, "lost sys module");
            return -1;
        }
        globals = TY_MODULE_DICT(ty_state.sys);
        *filename = tyStr_fromCStr("sys");
        *lineno = 1;
        if (!*filename)
            return -1;
    }
    TyObject *reg = tyDict_getItemStr(globals, "__warningregistry__");
    if (reg) {
        TY_INCREF(reg);
    } else if (!tyErr_occurred()) {
        reg = tyDict_new();
        if (reg && tyDict_setItemStr(globals, "__warningregistry__", reg) < 0)
            TY_CLEAR(reg);
    }
    TyObject *name = reg ? tyDict_getItem(globals, TY_ID(__name__)) : NULL;
    TyObject *mod = !reg ? NULL
                    : name && TY_STR_CHECK(name) ? TY_NEWREF(name)
                                                  : tyStr_fromCStr("<string>");
    if (!mod) {
        TY_XDECREF(reg);
        TY_CLEAR(*filename);
        return -1;
    }
    *registry = reg;
    *module = mod;
    return 0;
}

/* warn() for a message, its category (validated) and stacklevel: 0 / -1. */
static int do_warn(TyObject *message, TyObject *category, ssize_t stacklevel, TyObject *source)
{
    TyObject *filename, *module, *registry;
    ssize_t lineno;
    if (warning_context(stacklevel, &filename, &lineno, &module, &registry) < 0)
        return -1;
    int r = warn_explicit(category, message, filename, lineno, module, registry, NULL, source);
    TY_DECREF(filename);
    TY_DECREF(module);
    TY_DECREF(registry);
    return r;
}

/* The category a warning takes: the message's class when it is a Warning,
** else `category` (UserWarning when None or not given), which must be a
** Warning subclass.  Borrowed; NULL with TypeError. */
static TyObject *warning_category(TyObject *message, TyObject *category)
{
    int rc = tyObj_isInstance(message, (TyObject *)&TyExc_Warning);
    if (rc < 0)
        return NULL;
    if (rc)
        category = (TyObject *)TY_TYPE(message);
    else if (!category || category == TY_NONE)
        category = (TyObject *)&TyExc_UserWarning;
    rc = TY_TYPE_CHECK(category) ? tyObj_isSubclass(category, (TyObject *)&TyExc_Warning) : 0;
    if (rc <= 0) {
        tyErr_clear();
        tyErr_format(&TyExc_TypeError, "category must be a Warning subclass, not '%s'",
                     tyType_name(TY_TYPE(category)));
        return NULL;
    }
    return category;
}

/* warn(message, category=None, stacklevel=1, source=None) */
TY_CFUNC(w_warn)
{
    static const char *const names[] = { "message", "category", "stacklevel", "source", NULL };
    TyObject *argv[4];
    ssize_t stacklevel = 1;
    if (tyArg_unpack("warn", args, nargs, kwnames, names, 1, 4, argv) < 0 ||
        (argv[2] && tyArg_ssize(argv[2], &stacklevel) < 0))
        return NULL;
    TyObject *category = warning_category(argv[0], argv[1]);
    if (!category || do_warn(argv[0], category, stacklevel, argv[3] != TY_NONE ? argv[3] : NULL) < 0)
        return NULL;
    return TY_NEWREF(TY_NONE);
}

/* Line lineno of the source module_globals' loader gives for its module,
** or NULL (with no exception when there is no loader, name or source). */
static TyObject *loader_source_line(TyObject *module_globals, ssize_t lineno)
{
    TyObject *loader = tyDict_getItem(module_globals, TY_ID(__loader__));
    TyObject *name = loader ? tyDict_getItem(module_globals, TY_ID(__name__)) : NULL;
    if (!name)
        return NULL;
    TyObject *get = tyStr_internC("get_source");
    TyObject *source = get ? tyObj_callMethod(loader, get, &name, 1) : NULL;
    TY_XDECREF(get);
    if (!source || source == TY_NONE) {
        TY_XDECREF(source);
        return NULL;
    }
    /* str's own splitlines, not a subclass's (CPython's PyUnicode_Splitlines). */
    TyObject *lines = NULL;
    if (TY_STR_CHECK(source)) {
        TyObject *split = tyObj_getAttrStr((TyObject *)&TyStr_Type, "splitlines");
        lines = split ? tyObj_call(split, &source, 1, NULL) : NULL;
        TY_XDECREF(split);
    } else {
        tyErr_format(&TyExc_TypeError, "get_source() returned %s, not str",
                     tyType_name(TY_TYPE(source)));
    }
    TY_DECREF(source);
    if (!lines)
        return NULL;
    TyObject *line = NULL;
    if (!TY_LIST_CHECK(lines) || lineno < 1 || lineno > TY_LIST_LEN(lines))
        tyErr_setString(&TyExc_IndexError, "list index out of range");
    else
        line = TY_NEWREF(TY_LIST_GET(lines, lineno - 1));
    TY_DECREF(lines);
    return line;
}

/* warn_explicit(message, category, filename, lineno, module=None,
** registry=None, module_globals=None, source=None) */
TY_CFUNC(w_warn_explicit)
{
    static const char *const names[] = { "message", "category", "filename", "lineno", "module",
                                         "registry", "module_globals", "source", NULL };
    TyObject *argv[8];
    int lineno;
    if (tyArg_unpack("warn_explicit", args, nargs, kwnames, names, 4, 8, argv) < 0)
        return NULL;
    if (!TY_STR_CHECK(argv[2]))
        return tyErr_format(&TyExc_TypeError, "warn_explicit() argument 3 must be str, not %s",
                            tyType_name(TY_TYPE(argv[2])));
    if (tyArg_int(argv[3], &lineno) < 0)
        return NULL;
    TyObject *globals = argv[6], *sourceline = NULL;
    if (globals && globals != TY_NONE) {
        if (!TY_DICT_CHECK(globals))
            return tyErr_format(&TyExc_TypeError, "module_globals must be a dict, not '%s'",
                                tyType_name(TY_TYPE(globals)));
        sourceline = loader_source_line(globals, lineno);
        if (!sourceline && tyErr_occurred())
            return NULL;
    }
    int r = warn_explicit(argv[1], argv[0], argv[2], lineno, argv[4], argv[5] ? argv[5] : TY_NONE,
                          sourceline, argv[7] && argv[7] != TY_NONE ? argv[7] : NULL);
    TY_XDECREF(sourceline);
    return r < 0 ? NULL : TY_NEWREF(TY_NONE);
}

/* _filters_mutated(): the registries' records are stale from now on. */
TY_CFUNC(w_filters_mutated)
{
    if (tyArg_noKeywords("_filters_mutated", kwnames) < 0 ||
        tyArg_checkPositional("_filters_mutated", nargs, 0, 0) < 0)
        return NULL;
    ST.filters_version++;
    return TY_NEWREF(TY_NONE);
}

int tyWarnings_warn(TyType *category, TyObject *text)
{
    return do_warn(text, (TyObject *)category, 1, NULL);
}

int tyWarnings_resourceWarning(TyObject *source, TyObject *text)
{
    return do_warn(text, (TyObject *)&TyExc_ResourceWarning, 1, source);
}

int tyWarnings_warnExplicit(TyType *category, TyObject *text, const char *filename, int lineno)
{
    TyObject *fn = tyStr_fromCStr(filename);
    if (!fn)
        return -1;
    int r = warn_explicit((TyObject *)category, text, fn, lineno, NULL, NULL, NULL, NULL);
    TY_DECREF(fn);
    return r;
}

static TyMethodDef warnings_functions[] = {
    { "warn", w_warn, TY_METH_DEFAULT, "Issue a warning, or maybe ignore it or raise an exception." },
    { "warn_explicit", w_warn_explicit, TY_METH_DEFAULT, "Low-level interface to warnings functionality." },
    { "_filters_mutated", w_filters_mutated, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

TyObject *tyWarningsModule_create(void)
{
    if (ensure_state() < 0)
        return NULL;
    TyObject *m = tyModule_new("_warnings", warnings_functions);
    if (m && (tyModule_addObject(m, "filters", ST.filters) < 0 ||
              tyModule_addObject(m, "_onceregistry", ST.once_registry) < 0 ||
              tyModule_addObject(m, "_defaultaction", ST.default_action) < 0))
        TY_CLEAR(m);
    return m;
}
