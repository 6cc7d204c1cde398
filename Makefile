# masklint: the two commands of the README, and the targets they stand on.
#   make check   runs masklint on the bundled rules and fixtures (the main job)
#   make test    runs the whole test suite
SWIFT ?= swift
BIN := .build/release/masklint

.PHONY: check test deps test-deps build release generate clean

deps:
	@scripts/install-deps.sh build

test-deps:
	@scripts/install-deps.sh test

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

check: release
	scripts/main-job.sh

test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Fuzzing (docs/fuzzing.md): libFuzzer with AddressSanitizer over the targets of Fuzz/Package.swift, a
# package of its own so that the normal build never sees -sanitize=fuzzer. Each target runs for
# FUZZ_SECONDS, one after the other, on one core:
#   make fuzz FUZZ_SECONDS=600     every target        make fuzz-html    one target
# The inputs that found bugs are replayed by `make test` (Fuzz/Regressions).
FUZZ_SECONDS ?= 600
FUZZ_TARGETS := recording html rules selector pattern scan
.PHONY: fuzz fuzz-build fuzz-seeds $(addprefix fuzz-,$(FUZZ_TARGETS))

fuzz-build: deps
	$(SWIFT) build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library

# Seeds from fixtures/, rules/ and corpus/, and recordings written by the test suite's encoder.
fuzz-seeds: test-deps
	python3 Fuzz/make-seeds.py Fuzz/work/seeds
	$(SWIFT) build --build-tests
	MASKLINT_FUZZ_SEEDS=$(CURDIR)/Fuzz/work/seeds $(SWIFT) test --skip-build --filter FuzzSeedRecordings

fuzz: fuzz-build
	@test -d Fuzz/work/seeds || $(MAKE) fuzz-seeds
	Fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

$(addprefix fuzz-,$(FUZZ_TARGETS)): fuzz-%: fuzz-build
	@test -d Fuzz/work/seeds || $(MAKE) fuzz-seeds
	Fuzz/run.sh $(FUZZ_SECONDS) $*

# Regenerates the committed files derived from rules/ (the built-in rule set, docs/rules.md).
generate: deps
	UPDATE_GENERATED=1 $(SWIFT) test --filter "GeneratedFilesTests|LintDocumentationTests|AuditFixtureFilesTests"

clean:
	rm -rf .build

# Benchmarks (not tests): a release build, a generated 24 MB form-heavy HTML corpus (not committed;
# the generator is a python3 script), best of 5 runs each. The latest numbers are in docs/benchmarks.md.
BENCH_CORPUS := .build/bench-corpus/html
.PHONY: bench
bench: release
	python3 benchmarks/html/generate-corpus.py --size-mb 24 --output $(BENCH_CORPUS)
	.build/release/masklint-bench html --corpus $(BENCH_CORPUS)
	.build/release/masklint-bench selectors --corpus $(BENCH_CORPUS)
