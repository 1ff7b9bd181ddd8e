#!/usr/bin/env bash
# Builds sia_VERSION_ARCH.deb from a staged install tree (make deb calls this).
# Usage: make-deb.sh STAGE VERSION OUTDIR
# The Depends line is computed, not hand-kept: every shared library the binary links
# is mapped to the Debian package that ships it (dpkg -S), so a new system library
# (libsqlite3 for the registry, say) is declared as soon as it is linked.
set -euo pipefail
stage=$1 version=$2 out=$3
arch=$(dpkg --print-architecture)
binary="$stage/usr/bin/sia"
[ -x "$binary" ] || { echo "make-deb: $binary is missing" >&2; exit 2; }

declare -A packages=()
unowned=()
while read -r lib; do
  [ -n "$lib" ] || continue
  owner=$(dpkg -S "$(realpath "$lib")" 2>/dev/null | head -n1 | cut -d: -f1) \
    || owner=$(dpkg -S "$lib" 2>/dev/null | head -n1 | cut -d: -f1) || owner=""
  if [ -n "$owner" ]; then packages[$owner]=1; else unowned+=("$lib"); fi
done < <(ldd "$binary" | awk '/=> \// {print $3} /^\t\/.*ld-linux/ {print $1}')
if [ ${#unowned[@]} -gt 0 ]; then
  # A debug build links the Swift runtime from the toolchain: fine for the package
  # test on this machine, never for a package handed out.
  echo "make-deb: not from a Debian package (use the static release build to ship): ${unowned[*]}" >&2
fi
depends=$(printf '%s\n' "${!packages[@]}" | sort | paste -sd, - | sed 's/,/, /g')

mkdir -p "$stage/DEBIAN"
size=$(du -sk "$stage" --exclude=DEBIAN | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: sia
Version: $version
Architecture: $arch
Maintainer: Inserm, pôle IA & numérique <sia@inserm.fr>
Installed-Size: $size
Depends: $depends
Section: utils
Priority: optional
Description: offline advisor on the use of AI systems at Inserm
 sia walks staff through the ethics, legal and confidentiality questions of an
 intended use of an AI system, explains each verdict with citations to the
 institute's guide, and writes a usage declaration signed with an OpenSSH key
 that the lab head can verify. It runs fully offline and sends nothing anywhere.
CONTROL
find "$stage" -path "$stage/DEBIAN" -prune -o -type d -exec chmod 755 {} +
deb="$out/sia_${version}_${arch}.deb"
dpkg-deb --root-owner-group --build "$stage" "$deb" >/dev/null
echo "$deb"
