/* The plan read API (vnplan/plan_model.h): every accessor against the
 * values of the golden plans (the .json files of tests/golden/, the reviewed output of
 * samples/), and NULL/out-of-range behaviour. */
#include <check.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "vnplan/vnplan.h"

static vnplan_ctx *ctx;

static void setup(void) { ctx = vnplan_ctx_new(); }
static void teardown(void) { vnplan_ctx_free(ctx); }

static json_t *golden_json(const char *name) {
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/golden/%s.json", getenv("VNPLAN_SOURCE_DIR"), name);
    json_error_t err;
    json_t *root = json_load_file(path, 0, &err);
    ck_assert_msg(root != NULL, "%s: %s", path, err.text);
    return root;
}

static vnplan_plan *plan_of_json(json_t *root) {
    char *text = json_dumps(root, 0);
    vnplan_plan *plan = NULL;
    ck_assert_int_eq(vnplan_plan_from_json(ctx, text, strlen(text), &plan), VNPLAN_OK);
    free(text);
    json_decref(root);
    return plan;
}

static vnplan_plan *golden(const char *name) { return plan_of_json(golden_json(name)); }

START_TEST(metadata_and_source) {
    vnplan_plan *p = golden("sngv-2024-par-sipas-papi");
    ck_assert_str_eq(vnplan_plan_metadata(p, "doc_type"), "KẾ HOẠCH");
    ck_assert_str_eq(vnplan_plan_metadata(p, "number"), "31");
    ck_assert_str_eq(vnplan_plan_metadata(p, "symbol"), "KH-SNgV");
    ck_assert_str_eq(vnplan_plan_metadata(p, "issuer"), "SỞ NGOẠI VỤ");
    ck_assert_str_eq(vnplan_plan_metadata(p, "parent_issuer"), "UBND TỈNH LẠNG SƠN");
    ck_assert_str_eq(vnplan_plan_metadata(p, "place"), "Lạng Sơn");
    ck_assert_str_eq(vnplan_plan_metadata(p, "date"), "2024-06-10");
    ck_assert_ptr_nonnull(strstr(vnplan_plan_metadata(p, "title"), "(PAR INDEX)"));
    ck_assert_ptr_null(vnplan_plan_metadata(p, "results"));        /* null in the plan */
    ck_assert_str_eq(vnplan_plan_metadata(p, "signer.position"), "GIÁM ĐỐC");
    ck_assert_str_eq(vnplan_plan_metadata(p, "signer.name"), "Trịnh Tuyết Mai");
    ck_assert_ptr_null(vnplan_plan_metadata(p, "signer.deputy"));
    ck_assert_ptr_null(vnplan_plan_metadata(p, "no_such_field"));
    ck_assert_ptr_null(vnplan_plan_metadata(p, "references"));     /* not a string */
    ck_assert_ptr_null(vnplan_plan_metadata(p, NULL));
    ck_assert_str_eq(vnplan_plan_source(p, "format"), "docx");
    ck_assert_str_eq(vnplan_plan_source(p, "path"), "samples/sngv-2024-par-sipas-papi.docx");
    ck_assert_uint_eq(strlen(vnplan_plan_source(p, "sha256")), 64);

    ck_assert_uint_eq(vnplan_plan_reference_count(p), 3);
    ck_assert_str_eq(vnplan_plan_reference(p, 0, "type"), "Kế hoạch");
    ck_assert_str_eq(vnplan_plan_reference(p, 1, "number"), "277/TB-UBND");
    ck_assert_str_eq(vnplan_plan_reference(p, 2, "date"), "2024-06-03");
    ck_assert_ptr_null(vnplan_plan_reference(p, 3, "type"));
    ck_assert_uint_eq(vnplan_plan_recipient_count(p), 7);
    ck_assert_str_eq(vnplan_plan_recipient(p, 0), "UBND tỉnh (B/c)");
    ck_assert_str_eq(vnplan_plan_recipient(p, 6), "Lưu VT");
    ck_assert_ptr_null(vnplan_plan_recipient(p, 7));

    ck_assert_uint_eq(vnplan_plan_abbreviation_count(p), 1);
    ck_assert_str_eq(vnplan_plan_abbreviation(p, 0), "TTHC");
    ck_assert_str_eq(vnplan_plan_abbreviation_expansion(p, 0), "thủ tục hành chính");
    ck_assert_ptr_null(vnplan_plan_abbreviation(p, 1));
    ck_assert_uint_eq(vnplan_plan_warning_count(p), 0);
    vnplan_plan_free(p);
}
END_TEST

/* Every metadata member by its key, in order, and a non-string one as
 * compact JSON (the xlsx metadata sheet reads them so). */
START_TEST(metadata_members) {
    vnplan_plan *p = golden("sngv-2024-par-sipas-papi");
    const char *keys[] = {"doc_type", "number", "symbol", "issuer", "parent_issuer", "place",
                          "date", "title", "references", "recipients", "signer", "results"};
    ck_assert_uint_eq(vnplan_plan_metadata_count(p), 12);
    for (size_t i = 0; i < 12; i++)
        ck_assert_str_eq(vnplan_plan_metadata_key(p, i), keys[i]);
    ck_assert_ptr_null(vnplan_plan_metadata_key(p, 12));
    char *s = vnplan_plan_metadata_json(p, "signer");
    ck_assert_str_eq(s, "{\"authority\":null,\"deputy\":null,\"position\":\"GIÁM ĐỐC\",\"name\":\"Trịnh Tuyết Mai\"}");
    vnplan_free(s);
    s = vnplan_plan_metadata_json(p, "references");
    ck_assert_ptr_nonnull(strstr(s, ",{\"type\":\"Thông báo\",\"number\":\"277/TB-UBND\",\"date\":\"2024-05-25\"},"));
    ck_assert_int_eq(s[0], '[');
    vnplan_free(s);
    s = vnplan_plan_metadata_json(p, "results");
    ck_assert_str_eq(s, "null");
    vnplan_free(s);
    s = vnplan_plan_metadata_json(p, "signer.name");
    ck_assert_str_eq(s, "\"Trịnh Tuyết Mai\"");
    vnplan_free(s);
    ck_assert_ptr_null(vnplan_plan_metadata_json(p, "no_such_field"));
    ck_assert_ptr_null(vnplan_plan_metadata_json(p, NULL));
    vnplan_plan_free(p);
}
END_TEST

START_TEST(section_tree) {
    vnplan_plan *p = golden("sngv-2024-par-sipas-papi");
    ck_assert_uint_eq(vnplan_plan_section_count(p), 3);
    const vnplan_section *s1 = vnplan_plan_section(p, 0);
    ck_assert_str_eq(vnplan_section_id(s1), "I");
    ck_assert_str_eq(vnplan_section_label(s1), "I");
    ck_assert_str_eq(vnplan_section_heading(s1), "MỤC ĐÍCH, YÊU CẦU");
    ck_assert_str_eq(vnplan_section_body(s1), "");
    ck_assert_int_eq(vnplan_section_level(s1), 1);
    ck_assert_uint_eq(vnplan_section_child_count(s1), 2);
    const vnplan_section *c = vnplan_section_child(s1, 1);
    ck_assert_str_eq(vnplan_section_id(c), "I.2");
    ck_assert_str_eq(vnplan_section_label(c), "2");
    ck_assert_str_eq(vnplan_section_heading(c), "Yêu cầu");
    ck_assert_int_eq(vnplan_section_level(c), 2);
    ck_assert_uint_eq(vnplan_section_child_count(c), 0);
    ck_assert_ptr_null(vnplan_section_child(c, 0));
    ck_assert_ptr_null(vnplan_plan_section(p, 3));
    ck_assert_int_eq(vnplan_section_level(NULL), 0);
    ck_assert_ptr_null(vnplan_section_heading(NULL));

    /* The walk: every section entered and exited, in document order. */
    char trace[256] = "";
    vnplan_section_iter *it = NULL;
    ck_assert_int_eq(vnplan_section_iter_new(ctx, p, &it), VNPLAN_OK);
    ck_assert_ptr_null(vnplan_section_iter_get(it));
    vnplan_event ev;
    while ((ev = vnplan_section_iter_next(it)) != VNPLAN_EVENT_DONE) {
        const vnplan_section *s = vnplan_section_iter_get(it);
        char step[32];
        snprintf(step, sizeof step, "%s%s@%d ", ev == VNPLAN_EVENT_ENTER ? "+" : "-", vnplan_section_id(s),
                 vnplan_section_iter_depth(it));
        strcat(trace, step);
        ck_assert_int_eq(vnplan_section_iter_depth(it), vnplan_section_level(s));
    }
    ck_assert_str_eq(trace, "+I@1 +I.1@2 -I.1@2 +I.2@2 -I.2@2 -I@1 +II@1 -II@1 +III@1 +III.1@2 -III.1@2 "
                            "+III.2@2 -III.2@2 -III@1 ");
    ck_assert_ptr_null(vnplan_section_iter_get(it));
    ck_assert_int_eq(vnplan_section_iter_next(it), VNPLAN_EVENT_DONE);
    vnplan_section_iter_free(it);
    ck_assert_int_eq(vnplan_section_iter_next(NULL), VNPLAN_EVENT_DONE);
    ck_assert_int_eq(vnplan_section_iter_new(ctx, NULL, &it), VNPLAN_EINVAL);
    ck_assert_str_eq(vnplan_ctx_error(ctx)->message, "vnplan_section_iter_new: argument 'plan' is NULL");
    ck_assert_ptr_null(it);
    vnplan_plan_free(p);
}
END_TEST

START_TEST(tasks_and_units) {
    vnplan_plan *p = golden("sngv-2024-par-sipas-papi");
    ck_assert_uint_eq(vnplan_plan_task_count(p), 4);
    const vnplan_task *t = vnplan_plan_task(p, 2);
    ck_assert_str_eq(vnplan_task_id(t), "III.2#1");
    ck_assert_str_eq(vnplan_task_origin(t), "body");
    ck_assert_str_eq(vnplan_task_area(t), "Các phòng, đơn vị và Trung tâm TTDVĐN thuộc Sở");
    ck_assert_ptr_nonnull(strstr(vnplan_task_text(t), "Theo chức năng nhiệm vụ của phòng"));
    ck_assert_uint_eq(vnplan_task_lead_count(t), 2);
    ck_assert_str_eq(vnplan_task_lead(t, 0), "Các phòng, đơn vị");
    ck_assert_str_eq(vnplan_task_lead(t, 1), "Trung tâm TTDVĐN thuộc Sở");
    ck_assert_ptr_null(vnplan_task_lead(t, 2));
    ck_assert_uint_eq(vnplan_task_support_count(t), 0);
    ck_assert_uint_eq(vnplan_task_implementer_count(t), 0);
    ck_assert_str_eq(vnplan_task_timeframe_kind(t), "unknown");
    ck_assert_ptr_null(vnplan_task_timeframe_start(t));
    ck_assert_ptr_null(vnplan_task_output(t));
    ck_assert_ptr_eq(vnplan_plan_task_by_id(p, "III.2#1"), t);
    ck_assert_ptr_null(vnplan_plan_task_by_id(p, "IX.9"));
    ck_assert_ptr_null(vnplan_plan_task(p, 4));
    ck_assert_ptr_null(vnplan_task_id(NULL));
    ck_assert_uint_eq(vnplan_task_lead_count(NULL), 0);

    ck_assert_uint_eq(vnplan_plan_unit_count(p), 3);
    const vnplan_unit *u = vnplan_plan_unit(p, 2);
    ck_assert_str_eq(vnplan_unit_name(u), "Trung tâm TTDVĐN thuộc Sở");
    ck_assert_str_eq(vnplan_unit_canonical(u), "Trung tâm Thông tin và Dịch vụ đối ngoại thuộc Sở");
    ck_assert_uint_eq(vnplan_unit_lead_count(u), 2);
    ck_assert_str_eq(vnplan_unit_lead(u, 1), "III.2#2");
    ck_assert_uint_eq(vnplan_unit_support_count(u), 0);
    ck_assert_uint_eq(vnplan_unit_implement_count(u), 0);
    ck_assert_ptr_null(vnplan_plan_unit(p, 3));
    vnplan_plan_free(p);
}
END_TEST

START_TEST(task_table_fields) {
    /* A task-table row of the appendix, with supports, a timeframe and an
     * output; an implementer is set in the JSON (no golden plan has one)
     * to check that it is read too. */
    json_t *root = golden_json("sngv-2026-chi-so");
    json_t *tasks = json_object_get(root, "tasks");
    for (size_t i = 0; i < json_array_size(tasks); i++) {
        json_t *t = json_array_get(tasks, i);
        if (!strcmp(json_string_value(json_object_get(t, "id")), "PLI.III.2")) {
            json_array_append_new(json_object_get(t, "implementer"), json_string("UBND các huyện"));
        }
    }
    json_array_append_new(json_object_get(root, "warnings"), json_string("section III: label 'III' out of sequence"));
    vnplan_plan *p = plan_of_json(root);
    const vnplan_task *t = vnplan_plan_task_by_id(p, "PLI.III.2");
    ck_assert_ptr_nonnull(t);
    ck_assert_str_eq(vnplan_task_origin(t), "appendix");
    ck_assert_str_eq(vnplan_task_area(t), "CẢI CÁCH THỦ TỤC HÀNH CHÍNH (TTHC)");
    ck_assert_str_eq(vnplan_task_lead(t, 0), "Phòng HTQT-VP");
    ck_assert_uint_eq(vnplan_task_support_count(t), 2);
    ck_assert_str_eq(vnplan_task_support(t, 0), "Các phòng CM");
    ck_assert_str_eq(vnplan_task_support(t, 1), "Trung tâm TT&DVĐN");
    ck_assert_uint_eq(vnplan_task_implementer_count(t), 1);
    ck_assert_str_eq(vnplan_task_implementer(t, 0), "UBND các huyện");
    ck_assert_str_eq(vnplan_task_timeframe_kind(t), "quarter");
    ck_assert_str_eq(vnplan_task_timeframe_start(t), "2026-01-01");
    ck_assert_str_eq(vnplan_task_timeframe_end(t), "2026-03-31");
    ck_assert_str_eq(vnplan_task_timeframe_text(t), "Kế hoạch ban hành trong quý I/2026; thực hiện thường xuyên");
    ck_assert_str_eq(vnplan_task_output(t), "Triển khai thực hiện kế hoạch hoạt động kiểm soát TTHC");
    ck_assert_ptr_null(vnplan_task_criterion(t));
    ck_assert(isnan(vnplan_task_criterion_score(t)));
    ck_assert_uint_eq(vnplan_plan_warning_count(p), 1);
    ck_assert_str_eq(vnplan_plan_warning(p, 0), "section III: label 'III' out of sequence");
    ck_assert_ptr_null(vnplan_plan_warning(p, 1));
    vnplan_plan_free(p);
}
END_TEST

/* The criterion a task names with its score (sample sngv-2025-khac-phuc,
 * II.1.1: "tiêu chí 1.5 ... 0,5/2 điểm"). */
START_TEST(task_criterion) {
    vnplan_plan *p = golden("sngv-2025-khac-phuc");
    const vnplan_task *t = vnplan_plan_task_by_id(p, "II.1.1");
    ck_assert_ptr_nonnull(t);
    ck_assert_str_eq(vnplan_task_criterion(t), "1.5");
    ck_assert_double_eq(vnplan_task_criterion_score(t), 0.5);
    ck_assert_double_eq(vnplan_task_criterion_max(t), 2.0);
    t = vnplan_plan_task_by_id(p, "II.1.2");
    ck_assert_str_eq(vnplan_task_criterion(t), "1.6");
    ck_assert_double_eq(vnplan_task_criterion_score(t), 0.0);
    ck_assert_double_eq(vnplan_task_criterion_max(t), 3.0);
    vnplan_plan_free(p);
}
END_TEST

START_TEST(null_plan) {
    ck_assert_ptr_null(vnplan_plan_metadata(NULL, "title"));
    ck_assert_uint_eq(vnplan_plan_section_count(NULL), 0);
    ck_assert_uint_eq(vnplan_plan_task_count(NULL), 0);
    ck_assert_uint_eq(vnplan_plan_unit_count(NULL), 0);
    ck_assert_uint_eq(vnplan_plan_abbreviation_count(NULL), 0);
    ck_assert_uint_eq(vnplan_plan_warning_count(NULL), 0);
    ck_assert_uint_eq(vnplan_plan_reference_count(NULL), 0);
    ck_assert_ptr_null(vnplan_plan_task_by_id(NULL, "I"));
    ck_assert_ptr_null(vnplan_unit_name(NULL));
    ck_assert_uint_eq(vnplan_plan_metadata_count(NULL), 0);
    ck_assert_ptr_null(vnplan_plan_metadata_key(NULL, 0));
    ck_assert_ptr_null(vnplan_plan_metadata_json(NULL, "signer"));
}
END_TEST

/* vnplan_extract_last: the counts of the last streamed extraction, equal
 * to the plan's own (the golden JSON), reset by a failed one. */
START_TEST(last_extraction_counts) {
    vnplan_extract_counts c = {99, 99, "x"};
    ck_assert_int_eq(vnplan_extract_last(ctx, &c), VNPLAN_OK);
    ck_assert_uint_eq(c.tasks, 0);
    ck_assert_uint_eq(c.warnings, 0);
    ck_assert_ptr_null(c.doc_type);
    vnplan_rules *rules = NULL;
    ck_assert_int_eq(vnplan_rules_load_default(ctx, &rules), VNPLAN_OK);
    char path[1024];
    snprintf(path, sizeof path, "%s/samples/sngv-2026-chi-so.docx", getenv("VNPLAN_SOURCE_DIR"));
    FILE *in = fopen(path, "rb");
    ck_assert_ptr_nonnull(in);
    static char data[1 << 20];
    size_t len = fread(data, 1, sizeof data, in);
    fclose(in);
    FILE *out = fopen("/dev/null", "w");
    ck_assert_int_eq(vnplan_extract_docx_write(ctx, rules, data, len, "x.docx", NULL, 0, out), VNPLAN_OK);
    ck_assert_int_eq(vnplan_extract_last(ctx, &c), VNPLAN_OK);
    vnplan_plan *p = golden("sngv-2026-chi-so");
    ck_assert_uint_eq(c.tasks, vnplan_plan_task_count(p));
    ck_assert_uint_eq(c.tasks, 32);
    ck_assert_uint_eq(c.warnings, vnplan_plan_warning_count(p));
    ck_assert_str_eq(c.doc_type, "KẾ HOẠCH");
    vnplan_plan_free(p);
    /* a failed extraction leaves nothing of the one before */
    ck_assert_int_ne(vnplan_extract_docx_write(ctx, rules, "not a zip", 9, "bad.docx", NULL, 0, out), VNPLAN_OK);
    ck_assert_int_eq(vnplan_extract_last(ctx, &c), VNPLAN_OK);
    ck_assert_uint_eq(c.tasks, 0);
    ck_assert_ptr_null(c.doc_type);
    ck_assert_int_eq(vnplan_extract_last(ctx, NULL), VNPLAN_EINVAL);
    ck_assert_int_eq(vnplan_extract_last(NULL, &c), VNPLAN_EINVAL);
    fclose(out);
    vnplan_rules_free(rules);
}
END_TEST

int main(void) {
    Suite *s = suite_create("plan_model");
    TCase *tc = tcase_create("plan_model");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, metadata_and_source);
    tcase_add_test(tc, metadata_members);
    tcase_add_test(tc, section_tree);
    tcase_add_test(tc, tasks_and_units);
    tcase_add_test(tc, task_table_fields);
    tcase_add_test(tc, task_criterion);
    tcase_add_test(tc, null_plan);
    tcase_add_test(tc, last_extraction_counts);
    suite_add_tcase(s, tc);
    return vn_check_run(s);
}
