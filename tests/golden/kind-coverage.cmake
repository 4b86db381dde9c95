# The coverage report (text table) of the provincial sample against every
# sample (itself included: every task covered by itself). Reviewed task by
# task in docs/coverage.md.
vnplan_golden_kind(coverage coverage --format text samples/ubnd-2026-par-sipas.docx)
