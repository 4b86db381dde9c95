/* The rules file container: sections, replacement, append, errors. */
#include "check_main.h"
#include <stdlib.h>
#include <string.h>

#include "rules/rules_internal.h"
#include "util/ctx.h"

static vnplan_rules *load(vnplan_ctx *ctx, const char *text) {
    vnplan_rules *r = NULL;
    ck_assert_int_eq(vnplan_rules_load_default(ctx, &r), VNPLAN_OK);
    ck_assert_int_eq(vnplan_rules_add_string(ctx, r, text, strlen(text), "test.rules"), VNPLAN_OK);
    return r;
}

START_TEST(lists_maps_and_rules_parse) {
    vnplan_ctx *ctx = vnplan_ctx_new();
    vnplan_rules *r = load(ctx,
                           "# comment\n"
                           "[list stopwords]\n"
                           "  thực hiện  \n"
                           "các\n"
                           "\n"
                           "[map abbreviations]\n"
                           "TTHC = thủ tục hành chính\n"
                           "CCHC=cải cách hành chính\n"
                           "[rule heading.roman]\n"
                           "pattern = ^(?<label>[IVX]+)\\.\\s+(?<heading>.+)$\n"
                           "yields = section\n");
    const char *const *items;
    ck_assert_uint_eq(vnplan_rules_list(r, "stopwords", &items), 2);
    ck_assert_str_eq(items[0], "thực hiện");
    ck_assert_str_eq(items[1], "các");
    const char *const *keys, *const *values;
    ck_assert_uint_eq(vnplan_rules_map(r, "abbreviations", &keys, &values), 2);
    ck_assert_str_eq(keys[1], "CCHC");
    ck_assert_str_eq(values[1], "cải cách hành chính");
    const vn_rules_section *s = vn_rules_find(r, VN_SECTION_RULE, "heading.roman");
    ck_assert_ptr_nonnull(s);
    ck_assert_str_eq(vn_rules_field(s, "pattern"), "^(?<label>[IVX]+)\\.\\s+(?<heading>.+)$");
    ck_assert_str_eq(vn_rules_field(s, "yields"), "section");
    ck_assert_int_eq(s->line, 9);
    ck_assert_uint_eq(vnplan_rules_list(r, "nothing", &items), 0);
    vnplan_rules_free(r);
    vnplan_ctx_free(ctx);
}
END_TEST

START_TEST(later_sections_replace_or_append) {
    vnplan_ctx *ctx = vnplan_ctx_new();
    vnplan_rules *r = load(ctx, "[list a]\nx\ny\n[map m]\nK = 1\n");
    const char *user = "[list a]\nz\n[map m append]\nL = 2\n";
    ck_assert_int_eq(vnplan_rules_add_string(ctx, r, user, strlen(user), "user.rules"), VNPLAN_OK);
    const char *const *items;
    ck_assert_uint_eq(vnplan_rules_list(r, "a", &items), 1);
    ck_assert_str_eq(items[0], "z");
    const char *const *keys, *const *values;
    ck_assert_uint_eq(vnplan_rules_map(r, "m", &keys, &values), 2);
    ck_assert_str_eq(keys[0], "K");
    ck_assert_str_eq(values[1], "2");
    vnplan_rules_free(r);
    vnplan_ctx_free(ctx);
}
END_TEST

START_TEST(errors_name_file_and_line_and_leave_rules_unchanged) {
    vnplan_ctx *ctx = vnplan_ctx_new();
    vnplan_rules *r = load(ctx, "[list a]\nx\n");
    const char *bad = "[list a]\ny\n[table t]\n";
    ck_assert_int_eq(vnplan_rules_add_string(ctx, r, bad, strlen(bad), "bad.rules"), VNPLAN_ERULES);
    const vnplan_error *e = vnplan_ctx_error(ctx);
    ck_assert_str_eq(e->part, "bad.rules");
    ck_assert_int_eq(e->line, 3);
    ck_assert_ptr_nonnull(strstr(e->message, "unknown section kind"));
    const char *const *items;
    ck_assert_uint_eq(vnplan_rules_list(r, "a", &items), 1);
    ck_assert_str_eq(items[0], "x");
    const char *orphan = "key = value\n";
    ck_assert_int_eq(vnplan_rules_add_string(ctx, r, orphan, strlen(orphan), "o.rules"), VNPLAN_ERULES);
    ck_assert_int_eq(vnplan_ctx_error(ctx)->line, 1);
    const char *nomap = "[map m]\njust words\n";
    ck_assert_int_eq(vnplan_rules_add_string(ctx, r, nomap, strlen(nomap), "m.rules"), VNPLAN_ERULES);
    ck_assert_int_eq(vnplan_ctx_error(ctx)->line, 2);
    vnplan_rules_free(r);
    vnplan_ctx_free(ctx);
}
END_TEST

/* `requires` gates the pattern: a text without it never matches, one with
 * it matches as the pattern alone would; a bad one is an error with its line. */
START_TEST(requires_is_tried_first) {
    vnplan_ctx *ctx = vnplan_ctx_new();
    vnplan_rules *r = load(ctx,
                           "[rule gated]\n"
                           "requires = số\\s*\\d\n"
                           "pattern = Kế hoạch\\s+số\\s*(?<n>\\d+)\n"
                           "flags = i\n"
                           "[rule wrong_gate]\n"
                           "requires = zzz\n"
                           "pattern = Kế hoạch\n");
    const char *yes = "Thực hiện Kế hoạch SỐ 12/KH-UBND";
    vn_match m;
    ck_assert(vn_rule_match(r, "gated", yes, strlen(yes), 0, &m));
    const char *p;
    size_t n;
    ck_assert(vn_match_group(&m, "n", &p, &n));
    ck_assert_int_eq((int)n, 2);
    ck_assert(!strncmp(p, "12", 2));
    ck_assert(!vn_rule_match(r, "gated", yes, strlen(yes), 20, &m));   /* from past the number */
    const char *no = "Kế hoạch số năm nay";
    ck_assert(!vn_rule_match(r, "gated", no, strlen(no), 0, &m));
    /* A gate the pattern's matches do not contain hides them: the author's contract. */
    ck_assert(!vn_rule_match(r, "wrong_gate", yes, strlen(yes), 0, &m));
    const char *bad = "[rule b]\nrequires = (\npattern = x\n";
    ck_assert_int_eq(vnplan_rules_add_string(ctx, r, bad, strlen(bad), "b.rules"), VNPLAN_ERULES);
    const vnplan_error *e = vnplan_ctx_error(ctx);
    ck_assert_str_eq(e->part, "b.rules");
    ck_assert_int_eq(e->line, 2);
    ck_assert_ptr_nonnull(strstr(e->message, "rule 'b': bad requires at offset 1"));
    vnplan_rules_free(r);
    vnplan_ctx_free(ctx);
}
END_TEST

/* The default rules' patterns come from the build-time blob; a blob that
 * does not fit the sections (count, or bytes from elsewhere) is refused. */
START_TEST(precompiled_default_rules) {
    ck_assert_uint_gt(vn_default_rules_blob_len, 0);
    vnplan_ctx *ctx = vnplan_ctx_new();
    vnplan_rules *r = NULL;
    ck_assert_int_eq(vnplan_rules_load_default(ctx, &r), VNPLAN_OK);
    const char *t = "căn cứ Kế hoạch số 12/KH-UBND ngày 05/02/2026 của UBND tỉnh";
    vn_match m;
    ck_assert(vn_rule_match(r, "meta.reference", t, strlen(t), 0, &m));
    const char *p;
    size_t n;
    ck_assert(vn_match_group(&m, "number", &p, &n) && n == 10 && !strncmp(p, "12/KH-UBND", 10));
    /* One rule section fewer than the blob holds: refused, nothing taken. */
    vn_vec one;
    vn_vec_init(&one, sizeof(vn_rules_section *));
    vn_rules_section s = {.kind = VN_SECTION_RULE};
    vn_vec_init(&s.keys, sizeof(const char *));
    vn_vec_init(&s.values, sizeof(const char *));
    *(vn_rules_section **)vn_vec_push(&one) = &s;
    ck_assert(!vn_rules_take_precompiled(&one, vn_default_rules_blob, vn_default_rules_blob_len));
    ck_assert_ptr_null(s.code);
    unsigned char junk[64] = "not a serialised PCRE2 pattern";
    ck_assert(!vn_rules_take_precompiled(&one, junk, sizeof junk));
    ck_assert(!vn_rules_take_precompiled(&one, junk, 0));
    vn_vec_free(&one);
    vn_vec_free(&s.keys);
    vn_vec_free(&s.values);
    vnplan_rules_free(r);
    vnplan_ctx_free(ctx);
}
END_TEST

int main(void) {
    Suite *s = suite_create("rules_file");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, lists_maps_and_rules_parse);
    tcase_add_test(tc, later_sections_replace_or_append);
    tcase_add_test(tc, errors_name_file_and_line_and_leave_rules_unchanged);
    tcase_add_test(tc, requires_is_tried_first);
    tcase_add_test(tc, precompiled_default_rules);
    suite_add_tcase(s, tc);
    return vn_check_run(s);
}
