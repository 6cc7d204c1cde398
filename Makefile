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
