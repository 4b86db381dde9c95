/* Task tables as Word writes them, in a small plan built here: a table in
 * the body with an implementer column and an empty lead cell, an appendix
 * table with a merged two-row header, a column-number row, a header
 * repeated on a new page without being marked, the rest of it in a table of
 * its own after a page break, an unknown column; and the
 * header of a body that is not a people's committee (the layouts). */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "check_main.h"
#include "reader/docx_builder.h"
#include "vnplan/vnplan.h"

#define P(text) "<w:p><w:r><w:t xml:space=\"preserve\">" text "</w:t></w:r></w:p>"
#define PB(text) "<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>" text "</w:t></w:r></w:p>"
#define TC(props, text) "<w:tc><w:tcPr>" props "</w:tcPr>" P(text) "</w:tc>"
#define TC0(text) TC("", text)
#define RESTART "<w:vMerge w:val=\"restart\"/>"
#define CONT "<w:vMerge/>"
#define SPAN(n) "<w:gridSpan w:val=\"" #n "\"/>"
#define GRID(n) "<w:tblGrid>" n "</w:tblGrid>"
#define COL "<w:gridCol/>"

/* The appendix header: row 1 with a cell over two columns, row 2 under it. */
#define HEAD1 "<w:tr>" TC(RESTART, "STT") TC(RESTART, "Nhiệm vụ") TC(SPAN(2), "Cơ quan thực hiện") \
    TC(RESTART, "Thời hạn hoàn thành/Tiến độ") TC(RESTART, "Kinh phí") "</w:tr>"
#define HEAD2 "<w:tr>" TC(CONT, "") TC(CONT, "") TC0("Sở, ngành chủ trì tham mưu") \
    TC0("Cơ quan, đơn vị phối hợp thực hiện") TC(CONT, "") TC(CONT, "") "</w:tr>"

/* The plan in pieces (C11 promises string literals of 4095 bytes only). */
static const char *const body[] = {
    P("CÔNG AN TỈNH LÀO CAI") PB("PHÒNG CẢNH SÁT") PB("PHÒNG CHÁY, CHỮA CHÁY") P("Số:      /KH-PC07")
    P("Lào Cai, ngày      tháng 6 năm 2026") P("KẾ HOẠCH") P("Kiểm tra an toàn phòng cháy năm 2026")
    P("Căn cứ văn bản số 540/ĐĐQG-VP ngày 23/02/2024 của Đội Quản lý;")
    P("I. NHIỆM VỤ") P("1. Kiểm tra cơ sở"),
    "<w:tbl>" GRID(COL COL COL COL COL)
    "<w:tr>" TC0("TT") TC0("Nội dung") TC0("Chủ trì") TC0("Thực hiện") TC0("Thời gian") "</w:tr>"
    "<w:tr>" TC0("1") TC0("Kiểm tra các chợ") TC0("") TC0("Đội 1") TC0("Quí I") "</w:tr>"
    "<w:tr>" TC0("2") TC0("Kiểm tra các trường học") TC0("Đội 2") TC0("Đội 3") TC0("Trước 10/5") "</w:tr>"
    "</w:tbl>"
    P("Nơi nhận:") P("- Công an tỉnh;") P("- Lưu: VT.") P("KT. TRƯỞNG PHÒNG") P("PHÓ TRƯỞNG PHÒNG")
    P("Nguyễn Văn C") P("PHỤ LỤC"),
    "<w:tbl>" GRID(COL COL COL COL COL COL) HEAD1 HEAD2
    "<w:tr>" TC0("(1)") TC0("(2)") TC0("(3)") TC0("(4)") TC0("(5)") TC0("(6)") "</w:tr>"
    "<w:tr>" TC0("I") TC(SPAN(5), "KIỂM TRA") "</w:tr>",
    "<w:tr>" TC0("1") TC0("Kiểm tra nhà cao tầng") TC0("Đội 1") TC0("Sở Xây dựng, UBND các phường") TC0("Quý II/2026")
    TC0("10 triệu") "</w:tr>"
    HEAD1 HEAD2,   /* the header again at the top of the next page */
    "<w:tr>" TC0("2") TC0("Kiểm tra kho xăng dầu") TC0("Đội 2") TC0("") TC0("Tháng 8-9/2026") TC0("") "</w:tr>"
    "</w:tbl>",
    /* the same table split at a page break: the rest in a table of its own, without a header */
    "<w:p/><w:tbl>" GRID(COL COL COL COL COL COL)
    "<w:tr>" TC0("3") TC0("Kiểm tra chợ đầu mối") TC0("Đội 3") TC0("") TC0("Quý IV/2026") TC0("") "</w:tr>"
    "</w:tbl>"};

static json_t *plan;

static void setup(void) {
    vnplan_ctx *ctx = vnplan_ctx_new();
    vnplan_rules *rules;
    ck_assert_int_eq(vnplan_rules_load_default(ctx, &rules), VNPLAN_OK);
    size_t n = 0;
    for (size_t i = 0; i < sizeof body / sizeof body[0]; i++)
        n += strlen(body[i]);
    char *xml = calloc(n + 1, 1);
    ck_assert_ptr_nonnull(xml);
    for (size_t i = 0; i < sizeof body / sizeof body[0]; i++)
        strcat(xml, body[i]);
    vnplan_document *doc = build_docx(xml, NULL, NULL);
    free(xml);
    vnplan_plan *p;
    ck_assert_int_eq(vnplan_extract(ctx, rules, doc, NULL, &p), VNPLAN_OK);
    size_t len;
    char *s = vnplan_plan_to_json(p, 0, &len);
    plan = json_loads(s, 0, NULL);
    ck_assert_ptr_nonnull(plan);
    free(s);
    vnplan_plan_free(p);
    vnplan_document_free(doc);
    vnplan_rules_free(rules);
    vnplan_ctx_free(ctx);
}

static void teardown(void) { json_decref(plan); }

static json_t *task(const char *id) {
    size_t i;
    json_t *t;
    json_array_foreach(json_object_get(plan, "tasks"), i, t) if (!strcmp(json_string_value(json_object_get(t, "id")), id))
        return t;
    ck_abort_msg("no task %s", id);
    return NULL;
}

static const char *str(const json_t *o, const char *key) { return json_string_value(json_object_get(o, key)); }

static void check_units(const json_t *t, const char *field, const char *first, size_t n) {
    const json_t *a = json_object_get(t, field);
    ck_assert_msg(json_array_size(a) == n, "%s: %zu %s, expected %zu", str(t, "id"), json_array_size(a), field, n);
    if (n)
        ck_assert_str_eq(json_string_value(json_array_get(a, 0)), first);
}

START_TEST(body_table_belongs_to_its_section) {
    json_t *t = task("I.1/1.1");
    ck_assert_str_eq(str(t, "origin"), "appendix");
    ck_assert_str_eq(str(t, "text"), "Kiểm tra các chợ");
    ck_assert_str_eq(str(t, "area"), "Kiểm tra cơ sở");
    check_units(t, "lead", NULL, 0);
    check_units(t, "implementer", "Đội 1", 1);
    /* "Quí I": the old spelling, and the plan's year */
    ck_assert_str_eq(str(json_object_get(t, "timeframe"), "start"), "2026-01-01");
    t = task("I.1/1.2");
    check_units(t, "lead", "Đội 2", 1);
    check_units(t, "implementer", "Đội 3", 1);
    ck_assert_str_eq(str(json_object_get(t, "timeframe"), "end"), "2026-05-10");
    /* units[] lists what each implements */
    size_t i;
    json_t *u;
    bool found = false;
    json_array_foreach(json_object_get(plan, "units"), i, u) if (!strcmp(str(u, "name"), "Đội 3")) {
        found = true;
        ck_assert_str_eq(json_string_value(json_array_get(json_object_get(u, "implements"), 0)), "I.1/1.2");
    }
    ck_assert(found);
}
END_TEST

START_TEST(appendix_table_with_two_header_rows) {
    /* the header repeated is no task: two rows of the appendix table */
    size_t i, rows = 0;
    json_t *t;
    json_array_foreach(json_object_get(plan, "tasks"), i, t) rows += !strncmp(str(t, "id"), "PL", 2);
    ck_assert_uint_eq(rows, 3);
    t = task("PL1.I.1");
    ck_assert_str_eq(str(t, "text"), "Kiểm tra nhà cao tầng");
    ck_assert_str_eq(str(t, "area"), "KIỂM TRA");
    check_units(t, "lead", "Đội 1", 1);
    check_units(t, "support", "Sở Xây dựng", 2);
    ck_assert_str_eq(str(json_object_get(t, "timeframe"), "end"), "2026-06-30");
    ck_assert_str_eq(str(json_object_get(t, "extra"), "Kinh phí"), "10 triệu");
    t = task("PL1.I.2");
    ck_assert_str_eq(str(json_object_get(t, "timeframe"), "start"), "2026-08-01");
    ck_assert_str_eq(str(json_object_get(t, "timeframe"), "end"), "2026-09-30");
    /* the rest of the table after the page break: the same group, numbering and columns */
    t = task("PL1.I.3");
    ck_assert_str_eq(str(t, "area"), "KIỂM TRA");
    check_units(t, "lead", "Đội 3", 1);
    ck_assert_str_eq(str(json_object_get(t, "timeframe"), "start"), "2026-10-01");
    /* the column no role claims is named once */
    json_t *w = json_object_get(plan, "warnings");
    int named = 0;
    json_array_foreach(w, i, t) named += strstr(json_string_value(t), "\"Kinh phí\"") != NULL;
    ck_assert_int_eq(named, 1);
}
END_TEST

START_TEST(header_of_a_police_unit) {
    json_t *md = json_object_get(plan, "metadata");
    ck_assert(json_is_null(json_object_get(md, "number")));
    ck_assert_str_eq(str(md, "symbol"), "KH-PC07");
    /* bold: the issuer over two lines; plain: its parent */
    ck_assert_str_eq(str(md, "issuer"), "PHÒNG CẢNH SÁT PHÒNG CHÁY, CHỮA CHÁY");
    ck_assert_str_eq(str(md, "parent_issuer"), "CÔNG AN TỈNH LÀO CAI");
    ck_assert_str_eq(str(md, "date"), "2026-06");
    ck_assert_str_eq(str(md, "place"), "Lào Cai");
    json_t *ref = json_array_get(json_object_get(md, "references"), 0);
    ck_assert_str_eq(str(ref, "number"), "540/ĐĐQG-VP");
    ck_assert_str_eq(str(ref, "date"), "2024-02-23");
    ck_assert_str_eq(str(json_object_get(md, "signer"), "deputy"), "KT. TRƯỞNG PHÒNG");
    ck_assert_str_eq(str(json_object_get(md, "signer"), "name"), "Nguyễn Văn C");
}
END_TEST

static Suite *suite(void) {
    Suite *s = suite_create("task_tables");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, body_table_belongs_to_its_section);
    tcase_add_test(tc, appendix_table_with_two_header_rows);
    tcase_add_test(tc, header_of_a_police_unit);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return vn_check_run(suite()); }
