#!/usr/bin/env bash
# Build Casefile for Linux from a clean checkout: the PyInstaller one-folder bundle, a .tar.gz,
# a .deb (dpkg-deb, no other Debian tooling) and SHA256SUMS, all in dist/.
#
#   packaging/build.sh                              # makes build/venv on first use (pip only)
#   CASEFILE_BUILD_VENV=/path/to/venv packaging/build.sh   # reuse a venv that has the app's
#                                                   # dependencies and pyinstaller (.[build])
# Other knobs: PYTHON (the interpreter for a new venv, default python3), SOURCE_DATE_EPOCH
# (archive timestamps; default the last commit's time, so two builds of one commit tar alike).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PYTHON=${PYTHON:-python3}
VENV=${CASEFILE_BUILD_VENV:-$ROOT/build/venv}
DIST=$ROOT/dist
WORK=$ROOT/build/pyinstaller

say() { printf '\033[1m== %s\033[0m\n' "$*"; }

VERSION=$("$PYTHON" packaging/appinfo.py version)
APP_ID=$("$PYTHON" packaging/appinfo.py app_id)
ARCH=$(uname -m)
DEB_ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}

# --- the build venv -------------------------------------------------------------------------
if [ -n "${CASEFILE_BUILD_VENV:-}" ]; then
    [ -x "$VENV/bin/pyinstaller" ] || { echo "build.sh: $VENV has no pyinstaller (pip install '.[build]' into it)" >&2; exit 1; }
    say "reusing the build venv $VENV"
elif [ ! -x "$VENV/bin/pyinstaller" ]; then
    say "making the build venv $VENV"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --upgrade pip
    "$VENV/bin/pip" install --quiet ".[build]"
elif [ "$("$VENV/bin/python" -c 'from importlib.metadata import version; print(version("casefile"))' 2>/dev/null)" != "$VERSION" ]; then
    say "refreshing casefile $VERSION in $VENV"  # the bundle's version comes from this metadata
    "$VENV/bin/pip" install --quiet --no-deps ".[build]"
fi

# --- translations, when they land (item 4 of issue 12): .ts sources compiled to .qm ---------
shopt -s nullglob
for ts in resources/translations/*.ts; do
    qm=${ts%.ts}.qm
    if [ ! -e "$qm" ] || [ "$ts" -nt "$qm" ]; then
        "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm"
    fi
done
shopt -u nullglob

# --- the bundle -----------------------------------------------------------------------------
say "PyInstaller: casefile $VERSION ($APP_ID)"
rm -rf "$WORK" "$DIST/casefile"
mkdir -p "$DIST"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$WORK/dist" --workpath "$WORK/work" packaging/casefile.spec
mv "$WORK/dist/casefile" "$DIST/casefile"
BUNDLE=$DIST/casefile
"$BUNDLE/casefile" --version | grep -qx "casefile $VERSION" || { echo "build.sh: the bundle does not report version $VERSION" >&2; exit 1; }

# --- desktop files, shared by the tarball and the .deb: a usr/share tree ---------------------
SHARE=$ROOT/build/share
rm -rf "$SHARE"
install -Dm644 "packaging/linux/$APP_ID.desktop" "$SHARE/applications/$APP_ID.desktop"
install -Dm644 "packaging/linux/$APP_ID.metainfo.xml" "$SHARE/metainfo/$APP_ID.metainfo.xml"
install -Dm644 "packaging/linux/$APP_ID.mime.xml" "$SHARE/mime/packages/$APP_ID.xml"
install -Dm644 resources/icons/casefile.svg "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in packaging/icons/hicolor/*/apps/"$APP_ID".png; do
    install -Dm644 "$png" "$SHARE/icons/${png#packaging/icons/}"
done

tar_tree() {  # tar_tree OUTPUT DIR NAME: a reproducible gzip tarball of DIR, stored as NAME/
    tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
        --transform "s|^\.|$3|" -C "$2" -cf - . | gzip -n > "$1"
}

# --- the .tar.gz: the bundle, plus share/ for a desktop entry by hand -----------------------
say "tarball"
STAGE=$ROOT/build/tar/casefile-$VERSION
rm -rf "$ROOT/build/tar"
mkdir -p "$STAGE"
cp -a "$BUNDLE/." "$STAGE/"
cp -a "$SHARE" "$STAGE/share"
cp packaging/linux/INSTALL.txt "$STAGE/INSTALL.txt"
TARBALL=$DIST/casefile-$VERSION-linux-$ARCH.tar.gz
tar_tree "$TARBALL" "$STAGE" "casefile-$VERSION"

# --- the .deb: /opt/casefile, /usr/bin/casefile, desktop entry, icons, MIME type -------------
say "Debian package"
DEB=$ROOT/build/deb
rm -rf "$DEB"
mkdir -p "$DEB/opt" "$DEB/usr/bin" "$DEB/usr/share/doc/casefile" "$DEB/DEBIAN"
cp -a "$BUNDLE" "$DEB/opt/casefile"
cp -a "$SHARE/." "$DEB/usr/share/"
install -m755 packaging/linux/casefile-launcher.sh "$DEB/usr/bin/casefile"
install -m644 packaging/linux/copyright "$DEB/usr/share/doc/casefile/copyright"
install -m755 packaging/linux/postinst "$DEB/DEBIAN/postinst"
install -m755 packaging/linux/postinst "$DEB/DEBIAN/postrm"  # the same caches, refreshed after removal
# the newest glibc symbol any bundled binary needs (the build machine's, as a rule)
GLIBC=$(find "$BUNDLE" -type f \( -name '*.so*' -o -name casefile \) -exec objdump -T {} + 2>/dev/null \
    | grep -oE 'GLIBC_[0-9]+\.[0-9]+' | sed 's/GLIBC_//' | sort -uV | tail -1 || true)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$DEB_ARCH/" -e "s/@GLIBC@/${GLIBC:-2.31}/" \
    -e "s/@SIZE@/$(du -sk --exclude=DEBIAN "$DEB" | cut -f1)/" packaging/linux/control.in > "$DEB/DEBIAN/control"
find "$DEB" -type d -exec chmod 755 {} +
find "$DEB" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
DEBFILE=$DIST/casefile_${VERSION}_$DEB_ARCH.deb
dpkg-deb --root-owner-group -Zxz --build "$DEB" "$DEBFILE" >/dev/null

# --- checksums --------------------------------------------------------------------------------
(cd "$DIST" && sha256sum "$(basename "$TARBALL")" "$(basename "$DEBFILE")" > SHA256SUMS)
say "done"
echo "bundle:  $BUNDLE ($(du -sh "$BUNDLE" | cut -f1) unpacked)"
ls -l "$TARBALL" "$DEBFILE" "$DIST/SHA256SUMS" | awk '{print $5, $9}'
