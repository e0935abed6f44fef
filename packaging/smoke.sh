#!/usr/bin/env bash
# Smoke test of the frozen Casefile (a few minutes with the build; not in the default test run):
# build (or reuse) the bundle, then run the frozen `casefile` headless — demo, check, search,
# export-pdf, an encrypted archive's round trip — and the GUI offscreen for a few seconds,
# failing on any error or traceback on stderr; then the same from the .deb unpacked with
# `dpkg -x` into a throwaway root, and from the .tar.gz.
#
#   packaging/smoke.sh            # runs packaging/build.sh first
#   CASEFILE_SMOKE_REUSE=1 packaging/smoke.sh   # test what dist/ already holds
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIST=$ROOT/dist
GUI_SECONDS=${CASEFILE_SMOKE_GUI_SECONDS:-6}
ERRORS='traceback|error|exception|fatal|critical|could not|cannot|failed|segmentation'

if [ "${CASEFILE_SMOKE_REUSE:-}" = 1 ] && [ -x "$DIST/casefile/casefile" ]; then
    echo "== reusing $DIST"
else
    "$ROOT/packaging/build.sh"
fi
VERSION=$(python3 "$ROOT/packaging/appinfo.py" version)

TMP=$(mktemp -d /tmp/casefile-smoke.XXXXXX)
GUI_PID=
cleanup() {
    if [ -n "$GUI_PID" ]; then kill "$GUI_PID" 2>/dev/null || true; fi
    rm -rf "$TMP"
}
trap cleanup EXIT
export QT_QPA_PLATFORM=offscreen CASEFILE_USER="Smoke Test"
unset CASEFILE_PASSPHRASE CASEFILE_NEW_PASSPHRASE

failures=0
ok() { printf '  ok   %s\n' "$1"; }
fail() { printf '  FAIL %s\n' "$1"; failures=$((failures + 1)); }
check() {  # check NAME COMMAND...: passes when the command succeeds
    local name=$1; shift
    if "$@"; then ok "$name"; else fail "$name"; fi
}
quiet_stderr() {  # no error-like line on stderr (file $1)
    ! grep -iEq "$ERRORS" "$1"
}
header_is_sqlite() { head -c 16 "$1" | cmp -s - <(printf 'SQLite format 3\0'); }
casefile_magic() { [ "$(dd if="$1" bs=1 skip=68 count=4 status=none)" = "CSF1" ]; }

smoke() {  # smoke LABEL EXECUTABLE: the whole headless suite and the GUI on one installation
    local label=$1 exe=$2 dir=$TMP/$1
    mkdir -p "$dir"/{config,data,runtime}
    chmod 700 "$dir/runtime"
    export XDG_CONFIG_HOME=$dir/config XDG_DATA_HOME=$dir/data XDG_RUNTIME_DIR=$dir/runtime
    local archive=$dir/demo.casefile err=$dir/stderr
    echo "== $label: $exe"

    check "--version says $VERSION" bash -c '[ "$("$1" --version)" = "casefile $2" ]' _ "$exe" "$VERSION"
    check "demo" bash -c '"$1" demo "$2" > /dev/null 2> "$3" && [ ! -s "$3" ]' _ "$exe" "$archive" "$err"
    check "demo is a plain SQLite archive with the CSF1 application_id" bash -c "$(declare -f header_is_sqlite casefile_magic); header_is_sqlite '$archive' && casefile_magic '$archive'"
    "$exe" check --full "$archive" > "$dir/check.txt" 2> "$err" || true
    check "check --full: sound, 20 events" grep -q '^event: 20$' "$dir/check.txt"
    check "check --full: change log intact" grep -q '^change log: ok' "$dir/check.txt"
    check "check --full: record contents ok" grep -q '^record contents: ok' "$dir/check.txt"
    "$exe" search "$archive" petition > "$dir/search.txt" 2> "$err" || true
    check "search finds the Dutch petition" grep -q 'Dutch petition of 44,700 signatures' "$dir/search.txt"
    "$exe" search "$archive" "Чечня" > /dev/null 2> "$err" || true
    check "search in Cyrillic runs without an error" quiet_stderr "$err"

    local pdf=$dir/dossier.pdf
    check "export-pdf (dossier)" bash -c '"$1" export-pdf "$2" -o "$3" --template dossier > /dev/null 2> "$4"' _ "$exe" "$archive" "$pdf" "$err"
    check "the PDF starts with %PDF" bash -c '[ "$(head -c 4 "$1")" = "%PDF" ]' _ "$pdf"
    if command -v pdftotext > /dev/null; then
        check "the PDF's text has the case's events" bash -c 'pdftotext "$1" - | grep -q "Dutch petition"' _ "$pdf"
        check "the PDF embeds DejaVu Sans (Cyrillic, Arabic)" bash -c 'pdffonts "$1" | grep -q DejaVuSans' _ "$pdf"
    fi

    # encryption: encrypt, open with the right passphrase, refuse a wrong one cleanly, decrypt
    local secret=$dir/secret.casefile
    cp "$archive" "$secret"
    check "encrypt" bash -c 'CASEFILE_NEW_PASSPHRASE="correct horse" "$1" encrypt "$2" > /dev/null 2> "$3"' _ "$exe" "$secret" "$err"
    check "the encrypted file has no SQLite header" bash -c "$(declare -f header_is_sqlite); ! header_is_sqlite '$secret'"
    check "check with the passphrase" bash -c 'CASEFILE_PASSPHRASE="correct horse" "$1" check "$2" | grep -q "^event: 20$"' _ "$exe" "$secret"
    check "search with the passphrase" bash -c 'CASEFILE_PASSPHRASE="correct horse" "$1" search "$2" balloons | grep -q "100 black balloons"' _ "$exe" "$secret"
    CASEFILE_PASSPHRASE="wrong" "$exe" check "$secret" > /dev/null 2> "$err" && fail "a wrong passphrase is refused" || ok "a wrong passphrase is refused"
    check "... in one line, no traceback" bash -c '[ "$(wc -l < "$1")" -eq 1 ] && ! grep -q Traceback "$1"' _ "$err"
    check "decrypt" bash -c 'CASEFILE_PASSPHRASE="correct horse" "$1" decrypt "$2" > /dev/null 2> "$3"' _ "$exe" "$secret" "$err"
    check "decrypted: plain SQLite with CSF1 again, 20 events" bash -c "$(declare -f header_is_sqlite casefile_magic); header_is_sqlite '$secret' && casefile_magic '$secret' && '$exe' check '$secret' | grep -q '^event: 20$'"
    local born=$dir/born-encrypted.casefile
    check "demo --encrypt, then check" bash -c 'CASEFILE_NEW_PASSPHRASE=s3cret "$1" demo --encrypt "$2" > /dev/null && CASEFILE_PASSPHRASE=s3cret "$1" check "$2" | grep -q "^event: 20$"' _ "$exe" "$born"

    # the GUI, offscreen, for a few seconds: still running, nothing alarming on stderr
    CASEFILE_STARTUP_PROBE=1 "$exe" open "$archive" > "$dir/gui.out" 2> "$dir/gui.err" &
    GUI_PID=$!
    sleep "$GUI_SECONDS"
    check "the GUI painted the archive's rows (start-up probe)" grep -q '^casefile: startup probe: first rows painted$' "$dir/gui.err"
    if kill -0 "$GUI_PID" 2>/dev/null; then
        ok "the GUI is still running after ${GUI_SECONDS}s"
        kill "$GUI_PID"
    else
        fail "the GUI exited early"
    fi
    wait "$GUI_PID" 2>/dev/null || true
    GUI_PID=
    # Qt's offscreen platform says this of every window it cannot size from hints: not an error
    grep -v 'This plugin does not support propagateSizeHints()' "$dir/gui.err" > "$dir/gui.err.real" || true
    if quiet_stderr "$dir/gui.err.real"; then ok "the GUI wrote no error to stderr"; else fail "the GUI wrote errors:"; sed 's/^/       /' "$dir/gui.err.real" | head -20; fi
}

smoke "bundle" "$DIST/casefile/casefile"

# --- the .deb, unpacked into a throwaway root ----------------------------------------------------
DEB=$(ls "$DIST"/casefile_"$VERSION"_*.deb)
DEBROOT=$TMP/debroot
dpkg -x "$DEB" "$DEBROOT"
echo "== .deb: $(basename "$DEB")"
check "control: package casefile $VERSION" bash -c '[ "$(dpkg-deb -f "$1" Package Version | tr "\n" " ")" = "Package: casefile Version: $2 " ]' _ "$DEB" "$VERSION"
check "postinst refreshes the MIME and desktop databases" bash -c 'dpkg-deb --ctrl-tarfile "$1" | tar -xO ./postinst | grep -q update-mime-database' _ "$DEB"
for path in opt/casefile/casefile usr/bin/casefile usr/share/applications/org.casefile.Casefile.desktop \
    usr/share/metainfo/org.casefile.Casefile.metainfo.xml usr/share/mime/packages/org.casefile.Casefile.xml \
    usr/share/icons/hicolor/scalable/apps/org.casefile.Casefile.svg usr/share/icons/hicolor/16x16/apps/org.casefile.Casefile.png \
    usr/share/icons/hicolor/512x512/apps/org.casefile.Casefile.png usr/share/doc/casefile/copyright; do
    check "installs /$path" test -e "$DEBROOT/$path"
done
check "/usr/bin/casefile starts /opt/casefile/casefile" grep -q 'exec /opt/casefile/casefile "\$@"' "$DEBROOT/usr/bin/casefile"
if command -v desktop-file-validate > /dev/null; then
    check "the installed desktop entry validates" desktop-file-validate "$DEBROOT/usr/share/applications/org.casefile.Casefile.desktop"
fi
smoke "deb" "$DEBROOT/opt/casefile/casefile"

# --- the .tar.gz and the checksums ---------------------------------------------------------------
echo "== .tar.gz and SHA256SUMS"
check "SHA256SUMS verifies" bash -c 'cd "$1" && sha256sum --quiet -c SHA256SUMS' _ "$DIST"
mkdir -p "$TMP/tar"
tar -xzf "$DIST/casefile-$VERSION-linux-$(uname -m).tar.gz" -C "$TMP/tar"
check "the tarball unpacks to casefile-$VERSION/ and runs" bash -c '[ "$("$1/casefile" --version)" = "casefile $2" ]' _ "$TMP/tar/casefile-$VERSION" "$VERSION"
check "the tarball checks an archive" bash -c '"$1/casefile" check "$2" | grep -q "^event: 20$"' _ "$TMP/tar/casefile-$VERSION" "$TMP/bundle/demo.casefile"

if [ "$failures" -gt 0 ]; then
    echo "smoke: $failures check(s) FAILED"
    exit 1
fi
echo "smoke: all checks passed"
