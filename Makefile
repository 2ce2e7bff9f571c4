# askfoi: `make run` starts the app, `make test` runs the whole test suite.
# Both set up .venv first, from nothing but python3 (3.11+).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench eval screenshot clean setup knowledge browser-check fuzz harvest authorities eval-loo combiner-cv model unit-roles reply-model reply-pretune

# sp61: askfoi's modules compiled to bytecode first (quick when nothing changed): where PYTHONDONTWRITEBYTECODE is
# set, each start otherwise compiled ~130 modules from source (about 2 s before the first screen could answer)
run: $(STAMP)
	@$(BIN)/python -m compileall -q askfoi > /dev/null || true
	$(BIN)/askfoi $(ARGS)

# On every core (pytest-xdist); PYTEST_ARGS="-n 0" runs it in one process.
test: $(STAMP)
	$(BIN)/python -m pytest -n auto $(PYTEST_ARGS)

# The property tests (tests/test_fuzz.py) with many more examples than `make test` tries;
# FUZZ_EXAMPLES sets how many per test (default 2000). The counts tried are printed at the end.
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q -p no:randomly tests/test_fuzz.py $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python bench/run.py

eval: $(STAMP)
	$(BIN)/python bench/eval.py
	@# fr12: how real letters are cut into parts (tuning half and held-out half side by side; held-out texts never printed)
	$(BIN)/python bench/cut_audit.py
	@# fr13a: parts pointing at the story ("they", "there", "that road"): left with no finding, written out, asked for
	$(BIN)/python bench/reference_audit.py
	@# fr13c: questions lost (to remarks, inside another part, cut off) per 100 question-like clauses of the tuning texts
	$(BIN)/python bench/lost_audit.py
	@# fr14b: kept parts that are not a contiguous run of the person's words; parts per message, zero-part messages
	$(BIN)/python bench/kept_audit.py
	@# ck12: findings per 100 parts by kind, and those whose words stand in no part of the letter (held-out totals only)
	$(BIN)/python bench/findings_audit.py
	@# Whole request texts as people write them (kept outside the repository): when ASKFOI_REAL_REQUESTS names the file
	@if [ -n "$$ASKFOI_REAL_REQUESTS" ] && [ -f "$$ASKFOI_REAL_REQUESTS" ]; then $(BIN)/python bench/eval_real_requests.py; fi
	@# fc58: the NCND warning on real police request texts, tuning and report splits (labels in tests/data/fc58_requests.jsonl,
	@# texts outside the repository in the folder ASKFOI_POLICE_TEXTS names; without it: "not available")
	$(BIN)/python bench/eval_police_texts.py
	@# fc61: the report set of request texts quoted by ICO / Scottish Commissioner / tribunal decisions (texts outside the repo)
	$(BIN)/python bench/eval_police_texts.py --set fc61
	@# fc64: session 50's report set of request texts (tuning from session 51)
	$(BIN)/python bench/eval_police_texts.py --set fc64
	@# fc67: session 51's report set of request texts (read once on main, once on the merged code; tuning from session 52)
	$(BIN)/python bench/eval_police_texts.py --set fc67
	@# fc70: session 52's report set of request texts (read once in session 52; tuning from session 53)
	$(BIN)/python bench/eval_police_texts.py --set fc70
	@# fc73: session 53's report set of VERBATIM request texts (read once on main, once on the final code)
	$(BIN)/python bench/eval_police_texts.py --set fc73
	@# rd41: fresh real replies whose texts stay outside the repository (fresh41 ...): when ASKFOI_FRESH_REPLIES names them
	@if [ -n "$$ASKFOI_FRESH_REPLIES" ]; then $(BIN)/python bench/eval_fresh_replies.py; fi
	@# lead46: the similar responses listed beside the forecast: on the asked record's topic (tuning sample, held-out half)
	$(BIN)/python bench/listing_relevance.py --tuning 400
	@# lead39: subject lines of the in-repository message sets that name no topic or are cut off
	$(BIN)/python bench/subject_lines.py
	@# What each unit of a text is (askfoi/unit_roles.py): measured again where ASKFOI_UNIT_TEXTS names the labelled texts
	$(BIN)/python bench/train_unit_roles.py --report
	@# rd12: the learnt reply outcome, each tuned split left out in turn, rules alone vs rules + model
	$(BIN)/python bench/train_reply_model.py --report
	@# rd24: each real reply set (fresh10 ...) left out in turn, read by the reader main had before anyone tuned on it
	@# (bench/data/reply_pretune.json): the figure that predicts a new set, rules alone vs rules + model
	OMP_NUM_THREADS=1 $(BIN)/python bench/eval_reply_loso.py

# The unit-role model (knowledge/unit_roles_model.json) from hand-labelled units of real texts kept outside the
# repository (ASKFOI_UNIT_TEXTS): settings by cross-validation on holdouts 5-11, holdouts 12-13 only reported
unit-roles: $(STAMP)
	$(BIN)/python bench/train_unit_roles.py

# The learnt reply outcome (knowledge/reply_model.json) over the reply reader's own signals: the regularisation and
# the override threshold chosen by leaving one tuned split out at a time; the held-out splits are never read (rd12)
reply-model: $(STAMP)
	$(BIN)/python bench/train_reply_model.py

# Each real reply set read by the reader main had before any round tuned on it (git archive; needs /work/freshN)
reply-pretune: $(STAMP)
	$(BIN)/python bench/build_reply_pretune.py

# The learnt outcome forecast (knowledge/forecast_model.json) from the pack: settings by cross-validation
# on the tuning records (grouped by authority); the records dated on or after the fixed cut (bench/train_model.py
# HELD_OUT_FROM, about the newest 20% when it was fixed) never read.
model: $(STAMP)
	$(BIN)/python bench/train_model.py
	$(BIN)/python bench/request_size.py --write

eval-loo: $(STAMP)
	$(BIN)/python bench/eval_loo.py

# A learnt combiner of the reply reader's decisions, by grouped cross-validation on the tuning replies (rd4; not shipped)
combiner-cv: $(STAMP)
	$(BIN)/python bench/train_combiner.py

screenshot: $(STAMP)
	$(BIN)/python bench/screenshot.py

# askfoi --serve in headless Chromium (Debian's package, installed when missing): types a first
# message, saves docs/browser.png and fails if the page asks for anything beyond 127.0.0.1.
browser-check: $(STAMP)
	$(BIN)/python bench/browser_check.py

setup: $(STAMP)

# Rebuild knowledge/responses from ../shared with the importer itself (sorted, stable output).
# The data is committed; run this only when ../shared changes. ASKFOI_DATA_DIR points nowhere so
# a user's own imports never leak into the shipped pack.
SHARED ?= ../shared
PACK := knowledge/responses
ESSEX_LOG := https://www.essex.police.uk/foi-ai/essex-police/other-information/previous-foi-requests
KB_IMPORT := ASKFOI_DATA_DIR=$(CURDIR)/$(VENV)/no-user-data $(BIN)/askfoi kb import
knowledge: $(STAMP)
	for src in knowledge/sources/*.jsonl; do rm -f $(PACK)/$$(basename $$src); done
	@# The shared collection's files, when this checkout has them (else the committed files stay)
	if [ -f $(SHARED)/data/published_responses.jsonl ]; then \
	rm -f $(PACK)/essex_disclosure_log.jsonl $(PACK)/published_responses.jsonl $(PACK)/wdtk_childrens_social_care.jsonl; \
	$(KB_IMPORT) --format disclosure-log --into $(PACK)/essex_disclosure_log.jsonl \
		--source-url $(ESSEX_LOG)/body-worn-video-bwv-cameras-with-facial-recognition-technology/ \
		$(SHARED)/seeds/000_6400aced550ccce0.txt && \
	$(KB_IMPORT) --format disclosure-log --into $(PACK)/essex_disclosure_log.jsonl \
		--source-url $(ESSEX_LOG)/advanced-cctv---products-and-contracts/ \
		$(SHARED)/seeds/002_d32977970b450db8.txt && \
	$(KB_IMPORT) --format jsonl --into $(PACK)/published_responses.jsonl $(SHARED)/data/published_responses.jsonl && \
	$(KB_IMPORT) --format wdtk-csv --into $(PACK)/wdtk_childrens_social_care.jsonl \
		$(SHARED)/data/wdtk_childrens_social_care_requests.csv && \
	cp $(SHARED)/data/LICENSE-foi-csc-scrape-tool.txt $(PACK)/LICENSE-foi-csc-scrape-tool.txt; fi
	@# Every source file in knowledge/sources/NAME.jsonl becomes knowledge/responses/NAME.jsonl (first file
	@# wins a duplicate address; the shared files above win over all of them)
	for src in knowledge/sources/*.jsonl; do \
		$(KB_IMPORT) --format jsonl --into $(PACK)/$$(basename $$src) $$src || exit 1; done
	$(BIN)/askfoi kb ncnd-stats --write

# knowledge/authorities_publicbodies.jsonl from the local copy of the datasets/publicbodies GB list (MIT).
# A local copy of datasets/publicbodies data/gb.csv (MIT; not kept in this repository).
PUBLICBODIES_CSV ?= $(SHARED)/data/publicbodies_gb.csv
authorities: $(STAMP)
	$(BIN)/python bench/publicbodies.py --csv $(PUBLICBODIES_CSV)

# Copy the harvesters' records (HARVEST folder) into knowledge/sources/harvest_NAME.jsonl, then rebuild.
HARVEST ?= /work/harvest
harvest: $(STAMP)
	$(BIN)/python bench/harvest_sources.py --from $(HARVEST)
	$(MAKE) knowledge
	$(MAKE) model

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("askfoi needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m compileall -q askfoi > /dev/null || true
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
