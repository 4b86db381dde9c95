list(APPEND VNPLAN_SOURCES api/plan_model.c)
