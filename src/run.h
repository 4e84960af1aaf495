/*
** run.h — running programs as __main__: files, directories, strings.
*/
#ifndef TY_RUN_H
#define TY_RUN_H

#include <stdio.h>
#include "object.h"

/*
** Run the program at `path` as __main__ and return the process exit
** status CPython would use (0, 1 for an uncaught exception, SystemExit's
** code, 2 when the file cannot be opened).  A directory runs its
** __main__.py.  Sets sys.path[0] (the script's directory, or the
** directory run) and __main__.__file__ (absolute, as CPython 3.11 names
** the main script).
*/
int tyRun_path(const char *path);
/* Run source text as __main__ under `filename` ("<string>", "<stdin>"). */
int tyRun_string(const char *source, size_t len, const char *filename);
/* `tally --dis path`: print the bytecode of the file's code objects;
** the exit status (2 when the file cannot be opened, as for running it). */
int tyRun_disassemble(const char *path);
/* tally -m NAME: the module found on sys.path (the current directory
** first) run as __main__ by CPython's runpy, as CPython's -m does; the
** exit status as tyRun_path's. */
int tyRun_module(const char *name);
/* Print an exception that ended the program and return the exit status:
** SystemExit's code, else 1 after printing the traceback, or
** TY_RUN_INTERRUPTED for KeyboardInterrupt.  Under -i (ty_state.opt.
** inspect, until the prompt starts) SystemExit is printed and gives 1. */
int tyRun_handleException(void);
/* The status of a program ended by an uncaught KeyboardInterrupt (a
** tyRun_path / tyRun_string result): the process should then end by
** SIGINT, as CPython's does, so that its parent sees the interrupt. */
#define TY_RUN_INTERRUPTED (-2)

#endif
