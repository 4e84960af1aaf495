/*
** repeat.c — open, run and close an interpreter N times in one process
** through the public API (tests/embed/check builds it against
** libtally.a; under valgrind it shows that no life leaves memory behind):
**
**   repeat [N]      N lives (default 1000); exit status 0 when every one
**                   ran and left no object alive
*/
#include <stdio.h>
#include <stdlib.h>
#include <tally.h>

static const char program[] =
    "import json\n"
    "class Node:\n"
    "    def __init__(self, v): self.v = v; self.me = self\n"
    "nodes = [Node(i) for i in range(50)]\n"
    "text = json.dumps({'k': [n.v for n in nodes]})\n"
    "total = sum(json.loads(text)['k'])\n";

int main(int argc, char **argv)
{
    long lives = argc > 1 ? strtol(argv[1], NULL, 10) : 1000;
    for (long life = 0; life < lives; life++) {
        TyInterp *I = ty_open();
        if (!I) {
            fprintf(stderr, "repeat: ty_open failed in life %ld\n", life);
            return 1;
        }
        int64_t total = 0;
        TyObject *t = NULL;
        if (ty_runString(I, program, NULL, NULL) != TY_OK || ty_runString(I, "1 / 0\n", NULL, NULL) == TY_OK ||
            !ty_errorTraceback(I) || !(t = ty_getGlobal(I, NULL, "total")) || ty_toInt(I, t, &total) != TY_OK ||
            total != 1225) {
            fprintf(stderr, "repeat: life %ld: %s\n", life, ty_errorTraceback(I));
            return 1;
        }
        ty_decRef(t);
        ssize_t alive = ty_close(I);
        if (alive != 0) {
            fprintf(stderr, "repeat: %zd objects alive after life %ld\n", alive, life);
            return 1;
        }
    }
    printf("repeat: %ld lives\n", lives);
    return 0;
}
