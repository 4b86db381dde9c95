# Sources of the output stage, relative to src/.
list(APPEND VNPLAN_SOURCES)
