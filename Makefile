# A thin layer over the CMake presets: `make run` and `make test` do all the set-up.
PRESET ?= dev
BUILD := build/$(PRESET)

.PHONY: all deps configure build run test test-asan test-pg bench package format tidy clean

all: build

deps:
	@packaging/install-deps.sh

configure: deps
	@[ -f $(BUILD)/build.ninja ] || cmake --preset $(PRESET)

build: configure
	cmake --build --preset $(PRESET)

# Builds Entente and opens it on the bundled sample. Without a display it saves a picture of
# the window instead (build/dev/entente-window.png).
run: build
	$(BUILD)/app/entente sample --force $(BUILD)/sample.entente
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		$(BUILD)/app/entente $(BUILD)/sample.entente; \
	else \
		echo "No display: saving a picture of the window to $(BUILD)/entente-window.png"; \
		QT_QPA_PLATFORM=offscreen $(BUILD)/app/entente $(BUILD)/sample.entente --screenshot $(BUILD)/entente-window.png; \
	fi

# The full-size load test of the shared timeline (label load, ~40 s) is left to `make test-pg`.
test: build
	ctest --preset $(PRESET) -LE load

test-asan:
	$(MAKE) test PRESET=asan

# Only the tests against a throwaway PostgreSQL 15 server (label pg; `make test` runs them too),
# including the full-size load test (label load: 10 editors x 1,000 edits).
test-pg: build
	ctest --preset $(PRESET) -L pg

bench: build
	$(BUILD)/tests/bench/entente_bench

# The Debian package, from the release preset (tests and benchmarks left out):
# build/release/entente_VERSION_amd64.deb. CI packages the dev build it has just tested
# (PACKAGE_PRESET=dev: -O2, stripped by CPack) rather than compile everything a third time.
PACKAGE_PRESET ?= release
package:
	$(MAKE) build PRESET=$(PACKAGE_PRESET)
	cd build/$(PACKAGE_PRESET) && cpack
	@ls build/$(PACKAGE_PRESET)/entente_*_amd64.deb

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

tidy: configure
	git ls-files 'model/*.cpp' 'ui/*.cpp' 'app/*.cpp' | xargs clang-tidy -p $(BUILD) --quiet

clean:
	rm -rf build
