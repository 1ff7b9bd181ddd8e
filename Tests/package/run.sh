#!/usr/bin/env bash
# Package test: builds the Debian package (from the debug build, to spare CI a second,
# optimised build), unpacks it into a scratch root, and uses `sia` from PATH in an empty
# folder with a fresh HOME, as a person who installed it would: ask, lint, guide,
# profile, keygen, declare, verify; man pages render; bash completion answers.
# Proves that an installed sia finds its own share/sia/Knowledge (through
# /proc/self/exe), not the source tree it was built from.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO=$PWD
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
passed=0; failed=0
ok() { passed=$((passed + 1)); echo "ok - $1"; }
not_ok() { failed=$((failed + 1)); echo "not ok - $1"; [ $# -lt 2 ] || sed 's/^/    | /' <<<"$2"; }
expect() {  # expect NAME STATUS COMMAND…: runs COMMAND, checks its exit status
  local name=$1 want=$2; shift 2
  local output status=0
  output=$("$@" 2>&1) || status=$?
  if [ "$status" = "$want" ]; then ok "$name"; else not_ok "$name (exit $status, expected $want)" "$output"; fi
  LAST="$output"
}

deb=$(make --no-print-directory deb CONFIG=debug | tail -n1)
[ -f "$deb" ] && ok "make deb builds $(basename "$deb")" || { not_ok "make deb"; exit 1; }
depends=$(dpkg-deb -f "$deb" Depends)
for package in libedit2 libstemmer0d; do
  grep -qw "$package" <<<"$depends" && ok "Depends names $package" || not_ok "Depends names $package" "$depends"
done

root="$WORK/root"
dpkg-deb -x "$deb" "$root"
for path in usr/bin/sia usr/share/sia/Knowledge/guide usr/share/man/man1/sia.1 usr/share/man/fr/man1/sia.1 \
  usr/share/bash-completion/completions/sia usr/share/zsh/vendor-completions/_sia \
  usr/share/fish/vendor_completions.d/sia.fish; do
  [ -e "$root/$path" ] && ok "installs /$path" || not_ok "installs /$path"
done

# A section that exists only in the installed copy: finding it proves which
# Knowledge/ the installed binary reads.
installed="$root/usr/share/sia/Knowledge"
sed -e 's/^id: contacts$/id: paquet-installe/' -e 's/^title: .*/title: Section du paquet installé/' \
  "$installed/guide/contacts.md" > "$installed/guide/paquet-installe.md"

export HOME="$WORK/home" PATH="$root/usr/bin:/usr/bin:/bin" LANG=fr_FR.UTF-8 TZ=UTC
unset SIA_KNOWLEDGE XDG_CONFIG_HOME XDG_STATE_HOME XDG_CACHE_HOME XDG_DATA_HOME SIA_NO_CACHE
mkdir -p "$HOME" "$WORK/empty"
cd "$WORK/empty"

expect "sia is found on PATH" 0 sh -c 'command -v sia'
[ "$LAST" = "$root/usr/bin/sia" ] && ok "the installed binary runs" || not_ok "the installed binary runs" "$LAST"
expect "sia guide opens a section of the installed Knowledge/" 0 sia guide paquet-installe
grep -q "Section du paquet installé" <<<"$LAST" && ok "…with its title" || not_ok "…with its title" "$LAST"
expect "sia ask answers from the installed guide" 0 sia ask "puis-je utiliser ChatGPT avec des données de patients ?"
grep -q "§" <<<"$LAST" && ok "…citing sections" || not_ok "…citing sections" "$LAST"
rm "$installed/guide/paquet-installe.md"
expect "sia lint passes on the installed Knowledge/" 0 sia lint

expect "sia profile" 0 sia profile --name "Marie Curie" --email marie.curie@inserm.fr \
  --unit "Laboratoire de radiobiologie" --unit-code U1234 --lab-head "Paul Langevin" \
  --lab-head-email paul.langevin@inserm.fr
expect "sia keygen" 0 sia keygen
cp "$REPO/Tests/Fixtures/engine-bibliographie.yaml" reponses.yaml
public=$(cat "$HOME/.config/sia/id_ed25519.pub")
printf 'marie.curie@inserm.fr namespaces="sia-declaration" %s\n' "${public% *}" > allowed_signers
expect "sia declare" 0 sia declare --answers reponses.yaml --accept-all --output . --slug paquet
document=$(ls declaration-*paquet*.md 2>/dev/null | head -n1)
[ -n "$document" ] && ok "a declaration is written in the current folder" || not_ok "a declaration is written" "$LAST"
expect "sia verify accepts it" 0 sia verify --allowed-signers allowed_signers "$document"

expect "man -l renders the English page" 0 man -l "$root/usr/share/man/man1/sia.1"
grep -q "verify" <<<"$LAST" && ok "…naming the subcommands" || not_ok "…naming the subcommands" "$LAST"
expect "man -l renders the subcommand pages" 0 man -l "$root/usr/share/man/man1/sia.verify.1"
# The French pages are in French (section names and option texts), the English ones in
# English: the same options read in both.
expect "man -l renders the French page of sia train" 0 env LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$root/usr/share/man/fr/man1/sia.train.1"
french="$LAST"
expect "man -l renders the English page of sia train" 0 env LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$root/usr/share/man/man1/sia.train.1"
english="$LAST"
for text in "NOM" "Nombre d'exercices" "Reprendre la session interrompue" "Répondez à chaque exercice" "CODE DE RETOUR"; do
  grep -qF "$text" <<<"$french" && ok "the French page says « $text »" || not_ok "the French page says « $text »" "$french"
done
for text in "NAME" "Number of exercises" "Resume the session that was interrupted" "Answer each exercise" "EXIT STATUS"; do
  grep -qF "$text" <<<"$english" && ok "the English page says “$text”" || not_ok "the English page says “$text”" "$english"
done
grep -qF "Number of exercises" <<<"$french" && not_ok "no English option text in the French page" "$french" \
  || ok "no English option text in the French page"
expect "man -l renders the French root page" 0 env LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$root/usr/share/man/fr/man1/sia.1"
grep -qF "conseiller hors ligne" <<<"$LAST" && ok "…in French" || not_ok "…in French" "$LAST"

complete_line() {  # what bash completion offers for the command line "$1" (cursor at the end)
  bash -c 'source "$1"; read -ra COMP_WORDS <<<"$2"; [[ "$2" == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE="$2"; COMP_POINT=${#COMP_LINE}
    # bash calls a completion function with the command, the current word and the previous one.
    _sia sia "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}" 2>/dev/null || true
    printf "%s\n" "${COMPREPLY[@]}"' _ "$root/usr/share/bash-completion/completions/sia" "$1"
}
completion=$(complete_line "sia ver")
grep -qx "verify" <<<"$completion" && ok "bash completion offers subcommands" || not_ok "bash completion offers subcommands" "$completion"
completion=$(complete_line "sia guide donnees-s")
grep -qx "donnees-sante" <<<"$completion" && ok "bash completion offers guide ids" || not_ok "bash completion offers guide ids" "$completion"
completion=$(complete_line "sia assess --answers rep")
grep -qx "reponses.yaml" <<<"$completion" && ok "bash completion offers answers files" || not_ok "bash completion offers answers files" "$completion"
completion=$(complete_line "sia --lang ")
grep -qx "en" <<<"$completion" && ok "bash completion offers languages" || not_ok "bash completion offers languages" "$completion"
offers() {  # offers NAME LINE WORD…: bash completion of LINE offers every WORD
  local name=$1 line=$2 word completion; shift 2
  completion=$(complete_line "$line")
  for word in "$@"; do
    grep -qx -- "$word" <<<"$completion" || { not_ok "bash completion offers $name" "$line → $completion"; return; }
  done
  ok "bash completion offers $name"
}
offers "exercise ids" "sia train --exercise ex-donnees-gen" ex-donnees-genetiques-vcf
offers "series" "sia train --series " decouverte donnees-sante publier-avec-ia
offers "themes" "sia train --theme d" donnees
offers "levels" "sia train --level " debutant intermediaire avance
offers "attestation files (.md)" "sia train --summary decl" "$document"
offers "documents to verify" "sia verify decl" "$document"
offers "key files" "sia sign --key allow" allowed_signers
offers "document languages" "sia profile --document-lang " fr en
offers "verdicts" "sia registry --verdict " ok conditions validation interdit
# Instant: the ids come from a line scan of the knowledge files, not the loaders.
start=$(date +%s%N); complete_line "sia train --exercise ex-" >/dev/null; elapsed=$((($(date +%s%N) - start) / 1000000))
echo "# completion of exercise ids: ${elapsed} ms (debug build)"

echo "package: $passed passed, $failed failed"
[ "$failed" = 0 ]
