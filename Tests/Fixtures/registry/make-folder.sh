#!/usr/bin/env bash
# Builds a lab head's folder with every state the registry shows, from real `sia`
# commands (so it follows any change of the document format): approved, pending,
# refused, expiring soon, expired, exception requests (refused, pending), unknown
# signer, tampered, unsigned, broken approval, a training attestation, and files that
# are not sia documents. Declarations come from bare answers (the rules compute the
# verdict); the lab head approves from their own profile and key, checking declarants
# against the unit's allowed_signers, as `sia approve` requires. Usage: make-folder.sh DEST (run with `sia` on PATH, SIA_KNOWLEDGE set,
# SIA_NOW pinned — the transcripts do all three).
set -euo pipefail
dest=$1
here="$(cd "$(dirname "$0")" && pwd)"
people="$(mktemp -d)"
trap 'rm -rf "$people"' EXIT
mkdir -p "$dest/marie" "$dest/irene" "$dest/frederic" "$dest/divers"

as() { # as PERSON [SIA_NOW] -- sia ARGS…: runs sia with PERSON's own configuration
  local who=$1 now=$2; shift 3
  XDG_CONFIG_HOME="$people/$who" XDG_STATE_HOME="$people/$who/state" SIA_NOW="$now" sia "$@" > /dev/null
}
person() { # person ID NAME EMAIL
  as "$1" "$SIA_NOW" -- profile --name "$2" --email "$3" --unit "Laboratoire de radiobiologie" --unit-code U1234 \
    --lab-head "Paul Langevin" --lab-head-email paul.langevin@inserm.fr
  as "$1" "$SIA_NOW" -- keygen
}
person marie "Marie Curie" marie.curie@inserm.fr
person irene "Irène Joliot-Curie" irene.joliot@inserm.fr
person frederic "Frédéric Joliot" frederic.joliot@inserm.fr
# The lab head: his own profile names him head of U1234 (what his approvals record).
as paul "$SIA_NOW" -- profile --name "Paul Langevin" --email paul.langevin@inserm.fr \
  --unit "Laboratoire de radiobiologie" --unit-code U1234 --lab-head "Paul Langevin" --lab-head-email paul.langevin@inserm.fr
as paul "$SIA_NOW" -- keygen

# The unit's allowed signers: Marie and Irène for their documents, Paul for approvals
# (Frédéric's key is not listed).
key() { cut -d' ' -f1,2 "$people/$1/sia/id_ed25519.pub"; }
{
  echo "marie.curie@inserm.fr namespaces=\"sia-declaration,sia-training\" $(key marie)"
  echo "irene.joliot@inserm.fr namespaces=\"sia-declaration,sia-training\" $(key irene)"
  echo "paul.langevin@inserm.fr namespaces=\"sia-approval\" $(key paul)"
} > "$dest/allowed_signers"

declare_as() { # declare_as PERSON DAY FOLDER SLUG FIXTURE [EXTRA…]
  local who=$1 day=$2 folder=$3 slug=$4 fixture=$5; shift 5
  as "$who" "${day}T09:00:00Z" -- declare --answers "$here/$fixture" --accept-all --output "$dest/$folder" --slug "$slug" "$@"
}
# (approve warns on stderr that SIA_NOW pins the clock: expected here.)
approve_as() { as paul "$2T16:00:00Z" -- approve "$dest/$1" --allowed-signers "$dest/allowed_signers" "${@:3}" 2> /dev/null; }

# Marie: one approved use, one pending, and her training attestation.
declare_as marie 2026-10-02 marie chatgpt-bibliographie ../engine-bibliographie.yaml
approve_as marie/declaration-2026-10-02-chatgpt-bibliographie.md 2026-10-05 --comment "Conditions rappelées en réunion."
declare_as marie 2026-11-20 marie deepl-traduction traduction-ok.yaml

# Irène: approved and expiring within 30 days; expired; a contested exemption request, refused.
declare_as irene 2025-12-15 irene copilot-code code-conditions.yaml
approve_as irene/declaration-2025-12-15-copilot-code.md 2025-12-16
declare_as irene 2025-03-01 irene ancienne ../engine-bibliographie.yaml --validity-months 6
declare_as irene 2026-11-10 irene comptes-rendus sante-interdit.yaml \
  --justification "Comptes rendus pseudonymisés par le DPO avant tout envoi."
approve_as irene/derogation-2026-11-10-comptes-rendus.md 2026-11-12 --refuse --comment "Pas sur une plateforme publique."

# Marie: an exception request awaiting the lab head (the guide forbids the use).
declare_as marie 2026-11-26 marie dictee-consultations sante-interdit.yaml \
  --justification "Essai encadré par le DPO, données fictives seulement."

# Frédéric: signed with a key the unit's allowed_signers does not list.
declare_as frederic 2026-11-25 frederic copilot code-conditions.yaml

# A declaration edited after signing, one never signed, one whose approval was edited.
declare_as marie 2026-09-15 divers modifiee ../engine-bibliographie.yaml
sed -i 's/"validUntil":"[0-9-]*"/"validUntil":"2029-12-31"/' "$dest/divers/declaration-2026-09-15-modifiee.md"
declare_as marie 2026-11-28 divers brouillon traduction-ok.yaml --no-sign
declare_as irene 2026-08-20 divers approbation-modifiee ../engine-bibliographie.yaml
approve_as divers/declaration-2026-08-20-approbation-modifiee.md 2026-08-21
sed -i 's/^comment: .*/comment: approuvée sans réserve/' "$dest/divers/declaration-2026-08-20-approbation-modifiee.md.approval"

# Marie's training attestation, earned with `sia train` (the trainer's answer key for
# series 42 gives the right answers, whatever the exercises are today).
SIA_NOW=2026-06-12T10:00:00Z sia train --seed 42 --answer-key | sed -n 's/^ *\(Réponse\|Answer\) : //p' | tr -d ' ' > "$people/key.txt"
as marie 2026-06-12T10:00:00Z -- train --seed 42 < "$people/key.txt"
cp "$people/marie/state/sia/training/attestations/attestation-formation-2026-06-12.md"* "$dest/marie/"

# Files that are not sia documents: skipped without being read.
printf '# Notes de réunion\n' > "$dest/divers/notes.md"
printf 'a,b\n1,2\n' > "$dest/divers/tableau.csv"
