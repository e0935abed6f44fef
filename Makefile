# Two commands for a fresh Debian machine with Python 3.11 and root:
#   make run   - create .venv, install Casefile, open the GUI on the demo archive
#   make test  - install what the tests need (system libraries for offscreen Qt too), check the
#                import-linter contracts of pyproject.toml, run the tests
#   make dist, make smoke - the installers in dist/ and their smoke test (packaging/README.md)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
QT_LIBS := libgl1 libegl1 libglib2.0-0 libdbus-1-3 libxkbcommon0 fontconfig fonts-dejavu-core
QT_X11_LIBS := libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1
# desktop-file-utils, appstream, shared-mime-info, libxml2-utils postgresql: tests/packaging validates the
# desktop entry, AppStream metadata and MIME type with them
TOOLS := poppler-utils sqlite3 desktop-file-utils appstream shared-mime-info libxml2-utils postgresql

.PHONY: run test system-libs system-libs-gui bench dist smoke clean qm translations

# Interface translations: .ts sources in the repository, .qm built from them (not committed).
TS := $(wildcard resources/translations/casefile_*.ts)
QM := $(TS:.ts=.qm)
GUI_SOURCES = $(shell find desktop/gui -name '*.py' | sort)

$(BIN)/casefile: pyproject.toml
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { \
		echo "Installing python3-venv (Debian ships venv separately)"; \
		SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq python3-venv; \
		rm -rf $(VENV); $(PYTHON) -m venv $(VENV); }
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# Installs the Debian packages Qt needs when any is missing (needs root or sudo).
system-libs:
	@missing=$$(for p in $(QT_LIBS) $(TOOLS) $(EXTRA_LIBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages: $$missing"; \
		SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

resources/translations/%.qm: resources/translations/%.ts $(BIN)/casefile
	$(BIN)/pyside6-lrelease -silent $< -qm $@

qm: $(QM)

# Refresh the .ts files from the sources (new strings come in unfinished, vanished ones are
# dropped); English keeps only the plural forms ("1 event", "2 events").
translations: $(BIN)/casefile
	$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete $(GUI_SOURCES) \
		-ts resources/translations/casefile_ru.ts resources/translations/casefile_ar.ts
	$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete -pluralonly $(GUI_SOURCES) \
		-ts resources/translations/casefile_en.ts
	@$(MAKE) --no-print-directory qm

run: $(BIN)/casefile qm
	@$(MAKE) --no-print-directory system-libs EXTRA_LIBS="$(QT_X11_LIBS)"
	$(BIN)/casefile open --demo

test: $(BIN)/casefile qm
	@$(MAKE) --no-print-directory system-libs
	$(BIN)/lint-imports --no-cache
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(BIN)/casefile
	$(BIN)/python -m tests.bench.run

# The frozen bundle, .tar.gz, .deb and SHA256SUMS in dist/ (packaging/README.md), and its smoke
# test (minutes: not part of `make test`).
dist:
	packaging/build.sh

smoke:
	packaging/smoke.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
