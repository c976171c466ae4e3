#!/usr/bin/env bash
# check-package.sh SOURCE_DIR BUILD_DIR: the desktop file and AppStream metainfo pass their
# validators; `cpack -G DEB` builds a .deb with both programs, the desktop file, metainfo, icon and
# kits; and the programs unpacked from it run (the CLI shows the brief's rubric from the packaged
# kit, the GUI opens a window offscreen). Unpacked into a scratch folder: nothing is installed.
set -euo pipefail
src=$1 build=$2
scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT

desktop-file-validate "$src/packaging/org.turnback.Turnback.desktop"
appstreamcli validate --no-net --pedantic "$src/packaging/org.turnback.Turnback.metainfo.xml" >/dev/null

(cd "$build" && cpack -G DEB -B "$scratch/pkg" >/dev/null)
deb=$(ls "$scratch"/pkg/turnback_*_amd64.deb)
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/turnback ./usr/bin/turnback-cli ./usr/share/applications/org.turnback.Turnback.desktop \
            ./usr/share/metainfo/org.turnback.Turnback.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/org.turnback.Turnback.svg ./usr/share/turnback/kits/baseline.yaml; do
  grep -qxF "$path" <<<"$contents" || { echo "package lacks $path" >&2; exit 1; }
done
dpkg-deb -f "$deb" Depends | grep -q 'libqt6sql6-sqlite' || { echo "package does not depend on the SQLite plugin" >&2; exit 1; }

dpkg-deb -x "$deb" "$scratch/root"
"$scratch/root/usr/bin/turnback-cli" kit show "$scratch/root/usr/share/turnback/kits/baseline.yaml" | grep -qF \
  '| Error rate spike | >5% of traffic for 2 min | Slow (canary only) | Engineering lead | 5 min |'
QT_QPA_PLATFORM=offscreen TURNBACK_QUIT_WHEN_SHOWN=1 timeout 60 "$scratch/root/usr/bin/turnback" \
  --db "$scratch/audit.sqlite" 2>/dev/null | grep -q 'window exposed'
echo "package ok: $(basename "$deb")"
