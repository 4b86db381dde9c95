/* The streaming reader (reader/block_stream.h): the blocks it delivers,
 * concatenated, are the whole-document model; tables come in chunks with
 * the right flags; vertical merges reach across chunks; errors are those of
 * the whole-document reader. */
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "docx_builder.h"
#include "reader/block_stream.h"
#include "reader/text_render.h"
#include "util/buf.h"
#include "util/file.h"

#define TC(props, text) "<w:tc><w:tcPr>" props "</w:tcPr><w:p><w:r><w:t>" text "</w:t></w:r></w:p></w:tc>"

/* --- packages --- */

static const char *numbering_xml =
    "<?xml version=\"1.0\"?><w:numbering " W_NS "><w:abstractNum w:abstractNumId=\"0\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.\"/></w:lvl>"
    "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";

/* A package with `body` in <w:body>, a numbering part and, when given, a
 * footnotes part; its bytes (malloc'ed) in *len. */
static char *package(const char *body, const char *footnotes, size_t *len) {
    char *xml = build_document_xml(body);
    char *data = build_docx_package(xml, NULL, numbering_xml, footnotes, len);
    free(xml);
    return data;
}

/* --- the model as text, for comparing the two readers --- */

static void ser_blocks(vn_buf *b, const vnplan_block *blocks, size_t n);

static void ser_cell_text(vn_buf *b, const vnplan_cell *c) {
    if (!c) {
        vn_buf_puts(b, "(none)");
        return;
    }
    for (size_t i = 0; i < c->n_blocks; i++)
        if (c->blocks[i].kind == VNPLAN_BLOCK_PARAGRAPH)
            vn_buf_printf(b, "[%s]", c->blocks[i].u.paragraph.text);
}

static void ser_paragraph(vn_buf *b, const vnplan_paragraph *p) {
    vn_buf_printf(b, "P %s|%s|%s|%s|ol%d n%d/%d f%d b%d i%d lead%zu a%d pb%d|", p->label ? p->label : "-",
                  p->text, p->style_id ? p->style_id : "-", p->style_name ? p->style_name : "-",
                  p->outline_level, p->num_id, p->num_level, (int)p->num_format, p->bold_all,
                  p->italic_all, p->bold_lead_len, (int)p->align, p->page_break_before);
    ck_assert_uint_eq(strlen(p->text), p->text_len);
    for (size_t i = 0; i < p->n_legacy_spans; i++)
        vn_buf_printf(b, "%zu-%zu:%s,", p->legacy_spans[i].start, p->legacy_spans[i].end,
                      p->legacy_spans[i].font);
    vn_buf_putc(b, '\n');
}

/* The rows of a table. row_span is left out at the top level, where the
 * stream knows it only at the end (checked apart, see merges below). */
static void ser_rows(vn_buf *b, const vnplan_table *t) {
    for (size_t r = 0; r < t->n_rows; r++) {
        vn_buf_printf(b, "R%d\n", t->rows[r].header);
        for (size_t c = 0; c < t->rows[r].n_cells; c++) {
            const vnplan_cell *cell = &t->rows[r].cells[c];
            vn_buf_printf(b, "C %zu+%zu v%d", cell->grid_col, cell->grid_span, (int)cell->vmerge);
            if (t->depth > 0)
                vn_buf_printf(b, " rs%zu", cell->row_span);
            if (cell->vmerge == VNPLAN_VMERGE_CONTINUE) {
                vn_buf_puts(b, " -> ");
                ser_cell_text(b, cell->continues);
            }
            vn_buf_putc(b, '\n');
            ser_blocks(b, cell->blocks, cell->n_blocks);
        }
    }
}

static void ser_table_end(vn_buf *b, const vnplan_table *t) {
    vn_buf_printf(b, "T cols%zu depth%d\n", t->n_cols, t->depth);
}

static void ser_block(vn_buf *b, const vnplan_block *blk) {
    switch (blk->kind) {
    case VNPLAN_BLOCK_PARAGRAPH: ser_paragraph(b, &blk->u.paragraph); break;
    case VNPLAN_BLOCK_TABLE:
        ser_rows(b, &blk->u.table);
        ser_table_end(b, &blk->u.table);
        break;
    case VNPLAN_BLOCK_SECTION_BREAK:
        vn_buf_printf(b, "S %d %ld %ld\n", blk->u.section.landscape, blk->u.section.page_width,
                      blk->u.section.page_height);
        break;
    }
}

static void ser_blocks(vn_buf *b, const vnplan_block *blocks, size_t n) {
    for (size_t i = 0; i < n; i++)
        ser_block(b, &blocks[i]);
}

/* The row_span of every top-level restart cell, in document order. */
static void whole_spans(vn_buf *b, const vnplan_document *d) {
    for (size_t i = 0; i < d->n_blocks; i++) {
        if (d->blocks[i].kind != VNPLAN_BLOCK_TABLE)
            continue;
        const vnplan_table *t = &d->blocks[i].u.table;
        for (size_t r = 0; r < t->n_rows; r++)
            for (size_t c = 0; c < t->rows[r].n_cells; c++)
                if (t->rows[r].cells[c].vmerge == VNPLAN_VMERGE_RESTART)
                    vn_buf_printf(b, "%zu,", t->rows[r].cells[c].row_span);
    }
}

/* --- the collecting sink --- */

typedef struct restart {
    const vnplan_cell *cell;  /* valid while a later row can continue it */
    size_t span;              /* 1 + the continuing cells seen so far */
} restart;

typedef struct collector {
    vn_buf model, text;
    vn_text_renderer r;
    size_t blocks, chunks_of_table, rows_of_table, last_cols;
    bool in_table;            /* the previous call had more == true */
    restart *restarts;        /* every top-level restart cell, in order */
    size_t n_restarts, cap;
    size_t stop_after;        /* return VNPLAN_EINVAL at this block (0: never) */
} collector;

static restart *find_restart(collector *c, const vnplan_cell *cell) {
    /* The latest with that address: a freed chunk's memory can be reused. */
    for (size_t i = c->n_restarts; i-- > 0;)
        if (c->restarts[i].cell == cell)
            return &c->restarts[i];
    return NULL;
}

static vnplan_status collect(void *ud, const vnplan_block *b, bool cont, bool more) {
    collector *c = ud;
    c->blocks++;
    if (c->stop_after && c->blocks == c->stop_after)
        return VNPLAN_EINVAL;
    vn_text_render_block(&c->r, &c->text, b);
    /* Flags: only tables continue, and a chunk follows one that said more. */
    ck_assert_int_eq(cont, c->in_table);
    if (b->kind != VNPLAN_BLOCK_TABLE) {
        ck_assert(!more);
        ser_block(&c->model, b);
        return VNPLAN_OK;
    }
    const vnplan_table *t = &b->u.table;
    ck_assert_int_eq(t->depth, 0);
    if (!cont)
        c->chunks_of_table = c->rows_of_table = c->last_cols = 0;
    c->chunks_of_table++;
    c->rows_of_table += t->n_rows;
    if (more || cont)
        ck_assert_uint_gt(t->n_rows, 0);   /* a chunk is never empty */
    if (more)
        ck_assert_uint_eq(t->n_rows, VN_STREAM_TABLE_ROWS);
    ck_assert_uint_ge(t->n_cols, c->last_cols);
    c->last_cols = t->n_cols;
    c->in_table = more;
    ser_rows(&c->model, t);
    if (!more)
        ser_table_end(&c->model, t);
    /* Merges: new restarts recorded, continuations counted on theirs. */
    for (size_t r = 0; r < t->n_rows; r++)
        for (size_t k = 0; k < t->rows[r].n_cells; k++) {
            const vnplan_cell *cell = &t->rows[r].cells[k];
            if (cell->vmerge == VNPLAN_VMERGE_RESTART) {
                if (c->n_restarts == c->cap) {
                    c->cap = c->cap ? 2 * c->cap : 64;
                    c->restarts = realloc(c->restarts, c->cap * sizeof *c->restarts);
                }
                c->restarts[c->n_restarts++] = (restart){cell, 1};
            } else if (cell->vmerge == VNPLAN_VMERGE_CONTINUE && cell->continues) {
                restart *rs = find_restart(c, cell->continues);
                ck_assert_ptr_nonnull(rs);
                rs->span++;
            }
        }
    /* row_span counts the rows delivered so far, through this chunk. */
    for (size_t r = 0; r < t->n_rows; r++)
        for (size_t k = 0; k < t->rows[r].n_cells; k++) {
            const vnplan_cell *cell = &t->rows[r].cells[k];
            const vnplan_cell *start = cell->vmerge == VNPLAN_VMERGE_CONTINUE ? cell->continues
                                     : cell->vmerge == VNPLAN_VMERGE_RESTART ? cell : NULL;
            if (start)
                ck_assert_uint_eq(start->row_span, find_restart(c, start)->span);
        }
    return VNPLAN_OK;
}

static void collector_init(collector *c) {
    memset(c, 0, sizeof *c);
    vn_text_render_begin(&c->r);
}

static void collector_free(collector *c) {
    vn_buf_free(&c->model);
    vn_buf_free(&c->text);
    free(c->restarts);
}

/* Reads data both ways and compares; returns the number of blocks streamed. */
static size_t check_same(const char *data, size_t len, const char *name) {
    vnplan_ctx *ctx = vnplan_ctx_new();
    vnplan_document *whole = NULL, *streamed = NULL;
    vnplan_status st = vnplan_document_open_memory(ctx, data, len, name, &whole);
    vn_buf want_err = VN_BUF_INIT;
    vn_buf_puts(&want_err, vnplan_ctx_error(ctx)->message);
    vnplan_ctx_clear_error(ctx);
    collector c;
    collector_init(&c);
    vn_block_sink sink = {&c, collect};
    vnplan_status st2 = vn_document_stream_memory(ctx, data, len, name, &sink, &streamed);
    ck_assert_int_eq(st2, st);
    ck_assert_str_eq(vnplan_ctx_error(ctx)->message, vn_buf_cstr(&want_err));
    size_t n = c.blocks;
    if (st == VNPLAN_OK) {
        ck_assert(!c.in_table);
        vn_buf want = VN_BUF_INIT, spans = VN_BUF_INIT, got_spans = VN_BUF_INIT;
        ser_blocks(&want, whole->blocks, whole->n_blocks);
        ck_assert_msg(!strcmp(vn_buf_cstr(&want), vn_buf_cstr(&c.model)), "%s: the streamed model differs", name);
        whole_spans(&spans, whole);
        for (size_t i = 0; i < c.n_restarts; i++)
            vn_buf_printf(&got_spans, "%zu,", c.restarts[i].span);
        ck_assert_str_eq(vn_buf_cstr(&got_spans), vn_buf_cstr(&spans));
        size_t tlen;
        char *text = vnplan_document_to_text(whole, &tlen);
        ck_assert_msg(tlen == c.text.len && !memcmp(text, vn_buf_cstr(&c.text), tlen), "%s: text differs", name);
        free(text);
        ck_assert_ptr_null(streamed->blocks);
        ck_assert_uint_eq(streamed->n_blocks, 0);
        ck_assert_uint_eq(streamed->n_footnotes, 0);
        ck_assert_str_eq(streamed->format, whole->format);
        ck_assert_uint_eq(streamed->invalid_utf8, whole->invalid_utf8);
        ck_assert_uint_eq(streamed->n_warnings, whole->n_warnings);
        for (size_t i = 0; i < whole->n_warnings; i++)
            ck_assert_str_eq(streamed->warnings[i], whole->warnings[i]);
        vn_buf_free(&want);
        vn_buf_free(&spans);
        vn_buf_free(&got_spans);
    } else {
        ck_assert_ptr_null(streamed);
    }
    vnplan_document_free(whole);
    vnplan_document_free(streamed);
    collector_free(&c);
    vn_buf_free(&want_err);
    vnplan_ctx_free(ctx);
    return n;
}

/* --- a body with long tables --- */

/* A table of `rows` rows: a grid of 3 columns, widened to 4 by the rows
 * from row 10 on, and a header row. Column 0 is one merge from row 1 to the
 * end (unless `pairs`, then merges of two rows: 255-256 and 511-512 across
 * the boundaries, each replaced by a restart right after); column 1
 * restarts every 100 rows (so merges cross the chunk boundaries at 256 and
 * 512, and the slot moves on in the next chunk); column 2 restarts at 250
 * and runs to 270; row 300 has a nested table (with a merge of its own) in
 * column 2. Without the long merge no slot keeps an early chunk alive:
 * only the continuing cells of the later chunk do. */
static void long_table_of(vn_buf *b, size_t rows, const char *tag, bool pairs) {
    vn_buf_puts(b, "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>");
    for (size_t r = 0; r < rows; r++) {
        vn_buf_puts(b, "<w:tr>");
        if (r == 0)
            vn_buf_puts(b, "<w:trPr><w:tblHeader/></w:trPr>");
        if (r == 0)
            vn_buf_printf(b, TC("", "%s STT"), tag);
        else if (pairs && r % 2)
            vn_buf_printf(b, TC("<w:vMerge w:val=\"restart\"/>", "%s cặp %zu"), tag, r);
        else if (r == 1)
            vn_buf_printf(b, TC("<w:vMerge w:val=\"restart\"/>", "%s nhóm"), tag);
        else
            vn_buf_puts(b, TC("<w:vMerge/>", ""));
        if (r % 100 == 0)
            vn_buf_printf(b, TC("<w:vMerge w:val=\"restart\"/>", "%s đơn vị %zu"), tag, r);
        else
            vn_buf_puts(b, TC("<w:vMerge/>", ""));
        if (r == 250)
            vn_buf_printf(b, TC("<w:vMerge w:val=\"restart\"/>", "%s quý %zu"), tag, r);
        else if (r > 250 && r <= 270)
            vn_buf_puts(b, TC("<w:vMerge/>", ""));
        else if (r == 300)
            vn_buf_puts(b, "<w:tc><w:tbl><w:tr>" TC("<w:vMerge w:val=\"restart\"/>", "trong") "</w:tr><w:tr>"
                           TC("<w:vMerge/>", "") "</w:tr></w:tbl><w:p/></w:tc>");
        else
            vn_buf_printf(b, TC("", "%s việc %zu"), tag, r);
        if (r >= 10)   /* a fourth column the grid does not have: n_cols grows */
            vn_buf_printf(b, TC("", "%zu"), r);
        vn_buf_puts(b, "</w:tr>");
    }
    vn_buf_puts(b, "</w:tbl>");
}

static void long_table(vn_buf *b, size_t rows, const char *tag) { long_table_of(b, rows, tag, false); }

static void numbered(vn_buf *b, int lvl, const char *text) {
    vn_buf_printf(b, "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"%d\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
                  "<w:r><w:t>%s</w:t></w:r></w:p>", lvl, text);
}

/* Tables of 600, 512, 256 and 257 rows between numbered paragraphs, a text
 * box, a deleted paragraph mark, a section break. */
static char *long_tables_body(void) {
    vn_buf b = VN_BUF_INIT;
    numbered(&b, 0, "MỤC ĐÍCH");
    numbered(&b, 1, "Mục đích");
    long_table(&b, 600, "A");
    numbered(&b, 1, "Yêu cầu");
    vn_buf_puts(&b, "<w:p><w:r><w:t>neo</w:t></w:r><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>hộp</w:t>"
                    "</w:r></w:p></w:txbxContent></w:pict></w:r></w:p>");
    long_table(&b, 512, "B");
    long_table(&b, 256, "C");
    vn_buf_puts(&b, "<w:p><w:pPr><w:rPr><w:del w:id=\"1\"/></w:rPr></w:pPr><w:r><w:t>nối </w:t></w:r></w:p>"
                    "<w:p><w:r><w:t>tiếp</w:t></w:r></w:p>"
                    "<w:p><w:pPr><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:pPr></w:p>");
    long_table(&b, 257, "D");
    long_table_of(&b, 600, "E", true);
    numbered(&b, 0, "NHIỆM VỤ");
    vn_buf_puts(&b, "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/></w:sectPr>");
    return vn_buf_detach(&b, NULL);
}

START_TEST(long_tables_come_in_chunks) {
    char *body = long_tables_body();
    size_t len;
    char *data = package(body, NULL, &len);
    size_t n = check_same(data, len, "long.docx");
    /* 6 paragraphs, the text box's, 2 section breaks; chunks of 600, 512, 256, 257, 600 rows */
    ck_assert_uint_eq(n, 6 + 1 + 2 + 3 + 2 + 1 + 2 + 3);
    free(data);
    free(body);
}
END_TEST

START_TEST(chunk_flags_and_sizes) {
    char *body = long_tables_body();
    size_t len;
    char *data = package(body, NULL, &len);
    /* Stop in the middle of table A: the stream returns the callback's status. */
    collector c;
    collector_init(&c);
    c.stop_after = 4;   /* two paragraphs, two chunks of A */
    vn_block_sink sink = {&c, collect};
    vnplan_ctx *ctx = vnplan_ctx_new();
    vnplan_document *d = (vnplan_document *)1;
    ck_assert_int_eq(vn_document_stream_memory(ctx, data, len, "long.docx", &sink, &d), VNPLAN_EINVAL);
    ck_assert_ptr_null(d);
    ck_assert_uint_eq(c.blocks, 4);
    ck_assert_uint_eq(c.rows_of_table, VN_STREAM_TABLE_ROWS);
    collector_free(&c);
    /* Without `out`, the document is freed inside. */
    collector_init(&c);
    ck_assert_int_eq(vn_document_stream_memory(ctx, data, len, "long.docx", &sink, NULL), VNPLAN_OK);
    ck_assert_uint_eq(c.rows_of_table, 600);   /* the last table, E */
    ck_assert_uint_eq(c.chunks_of_table, 3);
    ck_assert_uint_eq(c.last_cols, 4);
    collector_free(&c);
    vnplan_ctx_free(ctx);
    free(data);
    free(body);
}
END_TEST

/* Errors after chunks went out: the same error as the whole reader. */
START_TEST(errors_after_chunks_are_the_whole_readers) {
    char *body = long_tables_body();
    size_t len;
    /* Broken XML in table B, after A's chunks. */
    char *at = strstr(body, "B việc 400");
    ck_assert_ptr_nonnull(at);
    vn_buf broken = VN_BUF_INIT;
    vn_buf_append(&broken, body, (size_t)(at - body));
    vn_buf_puts(&broken, "</w:tc>");
    vn_buf_puts(&broken, at);
    char *data = package(vn_buf_cstr(&broken), NULL, &len);
    ck_assert_uint_ge(check_same(data, len, "broken.docx"), 5);
    free(data);
    /* A broken footnotes part fails the stream too, after the whole body. */
    data = package(body, "<w:footnotes " W_NS "><w:footnote w:id=\"1\"><w:p>", &len);
    check_same(data, len, "notes.docx");
    free(data);
    /* The table-cells limit counts the rows of every chunk. */
    data = package(body, NULL, &len);
    vnplan_ctx *ctx = vnplan_ctx_new();
    vnplan_limit(ctx, VNPLAN_LIMIT_TABLE_CELLS, 1500);
    vnplan_document *whole;
    ck_assert_int_eq(vnplan_document_open_memory(ctx, data, len, "x", &whole), VNPLAN_ELIMIT);
    vn_buf msg = VN_BUF_INIT;
    vn_buf_puts(&msg, vnplan_ctx_error(ctx)->message);
    long line = vnplan_ctx_error(ctx)->line;
    vnplan_ctx_clear_error(ctx);
    collector c;
    collector_init(&c);
    vn_block_sink sink = {&c, collect};
    ck_assert_int_eq(vn_document_stream_memory(ctx, data, len, "x", &sink, NULL), VNPLAN_ELIMIT);
    ck_assert_str_eq(vnplan_ctx_error(ctx)->message, vn_buf_cstr(&msg));
    ck_assert_int_eq(vnplan_ctx_error(ctx)->line, line);
    ck_assert_uint_eq(c.blocks, 2 + 1);   /* one chunk of A (256 x 4 cells) went out */
    collector_free(&c);
    vn_buf_free(&msg);
    vnplan_ctx_free(ctx);
    free(data);
    vn_buf_free(&broken);
    free(body);
}
END_TEST

/* A paragraph right in w:tbl (invalid) completes while a chunked table is
 * open: after the first chunk it is held back and comes after the table. */
START_TEST(stray_paragraph_in_a_chunked_table) {
    vn_buf b = VN_BUF_INIT;
    long_table(&b, 300, "A");
    char *at = strstr(b.data, "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p><w:r><w:t></w:t></w:r></w:p></w:tc>"
                              "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p><w:r><w:t></w:t></w:r></w:p></w:tc>"
                              "<w:tc><w:tcPr></w:tcPr><w:p><w:r><w:t>A việc 299");
    ck_assert_ptr_nonnull(at);
    vn_buf body = VN_BUF_INIT;
    vn_buf_append(&body, b.data, (size_t)(at - b.data));
    vn_buf_puts(&body, "<w:p><w:r><w:t>lạc</w:t></w:r></w:p>");
    vn_buf_puts(&body, at);
    size_t len;
    char *data = package(vn_buf_cstr(&body), NULL, &len);
    collector c;
    collector_init(&c);
    vn_block_sink sink = {&c, collect};
    vnplan_ctx *ctx = vnplan_ctx_new();
    ck_assert_int_eq(vn_document_stream_memory(ctx, data, len, "stray.docx", &sink, NULL), VNPLAN_OK);
    /* chunk, chunk, the paragraph, the final section break */
    ck_assert_uint_eq(c.blocks, 4);
    const char *tail = strstr(c.model.data, "T cols4 depth0\nP -|lạc|");
    ck_assert_ptr_nonnull(tail);
    collector_free(&c);
    vnplan_ctx_free(ctx);
    free(data);
    vn_buf_free(&body);
    vn_buf_free(&b);
}
END_TEST

/* Every sample and corpus package: the stream is the whole model. */
static size_t check_glob(const char *dir, const char *pattern) {
    if (!dir)
        return 0;
    char pat[1024];
    snprintf(pat, sizeof pat, "%s/%s", dir, pattern);
    glob_t g;
    size_t n = 0;
    if (glob(pat, 0, NULL, &g) != 0)
        return 0;
    vnplan_ctx *ctx = vnplan_ctx_new();
    for (size_t i = 0; i < g.gl_pathc; i++) {
        char *data;
        size_t len;
        ck_assert_int_eq(vn_read_file(ctx, g.gl_pathv[i], (size_t)1 << 30, &data, &len), VNPLAN_OK);
        check_same(data, len, g.gl_pathv[i]);
        free(data);
        n++;
    }
    vnplan_ctx_free(ctx);
    globfree(&g);
    return n;
}

START_TEST(samples_and_corpus_stream_as_read_whole) {
    size_t n = check_glob(getenv("VNPLAN_SOURCE_DIR"), "samples/*.docx");
    ck_assert_uint_ge(n, 1);
    check_glob(getenv("VNPLAN_SHARED_DIR"), "corpus/*/*.docx");
    check_glob(getenv("VNPLAN_SHARED_DIR"), "corpus/docx/*/*.docx");
}
END_TEST

static Suite *suite(void) {
    Suite *s = suite_create("reader_stream");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, long_tables_come_in_chunks);
    tcase_add_test(tc, chunk_flags_and_sizes);
    tcase_add_test(tc, errors_after_chunks_are_the_whole_readers);
    tcase_add_test(tc, stray_paragraph_in_a_chunked_table);
    tcase_add_test(tc, samples_and_corpus_stream_as_read_whole);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return vn_check_run(suite()); }
