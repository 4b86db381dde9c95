/* The upper plan's index: its tasks as terms, document frequencies and
 * postings, built once for any number of lower plans. */
#include <stdlib.h>
#include <string.h>

#include "coverage/coverage_internal.h"
#include "extract/plan_internal.h"
#include "util/json_tree.h"
#include "util/ctx.h"

void vnplan_coverage_options_init(vnplan_coverage_options *o) {
    if (o)
        vnplan_coverage_options_init_version(o, VNPLAN_COVERAGE_OPTIONS_VERSION);
}

vnplan_status vnplan_coverage_options_init_version(vnplan_coverage_options *o, unsigned version) {
    VN_REQUIRE_ARG(NULL, o);
    if (version == 0 || version > VNPLAN_COVERAGE_OPTIONS_VERSION)
        return VNPLAN_EINVAL;
    /* Version 1 is the whole struct; a later version fills its added fields
     * only when the caller's version has them. */
    vnplan_coverage_options defaults = VNPLAN_COVERAGE_OPTIONS_INIT;
    *o = defaults;
    o->version = version;
    return VNPLAN_OK;
}

/* Fills docs from the plan's tasks (id, text, area borrowed from the tree). */
bool cov_docs_from_plan(const json_t *plan, const cov_lexicon *lx, cov_vocab *vocab, cov_doc **out,
                        size_t *n_out) {
    const json_t *tasks = json_object_get(plan, "tasks");
    size_t n = json_array_size(tasks);
    cov_doc *docs = calloc(n ? n : 1, sizeof *docs);
    if (!docs)
        return false;
    *out = docs;
    *n_out = n;
    for (size_t i = 0; i < n; i++) {
        const json_t *t = json_array_get(tasks, i);
        docs[i].id = vn_json_str(t, "id");
        docs[i].text = vn_json_str(t, "text");
        docs[i].area = vn_json_str(t, "area");
        if (!cov_doc_build(&docs[i], lx, vocab))
            return false;
    }
    return true;
}

void cov_docs_free(cov_doc *docs, size_t n) {
    for (size_t i = 0; docs && i < n; i++)
        cov_doc_free(&docs[i]);
    free(docs);
}

static bool build_postings(vnplan_coverage_index *idx) {
    size_t n_terms = (size_t)cov_vocab_size(&idx->vocab), total = 0;
    idx->n_post_terms = n_terms;
    idx->post_start = calloc(n_terms + 1, sizeof *idx->post_start);
    unsigned *df = calloc(n_terms + 1, sizeof *df);
    if (!idx->post_start || !df) {
        free(df);
        return false;
    }
    for (size_t d = 0; d < idx->n_docs; d++)
        for (size_t k = 0; k < idx->docs[d].n_terms; k++)
            df[idx->docs[d].terms[k]]++, total++;
    for (size_t t = 0; t < n_terms; t++)
        idx->post_start[t + 1] = idx->post_start[t] + df[t];
    idx->post_doc = malloc((total + 1) * sizeof *idx->post_doc);
    idx->post_tf = malloc((total + 1) * sizeof *idx->post_tf);
    size_t *fill = malloc((n_terms + 1) * sizeof *fill);
    if (!idx->post_doc || !idx->post_tf || !fill) {
        free(df);
        free(fill);
        return false;
    }
    memcpy(fill, idx->post_start, n_terms * sizeof *fill);
    for (size_t d = 0; d < idx->n_docs; d++)
        for (size_t k = 0; k < idx->docs[d].n_terms; k++) {
            size_t at = fill[idx->docs[d].terms[k]]++;
            idx->post_doc[at] = d;
            idx->post_tf[at] = idx->docs[d].tf[k];
        }
    free(fill);
    idx->df = df;
    return true;
}

vnplan_status vnplan_coverage_index_new(vnplan_ctx *ctx, const vnplan_rules *rules, const vnplan_plan *upper,
                                        vnplan_coverage_index **out) {
    VN_REQUIRE_ARG(ctx, ctx);
    VN_REQUIRE_ARG(ctx, out);
    *out = NULL;
    VN_REQUIRE_ARG(ctx, rules);
    VN_REQUIRE_ARG(ctx, upper);
    unsigned long json_mark = vn_alloc_failures();
    vnplan_coverage_index *idx = calloc(1, sizeof *idx);
    if (!idx)
        return vn_fail_nomem(ctx);
    idx->rules = rules;
    idx->plan = upper->root;
    idx->off = cov_off_switches(rules);
    cov_paraphrases_init(&idx->paraphrases);
    cov_vocab_init(&idx->vocab, NULL);
    bool ok = ((idx->off & COV_OFF_LEXICON) || cov_paraphrases_load_default(&idx->paraphrases)) &&
              cov_lexicon_init(&idx->lexicon, rules);
    idx->lexicon.para = &idx->paraphrases;   /* empty when switched off */
    ok = ok && cov_lexicon_add_plan(&idx->lexicon, upper->root) &&
         cov_docs_from_plan(upper->root, &idx->lexicon, &idx->vocab, &idx->docs, &idx->n_docs) &&
         build_postings(idx) && cov_neighbours(idx) && cov_units_build(idx) && cov_find_demands(idx) &&
         vn_alloc_failures() == json_mark;
    if (!ok) {
        vnplan_coverage_index_free(idx);
        return vn_fail_nomem(ctx);
    }
    *out = idx;
    return VNPLAN_OK;
}

void vnplan_coverage_index_free(vnplan_coverage_index *idx) {
    if (!idx)
        return;
    cov_units_free(idx);
    free(idx->demands);
    cov_docs_free(idx->docs, idx->n_docs);
    free(idx->df);
    free(idx->post_start);
    free(idx->post_doc);
    free(idx->post_tf);
    free(idx->neighbour);
    free(idx->neighbour_sim);
    free(idx->twin);
    cov_lexicon_free(&idx->lexicon);
    cov_paraphrases_free(&idx->paraphrases);
    cov_vocab_free(&idx->vocab);
    free(idx);
}
