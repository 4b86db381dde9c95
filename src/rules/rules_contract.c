/* The contract between the rules file and the code: every section the
 * extractor and coverage read, and the named groups they take from each
 * rule's matches. Checked whenever rules are added (vn_rules_check): a rule
 * without a group the code reads fails to load, naming the file, line, rule
 * and group (before this check, `heading.roman` without `label` made
 * extract read uninitialised memory and die); a section no code reads is
 * a warning (a misspelled name would otherwise be ignored in silence), an
 * error in strict mode. docs/rules.md lists the same table for users;
 * tests/rules/test_rules_file.c checks that the default rules and this table
 * agree both ways. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules/rules_internal.h"
#include "util/ctx.h"

typedef struct vn_rule_contract {
    vn_section_kind kind;
    const char *name;
    const char *groups;   /* the named groups the code reads, space-separated ("" for none) */
} vn_rule_contract;

static const vn_rule_contract contracts[] = {
    /* metadata.c */
    {VN_SECTION_RULE, "meta.number", "number symbol"},
    {VN_SECTION_RULE, "meta.place_date", "place day month year"},
    {VN_SECTION_RULE, "meta.motto", ""},
    {VN_SECTION_RULE, "meta.reference", "type number day month year"},
    {VN_SECTION_RULE, "meta.results", "percent rank of"},
    {VN_SECTION_RULE, "meta.recipients", ""},
    {VN_SECTION_RULE, "meta.authority", "prefix"},
    {VN_SECTION_RULE, "meta.issued_with", ""},
    {VN_SECTION_LIST, "meta.signer_ranks", ""},
    {VN_SECTION_LIST, "meta.preamble", ""},
    {VN_SECTION_LIST, "meta.preamble_never_title", ""},
    {VN_SECTION_RULE, "meta.title_year", "year"},
    {VN_SECTION_MAP, "doc_types", ""},
    /* sections.c, appendix.c, plan.c */
    {VN_SECTION_RULE, "heading.part", "label heading"},
    {VN_SECTION_RULE, "heading.roman", "label heading"},
    {VN_SECTION_RULE, "heading.dotted", "label heading"},
    {VN_SECTION_RULE, "heading.arabic", "label heading"},
    {VN_SECTION_RULE, "heading.letter", "label heading"},
    {VN_SECTION_RULE, "heading.task_section", ""},
    {VN_SECTION_RULE, "heading.organisation", ""},
    {VN_SECTION_RULE, "heading.topic", ""},
    {VN_SECTION_RULE, "heading.targets", ""},
    {VN_SECTION_LIST, "coverage.off", ""},
    {VN_SECTION_LIST, "coverage.support_verbs", ""},
    {VN_SECTION_LIST, "coverage.posts", ""},
    {VN_SECTION_RULE, "appendix.start", "number"},
    {VN_SECTION_RULE, "reflow.paragraph_start", ""},
    {VN_SECTION_RULE, "body.not_task", ""},
    /* fields.c */
    {VN_SECTION_RULE, "field.lead", "value"},
    {VN_SECTION_RULE, "field.support", "value"},
    {VN_SECTION_RULE, "field.time", "value"},
    {VN_SECTION_RULE, "field.output", "value"},
    {VN_SECTION_RULE, "assign.giao", "unit"},
    {VN_SECTION_RULE, "assign.subject", "unit"},
    {VN_SECTION_RULE, "assign.responsible", "unit"},
    {VN_SECTION_RULE, "assign.support", "unit"},
    {VN_SECTION_LIST, "assign.prefixes", ""},
    {VN_SECTION_RULE, "time.continuous", ""},
    {VN_SECTION_RULE, "time.before_quarter", "q year"},
    {VN_SECTION_RULE, "time.quarter", "q year"},
    {VN_SECTION_RULE, "time.half", "first year"},
    {VN_SECTION_RULE, "time.before_date", "day month year"},
    {VN_SECTION_RULE, "time.date", "day month year"},
    {VN_SECTION_RULE, "time.from_day_month", "day month"},
    {VN_SECTION_RULE, "time.month", "month year"},
    {VN_SECTION_RULE, "time.year", "year"},
    {VN_SECTION_RULE, "time.during", ""},
    {VN_SECTION_RULE, "time.after_issue", "days working"},
    {VN_SECTION_RULE, "time.by_reference", ""},
    {VN_SECTION_RULE, "time.recurring", ""},
    {VN_SECTION_RULE, "time.this_year", ""},
    {VN_SECTION_RULE, "time.from_year", "year"},
    {VN_SECTION_RULE, "time.before_month", "month year"},
    {VN_SECTION_RULE, "time.before_year", "year"},
    {VN_SECTION_RULE, "time.year_range", "year year2"},
    {VN_SECTION_RULE, "time.day_month", "day month"},
    {VN_SECTION_RULE, "time.month_range", "month month2"},
    {VN_SECTION_RULE, "criteria", "criterion score max"},
    {VN_SECTION_LIST, "column.stt", ""},
    {VN_SECTION_LIST, "column.task", ""},
    {VN_SECTION_LIST, "column.lead", ""},
    {VN_SECTION_LIST, "column.support", ""},
    {VN_SECTION_LIST, "column.time", ""},
    {VN_SECTION_LIST, "column.output", ""},
    {VN_SECTION_LIST, "column.note", ""},
    {VN_SECTION_LIST, "column.implementer", ""},
    {VN_SECTION_MAP, "column.words", ""},
    {VN_SECTION_LIST, "issuer.heads", ""},
    {VN_SECTION_RULE, "unit.whole", ""},
    {VN_SECTION_RULE, "unit.comma_in_name", "next last"},
    {VN_SECTION_LIST, "unit.collectives", ""},
    {VN_SECTION_LIST, "unit.heads", ""},
    {VN_SECTION_LIST, "unit.heads_lower", ""},
    {VN_SECTION_LIST, "unit.conjunctions", ""},
    {VN_SECTION_LIST, "unit.line_goes_on", ""},
    {VN_SECTION_MAP, "abbreviations", ""},
    /* coverage */
    {VN_SECTION_RULE, "coverage.plan_demand", ""},
    {VN_SECTION_RULE, "coverage.province", "province"},
    {VN_SECTION_MAP, "coverage.collectives", ""},
    {VN_SECTION_LIST, "stopwords", ""},
};

static const char *kind_name(vn_section_kind k) {
    return k == VN_SECTION_LIST ? "list" : k == VN_SECTION_MAP ? "map" : "rule";
}

static const vn_rule_contract *contract_of(vn_section_kind kind, const char *name) {
    for (size_t i = 0; i < sizeof contracts / sizeof contracts[0]; i++)
        if (contracts[i].kind == kind && strcmp(contracts[i].name, name) == 0)
            return &contracts[i];
    return NULL;
}

size_t vn_rules_contract_count(void) { return sizeof contracts / sizeof contracts[0]; }

bool vn_rules_contract_at(size_t i, vn_section_kind *kind, const char **name, const char **groups) {
    if (i >= vn_rules_contract_count())
        return false;
    *kind = contracts[i].kind;
    *name = contracts[i].name;
    *groups = contracts[i].groups;
    return true;
}

/* The first group of `groups` the compiled pattern lacks, copied to
 * missing[]; false when it has them all. */
static bool lacks_group(const pcre2_code *code, const char *groups, char *missing, size_t size) {
    for (const char *g = groups; *g;) {
        size_t n = strcspn(g, " ");
        if (n && n < size) {
            memcpy(missing, g, n);
            missing[n] = '\0';
            if (pcre2_substring_number_from_name(code, (PCRE2_SPTR)missing) < 0)
                return true;
        }
        g += n;
        while (*g == ' ')
            g++;
    }
    return false;
}

vnplan_status vn_rules_check(vnplan_ctx *ctx, vnplan_rules *rules, const vn_vec *sections) {
    for (size_t i = 0; i < sections->n; i++) {
        const vn_rules_section *s = *(vn_rules_section **)vn_vec_at(sections, i);
        if (s->removed)
            continue;
        const vn_rule_contract *c = contract_of(s->kind, s->name);
        if (!c) {
            char what[200];
            snprintf(what, sizeof what, "[%s %s] is not read by vnplan (a misspelled name?)", kind_name(s->kind),
                     s->name);
            if (rules->strict)
                return vn_fail_line(ctx, VNPLAN_ERULES, s->file, s->line, "%s", what);
            char buf[400];
            snprintf(buf, sizeof buf, "%s:%ld: %s", s->file, s->line, what);
            char *line = vn_arena_strdup(&rules->arena, buf);
            const char **slot = line ? vn_vec_push(&rules->warnings) : NULL;
            if (!slot)
                return vn_fail_nomem(ctx);
            *slot = line;
            continue;
        }
        char missing[64];
        if (s->kind == VN_SECTION_RULE && s->code && lacks_group(s->code, c->groups, missing, sizeof missing))
            return vn_fail_line(ctx, VNPLAN_ERULES, s->file, s->line,
                                "rule '%s' has no named group '%s', which vnplan reads (it needs: %s)", s->name,
                                missing, c->groups);
    }
    return VNPLAN_OK;
}

void vnplan_rules_strict(vnplan_rules *rules, bool strict) {
    if (rules)
        rules->strict = strict;
}

size_t vnplan_rules_warnings(const vnplan_rules *rules, const char *const **items) {
    if (!items)
        return 0;
    *items = NULL;
    if (!rules)
        return 0;
    *items = (const char *const *)rules->warnings.items;
    return rules->warnings.n;
}
