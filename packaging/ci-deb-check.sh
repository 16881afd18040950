#!/usr/bin/env bash
# CI check of the Debian package, as root on a Debian 12 machine:
# build the .deb, install it with apt, open an article with the installed launcher under Xvfb and
# take a screenshot, check the desktop integration and the licence files, then purge the package and check nothing is left.
#
# Usage: packaging/ci-deb-check.sh [--reuse-deb] [ARTICLE]
#   --reuse-deb  use target/dist/sahifa_*.deb as it is instead of building it
#   ARTICLE      file to open (default ../shared/samples/seed-article.txt, else the app's sample HTML)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
REUSE_DEB=no
ARTICLE=""
while [ $# -gt 0 ]; do
    case "$1" in
        --reuse-deb) REUSE_DEB=yes; shift ;;
        *) ARTICLE="$1"; shift ;;
    esac
done
if [ -z "$ARTICLE" ]; then
    ARTICLE="$ROOT/../shared/samples/seed-article.txt"
    [ -f "$ARTICLE" ] || ARTICLE="$ROOT/resources/sample/sample-article.html"
fi
ARTICLE="$(readlink -f "$ARTICLE")"

APP_DIR=/opt/sahifa
LAUNCHER="$APP_DIR/bin/Sahifa"
DESKTOP_FILE=/usr/share/applications/sahifa.desktop
ICON=/usr/share/icons/hicolor/256x256/apps/sahifa.png
DOC_DIR=/usr/share/doc/sahifa
# Seconds the installed app may take to open the article and write the screenshot.
RUN_TIMEOUT=180
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

step() { echo "[ci-deb-check] $*"; }
fail() { echo "[ci-deb-check] FAILED: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "run as root (apt-get install)"

step "tools jpackage needs for a .deb, and Xvfb to run the app"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q fakeroot binutils xvfb xauth > "$WORK/apt-tools.log" 2>&1 \
    || { apt-get update -q > /dev/null && apt-get install -y -q fakeroot binutils xvfb xauth; }

cd "$ROOT"
# gzip -1 instead of dpkg-deb's default xz: the same package content, built in seconds instead of minutes.
export DPKG_DEB_COMPRESSOR_TYPE="${DPKG_DEB_COMPRESSOR_TYPE:-gzip}" DPKG_DEB_COMPRESSOR_LEVEL="${DPKG_DEB_COMPRESSOR_LEVEL:-1}"
if [ "$REUSE_DEB" = no ]; then
    if [ -f target/sahifa.jar ]; then
        step "building the .deb from target/sahifa.jar"
        packaging/build-dist.sh
    else
        step "building the jar and the .deb"
        mvn -B -q -Pdist package -DskipTests
    fi
fi
DEB="$(ls target/dist/sahifa_*.deb 2> /dev/null | head -1)"
[ -n "$DEB" ] || fail "no target/dist/sahifa_*.deb"

if dpkg -s sahifa > /dev/null 2>&1; then
    step "removing a sahifa package left from before"
    apt-get purge -y -q sahifa > /dev/null
fi

step "installing $DEB"
apt-get install -y -q "./$DEB"
[ -x "$LAUNCHER" ] || fail "no launcher at $LAUNCHER"
[ -f "$DESKTOP_FILE" ] || fail "no desktop entry at $DESKTOP_FILE"
grep -q '^Exec=/opt/sahifa/bin/Sahifa %F$' "$DESKTOP_FILE" || fail "desktop entry does not pass files (%F)"
grep -q '^MimeType=text/html;application/xhtml+xml;text/plain;text/markdown;$' "$DESKTOP_FILE" \
    || fail "desktop entry lacks the MimeType list"
grep -q '^Name\[ar\]=صحيفة$' "$DESKTOP_FILE" || fail "desktop entry lacks the Arabic name"
[ -f "$ICON" ] || fail "no icon at $ICON"
[ -f "$APP_DIR/lib/app/app.jsa" ] || fail "postinst made no class-data-sharing archive"
step "licence and notices in $DOC_DIR"
for doc in LICENSE NOTICE; do
    [ -s "$DOC_DIR/$doc" ] || fail "no $DOC_DIR/$doc"
    cmp -s "$DOC_DIR/$doc" "$ROOT/$doc" || fail "$DOC_DIR/$doc differs from the repository's $doc"
    dpkg -S "$DOC_DIR/$doc" 2> /dev/null | grep -q '^sahifa:' || fail "$DOC_DIR/$doc is not owned by the package"
done
for lib in libgtk-3-0 libgl1 libpango-1.0-0 libpangoft2-1.0-0 libfontconfig1 libfreetype6; do
    dpkg-query -W -f='${Depends}' sahifa | grep -q "$lib" || fail "Depends lacks $lib"
done

step "opening $ARTICLE with the installed launcher under Xvfb"
SHOT="$WORK/screenshot.png"
XDG_DATA_HOME="$WORK/data" JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$WORK/classes.log" \
    timeout "$RUN_TIMEOUT" xvfb-run -a "$LAUNCHER" --screenshot "$SHOT" --size 1280x800 "$ARTICLE" \
    || fail "the installed launcher exited with status $?"
[ -s "$SHOT" ] || fail "no screenshot written"
[ "$(head -c 8 "$SHOT" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "the screenshot is not a PNG"
step "screenshot: $(stat -c %s "$SHOT") bytes"
grep -q 'org.sahifa.Launcher source: shared objects file' "$WORK/classes.log" \
    || fail "the launcher did not load Sahifa's classes from the class-data-sharing archive"
step "classes from the archive: $(grep -c 'source: shared objects file' "$WORK/classes.log") of $(grep -c 'source:' "$WORK/classes.log")"
if [ -n "${CI_SCREENSHOT_OUT:-}" ]; then
    cp "$SHOT" "$CI_SCREENSHOT_OUT"
fi

step "purging the package"
apt-get purge -y -q sahifa
dpkg -s sahifa > /dev/null 2>&1 && fail "sahifa is still installed"
[ ! -e "$APP_DIR" ] || fail "$APP_DIR is left after purge: $(find "$APP_DIR" | head -5)"
[ ! -e "$DESKTOP_FILE" ] || fail "$DESKTOP_FILE is left after purge"
[ ! -e "$DOC_DIR" ] || fail "$DOC_DIR is left after purge"
leftover_icons="$(find /usr/share/icons/hicolor -name 'sahifa.png')"
[ -z "$leftover_icons" ] || fail "icons left after purge: $leftover_icons"
step "OK"
