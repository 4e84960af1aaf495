/*
** gen.h — generator objects: a suspended frame that yields values.
*/
#ifndef TY_GEN_H
#define TY_GEN_H

#include "../object.h"

struct TyFrame;

typedef struct TyGen {
    TyObject ob;
    TyObject *name;          /* str */
    TyObject *qualname;      /* str */
    TyObject *code;          /* gi_code, strong: the frame's is gone once it ends */
    TyExcInfo exc_state;     /* the generator's handled-exception level */
    TyObject *weakreflist;
    bool running;
    bool finished;           /* returned or raised: the frame is cleared */
    bool started;
    struct TyFrame *frame;   /* points into frame_data */
    TyObject *frame_data[];  /* the frame, allocated with the generator */
} TyGen;

extern TyType TyGen_Type;

#define TY_GEN_CHECK(o) (TY_TYPE(o) == &TyGen_Type)

/* A generator for a call of func, whose frame (*frame_out) is set up with
** the function's code and namespaces and still needs its arguments bound.
** New reference. */
TyObject *tyGen_new(TyObject *func, struct TyFrame **frame_out);

/*
** Resume gen with `value` sent in (NULL for next()).  Returns the yielded
** value (new reference) and sets *returned to false; or, when the
** generator finishes, its return value (new reference) with *returned
** true; or NULL with an exception.
*/
TyObject *tyGen_send(TyObject *gen, TyObject *value, bool *returned);

/* Borrowed: the iterator gen's pending `yield from` delegates to, or NULL
** when it is not suspended in one (gi_yieldfrom). */
TyObject *tyGen_delegate(TyObject *gen);

/* Raise StopIteration carrying `value` as a generator's return value: a
** tuple or an exception is the single argument, not the arguments or the
** exception itself. */
void tyGen_setStopIteration(TyObject *value);

#endif
