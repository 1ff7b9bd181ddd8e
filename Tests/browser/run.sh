#!/usr/bin/env bash
# The printable HTML in a real browser (Debian's chromium, headless): each kind of
# document is printed to PDF and its first page must carry the verdict, the
# declarant and the key's fingerprint, in at most 3 pages for a declaration; the
# registry report is screenshotted and its size checked; a hostile document (markup
# and bidi controls in names) must render as text and inject no element.
# Usage: Tests/browser/run.sh path/to/sia  (make test runs it).
set -euo pipefail
sia=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_STATE_HOME="$work/home/.local/state"
export XDG_DATA_HOME="$work/home/.local/share" XDG_CACHE_HOME="$work/home/.cache"
export SIA_KNOWLEDGE="$root/Knowledge" SIA_NOW=2026-11-29T10:00:00Z TZ=UTC LANG=fr_FR.UTF-8 NO_COLOR=1
mkdir -p "$HOME" "$work/bin"
ln -s "$sia" "$work/bin/sia"
export PATH="$work/bin:$PATH"
failures=0
fail() { echo "browser test: FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "browser test: ok: $*"; }

browser() { # the same flags everywhere: no sandbox (root), no GPU, no network, no first-run
  timeout 60 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --no-default-browser-check \
    --disable-background-networking --disable-component-update --disable-sync --metrics-recording-only \
    --user-data-dir="$work/chromium" --no-pdf-header-footer "$@" 2>/dev/null
}

cd "$work"
bash "$root/Tests/Fixtures/registry/make-folder.sh" registre
signers=registre/allowed_signers
fingerprint() { ssh-keygen -lf <(grep "^$1 " "$signers" | cut -d' ' -f3-) | cut -d' ' -f2; }

# check_pdf NAME FILE MAXPAGES WORD… : export, print, and look at page 1.
check_pdf() {
  local name=$1 file=$2 max=$3; shift 3
  sia export "$file" --html -o "$work/$name.html" --allowed-signers "$signers" > /dev/null
  browser --print-to-pdf="$work/$name.pdf" "file://$work/$name.html"
  [ -s "$work/$name.pdf" ] || { fail "$name: no PDF"; return; }
  local pages first
  pages=$(pdfinfo "$work/$name.pdf" | awk '/^Pages:/ {print $2}')
  first=$(pdftotext -f 1 -l 1 -layout "$work/$name.pdf" -)
  [ "$pages" -le "$max" ] || fail "$name: $pages pages (at most $max)"
  for word in "$@"; do
    grep -qF -- "$word" <<< "$first" || fail "$name: page 1 lacks « $word »"
  done
  pass "$name: $pages page(s), page 1 has: $*"
}

marie=$(fingerprint marie.curie@inserm.fr)
irene=$(fingerprint irene.joliot@inserm.fr)
paul=$(fingerprint paul.langevin@inserm.fr)
check_pdf declaration registre/marie/declaration-2026-10-02-chatgpt-bibliographie.md 3 \
  "Usage autorisé sous conditions" "Marie Curie" "$marie" "APPROUVÉE par Paul Langevin"
check_pdf exemption registre/irene/derogation-2026-11-10-comptes-rendus.md 3 \
  "Usage interdit" "Irène Joliot-Curie" "$irene" "VERDICT CONTESTÉ" "REFUSÉE"
check_pdf approval registre/marie/declaration-2026-10-02-chatgpt-bibliographie.md.approval 2 \
  "APPROUVÉE" "Marie Curie" "$paul" "Paul Langevin"
check_pdf attestation registre/marie/attestation-formation-2026-06-12.md 2 "10/10" "Marie Curie" "$marie"
LANG=en_US.UTF-8 check_pdf declaration-en registre/marie/declaration-2026-10-02-chatgpt-bibliographie.md 3 \
  "Use allowed under conditions" "Marie Curie" "$marie"

# A document that does not verify is refused, or exported marked in red.
if sia export registre/divers/declaration-2026-09-15-modifiee.md --html -o "$work/bad.html" --allowed-signers "$signers" 2> /dev/null; then
  fail "a tampered document was exported without --allow-invalid"
else
  pass "tampered document refused"
fi
sia export registre/divers/declaration-2026-09-15-modifiee.md --html -o "$work/bad.html" --allowed-signers "$signers" --allow-invalid > /dev/null
browser --print-to-pdf="$work/bad.pdf" "file://$work/bad.html"
pdftotext -f 1 -l 1 "$work/bad.pdf" - | grep -qF "NE SE VÉRIFIE PAS" && pass "tampered document marked on page 1" \
  || fail "tampered document not marked on page 1"

# The registry report: a screenshot of a real size.
sia registry registre --allowed-signers "$signers" --html "$work/registre.html" > /dev/null 2>&1
browser --screenshot="$work/registre.png" --window-size=1280,1000 "file://$work/registre.html"
size=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print(*struct.unpack(">II", d[16:24]))' "$work/registre.png" 2>/dev/null || echo "0 0")
bytes=$(stat -c %s "$work/registre.png" 2>/dev/null || echo 0)
if [ "$size" = "1280 1000" ] && [ "$bytes" -gt 20000 ]; then pass "report screenshot $size, $bytes bytes"; else fail "report screenshot: $size, $bytes bytes"; fi

# A hostile declarant: markup, a style breaker and bidi controls in the names.
hostile="Eve <script>document.title='PWNED'</script><img src=x onerror=alert(1)></style> $(printf '\u202e')evil$(printf '\u202c')"
XDG_CONFIG_HOME="$work/eve" sia profile --name "$hostile" --email eve@inserm.fr --unit "U<b>9</b>" --unit-code "U9" \
  --lab-head "Mallory </style><script>alert(2)</script>" --lab-head-email mallory@inserm.fr > /dev/null
XDG_CONFIG_HOME="$work/eve" sia keygen > /dev/null
mkdir -p hostile
XDG_CONFIG_HOME="$work/eve" sia declare --answers "$root/Tests/Fixtures/registry/code-conditions.yaml" --accept-all --output hostile \
  --use '<iframe src="https://example.org"></iframe> usage' --slug hostile > /dev/null
sia export hostile/declaration-2026-11-29-hostile.md --html -o "$work/hostile.html" > /dev/null
browser --dump-dom "file://$work/hostile.html" > "$work/hostile.dom"
body=$(sed -n '/<body>/,$p' "$work/hostile.dom")
for tag in '<script' '<img' '<iframe' '<b>' '<style'; do
  if grep -qiF -- "$tag" <<< "$body"; then fail "hostile: the DOM holds an injected $tag"; fi
done
grep -qF 'PWNED' <(grep -i '<title>' "$work/hostile.dom") && fail "hostile: the title was changed by a script"
grep -qF '&lt;script&gt;' <<< "$body" && pass "hostile names render as text, nothing injected" || fail "hostile: the name is not shown as text"
grep -qiF '\u202e' <<< "$body" && pass "hostile bidi control shown, not applied" || fail "hostile: bidi control not neutralised"
sia registry hostile --html "$work/hostile-report.html" > /dev/null 2>&1
browser --dump-dom "file://$work/hostile-report.html" > "$work/hostile-report.dom"
if sed -n '/<body>/,$p' "$work/hostile-report.dom" | grep -qiE '<(script|img|iframe|b)[ >]'; then fail "hostile report: injected element"; else pass "hostile report: nothing injected"; fi

# Screenshots for the README, when asked (SIA_SCREENSHOTS=folder).
if [ -n "${SIA_SCREENSHOTS:-}" ]; then
  browser --screenshot="$SIA_SCREENSHOTS/registry-report.png" --window-size=1280,900 "file://$work/registre.html"
  browser --screenshot="$SIA_SCREENSHOTS/declaration-export.png" --window-size=900,1270 "file://$work/declaration.html"
fi

if [ "$failures" -gt 0 ]; then
  echo "browser test: $failures failure(s)" >&2
  exit 1
fi
echo "browser test: all passed"
