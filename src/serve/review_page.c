/* A run's review page: every upper task in scope with its status, its best
 * lower tasks, the decisions taken on it, and the forms to decide. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "serve/decisions.h"
#include "serve/routes.h"

static const char *status_vi(const char *s) {
    if (!s)
        return "";
    if (!strcmp(s, "covered"))
        return "Đã đáp ứng";
    if (!strcmp(s, "partial"))
        return "Đáp ứng một phần";
    if (!strcmp(s, "missing"))
        return "Chưa đáp ứng";
    return s;
}

static const char *action_vi(const char *a) {
    if (!strcmp(a, "confirm"))
        return "Xác nhận khớp";
    if (!strcmp(a, "reject"))
        return "Bác bỏ khớp";
    if (!strcmp(a, "pick"))
        return "Chọn nhiệm vụ khác";
    return "Đặt trạng thái";
}

static void form_begin(sv_request *r, long long run, const char *ut) {
    vn_buf_printf(&r->body, "<form class=\"inline\" method=\"post\" action=\"/runs/%lld/decisions\">", run);
    sv_csrf_field(r);
    vn_buf_puts(&r->body, "<input type=\"hidden\" name=\"upper_task\" value=\"");
    sv_html(&r->body, ut);
    vn_buf_puts(&r->body, "\">");
}

static void decision_button(sv_request *r, long long run, const char *ut, const char *lower, const char *action,
                            const char *label) {
    form_begin(r, run, ut);
    vn_buf_printf(&r->body, "<input type=\"hidden\" name=\"action\" value=\"%s\">", action);
    vn_buf_puts(&r->body, "<input type=\"hidden\" name=\"lower_task\" value=\"");
    sv_html(&r->body, lower);
    vn_buf_printf(&r->body, "\"><button type=\"submit\" class=\"%s\">%s</button></form> ", action, label);
}

/* The decisions on upper task `ut`, oldest first. */
static void decision_list(vn_buf *b, json_t *decisions, const char *ut) {
    size_t i;
    json_t *d;
    bool any = false;
    json_array_foreach(decisions, i, d) {
        if (strcmp(json_string_value(json_object_get(d, "upper_task")), ut) != 0)
            continue;
        if (!any)
            vn_buf_puts(b, "<ul class=\"dec\">");
        any = true;
        const char *action = json_string_value(json_object_get(d, "action"));
        vn_buf_printf(b, "<li data-action=\"%s\">", action);
        vn_buf_puts(b, action_vi(action));
        const char *lower = json_string_value(json_object_get(d, "lower_task"));
        if (lower) {
            vn_buf_puts(b, " ");
            sv_html(b, lower);
        }
        const char *status = json_string_value(json_object_get(d, "status"));
        if (status) {
            vn_buf_puts(b, ": ");
            sv_html(b, status_vi(status));
        }
        const char *note = json_string_value(json_object_get(d, "note"));
        if (note) {
            vn_buf_puts(b, " — “");
            sv_html(b, note);
            vn_buf_puts(b, "”");
        }
        vn_buf_puts(b, " — ");
        sv_html(b, json_string_value(json_object_get(d, "who")));
        vn_buf_puts(b, ", ");
        sv_html(b, json_string_value(json_object_get(d, "at")));
        if (json_is_true(json_object_get(d, "review")))
            vn_buf_puts(b, " <span class=\"review\">cần xem xét lại</span>");
        vn_buf_puts(b, "</li>");
    }
    if (any)
        vn_buf_puts(b, "</ul>");
}

static void item_row(sv_request *r, long long run, json_t *it, json_t *decisions) {
    vn_buf *b = &r->body;
    json_t *u = json_object_get(it, "upper_task");
    const char *ut = json_string_value(json_object_get(u, "id"));
    const char *status = json_string_value(json_object_get(it, "status"));
    if (!ut)
        return;
    vn_buf_puts(b, "<tr id=\"u-");
    sv_html(b, ut);
    vn_buf_puts(b, "\"><td>");
    sv_html(b, ut);
    vn_buf_puts(b, "</td><td>");
    sv_html(b, json_string_value(json_object_get(u, "text")));
    vn_buf_printf(b, "</td><td><span class=\"%s\">", status ? status : "");
    sv_html(b, status_vi(status));
    vn_buf_printf(b, "</span><br>%.2f</td><td>", json_number_value(json_object_get(it, "score")));
    size_t i;
    json_t *m;
    json_array_foreach(json_object_get(it, "matches"), i, m) {
        json_t *lt = json_object_get(m, "lower_task");
        const char *lid = json_string_value(json_object_get(lt, "id"));
        vn_buf_puts(b, "<div class=\"match\"><b>");
        sv_html(b, lid);
        vn_buf_printf(b, "</b> (%.2f) ", json_number_value(json_object_get(m, "score")));
        sv_html(b, json_string_value(json_object_get(lt, "text")));
        vn_buf_puts(b, "<br>");
        decision_button(r, run, ut, lid, "confirm", "Xác nhận");
        decision_button(r, run, ut, lid, "reject", "Bác bỏ");
        vn_buf_puts(b, "</div>");
    }
    vn_buf_puts(b, "</td><td>");
    decision_list(b, decisions, ut);
    form_begin(r, run, ut);
    vn_buf_puts(b, "<input type=\"hidden\" name=\"action\" value=\"pick\"><input name=\"lower_task\" "
                   "list=\"lower-tasks\" size=\"8\" placeholder=\"mã\" required><button type=\"submit\">Chọn "
                   "nhiệm vụ khác</button></form><br>");
    form_begin(r, run, ut);
    vn_buf_puts(b, "<input type=\"hidden\" name=\"action\" value=\"status\"><select name=\"status\">"
                   "<option value=\"covered\">Đã đáp ứng</option><option value=\"partial\">Đáp ứng một "
                   "phần</option><option value=\"missing\">Chưa đáp ứng</option></select> <input "
                   "name=\"note\" placeholder=\"ghi chú\" size=\"14\"><button type=\"submit\">Đặt trạng "
                   "thái</button></form></td></tr>\n");
}

void sv_run_page(sv_request *r, long long id) {
    long long upper = 0;
    char *report_s = sv_run_load(r, id, &upper);
    if (!report_s)
        return;
    json_t *report = json_loads(report_s, 0, NULL);
    free(report_s);
    json_t *decisions = sv_decisions_json(r, id), *lower_tasks = sv_run_lower_tasks(r, id);
    vn_buf *b = &r->body;
    char title[64];
    snprintf(title, sizeof title, "Rà soát lần đối chiếu %lld", id);
    sv_page_begin(b, title);
    json_t *sum = json_object_get(report, "summary");
    vn_buf_printf(b, "<section><p>Kế hoạch cấp trên: <a href=\"/plans/%lld\">", upper);
    sv_html(b, json_string_value(json_object_get(json_object_get(json_object_get(report, "upper"), "metadata"),
                                                     "title")));
    vn_buf_printf(b, "</a></p><p>Trong phạm vi: %lld; đã thực hiện: %lld; một phần: %lld; chưa: %lld.</p>",
                  (long long)json_integer_value(json_object_get(sum, "in_scope")),
                  (long long)json_integer_value(json_object_get(sum, "covered")),
                  (long long)json_integer_value(json_object_get(sum, "partial")),
                  (long long)json_integer_value(json_object_get(sum, "missing")));
    vn_buf_printf(b, "<p>Báo cáo đã rà soát: <a href=\"/runs/%lld/report.html\">xem</a> · <a "
                     "href=\"/runs/%lld/report.xlsx\">Excel</a> · <a href=\"/runs/%lld/report.csv\">CSV</a> · <a "
                     "href=\"/runs/%lld/reviewed.json\">JSON</a></p><p>Kết quả máy tính (chưa rà soát): <a "
                     "href=\"/runs/%lld/report.json\">JSON</a> · <a href=\"/runs/%lld/decisions.json\">Xuất quyết "
                     "định (JSON)</a></p>",
                  id, id, id, id, id, id);
    vn_buf_puts(b, "<form method=\"post\" action=\"/reviewer\">");
    sv_csrf_field(r);
    vn_buf_printf(b, "<input type=\"hidden\" name=\"back\" value=\"/runs/%lld\">Người rà soát: <input "
                     "name=\"name\" id=\"reviewer\" required value=\"",
                  id);
    sv_html(b, r->reviewer);
    vn_buf_puts(b, "\"> <button type=\"submit\">Lưu tên</button></form>");
    if (!r->reviewer)
        vn_buf_puts(b, "<p class=\"warn\">Hãy nhập tên một lần trước khi ghi quyết định.</p>");
    vn_buf_puts(b, "</section><datalist id=\"lower-tasks\">");
    const char *key;
    json_t *v;
    json_object_foreach(lower_tasks, key, v) {
        vn_buf_puts(b, "<option value=\"");
        sv_html(b, key);
        vn_buf_puts(b, "\">");
        /* The first 120 bytes, cut before a character, not inside one. */
        const char *text = json_string_value(json_object_get(v, "text"));
        char shortened[121];
        size_t n = text ? strlen(text) : 0;
        if (n > 120) {
            n = 120;
            while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
                n--;
        }
        memcpy(shortened, text ? text : "", n);
        shortened[n] = '\0';
        sv_html(b, shortened);
        vn_buf_puts(b, "</option>");
    }
    vn_buf_puts(b, "</datalist><table><tr><th>Mã</th><th>Nhiệm vụ cấp trên</th><th>Trạng thái</th>"
                   "<th>Nhiệm vụ cấp dưới khớp nhất</th><th>Rà soát</th></tr>\n");
    size_t i;
    json_t *it;
    json_array_foreach(json_object_get(report, "items"), i, it) item_row(r, id, it, decisions);
    vn_buf_puts(b, "</table>");
    sv_page_end(b);
    json_decref(lower_tasks);
    json_decref(decisions);
    json_decref(report);
}
