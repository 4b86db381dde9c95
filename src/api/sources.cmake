list(APPEND VNPLAN_SOURCES api/plan_model.c)
list(APPEND VNPLAN_SOURCES api/json_path.c api/coverage_model.c)
