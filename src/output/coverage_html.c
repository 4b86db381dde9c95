/*
 * The coverage report as one self-contained HTML page: inline CSS, no
 * script, no external asset, so it opens from disk and can be mailed. The
 * summary per area comes first, then each upper task beside its matches
 * with the shared words highlighted (<mark>), then the extra lower tasks
 * and the findings.
 */
#include <string.h>

#include "output/output_internal.h"

static const char css[] =
    "body{font-family:system-ui,'Segoe UI',Arial,sans-serif;margin:1.5rem;color:#1d2330;line-height:1.45}"
    "h1{font-size:1.35rem;margin:0 0 .3rem}h2{font-size:1.1rem;margin:1.6rem 0 .5rem}"
    ".plans{margin:.4rem 0 1rem;color:#444}.plans p{margin:.15rem 0}"
    "table{border-collapse:collapse;width:100%}th,td{border:1px solid #d4d8e0;padding:.35rem .5rem;"
    "vertical-align:top;text-align:left}th{background:#eef1f6}td.n{text-align:right;width:5.5rem}"
    ".bar{display:flex;height:.7rem;min-width:8rem;border-radius:3px;overflow:hidden;background:#eee}"
    ".bar span{display:block}.covered{background:#2e8540}.partial{background:#e0a800}.missing{background:#c62828}"
    ".status{display:inline-block;padding:.05rem .45rem;border-radius:3px;color:#fff;font-size:.8rem;"
    "font-weight:600}.status.partial{color:#222}"
    "tr.item>td:first-child{width:45%}.id{font-family:ui-monospace,monospace;font-size:.85rem;color:#555}"
    ".scope{font-size:.8rem;color:#666}.match{margin:0 0 .6rem}.match:last-child{margin:0}"
    ".score{font-family:ui-monospace,monospace;font-size:.85rem}"
    "mark{background:#fff3a0;padding:0 .1rem}.terms{font-size:.8rem;color:#555}"
    "tr.s-covered>td:first-child{border-left:5px solid #2e8540}"
    "tr.s-partial>td:first-child{border-left:5px solid #e0a800}"
    "tr.s-missing>td:first-child{border-left:5px solid #c62828}"
    ".none{color:#888;font-style:italic}";

static void esc(vn_buf *b, const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        switch (s[i]) {
        case '&': vn_buf_puts(b, "&amp;"); break;
        case '<': vn_buf_puts(b, "&lt;"); break;
        case '>': vn_buf_puts(b, "&gt;"); break;
        case '"': vn_buf_puts(b, "&quot;"); break;
        default: vn_buf_putc(b, s[i]);
        }
    }
}

static void esc_str(vn_buf *b, const char *s) {
    esc(b, s, strlen(s));
}

/* text with the byte spans [[start, end], ...] (sorted) in <mark>. Spans
 * out of range or out of order are ignored rather than trusted. */
static void marked(vn_buf *b, const char *text, const json_t *spans) {
    size_t len = strlen(text), at = 0, i;
    const json_t *sp;
    json_array_foreach(spans, i, sp) {
        json_int_t s = json_integer_value(json_array_get(sp, 0)), e = json_integer_value(json_array_get(sp, 1));
        if (s < (json_int_t)at || e <= s || e > (json_int_t)len)
            continue;
        esc(b, text + at, (size_t)s - at);
        vn_buf_puts(b, "<mark>");
        esc(b, text + s, (size_t)(e - s));
        vn_buf_puts(b, "</mark>");
        at = (size_t)e;
    }
    esc(b, text + at, len - at);
}

static void plan_line(vn_buf *b, const char *label, const json_t *p) {
    const json_t *md = json_object_get(p, "metadata");
    vn_buf_printf(b, "<p><b>%s</b> ", label);
    esc_str(b, out_str(json_object_get(p, "source"), "path", "-"));
    const char *keys[] = {"issuer", "symbol", "date", "title"};
    for (int k = 0; k < 4; k++) {
        const char *v = out_str(md, keys[k], NULL);
        if (v) {
            vn_buf_puts(b, " &middot; ");
            esc_str(b, v);
        }
    }
    vn_buf_puts(b, "</p>\n");
}

static void bar(vn_buf *b, const json_t *counts) {
    long long n = out_int(counts, "in_scope");
    vn_buf_puts(b, "<div class=\"bar\">");
    const char *names[] = {"covered", "partial", "missing"};
    for (int k = 0; k < 3 && n > 0; k++) {
        long long v = out_int(counts, names[k]);
        if (v)
            vn_buf_printf(b, "<span class=\"%s\" style=\"width:%.1f%%\" title=\"%lld %s\"></span>", names[k],
                          100.0 * (double)v / (double)n, v, names[k]);
    }
    vn_buf_puts(b, "</div>");
}

static void status_badge(vn_buf *b, const char *status) {
    vn_buf_printf(b, "<span class=\"status %s\">", status);
    esc_str(b, status);
    vn_buf_puts(b, "</span>");
}

static void items_table(vn_buf *b, const json_t *items) {
    vn_buf_puts(b, "<table class=\"items\">\n<thead><tr><th>Upper task</th><th>Best matches in the lower "
                   "plans</th></tr></thead>\n<tbody>\n");
    size_t i;
    const json_t *x;
    json_array_foreach(items, i, x) {
        const json_t *ut = json_object_get(x, "upper_task"), *scope = json_object_get(x, "scope");
        const json_t *matches = json_object_get(x, "matches");
        const char *status = out_str(x, "status", "");
        /* a class name: only the known statuses (a report read back from JSON may say anything) */
        if (strcmp(status, "covered") && strcmp(status, "partial") && strcmp(status, "missing"))
            status = "unknown";
        const json_t *best = json_array_get(matches, 0);
        vn_buf_printf(b, "<tr class=\"item s-%s\" id=\"u-", status);
        esc_str(b, out_str(ut, "id", ""));
        vn_buf_puts(b, "\"><td><span class=\"id\">");
        esc_str(b, out_str(ut, "id", ""));
        vn_buf_puts(b, "</span> ");
        status_badge(b, status);
        vn_buf_printf(b, " <span class=\"score\">%.2f</span><br>", out_num(x, "score"));
        marked(b, out_str(ut, "text", ""), json_object_get(json_object_get(best, "spans"), "upper"));
        vn_buf_puts(b, "<div class=\"scope\">scope: ");
        esc_str(b, out_str(scope, "rule", ""));
        const char *unit = out_str(scope, "unit", NULL);
        if (unit) {
            vn_buf_puts(b, " (");
            esc_str(b, unit);
            vn_buf_puts(b, ")");
        }
        vn_buf_puts(b, "</div></td><td>");
        if (!json_array_size(matches))
            vn_buf_puts(b, "<span class=\"none\">no lower task shares its terms</span>");
        size_t k;
        const json_t *m;
        json_array_foreach(matches, k, m) {
            const json_t *lt = json_object_get(m, "lower_task");
            vn_buf_puts(b, "<div class=\"match\"><span class=\"id\">");
            esc_str(b, out_str(lt, "id", ""));
            vn_buf_printf(b, "</span> <span class=\"score\">%.2f</span> ", out_num(m, "score"));
            marked(b, out_str(lt, "text", ""), json_object_get(json_object_get(m, "spans"), "lower"));
            vn_buf_puts(b, "<div class=\"terms\">shared: ");
            size_t t;
            const json_t *term;
            json_array_foreach(json_object_get(m, "terms"), t, term) {
                if (!json_is_string(term))
                    continue;
                if (t)
                    vn_buf_puts(b, ", ");
                esc_str(b, json_string_value(term));
            }
            vn_buf_puts(b, "</div></div>");
        }
        vn_buf_puts(b, "</td></tr>\n");
    }
    vn_buf_puts(b, "</tbody></table>\n");
}

void out_render_html(const json_t *r, vn_buf *b) {
    const json_t *sum = json_object_get(r, "summary"), *x;
    size_t i;
    vn_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Coverage: ");
    esc_str(b, out_str(json_object_get(json_object_get(r, "upper"), "metadata"), "title", "plan"));
    vn_buf_printf(b, "</title>\n<style>%s</style>\n</head>\n<body>\n<h1>Coverage report</h1>\n<div class=\"plans\">\n",
                  css);
    plan_line(b, "Upper plan:", json_object_get(r, "upper"));
    json_array_foreach(json_object_get(r, "lower"), i, x) {
        plan_line(b, "Lower plan:", x);
        const json_t *s = json_object_get(x, "summary");
        vn_buf_puts(b, "<p class=\"scope\">unit: ");
        esc_str(b, out_str(x, "unit", "unknown"));
        vn_buf_printf(b, " (%s); %lld tasks; %lld extra</p>\n", out_str(x, "unit_from", ""), out_int(x, "tasks"),
                      out_int(s, "extra"));
    }
    vn_buf_printf(b, "</div>\n<p id=\"summary\"><b>%lld</b> of %lld upper tasks in scope: "
                     "<span class=\"status covered\">%lld covered</span> "
                     "<span class=\"status partial\">%lld partial</span> "
                     "<span class=\"status missing\">%lld missing</span>; %lld extra lower tasks.</p>\n",
                  out_int(sum, "in_scope"), out_int(sum, "upper_tasks"), out_int(sum, "covered"),
                  out_int(sum, "partial"), out_int(sum, "missing"), out_int(sum, "extra"));
    vn_buf_puts(b, "<h2>By area</h2>\n<table class=\"areas\">\n<thead><tr><th>Area</th><th>In scope</th>"
                   "<th>Covered</th><th>Partial</th><th>Missing</th><th></th></tr></thead>\n<tbody>\n");
    json_array_foreach(json_object_get(r, "areas"), i, x) {
        const char *area = out_str(x, "area", "");
        vn_buf_puts(b, "<tr><td>");
        esc_str(b, *area ? area : "(no area)");
        vn_buf_printf(b, "</td><td class=\"n\">%lld</td><td class=\"n\">%lld</td><td class=\"n\">%lld</td>"
                         "<td class=\"n\">%lld</td><td>",
                      out_int(x, "in_scope"), out_int(x, "covered"), out_int(x, "partial"), out_int(x, "missing"));
        bar(b, x);
        vn_buf_puts(b, "</td></tr>\n");
    }
    vn_buf_puts(b, "</tbody></table>\n<h2>Tasks</h2>\n");
    items_table(b, json_object_get(r, "items"));
    const json_t *extra = json_object_get(r, "extra");
    vn_buf_printf(b, "<h2>Extra lower tasks (%zu)</h2>\n", json_array_size(extra));
    if (json_array_size(extra)) {
        vn_buf_puts(b, "<table class=\"extra\"><tbody>\n");
        json_array_foreach(extra, i, x) {
            const json_t *lt = json_object_get(x, "lower_task");
            vn_buf_puts(b, "<tr><td class=\"id\">");
            esc_str(b, out_str(lt, "id", ""));
            vn_buf_puts(b, "</td><td>");
            esc_str(b, out_str(lt, "text", ""));
            vn_buf_puts(b, "</td></tr>\n");
        }
        vn_buf_puts(b, "</tbody></table>\n");
    }
    const json_t *findings = json_object_get(r, "findings");
    vn_buf_printf(b, "<h2>Findings (%zu)</h2>\n", json_array_size(findings));
    if (json_array_size(findings)) {
        vn_buf_puts(b, "<table class=\"findings\"><tbody>\n");
        json_array_foreach(findings, i, x) {
            if (!json_object_get(x, "upper_task")) {   /* a sanity finding about the pair of plans */
                vn_buf_puts(b, "<tr><td>");
                esc_str(b, out_str(x, "kind", ""));
                vn_buf_printf(b, " <span class=\"id\">lower %lld</span></td><td></td><td>",
                              (long long)json_integer_value(json_object_get(x, "lower")));
                esc_str(b, out_str(x, "message", ""));
                vn_buf_puts(b, "</td></tr>\n");
                continue;
            }
            vn_buf_puts(b, "<tr><td>");
            esc_str(b, out_str(x, "kind", ""));
            vn_buf_puts(b, " <span class=\"id\">");
            esc_str(b, out_str(x, "upper_task", ""));
            vn_buf_puts(b, "</span></td><td>");
            esc_str(b, out_str(x, "status", ""));
            vn_buf_puts(b, "</td><td>&ldquo;");
            esc_str(b, out_str(x, "text", ""));
            vn_buf_puts(b, "&rdquo; &mdash; ");
            esc_str(b, out_str(x, "message", ""));
            vn_buf_puts(b, "</td></tr>\n");
        }
        vn_buf_puts(b, "</tbody></table>\n");
    }
    vn_buf_puts(b, "<p class=\"scope\">Written by vnplan coverage.</p>\n</body>\n</html>\n");
}
