# The two commands of the README. Both install what a fresh Debian machine lacks.
SWIFT ?= swift
# libedit-dev, libstemmer-dev: the C libraries we link; snowball-data: the stemmer
# reference vocabularies for the conformance test; tmux: the real-terminal test;
# openssh-client: signature interoperability; strace: the no-network test;
# libsqlite3-dev: the registry's index (GRDB); chromium, poppler-utils: the browser test
# of the printable HTML (print to PDF, pdftotext).
APT_PACKAGES := pkg-config libedit-dev libstemmer-dev snowball-data tmux openssh-client strace \
  libsqlite3-dev chromium poppler-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test deps build build-release bench bench-registry fuzz lint clean

run: build
	@.build/debug/sia

test: deps
	$(SWIFT) build
	$(SWIFT) test --disable-swift-testing
	bash Tests/terminal/run.sh .build/debug/sia
	bash Tests/browser/run.sh .build/debug/sia

deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

build-release: deps
	$(SWIFT) build -c release --static-swift-stdlib

# The benchmarks (Bench/): French corpus from Debian packages (cached in .bench-cache/),
# release builds of sia and of the bench package (GRDB for SQLite FTS5), the runs, then
# BENCHMARKS.md. BENCH_FLAGS=--quick for a short try.
bench: deps
	@dpkg-query -W -f='$${Status}' libsqlite3-dev 2>/dev/null | grep -q "ok installed" || { \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libsqlite3-dev; }
	python3 Bench/bench.py $(BENCH_FLAGS)
	python3 Bench/registry_bench.py $(BENCH_FLAGS)

# The registry alone (Bench/registry_bench.py → BENCHMARKS-registry.md).
bench-registry: deps
	python3 Bench/registry_bench.py $(BENCH_FLAGS)

lint: build
	.build/debug/sia lint

clean:
	rm -rf .build

# libFuzzer on every parser, SECONDS each (default 60): make fuzz SECONDS=60
fuzz: deps
	bash Fuzz/run.sh $(or $(SECONDS),60)
