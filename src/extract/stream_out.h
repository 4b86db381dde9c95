/*
 * Extract's streaming output: the plan's JSON written as it is made, byte
 * for byte what vnplan_plan_write writes of the tree. Sections are written
 * as they open and close and tasks as they are flushed, into spools
 * (memory, then a temporary file), because the metadata before them in the
 * JSON is complete only at the end of the document; units keep only names
 * and task ids.
 */
#ifndef VN_STREAM_OUT_H
#define VN_STREAM_OUT_H

#include <stdio.h>

#include "extract/extract_internal.h"

ex_stream *ex_stream_new(bool pretty);
void ex_stream_free(ex_stream *s);

void ex_stream_section_body_done(ex *e, ex_frame *f);
void ex_stream_section_closed(ex *e, ex_frame *f);
/* Writes out and frees the tasks of `tasks` (appendix: the appendix tables')
 * but the last `keep`. False when out of memory. */
void ex_stream_tasks(ex *e, json_t *tasks, bool appendix, size_t keep);
/* Writes the whole plan to fp once every item was fed. */
vnplan_status ex_stream_write(ex *e, const vnplan_document *doc, const vnplan_source *source, FILE *fp);

#endif
