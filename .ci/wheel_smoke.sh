#!/usr/bin/env bash
# Build the wheel, install it in a fresh venv and run every command from it, outside the source tree.
# Usage: .ci/wheel_smoke.sh [SEEDS_DIR]   (default ../shared/seeds: the lookups below ask for the seeds' models)
set -euo pipefail
unset PYTHONPATH  # the source tree on the path makes pip count the wheel as installed, and `kg` would not be the wheel's
root="$(cd "$(dirname "$0")/.." && pwd)"
seeds="${1:-$root/../shared/seeds}"
if [ ! -d "$seeds" ]; then
  echo "wheel smoke: no seed listings at $seeds; CI runs with ../shared beside the project (or give SEEDS_DIR)" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 -m pip wheel -q --no-deps -w "$work/dist" "$root"
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q --upgrade pip
"$work/venv/bin/python" -m pip install -q "$(ls "$work"/dist/paper_kg-*.whl)[png]"

cd "$work"  # not the source tree: everything must come from the installed wheel
kg() { "$work/venv/bin/kg" "$@"; }
set -x
kg --version
kg query --list | head -n 4
kg build "$seeds"/*.txt --store store
kg build "$seeds"/*.txt --store store --add | head -n 1
kg stats --store store
kg lineage GSPMD --store store
kg lineage-path GSPMD GPipe --store store
kg coauthors "Yanping Huang" --store store | head -n 5
kg collaboration --top 3 --store store | head -n 8
kg authors --check "Yanping Huang" --store store | head -n 5
kg query lineage -p name=gspmd --store store
kg cypher "MATCH (m:Model) RETURN count(m) AS models" --store store
kg export --format node-link -o graph.json --store store
kg viz --store store -o graph.html
kg viz --view lineage --focus GSPMD --store store -o lineage.html
echo "We present GLaM, which outperforms GPT-3 on SuperGLUE." | kg extract -
test -s graph.html && test -s lineage.html && test -s graph.json
