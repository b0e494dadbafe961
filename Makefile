# licite — two commands matter: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
AT := 2026-12-01T10:30:00+01:00
DEMO := var/demo
CHANNELS := email sms automated_call fax phone_call postal_mail

.PHONY: install run test lint check docs bench clean

$(STAMP): requirements.lock pyproject.toml setup.py src/licite/scrub/_kernels.c src/licite/scrub/_hmac.c src/licite/scrub/_split.c src/licite/scrub/_arrow_strings.h \
		src/licite/detectors/_tokens.c
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=23"
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

## run: install, then the whole pipeline on the bundled sample data with an SQLite store
run: install
	rm -rf $(DEMO) && mkdir -p $(DEMO)
	$(BIN)/licite db upgrade --db $(DEMO)/licite.db
	$(BIN)/licite import contacts samples/contacts.csv --db $(DEMO)/licite.db --rejects $(DEMO)/import-rejected.csv
	@echo; echo "=== collecting from the sample sites, served on 127.0.0.1 (docs/collect.md) ==="
	$(BIN)/python samples/sites/server.py --out $(DEMO)/sources.toml -- sh samples/sites/collect.sh $(BIN) $(DEMO)
	@echo; echo "=== the ledger: consents with their proof, an objection (kept as a keyed hash) ==="
	$(BIN)/licite consent import samples/consents.csv --db $(DEMO)/licite.db --rejects $(DEMO)/consents-rejected.csv
	$(BIN)/licite object --email alain.aubert32@example.com --channel email --origin email --at $(AT) --db $(DEMO)/licite.db
	$(BIN)/licite consent export --email benoit.lambert18@example.com --profile samples/controller.toml --out $(DEMO)/receipts.kantara.json --db $(DEMO)/licite.db
	@echo; echo "=== opposition lists, stored as keyed hashes, then the sample file scrubbed against them ==="
	$(BIN)/licite lists import samples/lists/suppression.csv --db $(DEMO)/licite.db
	$(BIN)/licite lists import samples/lists/bloctel-result.csv --format bloctel --name bloctel \
		--checked-at 2026-11-20T09:00:00+01:00 --db $(DEMO)/licite.db
	$(BIN)/licite lists import samples/lists/brevo-blocklist.csv --format brevo --db $(DEMO)/licite.db
	$(BIN)/licite lists import samples/lists/sirene-stock.csv --format sirene --db $(DEMO)/licite.db
	$(BIN)/licite lists show --db $(DEMO)/licite.db
	$(BIN)/licite scrub samples/contacts.csv --against type:suppression --against type:bloctel \
		--against type:blocklist --against type:sirene --db $(DEMO)/licite.db \
		--out $(DEMO)/scrubbed --spreadsheet-safe
	@for channel in $(CHANNELS); do \
		echo; echo "=== campaign: $$channel (at $(AT)) ==="; \
		$(BIN)/licite check --from-store --db $(DEMO)/licite.db --campaign samples/campaigns/$$channel.json \
			--at $(AT) --out $(DEMO)/$$channel --lang fr || exit $$?; \
	done
	@echo; echo "=== art. 14 notices due, rendered naming each contact's source; the audit trail ==="
	$(BIN)/licite notices due --at $(AT) --db $(DEMO)/licite.db | tail -1
	$(BIN)/licite notices render --due --profile samples/controller.toml --out $(DEMO)/notices --at $(AT) --lang fr --db $(DEMO)/licite.db
	$(BIN)/licite purge --dry-run --at $(AT) --db $(DEMO)/licite.db
	$(BIN)/licite audit verify --db $(DEMO)/licite.db
	$(BIN)/licite audit export --out $(DEMO)/audit.jsonl --db $(DEMO)/licite.db
	@echo; echo "=== the same file checked directly (bad rows go to rejected.csv) ==="
	$(BIN)/licite check samples/contacts.csv --campaign samples/campaigns/email.json --at $(AT) --out $(DEMO)/email-from-file
	@echo; echo "=== free text screened for data that must not be held (GDPR art. 9/10, NIR) ==="
	$(BIN)/licite scan samples/contacts.csv --columns attr.ad_title,attr.notes,attr.job_title --format table
	$(BIN)/licite redact samples/contacts.csv --columns attr.ad_title,attr.notes --out $(DEMO)/contacts.redacted.csv
	@echo; echo "=== single decisions (the examples of the decision format) ==="
	$(BIN)/licite decide samples/requests.jsonl
	@echo; echo "Results are in $(DEMO)/<channel>/ (allowed.csv, refused.csv, rejected.csv, summary.json);"
	@echo "the redacted copy of the sample is $(DEMO)/contacts.redacted.csv; the scrubbed file is"
	@echo "in $(DEMO)/scrubbed/ (clean.csv, excluded.csv, rejected.csv, summary.json);"
	@echo "art. 14 notices are in $(DEMO)/notices/, consent receipts in $(DEMO)/receipts.kantara.json."

## lint: ruff, mypy (strict) and the layer contract
lint: install
	$(BIN)/ruff check src tests benchmarks samples setup.py
	$(BIN)/ruff format --check src tests benchmarks samples setup.py
	$(BIN)/mypy
	$(BIN)/lint-imports

## test: install, lint, then every test; then the detectors' tests again on the build that
## `pip install .` makes of them (compiled with mypyc, see setup.py)
test: lint
	$(BIN)/pytest -n 2 --dist loadfile -p no:cacheprovider
	$(MAKE) test-compiled

## test-explore: the property tests (Hypothesis) with new random examples on each run, where
## `make test` draws the same ones every time
.PHONY: test-explore
test-explore: install
	LICITE_HYPOTHESIS_PROFILE=explore $(BIN)/pytest -n 2 --dist loadfile -p no:cacheprovider \
		$$(grep -rl --include='test_*.py' '^from hypothesis' tests)

## test-compiled: the wheel `pip install .` installs (detectors compiled with mypyc where a C
## compiler is), unpacked in build/compiled, and the detector and scan tests run on it
COMPILED := build/compiled
COMPILED_TESTS := tests/detectors tests/test_detect_corpus.py tests/test_scan_cli.py tests/test_packaging.py
.PHONY: test-compiled compiled
compiled: install
	rm -rf build
	$(BIN)/python -m pip wheel --quiet --no-deps --no-build-isolation -w build/wheels .
	$(BIN)/python -m zipfile -e build/wheels/licite-*.whl $(COMPILED)
test-compiled: compiled
	LICITE_EXPECT_COMPILED=1 PYTHONPATH=$(COMPILED) $(BIN)/pytest -n 2 --dist loadfile \
		-p no:cacheprovider $(COMPILED_TESTS)

## docs: regenerate the rule table and CLI reference (tests fail when they are stale)
docs: install
	$(BIN)/python -m licite.docs

## bench: the 1-million-row check benchmark (see benchmarks/README.md)
bench: install
	$(BIN)/python benchmarks/check.py --count 1000000

## bench-detect: detectors' precision/recall on the labelled corpus and speed, against Presidio:
## first as `pip install .` builds them (compiled with mypyc), then as a development install runs
## them (Python, the token loops in C), then all in Python (no C compiler), identical findings
.PHONY: bench-detect
bench-detect: compiled
	$(BIN)/python -m pip install --quiet -r benchmarks/requirements-detect.lock
	mkdir -p var
	@echo "=== the detectors as pip install . builds them (compiled with mypyc) ==="
	PYTHONPATH=$(COMPILED) $(BIN)/python benchmarks/detect.py --json var/bench-detect.json \
		--dump var/findings-compiled.jsonl
	@for corpus in benchmarks/detect_corpus/holdout*.jsonl; do \
		echo; echo "=== independent hold-out: $$corpus ==="; \
		PYTHONPATH=$(COMPILED) $(BIN)/python benchmarks/detect.py --no-presidio --corpus $$corpus \
			--synthetic 0 --seconds 0.2 | grep -E "art. 9/10 \(micro|Hard negatives with" || exit $$?; \
	done
	@echo; echo "=== the same detectors in Python, their token loops in C (a development install) ==="
	$(BIN)/python benchmarks/detect.py --no-presidio --json var/bench-detect-python.json \
		--dump var/findings-python.jsonl
	cmp var/findings-python.jsonl var/findings-compiled.jsonl && echo "compiled findings identical"
	@echo; echo "=== all in Python (a machine with no C compiler: LICITE_DETECT_KERNEL=0) ==="
	LICITE_DETECT_KERNEL=0 $(BIN)/python benchmarks/detect.py --no-presidio --synthetic 3000 \
		--json var/bench-detect-python-only.json --dump var/findings-python-only.jsonl
	cmp var/findings-python.jsonl var/findings-python-only.jsonl && echo "findings identical without the C loops"

## train-classifier: fit the art. 9/10 classifier on the writers' corpora (scikit-learn, installed
## apart in var/train-deps), report it against held-out writers, write its weights
.PHONY: train-classifier
train-classifier: install
	$(BIN)/python -m pip install --quiet --no-deps --upgrade --target var/train-deps \
		-r benchmarks/requirements-train.lock
	PYTHONPATH=var/train-deps $(BIN)/python benchmarks/train_classifier.py --evaluate --write

## bench-scrub: scrub 1M contacts against a 10M-number list, against naive pandas and the floor
.PHONY: bench-scrub
bench-scrub: install
	$(BIN)/python -m pip install --quiet --no-deps --upgrade --target var/bench-naive \
		-r benchmarks/requirements-scrub.lock
	$(BIN)/python benchmarks/scrub.py --count 1000000 --list-size 10000000 --repeat 3

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
