/*
** tally.h — everything the interpreter's C files need, in one include.
*/
#ifndef TY_TALLY_H
#define TY_TALLY_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "object.h"
#include "mem.h"
#include "gc.h"
#include "error.h"
#include "state.h"
#include "args.h"
#include "objects/none.h"
#include "objects/int.h"
#include "objects/bool.h"
#include "objects/float.h"
#include "objects/complex.h"
#include "objects/str.h"
#include "objects/bytes.h"
#include "objects/tuple.h"
#include "objects/list.h"
#include "objects/dict.h"
#include "objects/range.h"
#include "objects/slice.h"
#include "objects/type.h"
#include "objects/method.h"
#include "objects/module.h"
#include "objects/exception.h"

#define TY_VERSION "0.1.0"
/* The CPython version whose behaviour tally follows. */
#define TY_PYTHON_VERSION "3.11.7"

#define TY_UNUSED(x) ((void)(x))
#define TY_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#endif
