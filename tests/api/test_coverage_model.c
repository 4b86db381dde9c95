/* The coverage report read API (vnplan/coverage_model.h): every accessor on
 * the report of the provincial sample against samples/sngv-2026-chi-so.docx,
 * whose values are those `vnplan coverage` writes as JSON for the same pair
 * (reviewed in docs/coverage.md). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "vnplan/vnplan.h"

static vnplan_ctx *ctx;
static vnplan_rules *rules;
static vnplan_coverage *report;

static vnplan_plan *sample(const vnplan_rules *rs, const char *name) {
    char path[1024];
    snprintf(path, sizeof path, "%s/samples/%s.docx", getenv("VNPLAN_SOURCE_DIR"), name);
    vnplan_plan *p = NULL;
    ck_assert_int_eq(vnplan_extract_file(ctx, rs, path, &p), VNPLAN_OK);
    return p;
}

/* The report of the provincial sample against samples/sngv-2026-chi-so.docx under rules rs. */
static vnplan_coverage *sample_report(const vnplan_rules *rs) {
    vnplan_plan *upper = sample(rs, "ubnd-2026-par-sipas"), *lower = sample(rs, "sngv-2026-chi-so");
    vnplan_coverage_index *idx = NULL;
    ck_assert_int_eq(vnplan_coverage_index_new(ctx, rs, upper, &idx), VNPLAN_OK);
    const vnplan_plan *lowers[1] = {lower};
    vnplan_coverage *r = NULL;
    ck_assert_int_eq(vnplan_coverage_compare(ctx, idx, lowers, 1, NULL, &r), VNPLAN_OK);
    vnplan_coverage_index_free(idx);
    vnplan_plan_free(lower);
    vnplan_plan_free(upper);
    return r;
}

/* A report written by hand. */
static vnplan_coverage *parse(const char *json) {
    vnplan_coverage *r = NULL;
    ck_assert_int_eq(vnplan_coverage_from_json(ctx, json, strlen(json), &r), VNPLAN_OK);
    return r;
}

static void setup(void) {
    ctx = vnplan_ctx_new();
    ck_assert_int_eq(vnplan_rules_load_default(ctx, &rules), VNPLAN_OK);
    /* The read API over a report whose every figure is known: the one of issue 11's scoring,
     * with issue 14's features switched off (the rules' coverage.off, docs/coverage.md). */
    static const char off[] = "[list coverage.off]\nlexicon\nrescue\ncitations\nnear_miss\ntwins\n";
    ck_assert_int_eq(vnplan_rules_add_string(ctx, rules, off, sizeof off - 1, "coverage-off"), VNPLAN_OK);
    report = sample_report(rules);
}

static void teardown(void) {
    vnplan_coverage_free(report);
    vnplan_rules_free(rules);
    vnplan_ctx_free(ctx);
}

START_TEST(summary_and_lower_plans) {
    ck_assert(vnplan_coverage_summary(report, "in_scope") == 46);
    ck_assert(vnplan_coverage_summary(report, "covered") == 1);
    ck_assert(vnplan_coverage_summary(report, "partial") == 28);
    ck_assert(vnplan_coverage_summary(report, "missing") == 17);
    ck_assert(vnplan_coverage_summary(report, "extra") == 5);
    ck_assert(vnplan_coverage_summary(report, "upper_tasks") == 61);
    ck_assert_double_eq_tol(vnplan_coverage_summary(report, "coverage"), 0.3261, 1e-9);
    ck_assert(vnplan_coverage_summary(report, "nothing") == -1);
    ck_assert_uint_eq(vnplan_coverage_lower_count(report), 1);
    ck_assert_str_eq(vnplan_coverage_lower_str(report, 0, "unit"), "SỞ NGOẠI VỤ");
    ck_assert_str_eq(vnplan_coverage_lower_str(report, 0, "unit_from"), "metadata");
    ck_assert_str_eq(vnplan_coverage_lower_str(report, 0, "metadata.symbol"), "KH-SNgV");
    ck_assert_ptr_nonnull(strstr(vnplan_coverage_lower_str(report, 0, "source.path"), "samples/sngv-2026-chi-so.docx"));
    ck_assert(vnplan_coverage_lower_number(report, 0, "tasks") == 32);
    ck_assert(vnplan_coverage_lower_number(report, 0, "summary.partial") == 28);
    ck_assert_ptr_null(vnplan_coverage_lower_str(report, 1, "unit"));
}
END_TEST

START_TEST(items_and_matches) {
    ck_assert_uint_eq(vnplan_coverage_item_count(report), 46);
    const vnplan_coverage_item *it = vnplan_coverage_item_at(report, 0);
    ck_assert_str_eq(vnplan_coverage_item_upper_id(it), "II.1.a#1");
    ck_assert_ptr_nonnull(strstr(vnplan_coverage_item_upper_text(it), "Phát huy tính chủ động"));
    ck_assert_str_eq(vnplan_coverage_item_upper_area(it), "Công tác chỉ đạo, điều hành CCHC");
    ck_assert_str_eq(vnplan_coverage_item_status(it), "partial");
    ck_assert_double_eq_tol(vnplan_coverage_item_score(it), 0.375, 1e-9);
    ck_assert_double_eq_tol(vnplan_coverage_item_share(it), 0.2553, 1e-9);
    ck_assert_str_eq(vnplan_coverage_item_str(it, "scope.rule"), "unassigned");
    ck_assert_ptr_null(vnplan_coverage_item_str(it, "scope.unit"));
    ck_assert_uint_eq(vnplan_coverage_item_match_count(it), 3);
    const vnplan_coverage_match *m = vnplan_coverage_item_match(it, 0);
    ck_assert_str_eq(vnplan_coverage_match_lower_id(m), "II.1#1");
    ck_assert_ptr_nonnull(strstr(vnplan_coverage_match_lower_text(m), "Công tác chỉ đạo, điều hành CCHC"));
    ck_assert_int_eq(vnplan_coverage_match_lower(m), 0);
    ck_assert_double_eq_tol(vnplan_coverage_match_score(m), 0.375, 1e-9);
    ck_assert_uint_eq(vnplan_coverage_match_term_count(m), 8);
    ck_assert_str_eq(vnplan_coverage_match_term(m, 0), "Phát huy");
    ck_assert_str_eq(vnplan_coverage_match_term(m, 7), "nhân rộng");
    ck_assert_ptr_null(vnplan_coverage_match_term(m, 8));
    ck_assert_ptr_null(vnplan_coverage_item_match(it, 3));
    ck_assert_ptr_null(vnplan_coverage_item_at(report, 46));
    /* The one covered item. */
    size_t covered = 0;
    for (size_t i = 0; i < vnplan_coverage_item_count(report); i++)
        if (!strcmp(vnplan_coverage_item_status(vnplan_coverage_item_at(report, i)), "covered")) {
            ck_assert_str_eq(vnplan_coverage_item_upper_id(vnplan_coverage_item_at(report, i)), "II.1.c#1");
            covered++;
        }
    ck_assert_uint_eq(covered, 1);
}
END_TEST

START_TEST(extra_and_findings) {
    ck_assert_uint_eq(vnplan_coverage_extra_count(report), 5);
    const vnplan_coverage_extra *e = vnplan_coverage_extra_at(report, 0);
    ck_assert_str_eq(vnplan_coverage_extra_str(e, "lower_task.id"), "PLI.I.2");
    ck_assert_str_eq(vnplan_coverage_extra_str(e, "best_upper"), "II.1.a#1");
    ck_assert_int_eq(vnplan_coverage_extra_lower(e), 0);
    ck_assert_double_eq_tol(vnplan_coverage_extra_score(e), 0.2172, 1e-9);
    ck_assert_uint_eq(vnplan_coverage_finding_count(report), 2);
    const vnplan_finding *s0 = vnplan_coverage_finding_at(report, 0);
    ck_assert_str_eq(vnplan_coverage_finding_str(s0, "kind"), "issued_before");
    ck_assert_str_eq(vnplan_coverage_finding_str(s0, "message"),
                     "the lower plan (2026-02) was issued before the upper plan (2026-06)");
    ck_assert_ptr_null(vnplan_coverage_finding_str(s0, "upper_task"));
    ck_assert_int_eq(vnplan_coverage_finding_lower(s0), 0);
    const vnplan_finding *f = vnplan_coverage_finding_at(report, 1);
    ck_assert_str_eq(vnplan_coverage_finding_str(f, "kind"), "deadline");
    ck_assert_str_eq(vnplan_coverage_finding_str(f, "upper_task"), "III.1.a");
    ck_assert_str_eq(vnplan_coverage_finding_str(f, "text"), "chậm nhất sau 15 ngày kể từ ngày ban hành");
    ck_assert_str_eq(vnplan_coverage_finding_str(f, "status"), "unknown");
    ck_assert_ptr_null(vnplan_coverage_finding_str(f, "due"));
    ck_assert_str_eq(vnplan_coverage_finding_str(f, "message"), "the upper plan's issue date is not known in full (2026-06)");
    ck_assert_int_eq(vnplan_coverage_finding_lower(f), 0);
}
END_TEST

/* The upper plan, the areas, an item's lead units and per-lower figures,
 * the reviewer's decision and the review summary, on a small reviewed
 * report of two lower plans written by hand (as coverage --decisions
 * writes them). */
static const char reviewed_json[] =
    "{\"vnplan_coverage\": \"1\", \"upper\": {\"source\": {\"path\": \"u.docx\"}},"
    " \"summary\": {\"in_scope\": 2},"
    " \"areas\": [{\"area\": \"Cải cách\", \"in_scope\": 2, \"covered\": 1, \"partial\": 0, \"missing\": 1},"
    "             {\"area\": \"\", \"in_scope\": 0, \"covered\": 0, \"partial\": 0, \"missing\": 0}],"
    " \"lower\": [{\"unit\": \"Sở A\"}, {\"unit\": \"Sở B\"}],"
    " \"items\": [{\"upper_task\": {\"id\": \"I.1\", \"lead\": [\"Sở Nội vụ\", \"Sở Tư pháp\"]},"
    "              \"status\": \"covered\", \"to_review\": false, \"confidence\": 0.75,"
    "              \"matches\": [{\"lower\": 1, \"lower_task\": {\"id\": \"II.1\", \"source\": \"b.docx\"}}],"
    "              \"by_lower\": [{\"lower\": 1, \"status\": \"partial\", \"score\": 0.5}],"
    "              \"decision\": {\"status\": \"missing\", \"needs_review\": true, \"who\": \"Lê Văn Cường\","
    "                           \"at\": \"2026-12-04 09:00\", \"note\": \"chưa có\"}},"
    "             {\"upper_task\": {\"id\": \"I.2\", \"lead\": []}, \"status\": \"missing\"}],"
    " \"review_summary\": {\"reviewed\": 1, \"needs_review\": 1, \"unmatched_decisions\": 0,"
    "                      \"covered\": 0, \"partial\": 0, \"missing\": 2}}";

START_TEST(areas_leads_and_review) {
    vnplan_coverage *r = parse(reviewed_json);
    ck_assert_str_eq(vnplan_coverage_upper_str(r, "source.path"), "u.docx");
    ck_assert_ptr_null(vnplan_coverage_upper_str(r, "metadata.issuer"));
    ck_assert_uint_eq(vnplan_coverage_area_count(r), 2);
    ck_assert_str_eq(vnplan_coverage_area_name(r, 0), "Cải cách");
    ck_assert_str_eq(vnplan_coverage_area_name(r, 1), "");
    ck_assert(vnplan_coverage_area_number(r, 0, "covered") == 1);
    ck_assert(vnplan_coverage_area_number(r, 0, "missing") == 1);
    ck_assert(vnplan_coverage_area_number(r, 0, "nothing") == -1);
    ck_assert_ptr_null(vnplan_coverage_area_name(r, 2));

    const vnplan_coverage_item *a = vnplan_coverage_item_at(r, 0), *b = vnplan_coverage_item_at(r, 1);
    ck_assert_uint_eq(vnplan_coverage_item_upper_lead_count(a), 2);
    ck_assert_str_eq(vnplan_coverage_item_upper_lead(a, 1), "Sở Tư pháp");
    ck_assert_ptr_null(vnplan_coverage_item_upper_lead(a, 2));
    ck_assert_uint_eq(vnplan_coverage_item_upper_lead_count(b), 0);
    ck_assert_ptr_null(vnplan_coverage_item_lower_status(a, 0));   /* not in plan 0's scope */
    ck_assert(vnplan_coverage_item_lower_score(a, 0) == -1);
    ck_assert_str_eq(vnplan_coverage_item_lower_status(a, 1), "partial");
    ck_assert_double_eq(vnplan_coverage_item_lower_score(a, 1), 0.5);
    ck_assert_ptr_null(vnplan_coverage_item_lower_status(b, 1));

    ck_assert_str_eq(vnplan_coverage_item_str(a, "decision.status"), "missing");
    ck_assert_str_eq(vnplan_coverage_item_str(a, "decision.who"), "Lê Văn Cường");
    ck_assert_str_eq(vnplan_coverage_item_str(a, "decision.note"), "chưa có");
    ck_assert_int_eq(vnplan_coverage_item_flag(a, "decision.needs_review"), 1);
    ck_assert_int_eq(vnplan_coverage_item_flag(a, "to_review"), 0);
    ck_assert_int_eq(vnplan_coverage_item_flag(b, "decision.needs_review"), -1);
    ck_assert_int_eq(vnplan_coverage_item_flag(a, "status"), -1);     /* not a boolean */
    ck_assert_double_eq(vnplan_coverage_item_number(a, "confidence"), 0.75);
    ck_assert(vnplan_coverage_item_number(b, "confidence") == -1);
    ck_assert_str_eq(vnplan_coverage_match_str(vnplan_coverage_item_match(a, 0), "lower_task.source"), "b.docx");
    ck_assert_ptr_null(vnplan_coverage_match_str(vnplan_coverage_item_match(a, 0), "lower_task.text"));

    ck_assert(vnplan_coverage_review_summary(r, "reviewed") == 1);
    ck_assert(vnplan_coverage_review_summary(r, "missing") == 2);
    vnplan_coverage_free(r);
    /* the report of the fixture has no review */
    ck_assert(vnplan_coverage_review_summary(report, "reviewed") == -1);
}
END_TEST

/* Issue 14's reasons, the lower-task view, the unread sections and the
 * findings' args, on the report of the same pair with the default rules
 * (what `vnplan coverage` writes for it). */
START_TEST(reasons_lower_view_unread) {
    vnplan_rules *defaults = NULL;
    ck_assert_int_eq(vnplan_rules_load_default(ctx, &defaults), VNPLAN_OK);
    vnplan_coverage *r = sample_report(defaults);

    /* II.1.a#1: near the threshold; II.1.b#1: covered by its score, not by its share */
    const vnplan_coverage_item *a = vnplan_coverage_item_at(r, 0), *b = vnplan_coverage_item_at(r, 5);
    ck_assert_str_eq(vnplan_coverage_item_upper_id(a), "II.1.a#1");
    ck_assert_uint_eq(vnplan_coverage_item_reason_count(a), 1);
    ck_assert_str_eq(vnplan_coverage_item_reason_str(a, 0, "code"), "near_threshold");
    ck_assert(vnplan_coverage_item_reason_number(a, 0, "share") == -1);
    ck_assert_ptr_null(vnplan_coverage_item_reason_str(a, 1, "code"));
    ck_assert_uint_eq(vnplan_coverage_item_reason_object_count(a, 0), 0);
    ck_assert_str_eq(vnplan_coverage_item_upper_id(b), "II.1.b#1");
    ck_assert_str_eq(vnplan_coverage_item_reason_str(b, 0, "code"), "share");
    ck_assert_double_eq_tol(vnplan_coverage_item_reason_number(b, 0, "share"), 0.3477, 1e-9);
    ck_assert_double_eq_tol(vnplan_coverage_item_reason_number(b, 0, "threshold"), 0.4, 1e-9);
    ck_assert(vnplan_coverage_item_reason_number(b, 0, "from") == -1);
    ck_assert_uint_eq(vnplan_coverage_item_reason_count(vnplan_coverage_item_at(r, 2)), 0);

    ck_assert_uint_eq(vnplan_coverage_lower_task_count(r), 32);
    ck_assert_str_eq(vnplan_coverage_lower_task_str(r, 0, "id"), "II.1#1");
    ck_assert_int_eq(vnplan_coverage_lower_task_lower(r, 0), 0);
    ck_assert_uint_eq(vnplan_coverage_lower_task_credited_count(r, 0), 2);
    ck_assert_str_eq(vnplan_coverage_lower_task_credited(r, 0, 0), "II.1.a#1");
    ck_assert_str_eq(vnplan_coverage_lower_task_credited(r, 0, 1), "II.1.a#4");
    ck_assert_ptr_null(vnplan_coverage_lower_task_credited(r, 0, 2));
    ck_assert_str_eq(vnplan_coverage_lower_task_str(r, 0, "best_upper"), "II.1.a#1");
    ck_assert_double_eq_tol(vnplan_coverage_lower_task_score(r, 0), 0.375, 1e-9);
    ck_assert_str_eq(vnplan_coverage_lower_task_str(r, 2, "id"), "II.1#3");   /* credited for nothing */
    ck_assert_uint_eq(vnplan_coverage_lower_task_credited_count(r, 2), 0);
    ck_assert_str_eq(vnplan_coverage_lower_task_str(r, 2, "best_upper"), "II.1.g#4");
    ck_assert_double_eq_tol(vnplan_coverage_lower_task_score(r, 2), 0.2327, 1e-9);
    ck_assert_str_eq(vnplan_coverage_lower_task_str(r, 15, "id"), "PLI.I.4");   /* near no upper task */
    ck_assert_ptr_null(vnplan_coverage_lower_task_str(r, 15, "best_upper"));
    ck_assert_double_eq(vnplan_coverage_lower_task_score(r, 15), 0);
    ck_assert_ptr_null(vnplan_coverage_lower_task_str(r, 32, "id"));
    ck_assert_int_eq(vnplan_coverage_lower_task_lower(r, 32), -1);

    ck_assert_uint_eq(vnplan_coverage_unread_count(r), 2);
    ck_assert_str_eq(vnplan_coverage_unread_str(r, 0, "plan"), "upper");
    ck_assert_int_eq(vnplan_coverage_unread_lower(r, 0), -1);
    ck_assert_str_eq(vnplan_coverage_unread_str(r, 1, "plan"), "lower");
    ck_assert_int_eq(vnplan_coverage_unread_lower(r, 1), 0);
    ck_assert_uint_eq(vnplan_coverage_unread_section_count(r, 1), 1);
    ck_assert_str_eq(vnplan_coverage_unread_section_str(r, 1, 0, "id"), "I");
    ck_assert_str_eq(vnplan_coverage_unread_section_str(r, 1, 0, "heading"), "MỤC ĐÍCH, YÊU CẦU");
    ck_assert_ptr_null(vnplan_coverage_unread_section_str(r, 1, 1, "id"));
    ck_assert_uint_eq(vnplan_coverage_unread_warning_count(r, 1), 0);
    ck_assert_uint_eq(vnplan_coverage_unread_section_count(r, 2), 0);

    const vnplan_finding *f0 = vnplan_coverage_finding_at(r, 0), *f1 = vnplan_coverage_finding_at(r, 1);
    ck_assert_str_eq(vnplan_coverage_finding_str(f0, "reason"), "issued_before");
    ck_assert_uint_eq(vnplan_coverage_finding_arg_count(f0), 2);
    ck_assert_str_eq(vnplan_coverage_finding_arg(f0, 0), "2026-02");
    ck_assert_str_eq(vnplan_coverage_finding_arg(f0, 1), "2026-06");
    ck_assert_ptr_null(vnplan_coverage_finding_arg(f0, 2));
    ck_assert_str_eq(vnplan_coverage_finding_str(f1, "reason"), "upper_date_partial");
    ck_assert_uint_eq(vnplan_coverage_finding_arg_count(f1), 1);
    ck_assert_str_eq(vnplan_coverage_finding_arg(f1, 0), "2026-06");
    vnplan_coverage_free(r);
    vnplan_rules_free(defaults);
}
END_TEST

/* What the samples' reports do not have: the adjustments of a best match
 * (cited, demoted, rescued), a null reason, an unread plan's warnings and a
 * finding's null arg, on a report written by hand (as coverage writes them). */
static const char adjusted_json[] =
    "{\"vnplan_coverage\": \"1\", \"summary\": {}, \"lower\": [{\"unit\": \"Sở A\"}],"
    " \"items\": [{\"upper_task\": {\"id\": \"I.1\"}, \"status\": \"partial\", \"to_review\": true, \"reasons\": ["
    "   {\"code\": \"cited\", \"from\": 0.31, \"document\": \"93/qd-ubnd\", \"lower_task\": \"II.1\"},"
    "   {\"code\": \"demoted\", \"from\": 0.52, \"neighbour\": \"I.2\", \"object\": [\"tuyên truyền\", \"báo chí\"]},"
    "   {\"code\": \"rescued\", \"from\": 0.2}, null]}],"
    " \"unread\": [{\"plan\": \"lower\", \"lower\": 0, \"sections\": [], \"warnings\": [{\"code\": \"w\"}, {\"code\": \"v\"}]}],"
    " \"findings\": [{\"kind\": \"deadline\", \"upper_task\": \"I.1\", \"lower\": 0, \"text\": \"trước 30/6\","
    "   \"due\": null, \"issued\": null, \"status\": \"unknown\", \"message\": \"m\","
    "   \"reason\": \"lower_date_partial\", \"args\": [null]}]}";

START_TEST(adjusted_reasons_and_warnings) {
    vnplan_coverage *r = parse(adjusted_json);
    const vnplan_coverage_item *it = vnplan_coverage_item_at(r, 0);
    ck_assert_uint_eq(vnplan_coverage_item_reason_count(it), 4);
    ck_assert_str_eq(vnplan_coverage_item_reason_str(it, 0, "code"), "cited");
    ck_assert_str_eq(vnplan_coverage_item_reason_str(it, 0, "document"), "93/qd-ubnd");
    ck_assert_str_eq(vnplan_coverage_item_reason_str(it, 0, "lower_task"), "II.1");
    ck_assert_double_eq(vnplan_coverage_item_reason_number(it, 0, "from"), 0.31);
    ck_assert_str_eq(vnplan_coverage_item_reason_str(it, 1, "code"), "demoted");
    ck_assert_str_eq(vnplan_coverage_item_reason_str(it, 1, "neighbour"), "I.2");
    ck_assert_uint_eq(vnplan_coverage_item_reason_object_count(it, 1), 2);
    ck_assert_str_eq(vnplan_coverage_item_reason_object(it, 1, 0), "tuyên truyền");
    ck_assert_str_eq(vnplan_coverage_item_reason_object(it, 1, 1), "báo chí");
    ck_assert_ptr_null(vnplan_coverage_item_reason_object(it, 1, 2));
    ck_assert_str_eq(vnplan_coverage_item_reason_str(it, 2, "code"), "rescued");
    ck_assert_double_eq(vnplan_coverage_item_reason_number(it, 2, "from"), 0.2);
    ck_assert_ptr_null(vnplan_coverage_item_reason_str(it, 3, "code"));   /* null */
    ck_assert(vnplan_coverage_item_reason_number(it, 3, "from") == -1);
    ck_assert_uint_eq(vnplan_coverage_item_reason_object_count(it, 3), 0);
    ck_assert_uint_eq(vnplan_coverage_unread_warning_count(r, 0), 2);
    ck_assert_uint_eq(vnplan_coverage_unread_section_count(r, 0), 0);
    const vnplan_finding *f = vnplan_coverage_finding_at(r, 0);
    ck_assert_uint_eq(vnplan_coverage_finding_arg_count(f), 1);
    ck_assert_ptr_null(vnplan_coverage_finding_arg(f, 0));   /* a date not known */
    ck_assert_uint_eq(vnplan_coverage_lower_task_count(r), 0);   /* a report without the view */
    vnplan_coverage_free(r);
}
END_TEST

START_TEST(null_report) {
    ck_assert(vnplan_coverage_summary(NULL, "covered") == -1);
    ck_assert_uint_eq(vnplan_coverage_item_count(NULL), 0);
    ck_assert_ptr_null(vnplan_coverage_item_status(NULL));
    ck_assert(vnplan_coverage_item_score(NULL) == -1);
    ck_assert_int_eq(vnplan_coverage_match_lower(NULL), -1);
    ck_assert_uint_eq(vnplan_coverage_extra_count(NULL), 0);
    ck_assert_uint_eq(vnplan_coverage_finding_count(NULL), 0);
    ck_assert_ptr_null(vnplan_coverage_finding_str(NULL, "kind"));
    ck_assert_ptr_null(vnplan_coverage_upper_str(NULL, "source.path"));
    ck_assert_uint_eq(vnplan_coverage_area_count(NULL), 0);
    ck_assert(vnplan_coverage_area_number(NULL, 0, "covered") == -1);
    ck_assert(vnplan_coverage_review_summary(NULL, "reviewed") == -1);
    ck_assert_int_eq(vnplan_coverage_item_flag(NULL, "to_review"), -1);
    ck_assert_uint_eq(vnplan_coverage_item_upper_lead_count(NULL), 0);
    ck_assert_ptr_null(vnplan_coverage_item_lower_status(NULL, 0));
    ck_assert(vnplan_coverage_item_lower_score(NULL, 0) == -1);
    ck_assert(vnplan_coverage_item_number(NULL, "confidence") == -1);
    ck_assert_ptr_null(vnplan_coverage_match_str(NULL, "lower_task.source"));
    ck_assert_uint_eq(vnplan_coverage_item_reason_count(NULL), 0);
    ck_assert_ptr_null(vnplan_coverage_item_reason_str(NULL, 0, "code"));
    ck_assert(vnplan_coverage_item_reason_number(NULL, 0, "from") == -1);
    ck_assert_uint_eq(vnplan_coverage_item_reason_object_count(NULL, 0), 0);
    ck_assert_ptr_null(vnplan_coverage_item_reason_object(NULL, 0, 0));
    ck_assert_uint_eq(vnplan_coverage_lower_task_count(NULL), 0);
    ck_assert_ptr_null(vnplan_coverage_lower_task_str(NULL, 0, "id"));
    ck_assert_int_eq(vnplan_coverage_lower_task_lower(NULL, 0), -1);
    ck_assert(vnplan_coverage_lower_task_score(NULL, 0) == -1);
    ck_assert_uint_eq(vnplan_coverage_lower_task_credited_count(NULL, 0), 0);
    ck_assert_ptr_null(vnplan_coverage_lower_task_credited(NULL, 0, 0));
    ck_assert_uint_eq(vnplan_coverage_unread_count(NULL), 0);
    ck_assert_ptr_null(vnplan_coverage_unread_str(NULL, 0, "plan"));
    ck_assert_int_eq(vnplan_coverage_unread_lower(NULL, 0), -1);
    ck_assert_uint_eq(vnplan_coverage_unread_section_count(NULL, 0), 0);
    ck_assert_ptr_null(vnplan_coverage_unread_section_str(NULL, 0, 0, "id"));
    ck_assert_uint_eq(vnplan_coverage_unread_warning_count(NULL, 0), 0);
    ck_assert_uint_eq(vnplan_coverage_finding_arg_count(NULL), 0);
    ck_assert_ptr_null(vnplan_coverage_finding_arg(NULL, 0));
    /* a NULL field name reads as absent */
    ck_assert_ptr_null(vnplan_coverage_lower_task_str(report, 0, NULL));
    ck_assert(vnplan_coverage_item_reason_number(vnplan_coverage_item_at(report, 0), 0, NULL) == -1);
}
END_TEST

int main(void) {
    Suite *s = suite_create("coverage_model");
    TCase *tc = tcase_create("coverage_model");
    tcase_set_timeout(tc, 60);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, summary_and_lower_plans);
    tcase_add_test(tc, items_and_matches);
    tcase_add_test(tc, extra_and_findings);
    tcase_add_test(tc, areas_leads_and_review);
    tcase_add_test(tc, reasons_lower_view_unread);
    tcase_add_test(tc, adjusted_reasons_and_warnings);
    tcase_add_test(tc, null_report);
    suite_add_tcase(s, tc);
    return vn_check_run(s);
}
