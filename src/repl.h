/*
** repl.h — the interactive prompt.
*/
#ifndef TY_REPL_H
#define TY_REPL_H

#include <stdbool.h>
#include "object.h"
#include "objects/str.h"

/*
** Run the read-eval-print loop on stdin until end of input or SystemExit
** and return the exit status.  `greet` prints the greeting first (not
** under -q, nor after a program run with -i).  sys.ps1 / sys.ps2 are set
** to ">>> " / "... " unless the program set them; their str() is read at
** every prompt.  On a terminal lines are read with GNU readline (history
** in ~/.tally_history, Tab completion); otherwise the prompts go to
** stderr, as CPython writes them.
*/
int tyRepl_run(bool greet);

/*
** input() on the terminal (stdin and stdout both terminals): the prompt
** and the line as the REPL reads them, with line editing while the REPL
** runs.  A new str without the newline; NULL with a bare EOFError at end
** of input (Ctrl-D), or KeyboardInterrupt after Ctrl-C.
*/
TyObject *tyRepl_input(TyObject *prompt);

/*
** From now on input() edits its line with GNU readline when stdin and
** stdout or stderr are terminals (what importing the readline module
** does).  Idempotent; the REPL's history file is not read.
*/
void tyRepl_enableReadline(void);

/*
** A session apart from the terminal: what fuzz_repl drives, and the
** loop of tyRepl_run.  Each line typed is fed (without its newline); the
** statement it completes runs in __main__, errors are printed.
*/
typedef struct TyReplSession {
    TyStrBuilder src;          /* the lines since the primary prompt */
    int exit_status;           /* SystemExit's status, once TY_REPL_EXIT */
    bool interrupted;          /* the last statement ended by KeyboardInterrupt */
    int future;                /* future features earlier inputs turned on (future.h) */
} TyReplSession;

typedef enum {
    TY_REPL_MORE,              /* incomplete: show the secondary prompt */
    TY_REPL_DONE,              /* it ran, or its error was printed */
    TY_REPL_EXIT               /* SystemExit: leave with exit_status */
} TyReplStep;

void tyRepl_begin(TyReplSession *s);
/* Drop the pending lines; the session can be fed again. */
void tyRepl_end(TyReplSession *s);
/* Are there lines of an incomplete statement? */
bool tyRepl_pending(const TyReplSession *s);
/*
** Feed one line.  `block_goes_on`: the input after this line continues
** with an indented line (skipping blank and comment lines), i.e. an empty
** line here sits inside a pasted block and must not end it.
*/
TyReplStep tyRepl_feed(TyReplSession *s, const char *line, size_t len, bool block_goes_on);
/* End of input at the secondary prompt: the pending lines run, or their
** error is printed, as the end of a file would decide. */
TyReplStep tyRepl_feedEOF(TyReplSession *s);
/* Do the pending lines end inside a triple-quoted string? */
bool tyRepl_inLongString(TyReplSession *s);

#endif
