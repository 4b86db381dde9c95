/* The rules contract (src/rules/rules_contract.c): the default rules and the
 * table agree both ways; a rule without a group the code reads fails to load
 * with file, line, rule and group; a section no code reads is a warning, or
 * an error in strict mode; a failed file leaves no warning behind. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "check_main.h"
#include <stdlib.h>
#include <string.h>

#include "rules/rules_internal.h"
#include "util/ctx.h"

START_TEST(default_rules_and_contract_agree) {
    vnplan_ctx *ctx = vnplan_ctx_new();
    vnplan_rules *r = NULL;
    ck_assert_int_eq(vnplan_rules_load_default(ctx, &r), VNPLAN_OK);
    const char *const *w;
    ck_assert_uint_eq(vnplan_rules_warnings(r, &w), 0);   /* every default section is read */
    /* Every contract entry is defined by the default rules, with its groups. */
    for (size_t i = 0; i < vn_rules_contract_count(); i++) {
        vn_section_kind kind;
        const char *name, *groups;
        ck_assert(vn_rules_contract_at(i, &kind, &name, &groups));
        const vn_rules_section *s = vn_rules_find(r, kind, name);
        ck_assert_msg(s != NULL, "the contract names '%s', which the default rules lack", name);
        char g[64];
        for (const char *p = groups; *p;) {
            size_t n = strcspn(p, " ");
            ck_assert(n < sizeof g);
            memcpy(g, p, n);
            g[n] = '\0';
            ck_assert_msg(pcre2_substring_number_from_name(s->code, (PCRE2_SPTR)g) > 0, "%s lacks group %s", name, g);
            p += n;
            while (*p == ' ')
                p++;
        }
    }
    vnplan_rules_free(r);
    vnplan_ctx_free(ctx);
}
END_TEST

static vnplan_status add(vnplan_ctx *ctx, vnplan_rules *r, const char *text) {
    vnplan_ctx_clear_error(ctx);
    return vnplan_rules_add_string(ctx, r, text, strlen(text), "user.rules");
}

START_TEST(missing_group_fails_with_file_line_rule_and_group) {
    vnplan_ctx *ctx = vnplan_ctx_new();
    vnplan_rules *r = NULL;
    ck_assert_int_eq(vnplan_rules_load_default(ctx, &r), VNPLAN_OK);
    ck_assert_int_eq(add(ctx, r, "# mine\n\n[rule heading.roman]\npattern = ^(?<lbl>[IVX]+)\\.\\s*(?<heading>.*)$\n"),
                     VNPLAN_ERULES);
    const vnplan_error *e = vnplan_ctx_error(ctx);
    ck_assert_str_eq(e->part, "user.rules");
    ck_assert_int_eq(e->line, 3);
    ck_assert_ptr_nonnull(strstr(e->message, "rule 'heading.roman' has no named group 'label'"));
    /* The rules are unchanged: the default heading.roman still matches. */
    vn_match m;
    ck_assert(vn_rule_match(r, "heading.roman", "II. NHIỆM VỤ", strlen("II. NHIỆM VỤ"), 0, &m));
    const char *p;
    size_t n;
    ck_assert(vn_match_group(&m, "label", &p, &n));
    ck_assert_uint_eq(n, 2);
    /* meta.authority without `prefix`, time.year without `year`. */
    ck_assert_int_eq(add(ctx, r, "[rule meta.authority]\npattern = ^(TM|KT)\\.\n"), VNPLAN_ERULES);
    ck_assert_ptr_nonnull(strstr(vnplan_ctx_error(ctx)->message, "'prefix'"));
    ck_assert_int_eq(add(ctx, r, "[rule time.year]\npattern = năm (\\d{4})\n"), VNPLAN_ERULES);
    /* A group that takes no part in a match still counts: it is defined. */
    ck_assert_int_eq(add(ctx, r, "[rule time.year]\npattern = năm (?<year>\\d{4})?\n"), VNPLAN_OK);
    vnplan_rules_free(r);
    vnplan_ctx_free(ctx);
}
END_TEST

START_TEST(unknown_sections_warn_or_fail_when_strict) {
    vnplan_ctx *ctx = vnplan_ctx_new();
    vnplan_rules *r = NULL;
    ck_assert_int_eq(vnplan_rules_load_default(ctx, &r), VNPLAN_OK);
    ck_assert_int_eq(add(ctx, r, "[rule heading.romann]\npattern = ^x\n[list colum.lead append]\nChủ trì\n"),
                     VNPLAN_OK);
    const char *const *w;
    ck_assert_uint_eq(vnplan_rules_warnings(r, &w), 2);
    ck_assert_str_eq(w[0], "user.rules:1: [rule heading.romann] is not read by vnplan (a misspelled name?)");
    ck_assert_str_eq(w[1], "user.rules:3: [list colum.lead] is not read by vnplan (a misspelled name?)");
    /* A known name of another kind is unknown too: the code reads a list. */
    ck_assert_int_eq(add(ctx, r, "[map column.lead]\nx = y\n"), VNPLAN_OK);
    ck_assert_uint_eq(vnplan_rules_warnings(r, &w), 3);
    vnplan_rules_strict(r, true);
    ck_assert_int_eq(add(ctx, r, "[list column.lead append]\nĐơn vị chủ trì\n[list stopword]\nvà\n"), VNPLAN_ERULES);
    ck_assert_int_eq(vnplan_ctx_error(ctx)->line, 3);
    ck_assert_ptr_nonnull(strstr(vnplan_ctx_error(ctx)->message, "[list stopword] is not read"));
    ck_assert_uint_eq(vnplan_rules_warnings(r, &w), 3);   /* the failed file added nothing */
    const char *const *items;
    size_t n_lead = vnplan_rules_list(r, "column.lead", &items);
    for (size_t i = 0; i < n_lead; i++)
        ck_assert_str_ne(items[i], "Đơn vị chủ trì");
    vnplan_rules_free(r);
    vnplan_ctx_free(ctx);
}
END_TEST

int main(void) {
    Suite *s = suite_create("rules_contract");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, default_rules_and_contract_agree);
    tcase_add_test(tc, missing_group_fails_with_file_line_rule_and_group);
    tcase_add_test(tc, unknown_sections_warn_or_fail_when_strict);
    suite_add_tcase(s, tc);
    return vn_check_run(s);
}
