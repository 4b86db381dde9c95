# Sources of the output stage (report renderers), relative to src/.
list(APPEND VNPLAN_SOURCES output/coverage_render.c output/coverage_html.c output/labels.c output/labels_vi.c
     output/labels_en.c output/plan_table.c output/review_view.c output/out_json.c
     output/out_report.c output/out_csv.c output/coverage_csv.c)
# The workbooks (libxlsxwriter) are built into the CLI only (CMakeLists.txt),
# so that the library keeps its dependencies.
set(VNPLAN_XLSX_SOURCES output/xlsx_util.c output/coverage_xlsx.c output/plan_xlsx.c)
