# Sources of the reader stage, relative to src/.
list(APPEND VNPLAN_SOURCES reader/document.c)
