/*
** exception.h — the built-in exception classes and exception instances.
**
** Every exception instance has the TyBaseException layout.  Subclasses
** that carry extra attributes (StopIteration.value, SystemExit.code,
** OSError.errno, SyntaxError.lineno, ...) keep them in `extra`, exposed by
** getset descriptors, so one layout serves the whole hierarchy and user
** classes can derive from any of them.
*/
#ifndef TY_EXCEPTION_H
#define TY_EXCEPTION_H

#include "../object.h"

#define TY_EXC_EXTRA 8

typedef struct TyBaseException {
    TyObject ob;
    TyObject *dict;          /* instance __dict__, created on demand */
    TyObject *args;          /* tuple */
    TyObject *traceback;     /* TyTraceback or NULL */
    TyObject *context;       /* __context__ or NULL */
    TyObject *cause;         /* __cause__ or NULL */
    bool suppress_context;
    TyObject *extra[TY_EXC_EXTRA];
} TyBaseException;

/*
** The hierarchy of CPython 3.11's built-in exceptions that tally has,
** listed once: X(Name, Base).  Each gives `TyType TyExc_Name` and the
** builtins name `Name`.
*/
#define TY_EXCEPTIONS(X)                                   \
    X(BaseException, object)                               \
    X(SystemExit, BaseException)                           \
    X(KeyboardInterrupt, BaseException)                    \
    X(GeneratorExit, BaseException)                        \
    X(Exception, BaseException)                            \
    X(StopIteration, Exception)                            \
    X(StopAsyncIteration, Exception)                       \
    X(ArithmeticError, Exception)                          \
    X(FloatingPointError, ArithmeticError)                 \
    X(OverflowError, ArithmeticError)                      \
    X(ZeroDivisionError, ArithmeticError)                  \
    X(AssertionError, Exception)                           \
    X(AttributeError, Exception)                           \
    X(BufferError, Exception)                              \
    X(EOFError, Exception)                                 \
    X(ImportError, Exception)                              \
    X(ModuleNotFoundError, ImportError)                    \
    X(LookupError, Exception)                              \
    X(IndexError, LookupError)                             \
    X(KeyError, LookupError)                               \
    X(MemoryError, Exception)                              \
    X(NameError, Exception)                                \
    X(UnboundLocalError, NameError)                        \
    X(OSError, Exception)                                  \
    X(BlockingIOError, OSError)                            \
    X(ChildProcessError, OSError)                          \
    X(ConnectionError, OSError)                            \
    X(BrokenPipeError, ConnectionError)                    \
    X(ConnectionAbortedError, ConnectionError)             \
    X(ConnectionRefusedError, ConnectionError)             \
    X(ConnectionResetError, ConnectionError)               \
    X(FileExistsError, OSError)                            \
    X(FileNotFoundError, OSError)                          \
    X(InterruptedError, OSError)                           \
    X(IsADirectoryError, OSError)                          \
    X(NotADirectoryError, OSError)                         \
    X(PermissionError, OSError)                            \
    X(ProcessLookupError, OSError)                         \
    X(TimeoutError, OSError)                               \
    X(ReferenceError, Exception)                           \
    X(RuntimeError, Exception)                             \
    X(NotImplementedError, RuntimeError)                   \
    X(RecursionError, RuntimeError)                        \
    X(SyntaxError, Exception)                              \
    X(IndentationError, SyntaxError)                       \
    X(TabError, IndentationError)                          \
    X(SystemError, Exception)                              \
    X(TypeError, Exception)                                \
    X(ValueError, Exception)                               \
    X(UnicodeError, ValueError)                            \
    X(UnicodeDecodeError, UnicodeError)                    \
    X(UnicodeEncodeError, UnicodeError)                    \
    X(UnicodeTranslateError, UnicodeError)                 \
    X(Warning, Exception)                                  \
    X(BytesWarning, Warning)                               \
    X(DeprecationWarning, Warning)                         \
    X(EncodingWarning, Warning)                            \
    X(FutureWarning, Warning)                              \
    X(ImportWarning, Warning)                              \
    X(PendingDeprecationWarning, Warning)                  \
    X(ResourceWarning, Warning)                            \
    X(RuntimeWarning, Warning)                             \
    X(SyntaxWarning, Warning)                              \
    X(UnicodeWarning, Warning)                             \
    X(UserWarning, Warning)

#define TY_X_(name, base) extern TyType TyExc_##name;
TY_EXCEPTIONS(TY_X_)
#undef TY_X_

#define TY_EXC_CHECK(o) TY_TYPE_HAS(TY_TYPE(o), TY_TPFLAG_EXC_SUBCLASS)
#define TY_EXC_TYPE_CHECK(t) TY_TYPE_HAS((TyType *)(t), TY_TPFLAG_EXC_SUBCLASS)

/* An instance of `type` with args (borrowed) and nothing else set, without
** calling __new__ or __init__: new reference. */
TyObject *tyExc_alloc(TyType *type, TyObject *const *args, size_t nargs);
/* New exception instance: type(*args).  args borrowed. */
TyObject *tyExc_new(TyType *type, TyObject *const *args, size_t nargs);
/* Is exc an exception a codec failure may be wrapped in one of its own
** type (CPython's _PyErr_TrySetFromCause test): BaseException's
** constructor, at most one argument and that a str, no attributes? */
bool tyExc_isPlain(TyObject *exc);
/* A new exception class `module.name` derived from base, as C modules make
** theirs (CPython's PyErr_NewException): new reference, or NULL. */
TyObject *tyExc_newClass(const char *module, const char *name, TyType *base);
/* The exception's args tuple: borrowed. */
#define TY_EXC_ARGS(e) (((TyBaseException *)(e))->args)
/* Set __traceback__ / __context__ / __cause__ (values borrowed, may be NULL). */
void tyExc_setTraceback(TyObject *exc, TyObject *tb);
void tyExc_setContext(TyObject *exc, TyObject *context);
void tyExc_setCause(TyObject *exc, TyObject *cause);
/* StopIteration(value).value / SystemExit.code: borrowed, may be NULL. */
TyObject *tyExc_stopIterationValue(TyObject *exc);
TyObject *tyExc_systemExitCode(TyObject *exc);
/* Register the exception classes in the builtins dict / release them. */
int tyExc_init(TyObject *builtins_dict);
void tyExc_fini(void);

/*
** Traceback entries: one per frame the exception passed through, innermost
** last (tb_next points inward, as in CPython).
*/
typedef struct TyTraceback {
    TyObject ob;
    struct TyTraceback *next;
    struct TyFrameObject *frame; /* tb_frame: keeps the frame's variables alive */
    int lineno;
    int lasti;               /* instruction index, for column positions */
    int tb_lasti;            /* what tb_lasti says: 2 bytes an instruction, as
                                CPython counts, or what TracebackType() got */
} TyTraceback;

extern TyType TyTraceback_Type;

struct TyFrame;

/* Prepend a traceback entry for frame f at instruction lasti to exc's
** traceback; the entry holds f's frame object.  0, or -1 with
** MemoryError. */
int tyTraceback_add(TyObject *exc, struct TyFrame *f, int lasti);

/* Borrowed: the code object of a traceback entry's frame. */
struct TyCode *tyTraceback_code(TyTraceback *tb);

#endif
