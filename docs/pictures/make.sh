#!/usr/bin/env bash
# Makes the README's pictures from the real `gov`: a repository with the
# README's annual cycle and one meeting on file, drawn by
# `gov calendar --format svg`, and the README's plans and change requests,
# drawn by `gov roadmap --format svg`; rendered to PNG by rsvg-convert
# (Debian's librsvg2-bin). Dates are fixed (GOV_TODAY), so the pictures change only
# when gov's drawing does.
#
# usage: docs/pictures/make.sh [path/to/gov]   (default: a release build)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
GOV=${1:-}
if [ -z "$GOV" ]; then
  cargo build --release -q --bin gov
  GOV=${CARGO_TARGET_DIR:-$ROOT/target}/release/gov
fi
command -v rsvg-convert >/dev/null || { echo "make.sh: rsvg-convert is needed (apt-get install librsvg2-bin)" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
REPO=$WORK/styring
mkdir -p "$REPO/meetings"
cd "$REPO"
git init -q -b main
"$GOV" init --lang da >/dev/null
cat >> gov.yaml <<'YAML'
bodies:
  styregruppe:
    label: { da: Styregruppen, en: Steering committee }
  koordinationsgruppe:
    label: { da: Koordinationsgruppen, en: Coordination group }
cycle:
  events:
    styregruppe:
      title: { da: Styregruppemøde, en: Steering committee meeting }
      body: styregruppe
      rule: 1. torsdag            # "Afholdes 1. torsdag i måneden"
      every: 2 måneder
      from: 2026-02-01
      start: "13:00"
      end: "14:30"
      place: Virtuel
      exceptions:
        - skip: 2026-08-06        # sommerferie
        - moved: 2026-12-03
          to: 2026-12-10
    koordinering:
      title: { da: Koordinationsgruppemøde, en: Coordination group meeting }
      body: koordinationsgruppe
      rule: second tuesday
      every: kvartal
      start: "09:00"
      end: "10:00"
    medlemsmoede:
      title: { da: Medlemsmøde, en: Members' meeting }
      rule: sidste fredag i november
  skip: [2026-04-02]              # skærtorsdag
roadmap:
  releases:
    "2.5.0": 2. halvår 2027
YAML
printf -- '---\nid: MTG-0001\ntitle: Styregruppemøde juni\nstatus: Afholdt\ndate: 2026-06-09\nbody: styregruppe\nplace: Sønderborg Rådhus\n---\n# Styregruppemøde juni\n' \
  > meetings/MTG-0001-styregruppemoede-juni.md

record() { printf -- "---\n$2---\n" > "$1"; }
record plans/PLAN-0001-strategi.md 'id: PLAN-0001\ntitle: Strategi 2026-2027\ntype: strategy\nstatus: Godkendt\nperiod: 2026-2027\n'
record plans/PLAN-0002-klient.md 'id: PLAN-0002\ntitle: Ny klient til Ubuntu 24.04\ntype: roadmap\nstatus: Aktiv\ntarget: 1. halvår 2027\n'
record plans/PLAN-0003-vision.md 'id: PLAN-0003\ntitle: Vision 2030\ntype: vision\nstatus: Udkast\n'
record backlog/CR-0001-printer.md 'id: CR-0001\ntitle: Printerdrivere\nstatus: Leveret\ntarget_release: 2.4.0\n'
record backlog/CR-0002-kiosk.md 'id: CR-0002\ntitle: Kiosk-tilstand\nstatus: Planlagt\ntarget_release: 2.5.0\n'
record backlog/CR-0003-sso.md 'id: CR-0003\ntitle: Single sign-on med MitID Erhverv\nstatus: I gang\ntarget: Q2 2027\n'
record backlog/CR-0004-openssl.md 'id: CR-0004\ntitle: Opdater OpenSSL\nstatus: Godkendt\ntarget: snart\n'
git add -A
export GIT_AUTHOR_NAME=gov GIT_AUTHOR_EMAIL=gov@example.invalid GIT_COMMITTER_NAME=gov GIT_COMMITTER_EMAIL=gov@example.invalid
GIT_AUTHOR_DATE=2026-10-15T12:00:00+02:00 GIT_COMMITTER_DATE=2026-10-15T12:00:00+02:00 git commit -q -m "Records"
GIT_COMMITTER_DATE=2026-10-15T12:00:00+02:00 git tag -a v2.4.0 -m v2.4.0

for lang in da en; do
  GOV_TODAY=2026-11-28 "$GOV" --lang "$lang" calendar --format svg > "$WORK/aarshjul-$lang.svg"
  rsvg-convert -o "$ROOT/docs/pictures/aarshjul-$lang.png" "$WORK/aarshjul-$lang.svg"
  echo "docs/pictures/aarshjul-$lang.png"
  GOV_TODAY=2026-11-28 "$GOV" --lang "$lang" roadmap --format svg > "$WORK/roadmap-$lang.svg"
  rsvg-convert -o "$ROOT/docs/pictures/roadmap-$lang.png" "$WORK/roadmap-$lang.svg"
  echo "docs/pictures/roadmap-$lang.png"
done
