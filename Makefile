# The two commands of the README. Both install what a fresh Debian machine lacks.
SWIFT ?= swift
# libedit-dev, libstemmer-dev: the C libraries we link; snowball-data: the stemmer
# reference vocabularies for the conformance test; tmux: the real-terminal test;
# openssh-client: signature interoperability; strace: the no-network test;
# wfrench, wamerican: the word lists of `sia scan` (a capitalised word they do not know may be a name);
# libsqlite3-dev: the registry's index (GRDB); chromium, poppler-utils: the browser test
# of the printable HTML (print to PDF, pdftotext).
APT_PACKAGES := pkg-config libedit-dev libstemmer-dev snowball-data tmux openssh-client strace wfrench wamerican \
  libsqlite3-dev chromium poppler-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test deps build build-release bench bench-journey bench-registry fuzz lint format format-lint clean install deb man completions binary

run: build
	@.build/debug/sia

test: deps format-lint
	$(SWIFT) build
	$(SWIFT) test --disable-swift-testing
	bash Tests/terminal/run.sh .build/debug/sia
	bash Tests/package/run.sh
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
# the scanner against Presidio (Bench/scan/, a venv in .bench-cache/scan-venv from PyPI),
# release builds of sia and of the bench package (GRDB for SQLite FTS5), the runs, then
# BENCHMARKS.md. BENCH_FLAGS=--quick for a short try.
bench: deps
	@for p in libsqlite3-dev python3-venv; do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || { \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$p; }; done
	python3 Bench/bench.py $(BENCH_FLAGS)
	python3 Bench/registry_bench.py $(BENCH_FLAGS)

# The registry alone (Bench/registry_bench.py → BENCHMARKS-registry.md).
bench-registry: deps
	python3 Bench/registry_bench.py $(BENCH_FLAGS)

# Only the declarant's part (issue 14): held-out questions (hit@3, empty answers, sia vs
# FTS5) and `sia ask` start-up and query latency, printed; BENCHMARKS.md left alone.
bench-journey: deps
	python3 Bench/bench.py --journey-only $(BENCH_FLAGS)

lint: build
	.build/debug/sia lint

# The code style of .swift-format, checked by `make test` (`make format` rewrites the tree to it).
SWIFT_FORMAT_PATHS := Package.swift Sources Tests Bench/Package.swift Bench/Sources Fuzz/Package.swift Fuzz/Sources
format-lint:
	$(SWIFT) format lint --strict --recursive $(SWIFT_FORMAT_PATHS)

format:
	$(SWIFT) format format --in-place --recursive $(SWIFT_FORMAT_PATHS)

clean:
	rm -rf .build

# libFuzzer on every parser, SECONDS each (default 60): make fuzz SECONDS=60
fuzz: deps
	bash Fuzz/run.sh $(or $(SECONDS),60)

# Installing and packaging. CONFIG=release (the default) installs the static release
# build; the package test uses CONFIG=debug to avoid a second, optimised build.
PREFIX ?= /usr/local
DESTDIR ?=
CONFIG ?= release
BIN := .build/$(CONFIG)/sia
GEN := .build/generated
VERSION := $(shell sed -n 's/.*static let version = "\(.*\)".*/\1/p' Sources/SiaCLI/Commands/Sia.swift)

# Builds (incrementally) the binary of CONFIG.
binary:
	@if [ "$(CONFIG)" = release ]; then $(MAKE) --no-print-directory build-release; else $(MAKE) --no-print-directory build; fi

# Man pages (English and French) and shell completions, generated from the built
# binary so that they cannot drift from the code; redone when the binary changes.
man: binary $(GEN)/man/stamp
completions: binary $(GEN)/completions/stamp

$(GEN)/man/stamp: $(BIN)
	bash scripts/generate-manuals.sh $(GEN)/man
	touch $@

$(GEN)/completions/stamp: $(BIN)
	mkdir -p $(GEN)/completions
	$(BIN) --generate-completion-script bash > $(GEN)/completions/sia.bash
	$(BIN) --generate-completion-script zsh > $(GEN)/completions/_sia
	$(BIN) --generate-completion-script fish > $(GEN)/completions/sia.fish
	touch $@

install: man completions
	install -Dm755 $(BIN) $(DESTDIR)$(PREFIX)/bin/sia
	rm -rf $(DESTDIR)$(PREFIX)/share/sia/Knowledge
	mkdir -p $(DESTDIR)$(PREFIX)/share/sia
	cp -R Knowledge $(DESTDIR)$(PREFIX)/share/sia/Knowledge
	for page in $(GEN)/man/en/*.1; do install -Dm644 $$page $(DESTDIR)$(PREFIX)/share/man/man1/$$(basename $$page); done
	for page in $(GEN)/man/fr/*.1; do install -Dm644 $$page $(DESTDIR)$(PREFIX)/share/man/fr/man1/$$(basename $$page); done
	install -Dm644 $(GEN)/completions/sia.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/sia
	install -Dm644 $(GEN)/completions/_sia $(DESTDIR)$(PREFIX)/share/zsh/vendor-completions/_sia
	install -Dm644 $(GEN)/completions/sia.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/sia.fish

# A Debian package built with dpkg-deb from a staged `make install PREFIX=/usr`.
deb: man completions
	rm -rf $(GEN)/deb
	$(MAKE) --no-print-directory install PREFIX=/usr DESTDIR=$(CURDIR)/$(GEN)/deb CONFIG=$(CONFIG)
	bash scripts/make-deb.sh $(GEN)/deb $(VERSION) $(GEN)
