# tally — build, test, run, benchmark and install.
#
#   make            ./tally (optimised, -O2)
#   make lib        build/lib/libtally.a and libtally.so (the embedding API
#                   of include/tally.h; docs/embedding.md)
#   make debug      ./tally-debug (-O0 -g, ASan + UBSan, live-object accounting)
#   make test       builds both binaries and the unit tests and runs every unit
#                   and language test, the REPL transcripts (tests/repl) and
#                   the install check (tests/install)
#   make test-gc-stress   the language tests again under -X gc-stress
#   make check-valgrind   the language tests on ./tally under valgrind memcheck
#   make check-valgrind-embed   1,000 open/run/close cycles of the embedding
#                   API (tests/embed/repeat.c) under valgrind memcheck
#   make run        builds and starts the REPL (ARGS=file.py runs a script)
#   make bench      bench/run: the programs of bench/ under /usr/bin/python3.11
#                   and ./tally, a table of time ratios (BENCH_RUNS runs each)
#   make fuzz       builds the libFuzzer harnesses (clang) and runs each for
#                   FUZZ_SECONDS seconds (default 60) from a corpus made of
#                   tests/lang; see docs/reliability.md
#   make install    ./tally, its man page, the libraries, include/tally.h
#                   and tally.pc under $(DESTDIR)$(PREFIX) (PREFIX=/usr/local
#                   by default); make uninstall removes them
#   make unit-tables  reruns the generators of tests/unit/gen/ (python3.11),
#                   which write the expected-value tables of the unit tests
#   make clean      removes build/, ./tally and ./tally-debug
#
# Each target checks only for the dependencies it uses (scripts/install-deps
# groups: build for every binary, test for the tests, fuzz for make fuzz,
# valgrind for make check-valgrind) and, when one is missing, runs
# scripts/install-deps (as root) or says what to install.

CC ?= cc
ifeq ($(origin CC),default)
CC := gcc
endif

WARN := -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
STD := -std=gnu11
LIBS := -lgmp -lreadline -lz -lcrypto -lexpat -lbz2 -llzma -lsqlite3 -luuid -lm -lpthread
# The release binary is linked statically (the C library's archive too)
# when every archive is installed, and is a fixed-position executable:
# there is then no dynamic loader at all to map libraries and relocate
# them at start-up (docs/performance.md).  The C library warns that the
# name look-ups of the socket, pwd and grp modules (getaddrinfo, getpwnam
# and the like) load its name-service modules at run time; they do, from
# this machine's glibc.
STATIC_LIBS := gmp readline tinfo z crypto expat bz2 lzma sqlite3 uuid
STATIC_MISSING := $(strip $(foreach l,$(STATIC_LIBS) c m,$(if $(wildcard $(shell $(CC) -print-file-name=lib$(l).a)),,$(l))))
ifeq ($(STATIC_MISSING),)
REL_LIBS := -no-pie -static $(STATIC_LIBS:%=-l%) -lm -lpthread
# src/nss.c: only the C library's built-in name services under a static libc
NSS_FLAGS := -DTY_STATIC_LIBC
else
REL_LIBS := -no-pie $(LIBS)
endif
ALL_SRCS := $(wildcard src/*.c src/objects/*.c src/modules/*.c)
LIB_SRCS := $(filter-out src/main.c,$(ALL_SRCS))

REL_DIR := build/release
BIN_DIR := build/bin
DBG_DIR := build/debug
FUZZ_DIR := build/fuzz

# The library objects make libtally.a and libtally.so: position
# independent, and with hidden visibility, so that the shared library
# exports only include/tally.h's functions (TY_API) and calls inside it
# go direct, as in the binary.
REL_CFLAGS := $(STD) -O2 -MMD -MP $(WARN) -Isrc -I$(REL_DIR) -DNDEBUG -fPIC -fvisibility=hidden
# ./tally's own objects are the same sources built without -fPIC, for a
# fixed-position executable: global data and the dispatch table are then
# addressed directly (4-6% fewer instructions on the benchmarks;
# docs/performance.md).
BIN_CFLAGS := $(STD) -O2 -MMD -MP $(WARN) -Isrc -I$(REL_DIR) -DNDEBUG -fno-pic -fvisibility=hidden
DBG_CFLAGS := $(STD) -O0 -g3 -MMD -MP $(WARN) -Isrc -I$(DBG_DIR) -DTY_DEBUG \
	-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
DBG_LDFLAGS := -fsanitize=address,undefined

BIN_OBJS := $(patsubst src/%.c,$(BIN_DIR)/%.o,$(ALL_SRCS)) $(BIN_DIR)/lexer.o
DBG_OBJS := $(patsubst src/%.c,$(DBG_DIR)/%.o,$(ALL_SRCS)) $(DBG_DIR)/lexer.o
DBG_LIB_OBJS := $(patsubst src/%.c,$(DBG_DIR)/%.o,$(LIB_SRCS)) $(DBG_DIR)/lexer.o
REL_LIB_OBJS := $(patsubst src/%.c,$(REL_DIR)/%.o,$(LIB_SRCS)) $(REL_DIR)/lexer.o

# The library's version is the interpreter's (TY_VERSION); the soname
# carries its major number.
LIB_VERSION := $(shell sed -n 's/^\#define TY_VERSION "\(.*\)"/\1/p' src/tally.h)
LIB_SONAME := libtally.so.$(firstword $(subst ., ,$(LIB_VERSION)))
LIB_DIR := build/lib
STATIC_LIB := $(LIB_DIR)/libtally.a
SHARED_LIB := $(LIB_DIR)/libtally.so.$(LIB_VERSION)

UNIT_SRCS := $(wildcard tests/unit/*.c)
UNIT_OBJS := $(patsubst tests/unit/%.c,$(DBG_DIR)/unit/%.o,$(UNIT_SRCS))

# One stamp per group of scripts/install-deps, made once its check passed.
DEPS_STAMP := build/.deps-build
TEST_DEPS_STAMP := build/.deps-test
FUZZ_DEPS_STAMP := build/.deps-fuzz
VALGRIND_DEPS_STAMP := build/.deps-valgrind
CPYTHON_DEPS_STAMP := build/.deps-cpython

# CPython 3.11's standard library (Debian's libpython3.11-stdlib), which
# tally imports; TALLYSTDLIB overrides it at run time.
STDLIB_DIR ?= $(firstword $(foreach d,/usr/lib/python3.11 /usr/local/lib/python3.11,$(if $(wildcard $(d)/os.py),$(d))) /usr/lib/python3.11)
PATHCONFIG_FLAGS := -DTY_STDLIB_DIR='"$(STDLIB_DIR)"'
# The Debian multiarch triple (x86_64-linux-gnu), sys.implementation._multiarch,
# by which sysconfig finds CPython's _sysconfigdata_ module.
SYS_FLAGS := -DTY_MULTIARCH='"$(shell $(CC) -print-multiarch 2>/dev/null)"'

# The compiled-code cache trusts only files written by a build whose
# parser, compiler, instruction set and cache format are these sources.
CODE_FORMAT_SRCS := grammar/lexer.re src/parser.c src/ast.c src/ast.h src/symtable.c src/compiler.c \
	src/future.c src/unparse.c \
	src/assemble.c src/assemble.h \
	src/opcodes.h src/objects/code.h src/marshal.c
CODECACHE_FLAGS := -DTY_CODE_FORMAT=$(shell cat $(CODE_FORMAT_SRCS) | cksum | cut -d' ' -f1)u

PYTHON311 := /usr/bin/python3.11
PREFIX ?= /usr/local
BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man/man1
LIBDIR = $(PREFIX)/lib
INCLUDEDIR = $(PREFIX)/include
PKGCONFIGDIR = $(LIBDIR)/pkgconfig
BENCH_RUNS ?= 3

.PHONY: all lib debug test run bench clean deps regen-expected unit-tables fuzz fuzzers \
	test-gc-stress check-valgrind test-cpython install uninstall FORCE

all: tally

deps: $(DEPS_STAMP)

build/.deps-%: scripts/install-deps
	@scripts/install-deps --check-or-install $*
	@mkdir -p build && touch $@

# ---- the lexer is generated by re2c at build time (never committed) ----
$(REL_DIR)/lexer.c $(DBG_DIR)/lexer.c $(FUZZ_DIR)/lexer.c: grammar/lexer.re $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	re2c -W -Werror --no-generation-date -o $@ $<

# ---- the Python parts of built-in modules: src/modules/NAME.py becomes a
# C string literal, build/*/modules/NAME_py.h, that NAME.c includes ----
PY_MODULES := $(patsubst src/modules/%.py,%,$(wildcard src/modules/*.py))
EMBED_PY = @mkdir -p $(dir $@) && sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$$/\\n"/' $< > $@

$(REL_DIR)/modules/%_py.h: src/modules/%.py
	$(EMBED_PY)
$(DBG_DIR)/modules/%_py.h: src/modules/%.py
	$(EMBED_PY)
$(FUZZ_DIR)/modules/%_py.h: src/modules/%.py
	$(EMBED_PY)
$(PY_MODULES:%=$(REL_DIR)/modules/%.o): $(REL_DIR)/modules/%.o: $(REL_DIR)/modules/%_py.h
$(PY_MODULES:%=$(BIN_DIR)/modules/%.o): $(BIN_DIR)/modules/%.o: $(REL_DIR)/modules/%_py.h
$(PY_MODULES:%=$(DBG_DIR)/modules/%.o): $(DBG_DIR)/modules/%.o: $(DBG_DIR)/modules/%_py.h
$(PY_MODULES:%=$(FUZZ_DIR)/modules/%.o): $(FUZZ_DIR)/modules/%.o: $(FUZZ_DIR)/modules/%_py.h

# ---- release: the library, and ./tally from its own objects ----
tally: $(BIN_OBJS)
	$(CC) -o $@ $^ $(REL_LIBS)

lib: $(STATIC_LIB) $(SHARED_LIB)

$(STATIC_LIB): $(REL_LIB_OBJS)
	@mkdir -p $(dir $@)
	rm -f $@
	ar rcs $@ $^

$(SHARED_LIB): $(REL_LIB_OBJS)
	@mkdir -p $(dir $@)
	$(CC) -shared -Wl,-soname,$(LIB_SONAME) -Wl,--no-undefined -o $@ $^ $(LIBS)
	ln -sf $(notdir $@) $(LIB_DIR)/$(LIB_SONAME)
	ln -sf $(LIB_SONAME) $(LIB_DIR)/libtally.so

# Objects made with other flags (before they were position independent)
# are made again: the flags are a prerequisite.
$(REL_DIR)/.cflags: FORCE
	@mkdir -p $(dir $@)
	@echo '$(REL_CFLAGS)' | cmp -s - $@ || echo '$(REL_CFLAGS)' > $@
$(BIN_DIR)/.cflags: FORCE
	@mkdir -p $(dir $@)
	@echo '$(BIN_CFLAGS)' | cmp -s - $@ || echo '$(BIN_CFLAGS)' > $@

# The dispatch loop keeps one indirect jump per instruction (GCC would
# otherwise merge the identical tails, and branch prediction suffers).
# No SLP vectorising (GCC 12 does it at -O2): it joined the stores of a
# new frame's header and the loads of ip and sp into 16-byte moves, and a
# 16-byte load of what two 8-byte stores just wrote is not forwarded from
# the store buffer: each call waited for the stores to reach the cache
# (fib 22% faster by the clock without it; docs/performance.md).  Nor
# loops made into memset calls: a new frame's few empty variables are
# stored in place instead of through a call that spills the loop's registers.
VM_FLAGS := -fno-gcse -fno-crossjumping -fno-tree-slp-vectorize -fno-tree-loop-distribute-patterns
$(REL_DIR)/vm.o: REL_CFLAGS += $(VM_FLAGS)
$(BIN_DIR)/vm.o: BIN_CFLAGS += $(VM_FLAGS)
# vm.o is made again when these change, as the other objects are by .cflags.
$(REL_DIR)/.vmflags $(BIN_DIR)/.vmflags: FORCE
	@mkdir -p $(dir $@)
	@echo '$(VM_FLAGS)' | cmp -s - $@ || echo '$(VM_FLAGS)' > $@
$(REL_DIR)/vm.o: $(REL_DIR)/.vmflags
$(BIN_DIR)/vm.o: $(BIN_DIR)/.vmflags
$(REL_DIR)/pathconfig.o: REL_CFLAGS += $(PATHCONFIG_FLAGS)
$(BIN_DIR)/pathconfig.o: BIN_CFLAGS += $(PATHCONFIG_FLAGS)
$(BIN_DIR)/nss.o: BIN_CFLAGS += $(NSS_FLAGS)
$(DBG_DIR)/pathconfig.o: DBG_CFLAGS += $(PATHCONFIG_FLAGS)
$(FUZZ_DIR)/pathconfig.o: FUZZ_CFLAGS += $(PATHCONFIG_FLAGS)
$(REL_DIR)/modules/sys.o: REL_CFLAGS += $(SYS_FLAGS)
$(BIN_DIR)/modules/sys.o: BIN_CFLAGS += $(SYS_FLAGS)
$(DBG_DIR)/modules/sys.o: DBG_CFLAGS += $(SYS_FLAGS)
$(FUZZ_DIR)/modules/sys.o: FUZZ_CFLAGS += $(SYS_FLAGS)
$(REL_DIR)/codecache.o: REL_CFLAGS += $(CODECACHE_FLAGS)
$(BIN_DIR)/codecache.o: BIN_CFLAGS += $(CODECACHE_FLAGS)
$(DBG_DIR)/codecache.o: DBG_CFLAGS += $(CODECACHE_FLAGS)
$(FUZZ_DIR)/codecache.o: FUZZ_CFLAGS += $(CODECACHE_FLAGS)
$(REL_DIR)/codecache.o $(BIN_DIR)/codecache.o $(DBG_DIR)/codecache.o $(FUZZ_DIR)/codecache.o: $(CODE_FORMAT_SRCS)

$(REL_DIR)/%.o: src/%.c $(DEPS_STAMP) $(REL_DIR)/.cflags
	@mkdir -p $(dir $@)
	$(CC) $(REL_CFLAGS) -c -o $@ $<

$(REL_DIR)/lexer.o: $(REL_DIR)/lexer.c $(REL_DIR)/.cflags
	$(CC) $(REL_CFLAGS) -Wno-unused-function -Wno-sign-compare -c -o $@ $<

$(BIN_DIR)/%.o: src/%.c $(DEPS_STAMP) $(BIN_DIR)/.cflags
	@mkdir -p $(dir $@)
	$(CC) $(BIN_CFLAGS) -c -o $@ $<

$(BIN_DIR)/lexer.o: $(REL_DIR)/lexer.c $(BIN_DIR)/.cflags
	$(CC) $(BIN_CFLAGS) -Wno-unused-function -Wno-sign-compare -c -o $@ $<

# ---- debug (sanitizers + live-object accounting) ----
debug: tally-debug

tally-debug: $(DBG_OBJS)
	$(CC) $(DBG_LDFLAGS) -o $@ $^ $(LIBS)

$(DBG_DIR)/%.o: src/%.c $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(DBG_CFLAGS) -c -o $@ $<

$(DBG_DIR)/lexer.o: $(DBG_DIR)/lexer.c
	$(CC) $(DBG_CFLAGS) -Wno-unused-function -Wno-sign-compare -c -o $@ $<

# ---- tests ----
$(DBG_DIR)/unit/%.o: tests/unit/%.c $(DEPS_STAMP) $(TEST_DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(DBG_CFLAGS) -Itests/unit -c -o $@ $<

build/unit-tests: $(UNIT_OBJS) $(DBG_LIB_OBJS)
	$(CC) $(DBG_LDFLAGS) -o $@ $^ $(LIBS) -lcriterion

# One Criterion run covers the C-level unit tests and every language test in
# tests/lang (tests/unit/test_lang.c runs each program under ./tally-debug);
# then the REPL transcripts, replayed through a pseudo-terminal under
# ./tally-debug, the install check and the embedding example
# (docs/examples/embed, built through pkg-config against a fresh install).
test: tally tally-debug build/unit-tests $(TEST_DEPS_STAMP)
	ASAN_OPTIONS=detect_leaks=1 ./build/unit-tests --jobs=2 $(TEST_FLAGS)
	ASAN_OPTIONS=detect_leaks=1 $(PYTHON311) tests/repl/replay.py --bin ./tally-debug
	tests/install/check
	tests/embed/check
	tests/imports/check ./tally-debug

# ---- fuzzers: clang's libFuzzer with ASan + UBSan and the debug build's
# live-object accounting; TY_FUZZ adds the instruction budget (vm.c) and
# the memory cap (mem.c) that fuzz_run and fuzz_repl use ----
FUZZ_CC := clang
FUZZ_SECONDS ?= 60
FUZZERS := fuzz_compile fuzz_run fuzz_repl
FUZZ_BINS := $(addprefix $(FUZZ_DIR)/,$(FUZZERS))
FUZZ_CFLAGS := $(STD) -O1 -g -MMD -MP $(WARN) -Isrc -I$(FUZZ_DIR) -DTY_DEBUG -DTY_FUZZ \
	-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
FUZZ_LIB_OBJS := $(patsubst src/%.c,$(FUZZ_DIR)/%.o,$(LIB_SRCS)) $(FUZZ_DIR)/lexer.o
FUZZ_OPTS := -timeout=30 -rss_limit_mb=3072 -max_len=8192 -close_fd_mask=3 \
	-dict=tests/fuzz/python.dict -print_final_stats=1

$(FUZZ_DIR)/%.o: src/%.c $(DEPS_STAMP) $(FUZZ_DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -c -o $@ $<

$(FUZZ_DIR)/lexer.o: $(FUZZ_DIR)/lexer.c
	$(FUZZ_CC) $(FUZZ_CFLAGS) -Wno-unused-function -Wno-sign-compare -c -o $@ $<

$(FUZZ_BINS): $(FUZZ_DIR)/%: tests/fuzz/%.c tests/fuzz/fuzz.h $(FUZZ_LIB_OBJS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_LIB_OBJS) $(LIBS)

fuzzers: $(FUZZ_BINS)

# Each fuzzer in turn, FUZZ_SECONDS seconds each; a finding stops the run
# and leaves its input in build/fuzz/findings/.  libFuzzer's time limit
# cannot end an input that never returns (its per-input -timeout rides on
# SIGALRM, which a program can take over), so a wall-clock bound
# (FUZZ_WALL_SECONDS over the limit) makes such a stall a failure.
FUZZ_WALL_SECONDS ?= 900
fuzz: $(FUZZ_BINS)
	scripts/fuzz-corpus
	@mkdir -p $(FUZZ_DIR)/findings
	@for f in $(FUZZERS); do \
	    echo "== $$f for $(FUZZ_SECONDS) s"; \
	    timeout -k 10 $$(($(FUZZ_SECONDS) + $(FUZZ_WALL_SECONDS))) \
	    $(FUZZ_DIR)/$$f $(FUZZ_OPTS) -max_total_time=$(FUZZ_SECONDS) \
	        -artifact_prefix=$(FUZZ_DIR)/findings/$$f- tests/fuzz/corpus-$${f#fuzz_} || exit 1; \
	done

# Every language test under -X gc-stress (a collection at every container
# allocation), except the programs that observe collections.
test-gc-stress: tally-debug build/unit-tests
	TALLY_GC_STRESS=only ASAN_OPTIONS=detect_leaks=1 ./build/unit-tests --filter 'lang/*' --jobs=2 $(TEST_FLAGS)

# The language tests on the optimised build under valgrind memcheck
# (scripts/valgrind-tally): no error, no leak, nothing reachable at exit.
check-valgrind: tally build/unit-tests $(VALGRIND_DEPS_STAMP)
	TALLY_LANG_BIN=scripts/valgrind-tally ASAN_OPTIONS=detect_leaks=1 ./build/unit-tests \
	    --filter 'lang/*' --jobs=2 $(TEST_FLAGS)

# The embedding API's open/run/close repeated (tests/embed/repeat.c, 1,000
# lives by default) under valgrind memcheck, linked against libtally.a:
# no error, no leak, nothing reachable at exit.
EMBED_LIVES ?= 1000
build/embed-repeat: tests/embed/repeat.c include/tally.h $(STATIC_LIB)
	$(CC) $(STD) -O2 $(WARN) -Iinclude -o $@ $< $(STATIC_LIB) $(LIBS)

.PHONY: check-valgrind-embed
check-valgrind-embed: build/embed-repeat $(VALGRIND_DEPS_STAMP)
	valgrind -q --leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=all \
	    --error-exitcode=99 build/embed-repeat $(EMBED_LIVES)

# ---- differential testing: `make difftest` runs scripts/difftest: random
# programs under /usr/bin/python3.11 and ./tally, findings in build/difftest/;
# it fails on a crash, a hang or a divergence that tests/difftest/known.txt
# does not explain.  PROGRAMS=N runs exactly N programs (the same ones on any
# machine, for a given SEED); otherwise it runs for SECONDS (default 60).
# SEED=S repeats a run (default: a fresh seed); DIFFTEST_ARGS adds options
# (e.g. -j2).  ./tally-debug names the functions of a crash in its signature. ----
.PHONY: difftest
SECONDS ?= 60
difftest: tally tally-debug $(TEST_DEPS_STAMP)
	scripts/difftest run $(if $(PROGRAMS),--programs $(PROGRAMS),--seconds $(SECONDS)) \
		$(if $(SEED),--seed $(SEED)) $(DIFFTEST_ARGS)

# Modules of CPython 3.11's own regression suite (tests/cpython/modules.txt,
# or CPYTHON_TESTS="test_x ...") under ./tally with CPython's unittest, each
# beside python3.11's own count of passes: scripts/test-cpython prints the
# table docs/conformance.md keeps.
test-cpython: tally $(CPYTHON_DEPS_STAMP)
	scripts/test-cpython --cpython $(PYTHON311) $(CPYTHON_TESTS)

run: tally
	./tally $(ARGS)

bench: tally
	$(PYTHON311) bench/run --runs $(BENCH_RUNS) $(PYTHON311) ./tally

# The binary and the man page: nothing else is read at run time (the
# Python parts of built-in modules are compiled into the binary); and for
# programs that embed tally the libraries, the public header and tally.pc
# (tally.pc.in with the prefix filled in).
install: tally lib
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR) $(DESTDIR)$(LIBDIR) \
	    $(DESTDIR)$(INCLUDEDIR) $(DESTDIR)$(PKGCONFIGDIR)
	install -m 755 tally $(DESTDIR)$(BINDIR)/tally
	install -m 644 docs/tally.1 $(DESTDIR)$(MANDIR)/tally.1
	install -m 644 $(STATIC_LIB) $(DESTDIR)$(LIBDIR)/libtally.a
	install -m 755 $(SHARED_LIB) $(DESTDIR)$(LIBDIR)/$(notdir $(SHARED_LIB))
	ln -sf $(notdir $(SHARED_LIB)) $(DESTDIR)$(LIBDIR)/$(LIB_SONAME)
	ln -sf $(LIB_SONAME) $(DESTDIR)$(LIBDIR)/libtally.so
	install -m 644 include/tally.h $(DESTDIR)$(INCLUDEDIR)/tally.h
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(LIBDIR)|' -e 's|@INCLUDEDIR@|$(INCLUDEDIR)|' \
	    -e 's|@VERSION@|$(LIB_VERSION)|' -e 's|@LIBS@|$(LIBS)|' tally.pc.in > $(DESTDIR)$(PKGCONFIGDIR)/tally.pc

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/tally $(DESTDIR)$(MANDIR)/tally.1 $(DESTDIR)$(LIBDIR)/libtally.a \
	    $(DESTDIR)$(LIBDIR)/$(notdir $(SHARED_LIB)) $(DESTDIR)$(LIBDIR)/$(LIB_SONAME) \
	    $(DESTDIR)$(LIBDIR)/libtally.so $(DESTDIR)$(INCLUDEDIR)/tally.h $(DESTDIR)$(PKGCONFIGDIR)/tally.pc

# Rewrites tests/lang/*.out (and .status) from /usr/bin/python3.11.
regen-expected:
	scripts/regen-expected

# The expected-value tables of test_int.c, test_format.c and test_str.c.
UNIT_TABLE_GENS := $(wildcard tests/unit/gen/gen_*.py)

unit-tables:
	for g in $(UNIT_TABLE_GENS); do PYTHONDONTWRITEBYTECODE=1 $(PYTHON311) $$g || exit 1; done

-include $(shell find build -name '*.d' 2>/dev/null)

clean:
	rm -rf build tally tally-debug
