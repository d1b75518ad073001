# Tailings downstream-impact QGIS plugin. `make test` and `make demo` install what they need.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
OUT ?= out
BUILD ?= build
PYTEST_ARGS ?=
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
ZIP := $(BUILD)/tailings_qgis_plugin-$(VERSION).zip
QGIS_PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default

.PHONY: help bootstrap lint format test test-other-debian demo package deploy clean sample-data translations bench screenshots

help:
	@echo "make test     install what is missing, lint, run the whole test suite headless"
	@echo "make test-other-debian  the same suite on the other Debian release (12 <-> 13) in a cached chroot (root)"
	@echo "make demo     run the plugin's algorithms on the bundled sample data, results in $(OUT)/"
	@echo "make package  build $(ZIP)"
	@echo "make deploy   install the zip's folder into the default QGIS profile"
	@echo "make bench    run the benchmarks under bench/ (slow; not part of the tests)"
	@echo "make screenshots  regenerate docs/images/ from the real plugin under Xvfb"
	@echo "make clean    remove build/, out/ and caches"

bootstrap:
	@VENV=$(VENV) bash scripts/bootstrap.sh

lint: bootstrap
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: bootstrap
	$(VENV)/bin/ruff format .

test: bootstrap lint translations
	$(PY) -m pytest -q --qgis_disable_gui -p no:cacheprovider test $(PYTEST_ARGS)

# Debian 12 host -> trixie chroot, Debian 13 host -> bookworm chroot; cached under /var/cache/tailings-chroot.
test-other-debian:
	bash scripts/test_other_debian.sh

demo: bootstrap translations
	$(PY) scripts/run_demo.py --out $(OUT)

translations: bootstrap
	$(PY) scripts/i18n.py compile

package: bootstrap
	$(PY) scripts/package.py --build $(BUILD)

deploy: package
	mkdir -p "$(QGIS_PROFILE)/python/plugins"
	rm -rf "$(QGIS_PROFILE)/python/plugins/tailings_qgis_plugin"
	cp -r $(BUILD)/tailings_qgis_plugin "$(QGIS_PROFILE)/python/plugins/"
	@echo "installed into $(QGIS_PROFILE)/python/plugins/tailings_qgis_plugin; enable it in Plugins ▸ Manage"

sample-data: bootstrap
	$(PY) scripts/build_sample_data.py

XVFB := xvfb-run -a -s "-screen 0 1600x1000x24"

screenshots: bootstrap translations
	QT_QPA_PLATFORM=xcb $(XVFB) $(PY) scripts/make_screenshots.py --dock
	QT_QPA_PLATFORM=xcb $(XVFB) $(PY) scripts/make_screenshots.py --lang ru

bench: bootstrap
	for b in bench/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(BUILD) $(OUT) .pytest_cache .ruff_cache .qgis-settings
	find . -name __pycache__ -type d -prune -not -path './$(VENV)/*' -exec rm -rf {} +
