/*
 * A coverage report as JSON, as a table for a terminal, or as CSV. All
 * renderers read the report's JSON tree, so a saved report can be rendered
 * again (vnplan_coverage_from_json).
 */
#include <stdlib.h>
#include <string.h>

#include "coverage/coverage_internal.h"
#include "extract/plan_internal.h"
#include "output/output_internal.h"
#include "util/buf.h"
#include "util/ctx.h"
#include "util/json_out.h"

/* ---- helpers shared with the HTML renderer -------------------------------------------------- */

const char *out_str(const json_t *o, const char *key, const char *missing) {
    const char *s = vn_json_str(o, key);
    return s ? s : missing;
}

double out_num(const json_t *o, const char *key) {
    return json_number_value(json_object_get(o, key));
}

long long out_int(const json_t *o, const char *key) {
    return (long long)json_integer_value(json_object_get(o, key));
}

/* Display columns of UTF-8 text: one per code point, none for combining
 * marks (the text is NFC Vietnamese, so this is exact for it). */
static size_t columns(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c & 0xC0) == 0x80)
            continue;
        if (c == 0xCC && i + 1 < len && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0xBF)
            continue;   /* U+0300..U+033F combining marks */
        if (c == 0xCD && i + 1 < len && (unsigned char)s[i + 1] <= 0xAF)
            continue;
        n++;
    }
    return n;
}

/* Appends s cut or padded to exactly `width` columns ("…" marks a cut);
 * newlines and tabs become spaces. */
static void cell(vn_buf *b, const char *s, size_t width) {
    size_t len = strlen(s), used = 0, i = 0;
    size_t total = columns(s, len);
    size_t room = total > width ? width - 1 : width;
    while (i < len && used < room) {
        size_t j = i + 1;
        while (j < len && ((unsigned char)s[j] & 0xC0) == 0x80)
            j++;
        if (s[i] == '\n' || s[i] == '\t' || s[i] == '\r')
            vn_buf_putc(b, ' ');
        else
            vn_buf_append(b, s + i, j - i);
        used += columns(s + i, j - i);
        i = j;
    }
    if (total > width)
        vn_buf_puts(b, "\xE2\x80\xA6"), used++;
    for (; used < width; used++)
        vn_buf_putc(b, ' ');
}

/* ---- text ---------------------------------------------------------------------------------- */

static void text_plan_line(vn_buf *b, const char *label, const json_t *p) {
    const json_t *md = json_object_get(p, "metadata");
    const char *path = out_str(json_object_get(p, "source"), "path", "-");
    vn_buf_printf(b, "%s %s", label, path);
    const char *issuer = out_str(md, "issuer", NULL), *symbol = out_str(md, "symbol", NULL);
    const char *date = out_str(md, "date", NULL);
    if (issuer)
        vn_buf_printf(b, "  %s", issuer);
    if (symbol)
        vn_buf_printf(b, "  %s", symbol);
    if (date)
        vn_buf_printf(b, "  %s", date);
    vn_buf_putc(b, '\n');
}

static void render_text(const json_t *r, vn_buf *b) {
    const json_t *sum = json_object_get(r, "summary"), *x;
    size_t i;
    text_plan_line(b, "Upper:", json_object_get(r, "upper"));
    json_array_foreach(json_object_get(r, "lower"), i, x) {
        text_plan_line(b, "Lower:", x);
        const json_t *s = json_object_get(x, "summary");
        vn_buf_printf(b, "       unit: %s (%s); %lld tasks; %lld in scope: %lld covered, %lld partial, %lld missing; "
                         "%lld extra\n",
                      out_str(x, "unit", "unknown"), out_str(x, "unit_from", "?"), out_int(x, "tasks"),
                      out_int(s, "in_scope"), out_int(s, "covered"), out_int(s, "partial"), out_int(s, "missing"),
                      out_int(s, "extra"));
    }
    vn_buf_printf(b, "\n%lld of %lld upper tasks in scope: %lld covered, %lld partial, %lld missing; %lld extra lower "
                     "tasks\n\n",
                  out_int(sum, "in_scope"), out_int(sum, "upper_tasks"), out_int(sum, "covered"),
                  out_int(sum, "partial"), out_int(sum, "missing"), out_int(sum, "extra"));
    cell(b, "AREA", 48);
    vn_buf_puts(b, "  SCOPE  COVERED  PARTIAL  MISSING\n");
    json_array_foreach(json_object_get(r, "areas"), i, x) {
        const char *area = out_str(x, "area", "");
        cell(b, *area ? area : "(no area)", 48);
        vn_buf_printf(b, "  %5lld  %7lld  %7lld  %7lld\n", out_int(x, "in_scope"), out_int(x, "covered"),
                      out_int(x, "partial"), out_int(x, "missing"));
    }
    vn_buf_putc(b, '\n');
    cell(b, "UPPER TASK", 12);
    vn_buf_puts(b, "  STATUS   SCORE  ");
    cell(b, "SCOPE", 12);
    vn_buf_puts(b, "  ");
    cell(b, "TEXT", 40);
    vn_buf_puts(b, "  BEST MATCH\n");
    json_array_foreach(json_object_get(r, "items"), i, x) {
        const json_t *ut = json_object_get(x, "upper_task");
        const json_t *m = json_array_get(json_object_get(x, "matches"), 0);
        cell(b, out_str(ut, "id", ""), 12);
        vn_buf_puts(b, "  ");
        cell(b, out_str(x, "status", ""), 7);
        vn_buf_printf(b, "  %.2f   ", out_num(x, "score"));
        cell(b, out_str(json_object_get(x, "scope"), "rule", ""), 12);
        vn_buf_puts(b, "  ");
        cell(b, out_str(ut, "text", ""), 40);
        if (m) {
            const json_t *lt = json_object_get(m, "lower_task");
            vn_buf_puts(b, "  ");
            vn_buf_puts(b, out_str(lt, "id", ""));
            vn_buf_puts(b, " ");
            cell(b, out_str(lt, "text", ""), 40);
        }
        /* trailing spaces of the padding are not worth keeping */
        while (b->len && b->data[b->len - 1] == ' ')
            vn_buf_truncate(b, b->len - 1);
        vn_buf_putc(b, '\n');
    }
    const json_t *extra = json_object_get(r, "extra");
    if (json_array_size(extra)) {
        vn_buf_puts(b, "\nEXTRA (lower tasks that answer no upper task)\n");
        json_array_foreach(extra, i, x) {
            const json_t *lt = json_object_get(x, "lower_task");
            vn_buf_puts(b, "  ");
            cell(b, out_str(lt, "id", ""), 12);
            vn_buf_puts(b, "  ");
            cell(b, out_str(lt, "text", ""), 80);
            while (b->len && b->data[b->len - 1] == ' ')
                vn_buf_truncate(b, b->len - 1);
            vn_buf_putc(b, '\n');
        }
    }
    const json_t *findings = json_object_get(r, "findings");
    if (json_array_size(findings)) {
        vn_buf_puts(b, "\nFINDINGS\n");
        json_array_foreach(findings, i, x) {
            if (json_object_get(x, "upper_task"))
                vn_buf_printf(b, "  %s %s: %s: \"%s\" - %s\n", out_str(x, "kind", ""), out_str(x, "upper_task", ""),
                              out_str(x, "status", ""), out_str(x, "text", ""), out_str(x, "message", ""));
            else   /* a sanity finding about the pair of plans */
                vn_buf_printf(b, "  %s (lower %lld): %s\n", out_str(x, "kind", ""),
                              (long long)json_integer_value(json_object_get(x, "lower")), out_str(x, "message", ""));
        }
    }
}

/* ---- CSV ----------------------------------------------------------------------------------- */

/* One RFC 4180 field. A cell that a spreadsheet would take for a formula
 * (=, +, @ first) gets a leading apostrophe. */
static void csv_field(vn_buf *b, const char *s, bool last) {
    vn_buf_putc(b, '"');
    if (*s == '=' || *s == '+' || *s == '@')
        vn_buf_putc(b, '\'');
    for (; *s; s++) {
        if (*s == '"')
            vn_buf_putc(b, '"');
        vn_buf_putc(b, *s);
    }
    vn_buf_putc(b, '"');
    vn_buf_puts(b, last ? "\r\n" : ",");
}

static void csv_num(vn_buf *b, double v) {
    vn_buf_printf(b, "%.4f,", v);
}

static void render_csv(const json_t *r, vn_buf *b) {
    vn_buf_puts(b, "\xEF\xBB\xBF");   /* BOM: spreadsheets then read the file as UTF-8 */
    vn_buf_puts(b, "upper_id,area,status,score,scope,scope_unit,upper_text,"
                   "match_1_id,match_1_score,match_1_source,match_1_text,match_1_terms,"
                   "match_2_id,match_2_score,match_3_id,match_3_score\r\n");
    size_t i;
    const json_t *x;
    json_array_foreach(json_object_get(r, "items"), i, x) {
        const json_t *ut = json_object_get(x, "upper_task"), *scope = json_object_get(x, "scope");
        const json_t *matches = json_object_get(x, "matches");
        csv_field(b, out_str(ut, "id", ""), false);
        csv_field(b, out_str(ut, "area", ""), false);
        csv_field(b, out_str(x, "status", ""), false);
        csv_num(b, out_num(x, "score"));
        csv_field(b, out_str(scope, "rule", ""), false);
        csv_field(b, out_str(scope, "unit", ""), false);
        csv_field(b, out_str(ut, "text", ""), false);
        for (size_t k = 0; k < 3; k++) {
            const json_t *m = json_array_get(matches, k), *lt = json_object_get(m, "lower_task");
            bool last = k == 2;
            csv_field(b, out_str(lt, "id", ""), false);
            if (m)
                vn_buf_printf(b, "%.4f%s", out_num(m, "score"), last ? "\r\n" : ",");
            else
                vn_buf_puts(b, last ? "\r\n" : ",");
            if (k == 0) {
                csv_field(b, out_str(lt, "source", ""), false);
                csv_field(b, out_str(lt, "text", ""), false);
                vn_buf t = VN_BUF_INIT;
                size_t j;
                const json_t *term;
                json_array_foreach(json_object_get(m, "terms"), j, term) {
                    if (!json_is_string(term))
                        continue;
                    if (t.len)
                        vn_buf_puts(&t, "; ");
                    vn_buf_puts(&t, json_string_value(term));
                }
                csv_field(b, vn_buf_cstr(&t), false);
                b->failed |= t.failed;
                vn_buf_free(&t);
            }
        }
    }
}

/* ---- entry points -------------------------------------------------------------------------- */

char *vnplan_coverage_render(const vnplan_coverage *report, vnplan_coverage_format format, unsigned flags,
                             size_t *len) {
    if (!report)
        return NULL;
    if (format == VNPLAN_COVERAGE_JSON) {
        vn_buf b = VN_BUF_INIT;
        if (!vn_json_append(&b, report->root, flags & VNPLAN_JSON_PRETTY)) {
            vn_buf_free(&b);
            return NULL;
        }
        size_t n;
        char *s = vn_buf_detach(&b, &n);
        if (!s)
            return NULL;
        char *t = realloc(s, n + 2);
        if (!t) {
            free(s);
            return NULL;
        }
        t[n] = '\n';
        t[n + 1] = '\0';
        if (len)
            *len = n + 1;
        return t;
    }
    vn_buf b = VN_BUF_INIT;
    if (format == VNPLAN_COVERAGE_TEXT)
        render_text(report->root, &b);
    else if (format == VNPLAN_COVERAGE_CSV)
        render_csv(report->root, &b);
    else
        out_render_html(report->root, &b);
    vn_buf_putc(&b, '\0');
    char *s = vn_buf_detach(&b, len);
    if (s && len)
        (*len)--;
    return s;
}

vnplan_status vnplan_coverage_from_json(vnplan_ctx *ctx, const char *json, size_t len, vnplan_coverage **out) {
    VN_REQUIRE_ARG(ctx, ctx);
    VN_REQUIRE_ARG(ctx, out);
    *out = NULL;
    VN_REQUIRE_ARG(ctx, json);
    json_error_t err;
    json_t *root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &err);
    if (!root)
        return vn_fail(ctx, VNPLAN_EFORMAT, NULL, "not valid JSON: %s (line %d, column %d)", err.text, err.line,
                       err.column);
    const char *v = vn_json_str(root, "vnplan_coverage");
    const char *problem = !v                                                  ? "not a coverage report"
                          : strcmp(v, "1")                                     ? "a report of another format version"
                          : !json_is_array(json_object_get(root, "items"))     ? "\"items\" is not an array"
                          : !json_is_array(json_object_get(root, "lower"))     ? "\"lower\" is not an array"
                          : !json_is_object(json_object_get(root, "summary"))  ? "\"summary\" is not an object"
                                                                               : NULL;
    if (problem) {
        json_decref(root);
        return vn_fail(ctx, VNPLAN_EFORMAT, NULL, "%s", problem);
    }
    vnplan_coverage *rep = calloc(1, sizeof *rep);
    if (!rep) {
        json_decref(root);
        return vn_fail_nomem(ctx);
    }
    rep->root = root;
    *out = rep;
    return VNPLAN_OK;
}
