/*
 * The coverage report as one self-contained HTML page for people: inline
 * CSS and a small inline script, no external asset, so it opens from disk
 * and can be mailed. Without scripts everything is shown; the script adds
 * filters (status, area, assigned unit, lower plan), a search box and
 * sorting by a column head. Printed, it is A4 with whole rows and the
 * table head on each page; on a phone the rows become cards. With several
 * lower plans a matrix shows each plan's status for each upper task, and
 * every match names its plan.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "output/output_internal.h"
#include "vnplan/version.h"

static const char css[] =
    "body{font-family:system-ui,'Segoe UI',Arial,sans-serif;margin:1.5rem;color:#1d2330;line-height:1.45}"
    "h1{font-size:1.35rem;margin:0 0 .3rem}h2{font-size:1.1rem;margin:1.6rem 0 .5rem}"
    ".plans{margin:.4rem 0 1rem;color:#444}.plans p{margin:.15rem 0}"
    "table{border-collapse:collapse;width:100%}th,td{border:1px solid #d4d8e0;padding:.35rem .5rem;"
    "vertical-align:top;text-align:left;overflow-wrap:anywhere}th{background:#eef1f6}td.n{text-align:right}"
    "th[data-sort]{cursor:pointer}th[data-sort]:after{content:' \\2195';color:#889}"
    ".bar{display:flex;height:.7rem;min-width:6rem;border-radius:3px;overflow:hidden;background:#eee}"
    ".bar span{display:block}.covered{background:#2e8540}.partial{background:#e0a800}.missing{background:#c62828}"
    ".doubt{font-size:.75rem;color:#8a4b00}"
    ".status{display:inline-block;padding:.05rem .45rem;border-radius:3px;color:#fff;font-size:.8rem;"
    "font-weight:600;white-space:nowrap}.status.partial{color:#222}.status.unknown{background:#888}"
    ".id{font-family:ui-monospace,monospace;font-size:.85rem;color:#555}"
    ".review{font-size:.8rem;color:#444;margin-top:.3rem}"
    ".scope,.area{font-size:.8rem;color:#666}.match{margin:0 0 .6rem}.match:last-child{margin:0}"
    ".plan{font-size:.75rem;background:#e3e8f2;border-radius:3px;padding:0 .3rem;color:#234}"
    ".score{font-family:ui-monospace,monospace;font-size:.85rem}"
    "mark{background:#fff3a0;padding:0 .1rem}.terms{font-size:.8rem;color:#555}"
    "tr.s-covered>td:first-child{border-left:5px solid #2e8540}"
    "tr.s-partial>td:first-child{border-left:5px solid #e0a800}"
    "tr.s-missing>td:first-child{border-left:5px solid #c62828}"
    "td.c-covered{background:#dcefe0}td.c-partial{background:#fbf0c8}td.c-missing{background:#f8d7d7}"
    "td.c-none{background:#f4f4f4;color:#999}.matrix td{white-space:nowrap}.matrix td.t{white-space:normal}"
    ".wrap{overflow-x:auto}th{overflow-wrap:normal}table.items td.id{white-space:nowrap}"
    "table.items td.area{min-width:7rem;width:12%}"
    ".legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;font-size:.85rem;margin:.5rem 0}"
    ".filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;margin:.5rem 0 .8rem;"
    "padding:.5rem;background:#f6f7fa;border:1px solid #e0e3ea}.filters label{display:flex;flex-direction:column;"
    "font-size:.8rem;max-width:100%}.filters select,.filters input{font-size:.9rem;max-width:100%}"
    "footer{margin-top:2rem;font-size:.8rem;color:#666;border-top:1px solid #ddd;padding-top:.5rem}"
    ".none{color:#888;font-style:italic}"
    "@media (max-width:700px){body{margin:.6rem}table.items thead{display:none}"
    "table.items,table.items tbody,table.items tr,table.items td{display:block;width:auto;min-width:0}"
    "table.items tr{margin:0 0 .8rem;border:1px solid #d4d8e0}table.items td{border:0;border-top:1px solid #eee}"
    "table.items td[data-label]:before{content:attr(data-label);display:block;font-size:.75rem;color:#777}"
    ".bar{min-width:3rem}}"
    /* print: the area is in the matrix and the area table, and only the best match of each task is
     * printed (the others are on screen); a row must fit on a page to stay whole */
    "@media print{@page{size:A4;margin:12mm}body{margin:0;font-size:8pt;line-height:1.3}.filters,.noprint{display:none}"
    "table.items th:nth-child(2),table.items td.area{display:none}th,td{padding:.2rem .3rem}"
    ".match{margin:0 0 .3rem}.match+.match{display:none}.legend{font-size:8pt}"
    "thead{display:table-header-group}tr{break-inside:avoid;page-break-inside:avoid}"
    "h2{break-after:avoid}.wrap{overflow:visible}}";

/* Filters, search and sorting over the rows of table.items; the rows carry
 * what they are filtered by in data- attributes. With a lower plan chosen,
 * the status filter is that plan's status for the task (data-by "k:status"):
 * "which tasks has this department not answered", and each row's badge and
 * score show that plan's (data-byscore), not the best over all plans. */
static const char script[] =
    "(function(){var f=document.getElementById('filters');if(!f)return;f.hidden=false;"
    "var t=document.querySelector('table.items'),rows=[].slice.call(t.tBodies[0].rows),"
    "n=document.getElementById('shown');"
    "function v(id){return document.getElementById(id).value;}"
    "function low(s){return s.normalize('NFC').toLowerCase();}"
    "function apply(){var st=v('f-status'),ar=v('f-area'),un=v('f-unit'),pl=v('f-plan'),q=low(v('f-q')),k=0;"
    "rows.forEach(function(r){var d=r.dataset,ok=(!st||(pl?(' '+d.by+' ').indexOf(' '+pl+':'+st+' ')>=0:d.status===st))&&(!ar||d.area===ar)&&"
    "(!un||d.unit===un)&&(!pl||(' '+d.plans+' ').indexOf(' '+pl+' ')>=0)&&(!q||low(r.textContent).indexOf(q)>=0);"
    "r.hidden=!ok;if(ok)k++;badge(r,pl);});n.textContent=k;}"
    /* with a plan chosen, each row's badge and score are that plan's (none: a dash) */
    "function pick(s,pl){var m=(' '+s+' ').match(new RegExp(' '+pl+':(\\\\S+) '));return m?m[1]:null;}"
    "function badge(r,pl){var b=r.querySelector('.status.own'),s=r.querySelector('.score.own');if(!b)return;"
    "var c=pl?pick(r.dataset.by,pl):b.dataset.own,sc=pl?pick(r.dataset.byscore,pl):s.dataset.own,"
    "w={covered:t.dataset.lCovered,partial:t.dataset.lPartial,missing:t.dataset.lMissing};"
    "b.className='status own '+(c||'unknown');b.textContent=c?(w[c]||c):'\\u2013';s.textContent=sc||'';"
    "r.className='item s-'+(c||'unknown');}"
    "f.addEventListener('input',apply);f.addEventListener('change',apply);"
    "var dir={};[].forEach.call(t.tHead.rows[0].cells,function(th){var key=th.dataset.sort;if(!key)return;"
    "th.addEventListener('click',function(){dir[key]=-(dir[key]||-1);var d=dir[key];"
    "rows.sort(function(a,b){var x=a.dataset[key],y=b.dataset[key],"
    "c=(key==='score'||key==='order')?(+x)-(+y):x.localeCompare(y,'vi');return d*c;});"
    "rows.forEach(function(r){t.tBodies[0].appendChild(r);});});});apply();})();";

static void esc(vn_buf *b, const char *s, size_t len) { vn_buf_html(b, s, len); }

static void esc_str(vn_buf *b, const char *s) {
    if (!s)   /* a member a failed allocation left out (the render then fails) */
        return;
    esc(b, s, strlen(s));
}

/* Counts, over the report, how often each marked span's text is marked in
 * an upper task. Terms that are marked in many tasks ("kế hoạch", "CCHC",
 * "triển khai") are the plans' boilerplate: the page highlights the rest. */
static json_t *span_counts(const json_t *items) {
    json_t *counts = json_object();
    size_t i, k;
    const json_t *x, *sp;
    json_array_foreach(items, i, x) {
        const json_t *best = json_array_get(json_object_get(x, "matches"), 0);
        const char *text = out_str(json_object_get(x, "upper_task"), "text", "");
        size_t len = strlen(text);
        json_t *seen = json_object();
        json_array_foreach(json_object_get(json_object_get(best, "spans"), "upper"), k, sp) {
            json_int_t s = json_integer_value(json_array_get(sp, 0)), e = json_integer_value(json_array_get(sp, 1));
            if (s < 0 || e <= s || e > (json_int_t)len || e - s > 200)
                continue;
            char key[256];
            snprintf(key, sizeof key, "%.*s", (int)(e - s), text + s);
            for (char *c = key; *c; c++)   /* ASCII case only: enough for "Kế hoạch" / "kế hoạch" */
                if (*c >= 'A' && *c <= 'Z')
                    *c = (char)(*c - 'A' + 'a');
            if (seen && !json_object_get(seen, key)) {
                json_object_set_new(seen, key, json_true());
                json_t *c = json_object_get(counts, key);
                json_object_set_new(counts, key, json_integer(json_integer_value(c) + 1));
            }
        }
        json_decref(seen);
    }
    return counts;
}

/* Whether a span of `text` is boilerplate: marked in more than a quarter of
 * the upper tasks of a report of at least 8. */
static bool common_span(const json_t *counts, size_t n_items, const char *text, size_t s, size_t e) {
    if (!counts || n_items < 8 || e - s > 200)
        return false;
    char key[256];
    snprintf(key, sizeof key, "%.*s", (int)(e - s), text + s);
    for (char *c = key; *c; c++)
        if (*c >= 'A' && *c <= 'Z')
            *c = (char)(*c - 'A' + 'a');
    return (size_t)json_integer_value(json_object_get(counts, key)) * 4 > n_items;
}

/* text with the byte spans [[start, end], ...] (sorted) in <mark>, but for
 * the common ones. Spans out of range or out of order are ignored rather
 * than trusted. */
static void marked(vn_buf *b, const char *text, const json_t *spans, const json_t *counts, size_t n_items) {
    size_t len = strlen(text), at = 0, i;
    const json_t *sp;
    json_array_foreach(spans, i, sp) {
        json_int_t s = json_integer_value(json_array_get(sp, 0)), e = json_integer_value(json_array_get(sp, 1));
        if (s < (json_int_t)at || e <= s || e > (json_int_t)len)
            continue;
        if (common_span(counts, n_items, text, (size_t)s, (size_t)e))
            continue;
        esc(b, text + at, (size_t)s - at);
        vn_buf_puts(b, "<mark>");
        esc(b, text + s, (size_t)(e - s));
        vn_buf_puts(b, "</mark>");
        at = (size_t)e;
    }
    esc(b, text + at, len - at);
}

/* A finding's message in the report's language, escaped. */
static void finding_message(vn_buf *b, const out_labels *l, const json_t *f) {
    vn_buf t = VN_BUF_INIT;
    out_finding_message(&t, l, f);
    esc_str(b, vn_buf_cstr(&t));
    b->failed |= t.failed;
    vn_buf_free(&t);
}

/* A known status, or "unknown" (a report read back from JSON may say
 * anything): it becomes a class name. */
static const char *status_class(const char *status) {
    if (strcmp(status, "covered") && strcmp(status, "partial") && strcmp(status, "missing"))
        return "unknown";
    return status;
}

static void plan_line(vn_buf *b, const char *label, const char *tag, const json_t *p) {
    const json_t *md = json_object_get(p, "metadata");
    vn_buf_printf(b, "<p><b>%s</b> ", label);
    if (tag)
        vn_buf_printf(b, "<span class=\"plan\">%s</span> ", tag);
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

static void bar(vn_buf *b, const json_t *counts, const out_labels *l) {
    long long n = out_int(counts, "in_scope");
    vn_buf_puts(b, "<div class=\"bar\">");
    const char *names[] = {"covered", "partial", "missing"};
    for (int k = 0; k < 3 && n > 0; k++) {
        long long v = out_int(counts, names[k]);
        if (v) {
            vn_buf_printf(b, "<span class=\"%s\" style=\"width:%.1f%%\" title=\"%lld ", names[k],
                          100.0 * (double)v / (double)n, v);
            esc_str(b, out_label_status(l, names[k]));
            vn_buf_puts(b, "\"></span>");
        }
    }
    vn_buf_puts(b, "</div>");
}

static void status_badge(vn_buf *b, const char *status, const out_labels *l) {
    vn_buf_printf(b, "<span class=\"status %s\">", status_class(status));
    esc_str(b, out_label_status(l, status));
    vn_buf_puts(b, "</span>");
}

static void legend(vn_buf *b, const out_labels *l, bool several) {
    vn_buf_printf(b, "<div class=\"legend\" id=\"legend\"><b>%s:</b>", l->legend);
    const char *names[] = {"covered", "partial", "missing"};
    const char *words[] = {l->legend_covered, l->legend_partial, l->legend_missing};
    for (int k = 0; k < 3; k++) {
        vn_buf_puts(b, "<span>");
        status_badge(b, names[k], l);
        vn_buf_printf(b, " %s</span>", words[k]);
    }
    if (several)
        vn_buf_printf(b, "<span><span class=\"status unknown\">&ndash;</span> %s</span>", l->legend_none);
    vn_buf_puts(b, "<span><mark>&nbsp;&nbsp;</mark> ");
    esc_str(b, l->shared_terms);
    vn_buf_puts(b, "</span></div>\n");
}

/* A <select> of the distinct values of one key of the items (in first-seen
 * order); its options' values are the data- attribute values. */
static void select_of(vn_buf *b, const char *id, const char *label, const out_labels *l, const json_t *values,
                      const json_t *names) {
    vn_buf_printf(b, "<label>%s<select id=\"%s\"><option value=\"\">%s</option>", label, id, l->filter_all);
    size_t i;
    const json_t *v;
    json_array_foreach(values, i, v) {
        vn_buf_puts(b, "<option value=\"");
        esc_str(b, json_string_value(v));
        vn_buf_puts(b, "\">");
        const json_t *name = names ? json_array_get(names, i) : v;
        esc_str(b, json_string_value(name));
        vn_buf_puts(b, "</option>");
    }
    vn_buf_puts(b, "</select></label>");
}

static void add_distinct(json_t *list, const char *s) {
    size_t i;
    const json_t *v;
    json_array_foreach(list, i, v) if (!strcmp(json_string_value(v), s)) return;
    json_array_append_new(list, json_string(s));
}

/* The filter bar, hidden until the script shows it (without scripts it
 * would do nothing). */
static void filters(vn_buf *b, const json_t *r, const out_labels *l, size_t n_items) {
    json_t *st = json_array(), *stn = json_array(), *areas = json_array(), *units = json_array();
    json_t *plans = json_array(), *plan_names = json_array();
    const char *names[] = {"covered", "partial", "missing"};
    for (int k = 0; k < 3; k++) {
        json_array_append_new(st, json_string(names[k]));
        json_array_append_new(stn, json_string(out_label_status(l, names[k])));
    }
    size_t i;
    const json_t *x;
    json_array_foreach(json_object_get(r, "items"), i, x) {
        add_distinct(areas, out_str(json_object_get(x, "upper_task"), "area", ""));
        const char *unit = out_str(json_object_get(x, "scope"), "unit", NULL);
        if (unit)
            add_distinct(units, unit);
    }
    json_array_foreach(json_object_get(r, "lower"), i, x) {
        char idx[24], name[600];
        snprintf(idx, sizeof idx, "%zu", i);
        snprintf(name, sizeof name, "L%zu %s", i + 1, out_str(x, "unit", l->unknown_unit));
        json_array_append_new(plans, json_string(idx));
        json_array_append_new(plan_names, json_string(name));
    }
    vn_buf_puts(b, "<form class=\"filters\" id=\"filters\" hidden onsubmit=\"return false\">");
    vn_buf_printf(b, "<label>%s<input id=\"f-q\" type=\"search\"></label>", l->filter_search);
    select_of(b, "f-status", l->filter_status, l, st, stn);
    select_of(b, "f-area", l->filter_area, l, areas, NULL);
    select_of(b, "f-unit", l->filter_unit, l, units, NULL);
    select_of(b, "f-plan", l->filter_plan, l, plans, plan_names);
    vn_buf_printf(b, "<span><b id=\"shown\">%zu</b> %s</span></form>\n", n_items, l->shown);
    json_decref(st), json_decref(stn), json_decref(areas), json_decref(units), json_decref(plans),
        json_decref(plan_names);
}

static void items_table(vn_buf *b, const json_t *items, const out_labels *l, bool several) {
    json_t *counts = span_counts(items);
    size_t n_items = json_array_size(items);
    /* the status words, for the script that shows a chosen plan's status */
    vn_buf_printf(b, "<table class=\"items\" data-l-covered=\"%s\" data-l-partial=\"%s\" data-l-missing=\"%s\">\n<thead><tr><th data-sort=\"order\">%s</th><th data-sort=\"area\">%s</th>"
                     "<th>%s</th><th data-sort=\"score\">%s</th><th>%s</th></tr></thead>\n<tbody>\n",
                  l->covered, l->partial, l->missing, l->upper_id, l->area, l->upper_task, l->status,
                  l->matches_in_lower);
    size_t i;
    const json_t *x;
    json_array_foreach(items, i, x) {
        const json_t *ut = json_object_get(x, "upper_task"), *scope = json_object_get(x, "scope");
        const json_t *matches = json_object_get(x, "matches");
        const char *status = out_str(x, "status", "");
        const char *area = out_str(ut, "area", "");
        const char *unit = out_str(scope, "unit", NULL);
        const json_t *best = json_array_get(matches, 0);
        vn_buf_printf(b, "<tr class=\"item s-%s\" id=\"u-", status_class(status));
        esc_str(b, out_str(ut, "id", ""));
        /* a reviewed report is filtered by the reviewer's verdict where there is one */
        const char *verdict = out_review_class(x);
        const char *filter = verdict && strcmp(verdict, "unknown") ? verdict : status_class(status);
        vn_buf_printf(b, "\" data-order=\"%zu\" data-status=\"%s\" data-score=\"%.4f\" data-area=\"", i,
                      filter, out_num(x, "score"));
        esc_str(b, area);
        vn_buf_puts(b, "\" data-unit=\"");
        esc_str(b, unit ? unit : "");
        /* the plans that have the task in scope; with one plan, that plan */
        vn_buf_puts(b, "\" data-plans=\"");
        size_t k;
        const json_t *c;
        const json_t *by = json_object_get(x, "by_lower");
        if (json_array_size(by))
            json_array_foreach(by, k, c) vn_buf_printf(b, "%s%lld", k ? " " : "", out_int(c, "lower"));
        else
            vn_buf_puts(b, "0");
        vn_buf_puts(b, "\" data-by=\"");
        if (json_array_size(by))
            json_array_foreach(by, k, c) vn_buf_printf(b, "%s%lld:%s", k ? " " : "", out_int(c, "lower"),
                                                       status_class(out_str(c, "status", "")));
        else
            vn_buf_printf(b, "0:%s", status_class(status));
        vn_buf_puts(b, "\" data-byscore=\"");   /* each plan's score, for the badge of a chosen plan */
        if (json_array_size(by))
            json_array_foreach(by, k, c) vn_buf_printf(b, "%s%lld:%.2f", k ? " " : "", out_int(c, "lower"),
                                                       out_num(c, "score"));
        else
            vn_buf_printf(b, "0:%.2f", out_num(x, "score"));
        vn_buf_printf(b, "\"><td class=\"id\" data-label=\"%s\">", l->upper_id);
        esc_str(b, out_str(ut, "id", ""));
        vn_buf_printf(b, "</td><td class=\"area\" data-label=\"%s\">", l->area);
        esc_str(b, *area ? area : l->no_area);
        vn_buf_printf(b, "</td><td data-label=\"%s\">", l->upper_task);
        marked(b, out_str(ut, "text", ""), json_object_get(json_object_get(best, "spans"), "upper"), counts, n_items);
        vn_buf_printf(b, "<div class=\"scope\">%s: ", l->scope);
        esc_str(b, out_label_scope(l, out_str(scope, "rule", "")));
        if (unit) {
            vn_buf_puts(b, " (");
            esc_str(b, unit);
            vn_buf_puts(b, ")");
        }
        vn_buf_printf(b, "</div></td><td data-label=\"%s\">", l->status);
        /* the row's own badge and score: the script shows a chosen plan's */
        vn_buf_printf(b, "<span class=\"status %s own\" data-own=\"%s\">", status_class(status), status_class(status));
        esc_str(b, out_label_status(l, status));
        vn_buf_printf(b, "</span> <span class=\"score own\" data-own=\"%.2f\">%.2f</span>", out_num(x, "score"),
                      out_num(x, "score"));
        const char *reviewed = out_review_status(x, l);
        if (reviewed) {   /* the reviewer's verdict under the computed one */
            const char *note = out_review_note(x);
            vn_buf t = VN_BUF_INIT;
            out_review_by(&t, x);
            vn_buf_printf(b, "<div class=\"review\">%s: <span class=\"status %s\">", l->review_status,
                          out_review_class(x));
            esc_str(b, reviewed);
            vn_buf_puts(b, "</span> ");
            esc_str(b, vn_buf_cstr(&t));
            if (*note) {
                vn_buf_puts(b, ": ");
                esc_str(b, note);
            }
            vn_buf_puts(b, "</div>");
            b->failed |= t.failed;
            vn_buf_free(&t);
        }
        if (json_is_true(json_object_get(x, "to_review"))) {   /* issue 14: read the doubtful rows first */
            vn_buf_printf(b, "<div class=\"doubt\">%s (%s %.2f)", l->review, l->confidence,
                          out_num(x, "confidence"));
            vn_buf_puts(b, "</div>");
        }
        vn_buf_printf(b, "</td><td data-label=\"%s\">", l->matches_in_lower);
        if (!json_array_size(matches))
            vn_buf_printf(b, "<span class=\"none\">%s</span>", l->no_match);
        const json_t *m;
        json_array_foreach(matches, k, m) {
            const json_t *lt = json_object_get(m, "lower_task");
            vn_buf_puts(b, "<div class=\"match\">");
            if (several)
                vn_buf_printf(b, "<span class=\"plan\">L%lld</span> ", out_int(m, "lower") + 1);
            vn_buf_puts(b, "<span class=\"id\">");
            esc_str(b, out_str(lt, "id", ""));
            vn_buf_printf(b, "</span> <span class=\"score\">%.2f</span> ", out_num(m, "score"));
            marked(b, out_str(lt, "text", ""), json_object_get(json_object_get(m, "spans"), "lower"), NULL, 0);
            vn_buf_printf(b, "<div class=\"terms\">%s: ", l->shared_terms);
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
    json_decref(counts);
}

/* Upper tasks by lower plans: a cell per plan with its status and score
 * (empty when the task is not in the plan's scope), then per area and in
 * all the number of tasks each plan answers (covered or partial) of those
 * in its scope. */
static void matrix(vn_buf *b, const json_t *r, const out_labels *l) {
    const json_t *lower = json_object_get(r, "lower"), *items = json_object_get(r, "items"), *x;
    size_t n = json_array_size(lower), i;
    vn_buf_printf(b, "<h2 id=\"matrix\">%s</h2>\n<p class=\"scope\">%s</p>\n<div class=\"wrap\"><table class=\"matrix\">"
                     "<thead><tr><th>%s</th><th>%s</th><th>%s</th>",
                  l->matrix_heading, l->matrix_note, l->upper_id, l->area, l->lead);
    json_array_foreach(lower, i, x) {
        vn_buf_printf(b, "<th title=\"");
        esc_str(b, out_str(json_object_get(x, "source"), "path", ""));
        vn_buf_printf(b, "\">L%zu<br>", i + 1);
        esc_str(b, out_str(x, "unit", l->unknown_unit));
        vn_buf_puts(b, "</th>");
    }
    vn_buf_puts(b, "</tr></thead>\n<tbody>\n");
    json_array_foreach(items, i, x) {
        const json_t *ut = json_object_get(x, "upper_task");
        const char *area = out_str(ut, "area", "");
        /* the task's text on hover, its lead units as the upper plan names them */
        vn_buf_puts(b, "<tr><td class=\"id\"><a href=\"#u-");
        esc_str(b, out_str(ut, "id", ""));
        vn_buf_puts(b, "\" title=\"");
        esc_str(b, out_str(ut, "text", ""));
        vn_buf_puts(b, "\">");
        esc_str(b, out_str(ut, "id", ""));
        vn_buf_puts(b, "</a></td><td class=\"t area\">");
        esc_str(b, *area ? area : l->no_area);
        vn_buf_puts(b, "</td><td class=\"t lead\">");
        size_t li;
        const json_t *lu;
        json_array_foreach(json_object_get(ut, "lead"), li, lu) {
            if (li)
                vn_buf_puts(b, "; ");
            esc_str(b, json_string_value(lu) ? json_string_value(lu) : "");
        }
        vn_buf_puts(b, "</td>");
        for (size_t k = 0; k < n; k++) {
            const json_t *c = out_by_lower(x, k);
            if (!c) {
                vn_buf_puts(b, "<td class=\"c-none\">&ndash;</td>");
                continue;
            }
            const char *st = out_str(c, "status", "");
            vn_buf_printf(b, "<td class=\"c-%s\">", status_class(st));
            esc_str(b, out_label_status_short(l, st));
            vn_buf_printf(b, " <span class=\"score\">%.2f</span></td>", out_num(c, "score"));
        }
        vn_buf_puts(b, "</tr>\n");
    }
    vn_buf_puts(b, "</tbody>\n<tfoot>\n");
    /* per area, then the whole plan: answered / in scope */
    json_array_foreach(json_object_get(r, "areas"), i, x) {
        const char *area = out_str(x, "area", "");
        vn_buf_printf(b, "<tr><th>%s</th><th class=\"t\" colspan=\"2\">", l->matrix_total);
        esc_str(b, *area ? area : l->no_area);
        vn_buf_puts(b, "</th>");
        for (size_t k = 0; k < n; k++) {
            long long in, ok;
            out_area_answered(items, area, k, &in, &ok);
            vn_buf_printf(b, "<td class=\"n\">%lld/%lld</td>", ok, in);
        }
        vn_buf_puts(b, "</tr>\n");
    }
    vn_buf_printf(b, "<tr><th colspan=\"3\">%s</th>", l->matrix_total);
    json_array_foreach(lower, i, x) {
        const json_t *s = json_object_get(x, "summary");
        vn_buf_printf(b, "<th class=\"n\">%lld/%lld</th>", out_int(s, "covered") + out_int(s, "partial"),
                      out_int(s, "in_scope"));
    }
    vn_buf_puts(b, "</tr>\n</tfoot></table></div>\n");
}

static void footer(vn_buf *b, const json_t *r, const out_labels *l) {
    const json_t *o = json_object_get(r, "options");
    char date[32] = "";
    time_t now = time(NULL);
    struct tm tm;
    if (gmtime_r(&now, &tm))
        strftime(date, sizeof date, "%Y-%m-%d", &tm);
    vn_buf_printf(b, "<footer>%s %s &middot; %s &middot; %s: ", l->footer_written, VNPLAN_VERSION_STRING, date,
                  l->footer_options);
    vn_buf_puts(b, "scope=");
    esc_str(b, out_str(o, "scope", "?"));
    const char *unit = out_str(o, "unit", NULL);
    if (unit) {
        vn_buf_puts(b, ", --unit ");
        esc_str(b, unit);
    }
    vn_buf_printf(b, ", --top %lld &middot; %s: --covered %.2f, --covered-share %.2f, --partial %.2f, "
                     "--area-bonus %.2f, --bigram-weight %.2f</footer>\n",
                  out_int(o, "top"), l->footer_thresholds, out_num(o, "covered"), out_num(o, "covered_share"),
                  out_num(o, "partial"), out_num(o, "area_bonus"), out_num(o, "bigram_weight"));
}

void out_render_html(const json_t *r, const out_labels *l, unsigned flags, vn_buf *b) {
    (void)flags;
    const json_t *sum = json_object_get(r, "summary"), *x;
    const json_t *lower = json_object_get(r, "lower"), *items = json_object_get(r, "items");
    bool several = json_array_size(lower) > 1;
    size_t i;
    vn_buf_printf(b, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%s: ",
                  l->lang, l->title);
    esc_str(b, out_str(json_object_get(json_object_get(r, "upper"), "metadata"), "title", ""));
    vn_buf_printf(b, "</title>\n<style>%s</style>\n</head>\n<body>\n<h1>%s</h1>\n<div class=\"plans\">\n", css, l->title);
    plan_line(b, l->upper_plan, NULL, json_object_get(r, "upper"));
    json_array_foreach(lower, i, x) {
        char tag[24];
        snprintf(tag, sizeof tag, "L%zu", i + 1);
        plan_line(b, l->lower_plan, several ? tag : NULL, x);
        const json_t *s = json_object_get(x, "summary");
        vn_buf_printf(b, "<p class=\"scope\">%s: ", l->unit);
        esc_str(b, out_str(x, "unit", l->unknown_unit));
        vn_buf_puts(b, " (");
        esc_str(b, out_label_unit_from(l, out_str(x, "unit_from", "")));
        vn_buf_printf(b, "); %lld %s; %lld %s: %lld %s, %lld %s, %lld %s; %lld %s</p>\n", out_int(x, "tasks"),
                      l->tasks, out_int(s, "in_scope"), l->in_scope_n, out_int(s, "covered"), l->covered_n,
                      out_int(s, "partial"), l->partial_n, out_int(s, "missing"), l->missing_n, out_int(s, "extra"),
                      l->extra);
    }
    vn_buf_puts(b, "</div>\n<p id=\"summary\">");
    vn_buf_printf(b, l->summary_of, out_int(sum, "in_scope"), out_int(sum, "upper_tasks"));
    vn_buf_printf(b, ": <span class=\"status covered\">%lld %s</span> <span class=\"status partial\">%lld %s</span> "
                     "<span class=\"status missing\">%lld %s</span>; %lld %s.</p>\n",
                  out_int(sum, "covered"), l->covered_n, out_int(sum, "partial"), l->partial_n,
                  out_int(sum, "missing"), l->missing_n, out_int(sum, "extra"), l->extra_lower_tasks);
    if (out_reviewed(r)) {
        vn_buf t = VN_BUF_INIT;
        out_review_summary(&t, r, l);
        vn_buf_puts(b, "<p id=\"review-summary\">");
        esc_str(b, vn_buf_cstr(&t));
        vn_buf_puts(b, ".</p>\n");
        b->failed |= t.failed;
        vn_buf_free(&t);
    }
    legend(b, l, several);
    vn_buf_printf(b, "<h2>%s</h2>\n<table class=\"areas\">\n<thead><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th>"
                     "<th>%s</th><th></th></tr></thead>\n<tbody>\n",
                  l->by_area, l->area, l->in_scope, l->covered, l->partial, l->missing);
    json_array_foreach(json_object_get(r, "areas"), i, x) {
        const char *area = out_str(x, "area", "");
        vn_buf_puts(b, "<tr><td>");
        esc_str(b, *area ? area : l->no_area);
        vn_buf_printf(b, "</td><td class=\"n\">%lld</td><td class=\"n\">%lld</td><td class=\"n\">%lld</td>"
                         "<td class=\"n\">%lld</td><td>",
                      out_int(x, "in_scope"), out_int(x, "covered"), out_int(x, "partial"), out_int(x, "missing"));
        bar(b, x, l);
        vn_buf_puts(b, "</td></tr>\n");
    }
    vn_buf_puts(b, "</tbody></table>\n");
    if (several)
        matrix(b, r, l);
    vn_buf_printf(b, "<h2 id=\"tasks\">%s</h2>\n", l->tasks_heading);
    filters(b, r, l, json_array_size(items));
    items_table(b, items, l, several);
    const json_t *extra = json_object_get(r, "extra");
    vn_buf_printf(b, "<h2>%s (%zu)</h2>\n", l->extra_heading, json_array_size(extra));
    if (json_array_size(extra)) {
        vn_buf_puts(b, "<table class=\"extra\"><tbody>\n");
        json_array_foreach(extra, i, x) {
            const json_t *lt = json_object_get(x, "lower_task");
            vn_buf_puts(b, "<tr><td class=\"id\">");
            if (several)
                vn_buf_printf(b, "<span class=\"plan\">L%lld</span> ", out_int(x, "lower") + 1);
            esc_str(b, out_str(lt, "id", ""));
            vn_buf_puts(b, "</td><td>");
            esc_str(b, out_str(lt, "text", ""));
            vn_buf_puts(b, "</td></tr>\n");
        }
        vn_buf_puts(b, "</tbody></table>\n");
    }
    const json_t *findings = json_object_get(r, "findings");
    vn_buf_printf(b, "<h2>%s (%zu)</h2>\n", l->findings_heading, json_array_size(findings));
    if (json_array_size(findings)) {
        vn_buf_puts(b, "<table class=\"findings\"><tbody>\n");
        json_array_foreach(findings, i, x) {
            if (!json_object_get(x, "upper_task")) {   /* a sanity finding about the pair of plans */
                vn_buf_puts(b, "<tr><td>");
                if (several)
                    vn_buf_printf(b, "<span class=\"plan\">L%lld</span> ", out_int(x, "lower") + 1);
                esc_str(b, out_label_finding(l, out_str(x, "kind", "")));
                vn_buf_puts(b, "</td><td></td><td>");
                finding_message(b, l, x);
                vn_buf_puts(b, "</td></tr>\n");
                continue;
            }
            vn_buf_puts(b, "<tr><td>");
            if (several)
                vn_buf_printf(b, "<span class=\"plan\">L%lld</span> ", out_int(x, "lower") + 1);
            vn_buf_printf(b, "%s <span class=\"id\">", l->finding_deadline);
            esc_str(b, out_str(x, "upper_task", ""));
            vn_buf_puts(b, "</span></td><td>");
            esc_str(b, out_label_deadline(l, out_str(x, "status", "")));
            vn_buf_puts(b, "</td><td>&ldquo;");
            esc_str(b, out_str(x, "text", ""));
            vn_buf_puts(b, "&rdquo; &mdash; ");
            finding_message(b, l, x);
            vn_buf_puts(b, "</td></tr>\n");
        }
        vn_buf_puts(b, "</tbody></table>\n");
    }
    footer(b, r, l);
    vn_buf_printf(b, "<script>%s</script>\n</body>\n</html>\n", script);
}
