#!/usr/bin/env bash
# Writes sia's man pages, one per subcommand, in English (OUT/en) and French (OUT/fr),
# with swift-argument-parser's generate-manual plugin, from the debug build (the help
# texts are the same in every configuration, and it avoids a second optimised build).
# The plugin reads `sia --experimental-dump-help`; run with a French LANG, sia puts every
# help text of that dump into French from its catalogue (HelpTranslation.frenchDump),
# so the French pages say what `sia … --help` says in French. The mdoc section names and
# the exit-status paragraph are the plugin's own English: they are set here, per language.
# Usage: generate-manuals.sh OUT
set -euo pipefail
out=$1
generated=.build/plugins/GenerateManual/outputs/sia
for lang in en fr; do
  case $lang in en) locale=en_GB.UTF-8 ;; fr) locale=fr_FR.UTF-8 ;; esac
  rm -rf "$generated"
  LANG=$locale LC_ALL= LC_MESSAGES= LANGUAGE= SIA_MANUAL_ASCII=1 \
    swift package plugin generate-manual --configuration debug --multi-page >/dev/null
  rm -rf "${out:?}/$lang"; mkdir -p "$out/$lang"
  cp "$generated"/*.1 "$out/$lang/"
  # The generator keeps only ASCII: sia wrote each other character <U+00E9>
  # (SIA_MANUAL_ASCII, HelpTranslation.asciiPlaceholders); groff reads \[u00E9].
  sed -i 's/<U+\([0-9A-F]\{4,6\}\)>/\\[u\1]/g' "$out/$lang"/*.1
done

# sia's exit statuses (Sources/SiaCLI/ExitStatus.swift) instead of mdoc's generic « exits
# 0 on success, and >0 if an error occurs »; verify and scan add their own in --help.
for page in "$out"/en/*.1; do
  sed -i -e 's/^\.Ex -std$/0: done; 1: something found to act on (lint errors, no answer, a refusal); 2: an input problem (a missing, unreadable or invalid file); 64: a usage error./' "$page"
done
for page in "$out"/fr/*.1; do
  sed -i \
    -e "s|^\.Dd .*|.Dd $(date -u +%d/%m/%Y)|" \
    -e 's/^\.Sh NAME$/.Sh NOM/' \
    -e 's/^\.Sh "EXIT STATUS"$/.Sh "CODE DE RETOUR"/' \
    -e 's/^\.Sh "SEE ALSO"$/.Sh "VOIR AUSSI"/' \
    -e 's/^\.Sh AUTHORS$/.Sh AUTEURS/' \
    -e 's/^\.Ex -std$/0 : termin\\[u00E9] ; 1 : quelque chose \\[u00E0] traiter (erreurs de lint, aucune r\\[u00E9]ponse, un refus) ; 2 : un probl\\[u00E8]me d\x27entr\\[u00E9]e (fichier absent, illisible ou invalide) ; 64 : une erreur d\x27utilisation./' \
    "$page"
done
