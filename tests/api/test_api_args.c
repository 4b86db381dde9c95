/* The public API's argument checks and ownership rules: a NULL pointer is
 * VNPLAN_EINVAL with a message naming the function and the argument, never a
 * crash; options carry a version; what the library returns is freed with
 * vnplan_free. */
#include <check.h>
#include <string.h>

#include "check_main.h"
#include "vnplan/vnplan.h"

static vnplan_ctx *ctx;
static vnplan_rules *rules;

static void setup(void) {
    ctx = vnplan_ctx_new();
    ck_assert_ptr_nonnull(ctx);
    ck_assert_int_eq(vnplan_rules_load_default(ctx, &rules), VNPLAN_OK);
}

static void teardown(void) {
    vnplan_rules_free(rules);
    vnplan_ctx_free(ctx);
}

/* The last error is EINVAL and its message is exactly `want`. */
static void assert_einval(vnplan_status st, const char *want) {
    ck_assert_int_eq(st, VNPLAN_EINVAL);
    ck_assert_int_eq(vnplan_ctx_error(ctx)->code, VNPLAN_EINVAL);
    ck_assert_str_eq(vnplan_ctx_error(ctx)->message, want);
    vnplan_ctx_clear_error(ctx);
}

static vnplan_plan *small_plan(void) {
    const char text[] = "KẾ HOẠCH\nI. NHIỆM VỤ\n1. Rà soát thủ tục hành chính.\n";
    vnplan_document *doc = NULL;
    ck_assert_int_eq(vnplan_document_from_text(ctx, text, sizeof text - 1, &doc), VNPLAN_OK);
    vnplan_plan *plan = NULL;
    ck_assert_int_eq(vnplan_extract(ctx, rules, doc, NULL, &plan), VNPLAN_OK);
    vnplan_document_free(doc);
    return plan;
}

START_TEST(null_arguments_name_themselves) {
    vnplan_plan *plan = (vnplan_plan *)1;
    vnplan_document *doc = (vnplan_document *)1;
    assert_einval(vnplan_extract(ctx, NULL, NULL, NULL, &plan), "vnplan_extract: argument 'rules' is NULL");
    ck_assert_ptr_null(plan); /* *out is cleared before the other checks */
    assert_einval(vnplan_extract(ctx, rules, NULL, NULL, &plan), "vnplan_extract: argument 'doc' is NULL");
    assert_einval(vnplan_extract(ctx, rules, NULL, NULL, NULL), "vnplan_extract: argument 'out' is NULL");
    assert_einval(vnplan_extract_file(ctx, rules, NULL, &plan), "vnplan_extract_file: argument 'path' is NULL");
    assert_einval(vnplan_plan_from_json(ctx, NULL, 0, &plan), "vnplan_plan_from_json: argument 'json' is NULL");
    assert_einval(vnplan_document_open(ctx, NULL, &doc), "vnplan_document_open: argument 'path' is NULL");
    ck_assert_ptr_null(doc);
    assert_einval(vnplan_document_open_memory(ctx, NULL, 0, "x", &doc),
                  "vnplan_document_open_memory: argument 'data' is NULL");
    assert_einval(vnplan_document_from_text(ctx, NULL, 0, &doc),
                  "vnplan_document_from_text: argument 'text' is NULL");
    assert_einval(vnplan_rules_add_file(ctx, rules, NULL), "vnplan_rules_add_file: argument 'path' is NULL");
    assert_einval(vnplan_rules_add_string(ctx, NULL, "", 0, "x"),
                  "vnplan_rules_add_string: argument 'rules' is NULL");
    assert_einval(vnplan_rules_load_default(ctx, NULL), "vnplan_rules_load_default: argument 'out' is NULL");
    assert_einval(vnplan_extract_write(ctx, rules, NULL, NULL, 0, stdout),
                  "vnplan_extract_write: argument 'doc' is NULL");
    assert_einval(vnplan_extract_docx_write(ctx, rules, "PK", 2, "x", NULL, 0, NULL),
                  "vnplan_extract_docx_write: argument 'fp' is NULL");
    vnplan_coverage *rep = (vnplan_coverage *)1;
    assert_einval(vnplan_coverage_from_json(ctx, NULL, 0, &rep), "vnplan_coverage_from_json: argument 'json' is NULL");
    ck_assert_ptr_null(rep);
}
END_TEST

START_TEST(null_context_is_einval) {
    vnplan_rules *r = (vnplan_rules *)1;
    ck_assert_int_eq(vnplan_rules_load_default(NULL, &r), VNPLAN_EINVAL);
    ck_assert_int_eq(vnplan_plan_from_json(NULL, "{}", 2, NULL), VNPLAN_EINVAL);
    const vnplan_error *e = vnplan_ctx_error(NULL);
    ck_assert_int_eq(e->code, VNPLAN_EINVAL);
    ck_assert_str_eq(e->message, "vnplan_ctx_error: argument 'ctx' is NULL");
    vnplan_ctx_clear_error(NULL);
    ck_assert_int_eq(vnplan_limit(NULL, VNPLAN_LIMIT_XML_DEPTH, -1), -1);
}
END_TEST

START_TEST(null_objects_give_null_or_zero) {
    ck_assert_ptr_null(vnplan_plan_to_json(NULL, 0, NULL));
    ck_assert(!vnplan_plan_write(NULL, 0, stdout));
    ck_assert_ptr_null(vnplan_document_to_text(NULL, NULL));
    ck_assert_ptr_null(vnplan_document_to_json(NULL, false, NULL));
    ck_assert_ptr_null(vnplan_coverage_render(NULL, VNPLAN_COVERAGE_JSON, 0, NULL));
    const char *const *items = (const char *const *)1;
    ck_assert_uint_eq(vnplan_rules_list(NULL, "x", &items), 0);
    ck_assert_ptr_null(items);
    ck_assert_uint_eq(vnplan_rules_list(rules, "x", NULL), 0);
    const char *const *keys, *const *values;
    ck_assert_uint_eq(vnplan_rules_map(rules, NULL, &keys, &values), 0);
    ck_assert_uint_eq(vnplan_rules_warnings(NULL, &items), 0);
    vnplan_rules_jit(NULL);
    vnplan_rules_strict(NULL, true);
    ck_assert_ptr_null(vnplan_text_display(NULL, 3, VNPLAN_TONES_KEEP, NULL, NULL));
    size_t len = 9;
    char *empty = vnplan_text_display(NULL, 0, VNPLAN_TONES_KEEP, &len, NULL);
    ck_assert_str_eq(empty, "");
    ck_assert_uint_eq(len, 0);
    vnplan_free(empty);
    ck_assert_ptr_null(vnplan_text_decode(VNPLAN_ENC_TCVN3, false, NULL, 2, NULL));
    ck_assert_int_eq(vnplan_text_detect(NULL, 4), VNPLAN_ENC_UTF8);
    vnplan_token *tok = (vnplan_token *)1;
    ck_assert_uint_eq(vnplan_text_tokens(NULL, 0, &tok), 0);
    ck_assert_ptr_null(tok);
    ck_assert_uint_eq(vnplan_text_tokens("a", 1, NULL), (size_t)-1);
    vnplan_key key;
    ck_assert_int_eq(vnplan_text_key(NULL, 5, VNPLAN_KEY_MATCH, &key), VNPLAN_EINVAL);
    ck_assert_int_eq(vnplan_text_key("a", 1, VNPLAN_KEY_MATCH, NULL), VNPLAN_EINVAL);
    vnplan_key_free(NULL);
    vnplan_free(NULL);
}
END_TEST

START_TEST(coverage_arguments_and_options_version) {
    vnplan_plan *plan = small_plan();
    vnplan_coverage_index *idx = (vnplan_coverage_index *)1;
    assert_einval(vnplan_coverage_index_new(ctx, rules, NULL, &idx),
                  "vnplan_coverage_index_new: argument 'upper' is NULL");
    ck_assert_ptr_null(idx);
    ck_assert_int_eq(vnplan_coverage_index_new(ctx, rules, plan, &idx), VNPLAN_OK);
    vnplan_coverage *rep = NULL;
    assert_einval(vnplan_coverage_compare(ctx, idx, NULL, 1, NULL, &rep),
                  "vnplan_coverage_compare: argument 'lower' is NULL");
    assert_einval(vnplan_coverage_compare(ctx, NULL, NULL, 0, NULL, &rep),
                  "vnplan_coverage_compare: argument 'idx' is NULL");
    vnplan_coverage_run *run = NULL;
    ck_assert_int_eq(vnplan_coverage_start(ctx, idx, NULL, &run), VNPLAN_OK);
    assert_einval(vnplan_coverage_add(ctx, run, NULL), "vnplan_coverage_add: argument 'lower' is NULL");
    assert_einval(vnplan_coverage_finish(ctx, run, NULL), "vnplan_coverage_finish: argument 'out' is NULL");
    /* (the run was freed by finish: the sanitizer build would report a leak) */

    /* Options: a struct that was never initialised (version 0) or that
     * claims a newer layout is refused, naming the field. */
    vnplan_coverage_options o;
    memset(&o, 0, sizeof o);
    const vnplan_plan *lower[1] = {plan};
    assert_einval(vnplan_coverage_compare(ctx, idx, lower, 1, &o, &rep),
                  "options->version is 0 (this library reads 1 to 1): initialise the options with "
                  "vnplan_coverage_options_init");
    ck_assert_int_eq(vnplan_coverage_options_init_version(&o, 2), VNPLAN_EINVAL);
    ck_assert_int_eq(vnplan_coverage_options_init_version(NULL, 1), VNPLAN_EINVAL);
    ck_assert_int_eq(vnplan_coverage_options_init_version(&o, 1), VNPLAN_OK);
    ck_assert_uint_eq(o.version, 1);
    ck_assert_uint_eq(o.top, 3);
    ck_assert(o.covered == 0.40 && o.partial == 0.22 && o.bigram_weight == 1.5);
    vnplan_coverage_options s = VNPLAN_COVERAGE_OPTIONS_INIT;
    ck_assert(s.version == o.version && s.unit == o.unit && s.all == o.all && s.covered == o.covered &&
              s.covered_share == o.covered_share && s.partial == o.partial &&
              s.area_bonus == o.area_bonus && s.bigram_weight == o.bigram_weight && s.top == o.top);
    vnplan_coverage_options_init(NULL);
    ck_assert_int_eq(vnplan_coverage_compare(ctx, idx, lower, 1, &o, &rep), VNPLAN_OK);
    char *json = vnplan_coverage_render(rep, VNPLAN_COVERAGE_JSON, 0, NULL);
    ck_assert_ptr_nonnull(strstr(json, "\"vnplan_coverage\":\"1\""));
    vnplan_free(json);
    vnplan_coverage_free(rep);
    vnplan_coverage_index_free(idx);
    vnplan_plan_free(plan);
}
END_TEST

int main(void) {
    Suite *s = suite_create("api_args");
    TCase *tc = tcase_create("api_args");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, null_arguments_name_themselves);
    tcase_add_test(tc, null_context_is_einval);
    tcase_add_test(tc, null_objects_give_null_or_zero);
    tcase_add_test(tc, coverage_arguments_and_options_version);
    suite_add_tcase(s, tc);
    return vn_check_run(s);
}
