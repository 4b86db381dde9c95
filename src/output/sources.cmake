# Sources of the output stage (report renderers), relative to src/.
list(APPEND VNPLAN_SOURCES output/coverage_render.c output/coverage_html.c)
