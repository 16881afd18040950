#!/usr/bin/env bash
# Builds the desktop app from target/sahifa.jar (run by `mvn -Pdist package`, or by hand after `mvn package`):
#   target/dist/runtime          a trimmed Java runtime (jlink, modules in packaging/runtime-modules.txt)
#   target/dist/Sahifa           the application image (jpackage), with a class-data-sharing archive
#   target/dist/sahifa_*.deb     the Debian package (unless --no-deb)
#
# Usage: packaging/build-dist.sh [--jdk JDK_HOME] [--version X.Y.Z] [--no-deb]
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JDK="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
VERSION=""
MAKE_DEB=yes
while [ $# -gt 0 ]; do
    case "$1" in
        --jdk) JDK="$2"; shift 2 ;;
        --version) VERSION="$2"; shift 2 ;;
        --no-deb) MAKE_DEB=no; shift ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done
# jpackage wants plain numbers: 0.1.0-SNAPSHOT becomes 0.1.0.
VERSION="${VERSION%%-*}"
VERSION="${VERSION:-0.1.0}"

DIST="$ROOT/target/dist"
JAR="$ROOT/target/sahifa.jar"
APP="$DIST/Sahifa"
CFG="$APP/lib/app/Sahifa.cfg"
# Seconds the training run may take before the build gives up on it.
TRAINING_TIMEOUT=180

log() { echo "[build-dist] $*"; }

# jpackage puts files only under the install directory (/opt/sahifa), but Debian keeps a package's licence
# and notices in /usr/share/doc/PACKAGE: add LICENSE and NOTICE there to the built .deb, owned by the package.
add_licence_files_to_deb() {
    local deb="$1" tree doc
    tree="$(mktemp -d)"
    doc=usr/share/doc/sahifa
    dpkg-deb -R "$deb" "$tree/pkg"
    install -D -m 644 LICENSE "$tree/pkg/$doc/LICENSE"
    install -m 644 NOTICE "$tree/pkg/$doc/NOTICE"
    if [ -f "$tree/pkg/DEBIAN/md5sums" ]; then
        (cd "$tree/pkg" && md5sum "$doc/LICENSE" "$doc/NOTICE") >> "$tree/pkg/DEBIAN/md5sums"
    fi
    sed -i "s/^Installed-Size: .*/Installed-Size: $(du -sk --exclude=DEBIAN "$tree/pkg" | cut -f1)/" "$tree/pkg/DEBIAN/control"
    dpkg-deb -Zxz --root-owner-group -b "$tree/pkg" "$deb" > /dev/null  # xz, as jpackage itself would
    rm -rf "$tree"
}

[ -x "$JDK/bin/jpackage" ] || { echo "no jpackage in $JDK/bin (set --jdk or JAVA_HOME to a JDK 17+)" >&2; exit 1; }
[ -f "$JAR" ] || { echo "$JAR is missing: run mvn package first" >&2; exit 1; }
cd "$ROOT"
rm -rf "$DIST"
mkdir -p "$DIST/input"
cp "$JAR" "$DIST/input/"

# sqlite-jdbc carries its native library for every OS and processor (21 MB); the package is for this machine's,
# so the others are left out of the jar it ships (sqlite-jdbc finds its own under org/sqlite/native/OS/ARCH/).
NATIVE_KEPT="org/sqlite/native/Linux/$(uname -m)/"
log "sqlite-jdbc natives: keeping $NATIVE_KEPT only"
python3 - "$DIST/input/sahifa.jar" "$NATIVE_KEPT" <<'PY'
import os, sys, zipfile
jar, kept = sys.argv[1], sys.argv[2]
names = zipfile.ZipFile(jar).namelist()
if not any(n.startswith(kept) and not n.endswith("/") for n in names):
    sys.exit("no sqlite-jdbc native library under " + kept + " in " + jar)
with zipfile.ZipFile(jar) as source, zipfile.ZipFile(jar + ".tmp", "w") as trimmed:
    for entry in source.infolist():
        if entry.filename.startswith("org/sqlite/native/") and not entry.filename.startswith(kept):
            continue
        trimmed.writestr(entry, source.read(entry.filename))
os.replace(jar + ".tmp", jar)
PY

log "runtime image (jlink)"
# No --strip-native-commands: bin/java makes the class-data-sharing archive, and jlink cannot
# generate its own CDS archive without it.
"$JDK/bin/jlink" --add-modules "$(tr -d ' \n' < packaging/runtime-modules.txt)" \
    --include-locales=ar,en --strip-debug --no-header-files --no-man-pages \
    --generate-cds-archive --output "$DIST/runtime"

log "application image (jpackage)"
"$JDK/bin/jpackage" @packaging/linux/app-image.options \
    --input "$DIST/input" --runtime-image "$DIST/runtime" --app-version "$VERSION" --dest "$DIST"
mkdir -p "$APP/lib/icons"
cp packaging/icons/sahifa-*.png "$APP/lib/icons/"
cp LICENSE NOTICE "$APP/lib/"

log "training run: open the sample article once, analyse it, and record the classes it loads"
cp "$CFG" "$CFG.orig"
mkdir -p "$DIST/training"
{
    cat "$CFG.orig"
    echo "java-options=-XX:DumpLoadedClassList=\$APPDIR/sahifa.classlist"
    echo "java-options=-Dsahifa.startupProbe=$DIST/training/probe.txt"
    echo "java-options=-Dsahifa.startupProbe.exit=analysed"
    echo "java-options=-Dsahifa.data=$DIST/training/data"
} | grep -v 'SharedArchiveFile' > "$CFG"
if [ -n "${DISPLAY:-}" ]; then
    timeout "$TRAINING_TIMEOUT" "$APP/bin/Sahifa"
else
    timeout "$TRAINING_TIMEOUT" xvfb-run -a "$APP/bin/Sahifa"
fi
mv "$CFG.orig" "$CFG"
grep -q firstFrameEpochMs "$DIST/training/probe.txt" || { echo "the training run did not show the article" >&2; exit 1; }
log "$(wc -l < "$APP/lib/app/sahifa.classlist") classes and lambda forms recorded"

# The archive matches the jar only at this path, so the one made here serves the app image in place
# (and the start-up benchmark); the .deb leaves it out and its postinst makes one under /opt/sahifa.
log "class-data-sharing archive for the application image"
"$APP/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$APP/lib/app/sahifa.classlist" \
    -XX:SharedArchiveFile="$APP/lib/app/app.jsa" -cp "$APP/lib/app/sahifa.jar" > "$DIST/training/dump.log" 2>&1 \
    || { cat "$DIST/training/dump.log" >&2; exit 1; }

if [ "$MAKE_DEB" = yes ]; then
    log "Debian package (jpackage; needs fakeroot and dpkg-deb)"
    mv "$APP/lib/app/app.jsa" "$DIST/app.jsa"
    # Uncompressed here: the package is compressed once, when the licence files are added below.
    DPKG_DEB_COMPRESSOR_TYPE=none "$JDK/bin/jpackage" @packaging/linux/deb.options \
        --app-image "$APP" --app-version "$VERSION" --resource-dir packaging/linux/resources --dest "$DIST"
    mv "$DIST/app.jsa" "$APP/lib/app/app.jsa"
    log "licence and notices under /usr/share/doc/sahifa"
    add_licence_files_to_deb "$(ls "$DIST"/*.deb)"
    log "$(ls "$DIST"/*.deb)"
fi
rm -rf "$DIST/input"
