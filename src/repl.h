/*
** repl.h — the interactive prompt.
*/
#ifndef TY_REPL_H
#define TY_REPL_H

/* Run the read-eval-print loop on the terminal until Ctrl-D or SystemExit;
** returns the exit status. */
int tyRepl_run(void);

#endif
