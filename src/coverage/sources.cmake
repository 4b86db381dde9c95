# Sources of the coverage stage, relative to src/.
list(APPEND VNPLAN_SOURCES)
