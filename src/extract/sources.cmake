# Sources of the extract stage, relative to src/.
list(APPEND VNPLAN_SOURCES extract/extract_util.c extract/metadata.c extract/sections.c
     extract/appendix.c extract/columns.c extract/fields.c extract/timeframe.c extract/plan.c extract/flat_table.c
     extract/feed.c extract/block_copy.c extract/stream_out.c)
