vnplan_golden_kind(json extract --pretty)
