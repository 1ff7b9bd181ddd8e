#!/usr/bin/env bash
# Writes sia's man pages, one per subcommand, in English (OUT/en) and French (OUT/fr),
# with swift-argument-parser's generate-manual plugin, from the debug build (the help
# texts are the same in every configuration, and it avoids a second optimised build).
# The French pages are the help texts as the French interface shows them: the plugin
# runs sia with the language taken from LANG, as every command does.
# Usage: generate-manuals.sh OUT
set -euo pipefail
out=$1
generated=.build/plugins/GenerateManual/outputs/sia
for lang in en fr; do
  case $lang in en) locale=en_GB.UTF-8 ;; fr) locale=fr_FR.UTF-8 ;; esac
  rm -rf "$generated"
  LANG=$locale LC_ALL= LC_MESSAGES= LANGUAGE= \
    swift package plugin generate-manual --configuration debug --multi-page >/dev/null
  rm -rf "${out:?}/$lang"; mkdir -p "$out/$lang"
  cp "$generated"/*.1 "$out/$lang/"
done
