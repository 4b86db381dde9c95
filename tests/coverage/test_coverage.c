/* Coverage pieces on small plans given as text: scope rules, abbreviation
 * and spelling invariance, extras, deadlines, several lower plans, plans
 * read from JSON. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "output/output_internal.h"
#include "coverage/coverage_internal.h"
#include "extract/plan_internal.h"
#include "vnplan/coverage_model.h"
#include "vnplan/plan_model.h"

static vnplan_rules *rules;
static vnplan_ctx *ctx;

/* The upper plan: tasks assigned to nobody, to a collective, to Sở Nội vụ
 * by name and by abbreviation, and to communes. */
static const char upper_text[] =
    "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSố: 12/KH-UBND\nLạng Sơn, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Cải cách hành chính năm 2026\n"
    "II. NHIỆM VỤ\n"
    "1. Cải cách thủ tục hành chính\n"
    "a) Rà soát, đơn giản hóa thủ tục hành chính nội bộ; công khai đầy đủ thủ tục hành chính trên Cổng dịch vụ "
    "công.\n"
    "b) Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa.\n"
    "2. Cải cách tài chính công\n"
    "a) Quản lý, sử dụng hiệu quả kinh phí ngân sách nhà nước và tài sản công.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Các Sở, ban, ngành\n"
    "Xây dựng kế hoạch chi tiết để tổ chức thực hiện, hoàn thành chậm nhất sau 15 ngày kể từ ngày ban hành Kế "
    "hoạch này.\n"
    "2. Sở Nội vụ\n"
    "Theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp báo cáo Ủy ban nhân dân tỉnh.\n"
    "3. SNV\n"
    "Tổ chức tập huấn nghiệp vụ cải cách hành chính cho công chức.\n"
    "4. Ủy ban nhân dân cấp xã\n"
    "Niêm yết công khai bộ thủ tục hành chính tại trụ sở xã.\n";

static vnplan_plan *plan_from_text(const char *text, const char *path) {
    vnplan_document *doc = NULL;
    vnplan_plan *plan = NULL;
    ck_assert_int_eq(vnplan_document_from_text(ctx, text, strlen(text), &doc), VNPLAN_OK);
    vnplan_source src = {path, NULL, "text"};
    ck_assert_int_eq(vnplan_extract(ctx, rules, doc, &src, &plan), VNPLAN_OK);
    vnplan_document_free(doc);
    return plan;
}

/* A lower plan of `parent` / `issuer` dated by `date_line`, with `preamble`
 * lines under its title and the given task lines. */
static vnplan_plan *plan_of(const char *parent, const char *issuer, const char *date_line, const char *preamble,
                            const char *tasks) {
    char text[4096];
    snprintf(text, sizeof text,
             "%s\n%s\nSố: 5/KH-X\n%s\nKẾ HOẠCH\nThực hiện cải cách hành chính năm 2026\n%s"
             "II. NHIỆM VỤ\n1. Nhiệm vụ\n%s",
             parent, issuer, date_line, preamble, tasks);
    return plan_from_text(text, "lower.txt");
}

/* The upper plan's citation, as a lower plan that answers it writes it. */
static const char cites_upper[] = "Căn cứ Kế hoạch số 12/KH-UBND ngày 02/3/2026 của UBND tỉnh Lạng Sơn;\n";

/* A lower plan of the province issued by `issuer`, citing the upper plan, with the given task lines. */
static vnplan_plan *lower_plan(const char *issuer, const char *date_line, const char *tasks) {
    return plan_of("UBND TỈNH LẠNG SƠN", issuer, date_line, cites_upper, tasks);
}

static vnplan_coverage_index *idx;
static vnplan_plan *upper;

static void setup(void) {
    ctx = vnplan_ctx_new();
    ck_assert_int_eq(vnplan_rules_load_default(ctx, &rules), VNPLAN_OK);
    upper = plan_from_text(upper_text, "upper.txt");
    ck_assert_int_eq(vnplan_coverage_index_new(ctx, rules, upper, &idx), VNPLAN_OK);
    ck_assert_uint_eq(idx->n_docs, 7);
}

static void teardown(void) {
    vnplan_coverage_index_free(idx);
    vnplan_plan_free(upper);
    vnplan_rules_free(rules);
    vnplan_ctx_free(ctx);
}

static vnplan_coverage *compare(vnplan_plan *lower, const vnplan_coverage_options *o) {
    vnplan_coverage *rep = NULL;
    const vnplan_plan *list[1] = {lower};
    ck_assert_int_eq(vnplan_coverage_compare(ctx, idx, list, 1, o, &rep), VNPLAN_OK);
    return rep;
}

/* The item of upper task `id`, or NULL when it is not in scope. */
static json_t *item(const vnplan_coverage *rep, const char *id) {
    size_t i;
    json_t *it;
    json_array_foreach(json_object_get(rep->root, "items"), i, it) {
        if (!strcmp(vn_json_str(json_object_get(it, "upper_task"), "id"), id))
            return it;
    }
    return NULL;
}

static const char *scope_rule(const vnplan_coverage *rep, const char *id) {
    json_t *it = item(rep, id);
    return it ? vn_json_str(json_object_get(it, "scope"), "rule") : NULL;
}

START_TEST(scope_rules) {
    vnplan_plan *so_noi_vu = lower_plan("SỞ NỘI VỤ", "Lạng Sơn, ngày 10 tháng 3 năm 2026",
                                        "a) Theo dõi, đôn đốc việc thực hiện kế hoạch.\n");
    vnplan_coverage *rep = compare(so_noi_vu, NULL);
    ck_assert_str_eq(scope_rule(rep, "II.1.a"), "unassigned");
    ck_assert_str_eq(scope_rule(rep, "III.1#1"), "collective");
    ck_assert_str_eq(scope_rule(rep, "III.2#1"), "lead");
    ck_assert_str_eq(scope_rule(rep, "III.3#1"), "abbreviation");
    ck_assert_ptr_null(item(rep, "III.4#1"));   /* communes only */
    json_t *s = json_object_get(item(rep, "III.3#1"), "scope");
    ck_assert_str_eq(vn_json_str(s, "unit"), "SNV");
    ck_assert_str_eq(vn_json_str(s, "role"), "lead");
    vnplan_coverage_free(rep);

    /* A commune: its collective, not the departments'; Sở Nội vụ's tasks are out. */
    vnplan_plan *xa = lower_plan("ỦY BAN NHÂN DÂN XÃ HỮU LŨNG", "Hữu Lũng, ngày 10 tháng 3 năm 2026",
                                 "a) Niêm yết TTHC tại trụ sở.\n");
    rep = compare(xa, NULL);
    ck_assert_str_eq(scope_rule(rep, "III.4#1"), "collective");
    ck_assert_ptr_null(item(rep, "III.1#1"));
    ck_assert_ptr_null(item(rep, "III.2#1"));
    vnplan_coverage_free(rep);

    /* --unit overrides the issuer; --all takes every task. */
    vnplan_coverage_options o;
    vnplan_coverage_options_init(&o);
    o.unit = "Sở Nội vụ tỉnh Lạng Sơn";
    rep = compare(xa, &o);
    ck_assert_str_eq(scope_rule(rep, "III.2#1"), "lead");
    ck_assert_str_eq(vn_json_str(json_array_get(json_object_get(rep->root, "lower"), 0), "unit_from"), "option");
    vnplan_coverage_free(rep);
    vnplan_coverage_options_init(&o);
    o.all = true;
    rep = compare(xa, &o);
    ck_assert_uint_eq(json_array_size(json_object_get(rep->root, "items")), 7);
    ck_assert_str_eq(scope_rule(rep, "III.2#1"), "all");
    vnplan_coverage_free(rep);
    vnplan_plan_free(xa);
    vnplan_plan_free(so_noi_vu);
}
END_TEST

/* A post heading a collective (sample sngv-2026-chi-so's III.1: "Trưởng các phòng, đơn vị căn
 * cứ ...") scopes the task as the collective: every division and centre of the department. */
START_TEST(scope_of_a_post_over_a_collective) {
    vnplan_plan *so = plan_from_text("UBND TỈNH LẠNG SƠN\nSỞ NGOẠI VỤ\nSố: 31/KH-SNgV\nLạng Sơn, ngày 02 tháng 3 năm 2026\n"
                                     "KẾ HOẠCH\nCải cách hành chính năm 2026\nIII. TỔ CHỨC THỰC HIỆN\n"
                                     "Trưởng các phòng, đơn vị căn cứ chức năng, nhiệm vụ tại Kế hoạch này, có trách nhiệm "
                                     "triển khai Kế hoạch đến công chức, viên chức.\n",
                                     "so.txt");
    const vnplan_task *t = vnplan_plan_task(so, 0);
    ck_assert_str_eq(vnplan_task_lead(t, 0), "Trưởng các phòng, đơn vị");
    vnplan_coverage_index *so_idx = NULL;
    ck_assert_int_eq(vnplan_coverage_index_new(ctx, rules, so, &so_idx), VNPLAN_OK);
    vnplan_plan *centre = plan_of("SỞ NGOẠI VỤ", "TRUNG TÂM THÔNG TIN VÀ DỊCH VỤ ĐỐI NGOẠI",
                                  "Lạng Sơn, ngày 10 tháng 3 năm 2026", "", "a) Triển khai Kế hoạch đến viên chức.\n");
    const vnplan_plan *list[1] = {centre};
    vnplan_coverage *rep = NULL;
    ck_assert_int_eq(vnplan_coverage_compare(ctx, so_idx, list, 1, NULL, &rep), VNPLAN_OK);
    ck_assert_str_eq(scope_rule(rep, "III#1"), "collective");
    vnplan_coverage_free(rep);
    vnplan_plan_free(centre);
    vnplan_coverage_index_free(so_idx);
    vnplan_plan_free(so);
}
END_TEST

static double score_of(const vnplan_coverage *rep, const char *id) {
    return json_real_value(json_object_get(item(rep, id), "score"));
}

START_TEST(abbreviations_and_spelling) {
    /* The same task written with an abbreviation, in NFD, and with the other
     * tone placement scores the same, and is covered. */
    vnplan_plan *a = lower_plan("SỞ TƯ PHÁP", "Lạng Sơn, ngày 10 tháng 3 năm 2026",
                                "a) Rà soát, đơn giản hóa thủ tục hành chính nội bộ của Sở.\n");
    vnplan_plan *b = lower_plan("SỞ TƯ PHÁP", "Lạng Sơn, ngày 10 tháng 3 năm 2026",
                                "a) Rà soát, đơn giản hoá TTHC nội bộ của Sở.\n");
    vnplan_plan *c = lower_plan("SỞ TƯ PHÁP", "Lạng Sơn, ngày 10 tháng 3 năm 2026",
                                "a) Ra\xCC\x80 soa\xCC\x81t, đơn gia\xCC\x89n ho\xCC\x81\x61 TTHC nội bộ của Sở.\n");
    vnplan_coverage *ra = compare(a, NULL), *rb = compare(b, NULL), *rc = compare(c, NULL);
    double sa = score_of(ra, "II.1.a"), sb = score_of(rb, "II.1.a"), sc = score_of(rc, "II.1.a");
    ck_assert_double_ge(sa, 0.40);
    ck_assert_double_eq_tol(sa, sb, 1e-9);
    ck_assert_double_eq_tol(sb, sc, 1e-9);
    ck_assert_str_eq(vn_json_str(item(rb, "II.1.a"), "status"), "covered");
    /* the evidence names the upper task's words; the span in the lower text is the abbreviation */
    json_t *m = json_array_get(json_object_get(item(rb, "II.1.a"), "matches"), 0);
    bool found = false;
    size_t i;
    json_t *t;
    json_array_foreach(json_object_get(m, "terms"), i, t) found |= strstr(json_string_value(t), "thủ tục hành chính") != NULL;
    ck_assert_msg(found, "terms lack 'thủ tục hành chính'");
    const char *lower_text = vn_json_str(json_object_get(m, "lower_task"), "text");
    json_t *spans = json_object_get(json_object_get(m, "spans"), "lower");
    found = false;
    json_array_foreach(spans, i, t) {
        json_int_t s = json_integer_value(json_array_get(t, 0)), e = json_integer_value(json_array_get(t, 1));
        const char *tthc = strstr(lower_text, "TTHC");
        found |= s <= tthc - lower_text && e >= tthc - lower_text + 4;
    }
    ck_assert_msg(found, "no span on 'TTHC' in '%s'", lower_text);
    vnplan_coverage_free(ra);
    vnplan_coverage_free(rb);
    vnplan_coverage_free(rc);
    vnplan_plan_free(a);
    vnplan_plan_free(b);
    vnplan_plan_free(c);
}
END_TEST

START_TEST(covered_needs_the_share) {
    /* one of the task's two demands answered: a good score, about half its weight */
    vnplan_plan *l = lower_plan("SỞ TƯ PHÁP", "Lạng Sơn, ngày 10 tháng 3 năm 2026",
                                "a) Công khai đầy đủ thủ tục hành chính trên Cổng dịch vụ công.\n");
    vnplan_coverage_options o;
    vnplan_coverage_options_init(&o);
    vnplan_coverage *rep = compare(l, &o);
    json_t *it = item(rep, "II.1.a");
    double score = json_real_value(json_object_get(it, "score")), share = json_real_value(json_object_get(it, "share"));
    ck_assert_double_ge(score, o.covered);
    ck_assert_double_gt(share, 0.2);
    ck_assert_double_lt(share, 0.8);
    vnplan_coverage_free(rep);
    o.covered_share = share + 0.01;   /* just above it: partial */
    rep = compare(l, &o);
    ck_assert_str_eq(vn_json_str(item(rep, "II.1.a"), "status"), "partial");
    vnplan_coverage_free(rep);
    o.covered_share = share - 0.01;   /* just below: covered */
    rep = compare(l, &o);
    ck_assert_str_eq(vn_json_str(item(rep, "II.1.a"), "status"), "covered");
    vnplan_coverage_free(rep);
    vnplan_plan_free(l);
}
END_TEST

START_TEST(missing_and_extra) {
    vnplan_plan *l = lower_plan("SỞ TƯ PHÁP", "Lạng Sơn, ngày 10 tháng 3 năm 2026",
                                "a) Quản lý, sử dụng hiệu quả kinh phí NSNN và tài sản công của Sở.\n"
                                "b) Tổ chức phổ biến, giáo dục pháp luật cho đồng bào vùng cao.\n");
    vnplan_coverage *rep = compare(l, NULL);
    ck_assert_str_eq(vn_json_str(item(rep, "II.2.a"), "status"), "covered");
    ck_assert_str_eq(vn_json_str(item(rep, "II.1.b"), "status"), "missing");
    json_t *extra = json_object_get(rep->root, "extra");
    ck_assert_uint_eq(json_array_size(extra), 1);
    ck_assert_str_eq(vn_json_str(json_object_get(json_array_get(extra, 0), "lower_task"), "id"), "II.1.b");
    json_t *sum = json_object_get(rep->root, "summary");
    ck_assert_int_eq(json_integer_value(json_object_get(sum, "in_scope")), 4);
    ck_assert_int_eq(json_integer_value(json_object_get(sum, "extra")), 1);
    vnplan_coverage_free(rep);
    vnplan_plan_free(l);
}
END_TEST

static json_t *only_finding(const vnplan_coverage *rep) {
    json_t *f = json_object_get(rep->root, "findings");
    ck_assert_uint_eq(json_array_size(f), 1);
    return json_array_get(f, 0);
}

START_TEST(deadlines) {
    /* issued 2026-03-02 + 15 days: due 2026-03-17 */
    vnplan_plan *on_time = lower_plan("SỞ TƯ PHÁP", "Lạng Sơn, ngày 17 tháng 3 năm 2026", "a) Rà soát TTHC.\n");
    vnplan_coverage *rep = compare(on_time, NULL);
    json_t *f = only_finding(rep);
    ck_assert_str_eq(vn_json_str(f, "upper_task"), "III.1#1");
    ck_assert_str_eq(vn_json_str(f, "due"), "2026-03-17");
    ck_assert_str_eq(vn_json_str(f, "issued"), "2026-03-17");
    ck_assert_str_eq(vn_json_str(f, "status"), "met");
    vnplan_coverage_free(rep);
    vnplan_plan *late = lower_plan("SỞ TƯ PHÁP", "Lạng Sơn, ngày 20 tháng 3 năm 2026", "a) Rà soát TTHC.\n");
    rep = compare(late, NULL);
    f = only_finding(rep);
    ck_assert_str_eq(vn_json_str(f, "status"), "late");
    ck_assert_ptr_nonnull(strstr(vn_json_str(f, "message"), "3 days after"));
    vnplan_coverage_free(rep);
    /* no day in the lower plan's date: never guessed */
    vnplan_plan *undated = lower_plan("SỞ TƯ PHÁP", "Lạng Sơn, ngày    tháng 3 năm 2026", "a) Rà soát TTHC.\n");
    rep = compare(undated, NULL);
    f = only_finding(rep);
    ck_assert_str_eq(vn_json_str(f, "status"), "unknown");
    ck_assert(json_is_null(json_object_get(f, "issued")));
    vnplan_coverage_free(rep);
    /* a commune: the demand is not in its scope */
    vnplan_plan *xa = lower_plan("ỦY BAN NHÂN DÂN XÃ HỮU LŨNG", "Hữu Lũng, ngày 30 tháng 3 năm 2026", "a) Rà soát TTHC.\n");
    rep = compare(xa, NULL);
    ck_assert_uint_eq(json_array_size(json_object_get(rep->root, "findings")), 0);
    vnplan_coverage_free(rep);
    vnplan_plan_free(on_time);
    vnplan_plan_free(late);
    vnplan_plan_free(undated);
    vnplan_plan_free(xa);
}
END_TEST

START_TEST(several_lower_plans) {
    vnplan_plan *a = lower_plan("SỞ TƯ PHÁP", "Lạng Sơn, ngày 10 tháng 3 năm 2026",
                                "a) Số hóa hồ sơ, kết quả giải quyết TTHC tại Bộ phận Một cửa của Sở.\n");
    vnplan_plan *b = lower_plan("SỞ NỘI VỤ", "Lạng Sơn, ngày 11 tháng 3 năm 2026",
                                "a) Theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch của tỉnh; tổng hợp, báo cáo kết quả.\n");
    const vnplan_plan *list[2] = {a, b};
    vnplan_coverage *rep = NULL;
    ck_assert_int_eq(vnplan_coverage_compare(ctx, idx, list, 2, NULL, &rep), VNPLAN_OK);
    json_t *lower = json_object_get(rep->root, "lower");
    ck_assert_uint_eq(json_array_size(lower), 2);
    /* Sở Nội vụ's own task is in scope only through plan b */
    json_t *it = item(rep, "III.2#1");
    ck_assert_ptr_nonnull(it);
    ck_assert_uint_eq(json_array_size(json_object_get(it, "by_lower")), 1);
    ck_assert_str_eq(vn_json_str(it, "status"), "covered");
    ck_assert_int_eq(json_integer_value(json_object_get(json_array_get(json_object_get(it, "matches"), 0), "lower")), 1);
    /* the digitisation task is answered by plan a, and by_lower says so per plan */
    it = item(rep, "II.1.b");
    ck_assert_uint_eq(json_array_size(json_object_get(it, "by_lower")), 2);
    ck_assert_str_eq(vn_json_str(json_array_get(json_object_get(it, "by_lower"), 0), "status"), "covered");
    ck_assert_str_eq(vn_json_str(json_array_get(json_object_get(it, "by_lower"), 1), "status"), "missing");
    vnplan_coverage_free(rep);
    vnplan_plan_free(a);
    vnplan_plan_free(b);
}
END_TEST

/* The kinds of the sanity findings of the pair upper/lower; "" when none. */
static void finding_kinds(const vnplan_coverage *rep, char *out, size_t size) {
    out[0] = '\0';
    for (size_t i = 0; i < vnplan_coverage_finding_count(rep); i++) {
        const vnplan_finding *f = vnplan_coverage_finding_at(rep, i);
        const char *kind = vnplan_coverage_finding_str(f, "kind"), *message = vnplan_coverage_finding_str(f, "message");
        ck_assert_ptr_nonnull(kind);
        ck_assert(message && message[0] != '\0');
        ck_assert_int_eq(vnplan_coverage_finding_lower(f), 0);
        if (strcmp(kind, "deadline") != 0)
            snprintf(out + strlen(out), size - strlen(out), "%s%s", out[0] ? " " : "", kind);
    }
}

START_TEST(sanity_findings) {
    char kinds[256];
    const char *task = "a) Rà soát, đơn giản hóa thủ tục hành chính nội bộ.\n";
    struct {
        vnplan_plan *lower;
        const char *kinds;
    } cases[] = {
        /* an answer as it should be: cites the upper plan, same province, issued after it */
        {lower_plan("SỞ TƯ PHÁP", "Lạng Sơn, ngày 10 tháng 3 năm 2026", task), ""},
        /* a plan without its tasks (only a preamble and a promise) */
        {plan_from_text("UBND TỈNH LẠNG SƠN\nSỞ TƯ PHÁP\nSố: 5/KH-X\nLạng Sơn, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\n"
                        "Thực hiện cải cách hành chính năm 2026\n"
                        "Căn cứ Kế hoạch số 12/KH-UBND ngày 02/3/2026 của UBND tỉnh Lạng Sơn;\n"
                        "Sở Tư pháp sẽ xây dựng kế hoạch chi tiết sau.\n",
                        "lower.txt"),
         "no_tasks"},
        {plan_of("UBND TỈNH HÀ GIANG", "SỞ TƯ PHÁP", "Hà Giang, ngày 10 tháng 3 năm 2026", cites_upper, task),
         "other_province"},
        /* issued the day before; a month without a day is not compared */
        {lower_plan("SỞ TƯ PHÁP", "Lạng Sơn, ngày 01 tháng 3 năm 2026", task), "issued_before"},
        {lower_plan("SỞ TƯ PHÁP", "Lạng Sơn, ngày    tháng 3 năm 2026", task), ""},
        {plan_of("UBND TỈNH LẠNG SƠN", "SỞ TƯ PHÁP", "Lạng Sơn, ngày 10 tháng 3 năm 2026", "", task), "not_cited"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        vnplan_coverage *rep = compare(cases[i].lower, NULL);
        finding_kinds(rep, kinds, sizeof kinds);
        ck_assert_msg(strcmp(kinds, cases[i].kinds) == 0, "case %zu: findings '%s', expected '%s'", i, kinds,
                      cases[i].kinds);
        vnplan_coverage_free(rep);
        vnplan_plan_free(cases[i].lower);
    }
    /* given in the wrong order: the department's plan as the upper, the province's as the lower */
    vnplan_plan *dept = lower_plan("SỞ TƯ PHÁP", "Lạng Sơn, ngày 10 tháng 3 năm 2026", task);
    vnplan_coverage_index *dept_idx = NULL;
    ck_assert_int_eq(vnplan_coverage_index_new(ctx, rules, dept, &dept_idx), VNPLAN_OK);
    const vnplan_plan *list[1] = {upper};
    vnplan_coverage *rep = NULL;
    ck_assert_int_eq(vnplan_coverage_compare(ctx, dept_idx, list, 1, NULL, &rep), VNPLAN_OK);
    finding_kinds(rep, kinds, sizeof kinds);
    ck_assert_str_eq(kinds, "swapped issued_before not_cited");
    ck_assert_ptr_null(vnplan_coverage_finding_at(rep, 3));
    ck_assert_ptr_null(vnplan_coverage_finding_at(NULL, 0));
    ck_assert_uint_eq(vnplan_coverage_finding_count(NULL), 0);
    vnplan_coverage_free(rep);
    vnplan_coverage_index_free(dept_idx);
    vnplan_plan_free(dept);
}
END_TEST

START_TEST(plans_from_json) {
    vnplan_plan *p = NULL;
    static const char *const bad[] = {
        "not json",
        "[1, 2]",
        "{\"vnplan_coverage\": \"1\"}",
        "{\"vnplan\": \"2\", \"metadata\": {}, \"tasks\": []}",
        "{\"vnplan\": \"1\", \"metadata\": {}}",
        "{\"vnplan\": \"1\", \"metadata\": {}, \"tasks\": [{\"id\": \"a\"}]}",
        "{\"vnplan\": \"1\", \"metadata\": {}, \"tasks\": [{\"id\": \"a\", \"text\": \"x\", \"lead\": [1]}]}",
        "{\"vnplan\": \"1\", \"vnplan\": \"1\", \"metadata\": {}, \"tasks\": []}",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ck_assert_int_eq(vnplan_plan_from_json(ctx, bad[i], strlen(bad[i]), &p), VNPLAN_EFORMAT);
        ck_assert_ptr_null(p);
    }
    /* the JSON of a plan reads back into the same plan */
    size_t len;
    char *json = vnplan_plan_to_json(upper, 0, &len);
    ck_assert_int_eq(vnplan_plan_from_json(ctx, json, len, &p), VNPLAN_OK);
    ck_assert(json_equal(p->root, upper->root));
    free(json);
    vnplan_plan_free(p);
}
END_TEST

START_TEST(rendered_formats) {
    vnplan_plan *l = lower_plan("SỞ TƯ PHÁP", "Lạng Sơn, ngày 10 tháng 3 năm 2026",
                                "a) Quản lý, sử dụng hiệu quả kinh phí NSNN, tài sản công; \"=SUM(A1)\".\n");
    vnplan_coverage *rep = compare(l, NULL);
    size_t len;
    char *csv = vnplan_coverage_render(rep, VNPLAN_COVERAGE_CSV, 0, &len);
    ck_assert_uint_eq(strlen(csv), len);
    /* Vietnamese heads by default, English with VNPLAN_COVERAGE_ENGLISH */
    static const char head_vi[] = "\xEF\xBB\xBF\"Mã nhiệm vụ\",\"Lĩnh vực\",\"Mức độ\",\"Điểm (%)\",";
    static const char head_en[] = "\xEF\xBB\xBF\"Upper id\",\"Area\",\"Status\",\"Score (%)\",";
    ck_assert_msg(!strncmp(csv, head_vi, sizeof head_vi - 1), "%.80s", csv);
    ck_assert_ptr_nonnull(strstr(csv, ",\"Đã đáp ứng\","));
    /* scores as whole percentages, numbers under any locale */
    const json_t *first = json_array_get(json_object_get(rep->root, "items"), 0);
    char score[64];
    snprintf(score, sizeof score, "\",%d,\"", (int)(json_real_value(json_object_get(first, "score")) * 100 + 0.5));
    ck_assert_msg(strstr(csv, score) != NULL, "no score %s", score);
    size_t rows = 0;
    for (const char *p = csv; (p = strstr(p, "\r\n")); p += 2)
        rows++;
    ck_assert_uint_eq(rows, 1 + json_array_size(json_object_get(rep->root, "items")));
    ck_assert_ptr_nonnull(strstr(csv, "\"\"=SUM(A1)\"\""));   /* quoted, quotes doubled */
    free(csv);
    char *text = vnplan_coverage_render(rep, VNPLAN_COVERAGE_TEXT, 0, &len);
    ck_assert_ptr_nonnull(strstr(text, "4/7 nhiệm vụ của tỉnh thuộc phạm vi: 1 đã đáp ứng"));
    ck_assert_ptr_nonnull(strstr(text, "Đã đáp ứng"));
    free(text);
    text = vnplan_coverage_render(rep, VNPLAN_COVERAGE_TEXT, VNPLAN_COVERAGE_ENGLISH, &len);
    ck_assert_ptr_nonnull(strstr(text, "4 of 7 upper tasks in scope: 1 covered"));
    ck_assert_ptr_null(strstr(text, "Đã đáp ứng"));
    free(text);
    csv = vnplan_coverage_render(rep, VNPLAN_COVERAGE_CSV, VNPLAN_COVERAGE_ENGLISH, &len);
    ck_assert_msg(!strncmp(csv, head_en, sizeof head_en - 1), "%.80s", csv);
    ck_assert_ptr_nonnull(strstr(csv, ",\"covered\","));
    free(csv);
    /* JSON round trip: the report read back renders the same text */
    char *json = vnplan_coverage_render(rep, VNPLAN_COVERAGE_JSON, 0, &len);
    vnplan_coverage *back = NULL;
    ck_assert_int_eq(vnplan_coverage_from_json(ctx, json, len, &back), VNPLAN_OK);
    ck_assert(json_equal(back->root, rep->root));
    vnplan_coverage_free(back);
    back = NULL;
    ck_assert_int_eq(vnplan_coverage_from_json(ctx, "{\"vnplan\": \"1\"}", 15, &back), VNPLAN_EFORMAT);
    ck_assert_ptr_null(back);
    free(json);
    vnplan_coverage_free(rep);
    vnplan_plan_free(l);
}
END_TEST

/* The OWASP list of formula starts: each gets an apostrophe; a cell that
 * only contains one later does not. */
START_TEST(csv_formula_guard) {
    const char *cells[] = {"=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "a=b", "1-2"};
    const char *want[] = {"\"'=1+1\",", "\"'+1\",", "\"'-2\",", "\"'@SUM(A1)\",", "\"'\tx\",", "\"'\rx\",",
                          "\"a=b\",", "\"1-2\","};
    for (size_t i = 0; i < sizeof cells / sizeof cells[0]; i++) {
        vn_buf b = VN_BUF_INIT;
        out_csv_field(&b, cells[i], false);
        ck_assert_str_eq(vn_buf_cstr(&b), want[i]);
        vn_buf_free(&b);
    }
}
END_TEST

int main(void) {
    Suite *s = suite_create("coverage");
    TCase *tc = tcase_create("coverage");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, scope_rules);
    tcase_add_test(tc, scope_of_a_post_over_a_collective);
    tcase_add_test(tc, abbreviations_and_spelling);
    tcase_add_test(tc, missing_and_extra);
    tcase_add_test(tc, covered_needs_the_share);
    tcase_add_test(tc, deadlines);
    tcase_add_test(tc, several_lower_plans);
    tcase_add_test(tc, sanity_findings);
    tcase_add_test(tc, plans_from_json);
    tcase_add_test(tc, rendered_formats);
    tcase_add_test(tc, csv_formula_guard);
    suite_add_tcase(s, tc);
    return vn_check_run(s);
}
