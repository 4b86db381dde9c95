/* Fuzz target: plans and coverage reports read from JSON. The input is
 * read as a lower plan and compared with a small upper plan, as an upper
 * plan compared with itself, and as a report rendered in every format. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vnplan/coverage.h"

static vnplan_rules *rules;
static vnplan_plan *upper;
static vnplan_coverage_index *upper_index;

static const char upper_text[] =
    "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSố: 12/KH-UBND\nLạng Sơn, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Cải cách hành chính năm 2026\nII. NHIỆM VỤ\n1. Cải cách thủ tục hành chính (TTHC)\n"
    "a) Rà soát, đơn giản hóa TTHC; công khai TTHC đầy đủ.\n"
    "b) Các Sở, ban, ngành xây dựng kế hoạch chi tiết, hoàn thành chậm nhất sau 15 ngày kể từ ngày ban hành.\n"
    "III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\nTheo dõi, đôn đốc việc thực hiện Kế hoạch.\n";

static void render_all(const vnplan_coverage *rep) {
    for (int f = VNPLAN_COVERAGE_JSON; f <= VNPLAN_COVERAGE_HTML; f++) {
        size_t len;
        free(vnplan_coverage_render(rep, (vnplan_coverage_format)f, 0, &len));
    }
}

static void setup(vnplan_ctx *ctx) {
    vnplan_document *doc = NULL;
    if (vnplan_rules_load_default(ctx, &rules) != VNPLAN_OK ||
        vnplan_document_from_text(ctx, upper_text, sizeof upper_text - 1, &doc) != VNPLAN_OK ||
        vnplan_extract(ctx, rules, doc, NULL, &upper) != VNPLAN_OK ||
        vnplan_coverage_index_new(ctx, rules, upper, &upper_index) != VNPLAN_OK)
        abort();
    vnplan_document_free(doc);
    vnplan_rules_jit(rules);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    vnplan_ctx *ctx = vnplan_ctx_new();
    if (!ctx)
        return 0;
    if (!rules)
        setup(ctx);
    vnplan_coverage_options o;
    vnplan_coverage_options_init(&o);
    vnplan_plan *plan = NULL;
    if (vnplan_plan_from_json(ctx, (const char *)data, size, &plan) == VNPLAN_OK) {
        const vnplan_plan *lower[2] = {plan, upper};
        vnplan_coverage *rep = NULL;
        if (vnplan_coverage_compare(ctx, upper_index, lower, 2, &o, &rep) == VNPLAN_OK)
            render_all(rep);
        vnplan_coverage_free(rep);
        rep = NULL;
        vnplan_coverage_index *idx = NULL;
        o.all = true;
        if (vnplan_coverage_index_new(ctx, rules, plan, &idx) == VNPLAN_OK &&
            vnplan_coverage_compare(ctx, idx, lower, 1, &o, &rep) == VNPLAN_OK)
            render_all(rep);
        vnplan_coverage_free(rep);
        vnplan_coverage_index_free(idx);
        vnplan_plan_free(plan);
    }
    vnplan_coverage *rep = NULL;
    if (vnplan_coverage_from_json(ctx, (const char *)data, size, &rep) == VNPLAN_OK)
        render_all(rep);
    vnplan_coverage_free(rep);
    vnplan_ctx_free(ctx);
    return 0;
}
