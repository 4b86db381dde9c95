/* Extraction pieces: timeframes, unit lists, criteria, and a whole small
 * plan given as text. */
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "extract/extract_internal.h"

static vnplan_rules *rules;
static ex e;

static void setup(void) {
    vnplan_ctx *ctx = vnplan_ctx_new();
    ck_assert_int_eq(vnplan_rules_load_default(ctx, &rules), VNPLAN_OK);
    vnplan_ctx_free(ctx);
    memset(&e, 0, sizeof e);
    e.rules = rules;
}

static void teardown(void) { vnplan_rules_free(rules); }

static void check_tf(const char *text, const char *kind, const char *start, const char *end) {
    json_t *tf = ex_timeframe(&e, text);
    ck_assert_msg(!strcmp(json_string_value(json_object_get(tf, "kind")), kind), "%s: kind %s, expected %s",
                  text, json_string_value(json_object_get(tf, "kind")), kind);
    json_t *s = json_object_get(tf, "start"), *en = json_object_get(tf, "end");
    if (start)
        ck_assert_str_eq(json_string_value(s), start);
    else
        ck_assert(json_is_null(s));
    if (end)
        ck_assert_str_eq(json_string_value(en), end);
    else
        ck_assert(json_is_null(en));
    json_decref(tf);
}

START_TEST(timeframes) {
    check_tf("Thường xuyên", "continuous", NULL, NULL);
    check_tf("Quý I/2026", "quarter", "2026-01-01", "2026-03-31");
    check_tf("quý IV năm 2025", "quarter", "2025-10-01", "2025-12-31");
    check_tf("trước quý III/2026", "before", NULL, "2026-06-30");
    check_tf("Trước quý I/2026", "before", NULL, "2025-12-31");
    check_tf("tháng 7/2026", "month", "2026-07-01", "2026-07-31");
    check_tf("Tháng 02/2028", "month", "2028-02-01", "2028-02-29");
    check_tf("Năm 2026", "year", "2026-01-01", "2026-12-31");
    check_tf("6 tháng đầu năm 2026", "during", "2026-01-01", "2026-06-30");
    check_tf("chậm nhất là ngày 31/12/2025", "before", NULL, "2025-12-31");
    check_tf("15/01/2026", "date", "2026-01-15", "2026-01-15");
    check_tf("Trong năm", "during", NULL, NULL);
    check_tf("khi có yêu cầu", "unknown", NULL, NULL);
    check_tf(NULL, "unknown", NULL, NULL);
}
END_TEST

static void check_units(const char *text, size_t n, const char *first, const char *last) {
    json_t *a = ex_split_units(&e, text);
    ck_assert_msg(json_array_size(a) == n, "%s: %zu units, expected %zu", text, json_array_size(a), n);
    ck_assert_str_eq(json_string_value(json_array_get(a, 0)), first);
    ck_assert_str_eq(json_string_value(json_array_get(a, n - 1)), last);
    json_decref(a);
}

START_TEST(unit_lists) {
    check_units("Các phòng CM, Trung tâm TT&DVĐN", 2, "Các phòng CM", "Trung tâm TT&DVĐN");
    check_units("Phòng HTQT-VP/Công chức tham mưu CCHC", 2, "Phòng HTQT-VP", "Công chức tham mưu CCHC");
    check_units("Trung tâm Thông tin và Dịch vụ đối ngoại", 1, "Trung tâm Thông tin và Dịch vụ đối ngoại",
                "Trung tâm Thông tin và Dịch vụ đối ngoại");
    check_units("Sở Nội vụ và Sở Tư pháp", 2, "Sở Nội vụ", "Sở Tư pháp");
    check_units("Các sở, ban, ngành; UBND các xã", 2, "Các sở, ban, ngành", "UBND các xã");
    check_units("Văn phòng UBND tỉnh; Sở Tư pháp;\nSở Tài chính.", 3, "Văn phòng UBND tỉnh", "Sở Tài chính");
    check_units("Theo phân công tại Quyết định số 112/QĐ-STP ngày 05/01/2026", 1,
                "Theo phân công tại Quyết định số 112/QĐ-STP ngày 05/01/2026",
                "Theo phân công tại Quyết định số 112/QĐ-STP ngày 05/01/2026");
    /* commas inside brackets, and commas followed by words that go on describing one body */
    check_units("Các doanh nghiệp (Công ty Điện lực, Viễn thông Lạng Sơn), Bưu điện tỉnh", 2,
                "Các doanh nghiệp (Công ty Điện lực, Viễn thông Lạng Sơn)", "Bưu điện tỉnh");
    check_units("Các cơ quan được giao tham mưu các lĩnh vực, tiêu chí CCHC", 1,
                "Các cơ quan được giao tham mưu các lĩnh vực, tiêu chí CCHC",
                "Các cơ quan được giao tham mưu các lĩnh vực, tiêu chí CCHC");
    check_units("Trung tâm Dữ liệu quốc gia, các bộ, ngành Trung ương", 2, "Trung tâm Dữ liệu quốc gia",
                "các bộ, ngành Trung ương");
}
END_TEST

START_TEST(criteria_with_scores) {
    json_t *c = ex_criteria(&e, "1.1. Đối với tiêu chí 1.5 Công tác tuyên truyền CCHC: Sở Ngoại vụ được 0.5/2 điểm.");
    ck_assert_ptr_nonnull(c);
    ck_assert_str_eq(json_string_value(json_object_get(c, "criterion")), "1.5");
    ck_assert(json_real_value(json_object_get(c, "score")) == 0.5);
    ck_assert(json_real_value(json_object_get(c, "max")) == 2.0);
    json_decref(c);
    ck_assert_ptr_null(ex_criteria(&e, "Không có tiêu chí nào ở đây"));
}
END_TEST

static json_t *extract_text(const char *text) {
    vnplan_ctx *ctx = vnplan_ctx_new();
    vnplan_document *doc;
    ck_assert_int_eq(vnplan_document_from_text(ctx, text, strlen(text), &doc), VNPLAN_OK);
    vnplan_plan *plan;
    ck_assert_int_eq(vnplan_extract(ctx, rules, doc, NULL, &plan), VNPLAN_OK);
    size_t len;
    char *s = vnplan_plan_to_json(plan, 0, &len);
    json_t *j = json_loads(s, 0, NULL);
    free(s);
    vnplan_plan_free(plan);
    vnplan_document_free(doc);
    vnplan_ctx_free(ctx);
    return j;
}

START_TEST(small_plan_as_text) {
    json_t *p = extract_text(
        "UBND TỈNH LẠNG SƠN\nSỞ TƯ PHÁP\nSố: 12/KH-STP\nLạng Sơn, ngày 5 tháng 3 năm 2026\n"
        "KẾ HOẠCH\nCải cách hành chính năm 2026\n"
        "Thực hiện Kế hoạch số 38/KH-UBND ngày 20/02/2026 của UBND tỉnh;\n"
        "I. NHIỆM VỤ\n1. Cải cách thủ tục hành chính (TTHC)\n"
        "a) Công bố TTHC đúng hạn.\nb) Rà soát TTHC.\nd) Số hoá hồ sơ.\nđ) Trả kết quả trực tuyến.\n"
        "2. Cải cách thể chế\n- Đơn vị chủ trì: Văn phòng Sở;\n- Thời gian thực hiện: Quý II/2026.\n"
        "Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn B\n");
    json_t *md = json_object_get(p, "metadata");
    ck_assert_str_eq(json_string_value(json_object_get(md, "number")), "12");
    ck_assert_str_eq(json_string_value(json_object_get(md, "symbol")), "KH-STP");
    ck_assert_str_eq(json_string_value(json_object_get(md, "issuer")), "SỞ TƯ PHÁP");
    ck_assert_str_eq(json_string_value(json_object_get(md, "parent_issuer")), "UBND TỈNH LẠNG SƠN");
    ck_assert_str_eq(json_string_value(json_object_get(md, "date")), "2026-03-05");
    ck_assert_str_eq(json_string_value(json_object_get(md, "doc_type")), "KẾ HOẠCH");
    ck_assert_str_eq(json_string_value(json_object_get(md, "title")), "Cải cách hành chính năm 2026");
    json_t *ref = json_array_get(json_object_get(md, "references"), 0);
    ck_assert_str_eq(json_string_value(json_object_get(ref, "number")), "38/KH-UBND");
    ck_assert_str_eq(json_string_value(json_object_get(ref, "date")), "2026-02-20");
    ck_assert_uint_eq(json_array_size(json_object_get(md, "recipients")), 2);
    ck_assert_str_eq(json_string_value(json_object_get(json_object_get(md, "signer"), "name")), "Nguyễn Văn B");
    json_t *s1 = json_array_get(json_object_get(p, "sections"), 0);
    ck_assert_str_eq(json_string_value(json_object_get(s1, "id")), "I");
    json_t *s11 = json_array_get(json_object_get(s1, "children"), 0);
    json_t *letters = json_object_get(s11, "children");
    ck_assert_uint_eq(json_array_size(letters), 4);
    ck_assert_str_eq(json_string_value(json_object_get(json_array_get(letters, 3), "id")), "I.1.đ");
    /* "b) ... d)" skips c: kept, with a warning. */
    json_t *w = json_object_get(p, "warnings");
    ck_assert_uint_eq(json_array_size(w), 1);
    ck_assert_ptr_nonnull(strstr(json_string_value(json_array_get(w, 0)), "I.1.d"));
    /* "2. Cải cách thể chế" with prose fields is one task with its lead and time. */
    json_t *tasks = json_object_get(p, "tasks");
    json_t *last = json_array_get(tasks, json_array_size(tasks) - 1);
    ck_assert_str_eq(json_string_value(json_object_get(last, "id")), "I.2");
    ck_assert_str_eq(json_string_value(json_array_get(json_object_get(last, "lead"), 0)), "Văn phòng Sở");
    ck_assert_str_eq(json_string_value(json_object_get(json_object_get(last, "timeframe"), "kind")), "quarter");
    json_t *abbr = json_array_get(json_object_get(p, "abbreviations"), 0);
    ck_assert_str_eq(json_string_value(json_object_get(abbr, "abbreviation")), "TTHC");
    ck_assert_str_eq(json_string_value(json_object_get(abbr, "expansion")), "thủ tục hành chính");
    json_decref(p);
}
END_TEST

static Suite *suite(void) {
    Suite *s = suite_create("extract_fields");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, timeframes);
    tcase_add_test(tc, unit_lists);
    tcase_add_test(tc, criteria_with_scores);
    tcase_add_test(tc, small_plan_as_text);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return vn_check_run(suite()); }
