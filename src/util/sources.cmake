list(APPEND VNPLAN_SOURCES util/buf.c util/arena.c util/ctx.c util/file.c util/vec.c util/strmap.c util/digest.c util/json_out.c util/spool.c util/json_tree.c util/alloc_failures.c util/civil_date.c)
list(APPEND VNPLAN_SOURCES util/memory.c)
