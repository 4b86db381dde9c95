/* Tables: grid columns, spans, vertical merges, header rows, nesting;
 * section orientation. */
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "docx_builder.h"

#define TC(props, text) "<w:tc><w:tcPr>" props "</w:tcPr><w:p><w:r><w:t>" text "</w:t></w:r></w:p></w:tc>"

static const char *cell_text(const vnplan_cell *c) {
    return c->n_blocks ? c->blocks[0].u.paragraph.text : "";
}

START_TEST(spans_and_vertical_merges) {
    vnplan_document *d = build_docx(
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        "<w:tr><w:trPr><w:tblHeader/></w:trPr>" TC("", "STT") TC("", "Nhiệm vụ") TC("", "Chủ trì") "</w:tr>"
        "<w:tr>" TC("", "I") TC("<w:gridSpan w:val=\"2\"/>", "NHÓM") "</w:tr>"
        "<w:tr>" TC("", "1") TC("", "a") TC("<w:vMerge w:val=\"restart\"/>", "Sở Nội vụ") "</w:tr>"
        "<w:tr>" TC("", "2") TC("", "b") TC("<w:vMerge/>", "") "</w:tr>"
        "<w:tr>" TC("", "3") TC("", "c") TC("<w:vMerge/>", "") "</w:tr></w:tbl>",
        NULL, NULL);
    const vnplan_block *b = content_at(d, 0);
    ck_assert_int_eq(b->kind, VNPLAN_BLOCK_TABLE);
    const vnplan_table *t = &b->u.table;
    ck_assert_uint_eq(t->n_rows, 5);
    ck_assert_uint_eq(t->n_cols, 3);
    ck_assert(t->rows[0].header);
    ck_assert(!t->rows[1].header);
    ck_assert_uint_eq(t->rows[1].n_cells, 2);
    ck_assert_uint_eq(t->rows[1].cells[1].grid_col, 1);
    ck_assert_uint_eq(t->rows[1].cells[1].grid_span, 2);
    const vnplan_cell *restart = &t->rows[2].cells[2];
    ck_assert_int_eq(restart->vmerge, VNPLAN_VMERGE_RESTART);
    ck_assert_uint_eq(restart->row_span, 3);
    ck_assert_ptr_eq(t->rows[3].cells[2].continues, restart);
    ck_assert_ptr_eq(t->rows[4].cells[2].continues, restart);
    ck_assert_str_eq(cell_text(t->rows[4].cells[2].continues), "Sở Nội vụ");
    vnplan_document_free(d);
}
END_TEST

START_TEST(continue_without_restart_continues_nothing) {
    vnplan_document *d = build_docx(
        "<w:tbl><w:tr>" TC("<w:vMerge/>", "x") "</w:tr><w:tr>" TC("<w:vMerge/>", "y") "</w:tr></w:tbl>",
        NULL, NULL);
    const vnplan_table *t = &content_at(d, 0)->u.table;
    ck_assert_ptr_null(t->rows[0].cells[0].continues);
    ck_assert_ptr_null(t->rows[1].cells[0].continues);
    vnplan_document_free(d);
}
END_TEST

START_TEST(grid_before_and_nested_tables) {
    vnplan_document *d = build_docx(
        "<w:tbl><w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>"
        "<w:tc><w:tbl><w:tr>" TC("", "trong") "</w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>",
        NULL, NULL);
    const vnplan_table *t = &content_at(d, 0)->u.table;
    ck_assert_uint_eq(t->rows[0].cells[0].grid_col, 1);
    const vnplan_block *inner = &t->rows[0].cells[0].blocks[0];
    ck_assert_int_eq(inner->kind, VNPLAN_BLOCK_TABLE);
    ck_assert_int_eq(inner->u.table.depth, 1);
    ck_assert_str_eq(cell_text(&inner->u.table.rows[0].cells[0]), "trong");
    vnplan_document_free(d);
}
END_TEST

START_TEST(sections_record_orientation) {
    vnplan_document *d = build_docx(
        "<w:p><w:r><w:t>dọc</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:pPr></w:p>"
        "<w:p><w:r><w:t>ngang</w:t></w:r></w:p>"
        "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/></w:sectPr>",
        NULL, NULL);
    ck_assert_uint_eq(d->n_blocks, 4);
    ck_assert_int_eq(d->blocks[1].kind, VNPLAN_BLOCK_SECTION_BREAK);
    ck_assert(!d->blocks[1].u.section.landscape);
    ck_assert_int_eq(d->blocks[3].kind, VNPLAN_BLOCK_SECTION_BREAK);
    ck_assert(d->blocks[3].u.section.landscape);
    size_t len;
    char *text = vnplan_document_to_text(d, &len);
    ck_assert_str_eq(text, "dọc\nngang\n");
    free(text);
    vnplan_document_free(d);
}
END_TEST

START_TEST(text_rendering_of_tables) {
    vnplan_document *d = build_docx(
        "<w:p><w:r><w:t>Trước</w:t></w:r></w:p>"
        "<w:tbl><w:tr>" TC("", "1") TC("<w:vMerge w:val=\"restart\"/>", "A") "</w:tr>"
        "<w:tr><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p><w:p><w:r><w:t>dòng</w:t></w:r></w:p></w:tc>"
        TC("<w:vMerge/>", "") "</w:tr></w:tbl>",
        NULL, NULL);
    size_t len;
    char *text = vnplan_document_to_text(d, &len);
    ck_assert_str_eq(text, "Trước\n\n1 | A\n2 dòng | \n");
    free(text);
    vnplan_document_free(d);
}
END_TEST

static Suite *suite(void) {
    Suite *s = suite_create("reader_tables");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, spans_and_vertical_merges);
    tcase_add_test(tc, continue_without_restart_continues_nothing);
    tcase_add_test(tc, grid_before_and_nested_tables);
    tcase_add_test(tc, sections_record_orientation);
    tcase_add_test(tc, text_rendering_of_tables);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return vn_check_run(suite()); }
