# Sources of the extract stage, relative to src/.
list(APPEND VNPLAN_SOURCES)
