#!/bin/sh
# The demo's collection, run by server.py while the sample sites are served:
# review each source's terms (the directory's forbid reuse), load a suppression list, then collect.
# Usage: sh samples/sites/collect.sh BIN DEMO   (BIN: the venv's bin folder, DEMO: output folder)
set -e
BIN=$1
DEMO=$2
review() {
	"$BIN/licite" source review "$1" --sources "$DEMO/sources.toml" --verdict "$2" \
		--reviewer "Juriste Démo" --db "$DEMO/licite.db" --allow-private --lang fr
}
review "Annonces Démo — bonnes affaires" allows
review "Annuaire Démo des artisans" forbids
review "Démo Industries — site de l'entreprise" allows
# One advertiser of the ads site objected earlier: their number is on the firm's suppression
# list (stored as a keyed hash), so the collector skips them.
"$BIN/licite" lists import samples/sites/suppression.csv --name suppression-demo --type suppression \
	--db "$DEMO/licite.db"
"$BIN/licite" collect "$DEMO/sources.toml" --db "$DEMO/licite.db" --allow-private --delay 0.1 --lang fr
