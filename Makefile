# garter — build, test and benchmark.
#   make              build ./garter (installs missing build dependencies when root)
#   make test         every suite (unit, golden, REPL); last line "N passed, N failed"
#   make regen        rewrite golden .exp files from CPython (python3)
#   make debug        ./garter-debug: -O0 -g, live-object accounting at exit
#   make test-asan    the whole suite under AddressSanitizer + UBSan (+ live objects)
#   make test-debug   golden tests under ./garter-debug: nothing may stay alive
#   make fuzz         mutated scripts under ./garter-asan, a few minutes
#   make test-tsan    the threads golden tests under ThreadSanitizer
#   make test-gcstress the golden suite collecting garbage at every safe point
#   make release      build/release/garter: -O2, profile-guided and link-time optimised
#   make bench        benchmarks (the release build) against /usr/bin/python3

CC       ?= cc
BUILD    ?= build
PYTHON   ?= python3
OPT      ?= -O2
CFLAGS   ?= $(OPT) -g
WARN     := -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
override CPPFLAGS += -Isrc -Iinclude -I$(BUILD)/gen -D_GNU_SOURCE
LDLIBS   += -lgmp -lm -lpthread
EDIT_CFLAGS := $(shell pkg-config --cflags libedit 2>/dev/null)
EDIT_LIBS   := $(shell pkg-config --libs libedit 2>/dev/null || echo -ledit)
CHECK_CFLAGS := $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS   := $(shell pkg-config --libs check 2>/dev/null || echo -lcheck -lsubunit -lrt -lm)
EXE      ?= garter

SRCS     := $(shell find src -name '*.c' | sort)
GEN_SRCS := $(BUILD)/gen/lexer.c $(BUILD)/gen/parser.c
OBJS     := $(SRCS:%.c=$(BUILD)/%.o) $(GEN_SRCS:%.c=%.o)
LIB_OBJS := $(filter-out $(BUILD)/src/main.o,$(OBJS))
UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)
DEPS_OK  := $(BUILD)/.deps-ok

.PHONY: fuzz-gen all test unit golden repl regen debug test-asan test-debug fuzz test-tsan test-gcstress bench release clean
all: $(EXE)

$(DEPS_OK):
	@sh .ci/deps.sh
	@mkdir -p $(@D) && touch $@

$(EXE): $(OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS) $(EDIT_LIBS)

$(BUILD)/gen/lexer.c: grammar/lexer.re $(BUILD)/gen/parser.c | $(DEPS_OK)
	@mkdir -p $(@D)
	re2c -W --no-generation-date -c -o $@ $<

$(BUILD)/gen/parser.c: grammar/parser.y | $(DEPS_OK)
	@mkdir -p $(@D)
	bison -Wall --defines=$(BUILD)/gen/parser.h -o $@ $<

$(BUILD)/gen/%.o: $(BUILD)/gen/%.c
	$(CC) $(CPPFLAGS) $(CFLAGS) -Wall -Wno-unused-function -Wno-unused-parameter -MMD -MP -c -o $@ $<

$(BUILD)/src/%.o: src/%.c $(GEN_SRCS) | $(DEPS_OK)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(EDIT_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(LIB_OBJS) | $(DEPS_OK)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(CHECK_CFLAGS) -o $@ $< $(LIB_OBJS) $(CHECK_LIBS) $(LDLIBS) $(EDIT_LIBS)

unit-bins: $(UNIT_BINS)

test: $(EXE) $(UNIT_BINS)
	@$(PYTHON) tests/run-all --garter ./$(EXE) --unit-dir $(BUILD)/tests

unit: $(UNIT_BINS)
	@$(PYTHON) tests/run-all --garter ./$(EXE) --unit-dir $(BUILD)/tests --only unit

golden: $(EXE)
	@$(PYTHON) tests/run-golden --garter ./$(EXE) tests/golden samples

regen:
	@$(PYTHON) tests/run-golden --regen tests/golden samples

debug:
	@$(MAKE) --no-print-directory BUILD=build/debug OPT=-O0 EXE=garter-debug CPPFLAGS+=-DGARTER_DEBUG

# The whole suite (unit, golden, REPL) built with ASan + UBSan in build/asan.
# It is also a GARTER_DEBUG build, so run-golden --mode asan fails a script
# that ends with objects still alive; LeakSanitizer checks malloc'd memory at
# exit (tests/lsan.supp lists the system libraries' own leaks).
SAN_ENV := ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1:detect_stack_use_after_return=0 \
    LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
test-asan:
	@$(MAKE) --no-print-directory BUILD=build/asan OPT=-O1 EXE=garter-asan \
	    CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
	    CPPFLAGS+=-DGARTER_DEBUG LDFLAGS="-fsanitize=address,undefined" garter-asan unit-bins
	@$(SAN_ENV) $(PYTHON) tests/run-all --garter ./garter-asan --unit-dir build/asan/tests --mode asan

# golden tests and samples under ./garter-debug: any object alive at exit fails
test-debug: debug
	@$(PYTHON) tests/run-golden --quiet --mode debug --garter ./garter-debug tests/golden samples

# random byte mutations of every .py under tests/ and lib/, run by ./garter-asan
fuzz:
	@$(MAKE) --no-print-directory BUILD=build/asan OPT=-O1 EXE=garter-asan \
	    CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
	    CPPFLAGS+=-DGARTER_DEBUG LDFLAGS="-fsanitize=address,undefined" garter-asan
	@$(SAN_ENV) $(PYTHON) tests/fuzz/mutate.py --garter ./garter-asan

# random generator bodies driven by next/send/throw/close, against python3
fuzz-gen: $(EXE)
	@$(PYTHON) tests/fuzz/generators.py --garter ./$(EXE) --count 500

# the threads golden tests built with ThreadSanitizer (build/tsan); any
# report fails the run (halt_on_error exits non-zero, the test then differs)
test-tsan:
	@$(MAKE) --no-print-directory BUILD=build/tsan OPT=-O1 EXE=garter-tsan \
	    CFLAGS="-O1 -g -fsanitize=thread -fno-omit-frame-pointer" \
	    LDFLAGS="-fsanitize=thread" garter-tsan
	@TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" \
	    $(PYTHON) tests/run-golden --mode tsan --garter ./garter-tsan tests/golden/threads

# the golden suite with a full collection at every safe point after a
# container allocation; output must not change
test-gcstress: $(EXE)
	@GARTER_GCSTRESS=1 $(PYTHON) tests/run-golden --mode gcstress --garter ./$(EXE) tests/golden

# Profile-guided build: an instrumented binary runs the training programs
# (bench/train.sh), then everything is recompiled with the profile in the
# same build folder (gcc finds each .gcda beside its object file).  A walker
# spends its time in indirect calls and branches, so block layout and
# inlining from real profiles are worth up to 20% on the float and string
# benchmarks; -O3 and LTO alone measured no faster.  With the profile, LTO
# (inlining across files: eval into objects, abstract.c into the types)
# takes another 9% (geometric mean of best-of-5 CPU times, 14 of 15
# programs faster; nbody 10% slower).
REL      := build/release
REL_MAKE  = $(MAKE) -s --no-print-directory BUILD=$(REL) EXE=$(REL)/garter
release:
	@rm -rf $(REL)
	@$(REL_MAKE) CFLAGS="-O2 -g -flto=auto -fprofile-generate -fprofile-update=single" LDFLAGS=-fprofile-generate $(REL)/garter
	@sh bench/train.sh $(REL)/garter
	@find $(REL) -name '*.o' -delete && rm -f $(REL)/garter
	@$(REL_MAKE) CFLAGS="-O2 -g -flto=auto -fprofile-use -fprofile-correction -Wno-missing-profile -Wno-coverage-mismatch" $(REL)/garter

bench: release
	@$(PYTHON) bench/run --no-build

# make install [PREFIX=/usr/local] [DESTDIR=]: the binary to $(PREFIX)/bin,
# lib/ to $(PREFIX)/lib/garter (where an installed garter looks for it: the
# folder beside bin/, see add_lib_path in src/modules/sys.c) and the man page
PREFIX ?= /usr/local
.PHONY: install
install: $(EXE)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/garter $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(EXE) $(DESTDIR)$(PREFIX)/bin/garter
	cd lib && find . -name '*.py' | while read f; do \
	    install -D -m 644 "$$f" "$(DESTDIR)$(PREFIX)/lib/garter/$$f" || exit 1; done
	install -m 644 docs/garter.1 $(DESTDIR)$(PREFIX)/share/man/man1/garter.1

clean:
	rm -rf build $(EXE) garter-debug garter-asan garter-tsan

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
