/* Plans: upload (stored once by SHA-256), the list, a plan's page, its JSON. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli_xlsx.h"
#include "serve/routes.h"

static const char *meta_str(json_t *meta, const char *key) {
    const char *s = json_string_value(json_object_get(meta, key));
    return s ? s : "";
}

/* The number as written on the plan: "31/KH-SNgV". */
static void plan_number(json_t *meta, char *out, size_t n) {
    const char *num = meta_str(meta, "number"), *sym = meta_str(meta, "symbol");
    snprintf(out, n, "%s%s%s", num, *num && *sym ? "/" : "", sym);
}

void sv_plan_upload(sv_request *r) {
    if (!r->upload || r->upload_len == 0) {
        sv_error(r, 400, "Chưa chọn tệp: gửi tệp trong trường 'file'.");
        return;
    }
    char sha[65], err[600];
    char *json = sv_ingest(r->cfg, r->upload, r->upload_len, r->upload_name, sha, err, sizeof err);
    if (!json) {
        char msg[700];
        snprintf(msg, sizeof msg, "Không đọc được kế hoạch từ tệp tải lên: %s", err);
        sv_error(r, 422, msg);
        return;
    }
    json_t *plan = json_loads(json, 0, NULL);
    json_t *meta = json_object_get(plan, "metadata");
    size_t n_tasks = json_array_size(json_object_get(plan, "tasks"));
    char number[200];
    plan_number(meta, number, sizeof number);
    char *warnings = json_dumps(json_object_get(plan, "warnings"), 0);
    char now[32];
    sv_now(now);
    sqlite3_stmt *st = NULL;
    bool created = false;
    long long id = 0;
    if (!plan || n_tasks == 0) {
        sv_error(r, 422, "Tệp tải lên không phải một kế hoạch: không tìm thấy nhiệm vụ nào.");
        goto out;
    }
    sqlite3_prepare_v2(r->db, "SELECT id FROM plans WHERE sha256=?", -1, &st, NULL);
    sqlite3_bind_text(st, 1, sha, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW)
        id = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    st = NULL;
    if (!id) {
        if (sqlite3_prepare_v2(r->db,
                               "INSERT INTO plans(sha256,filename,issuer,number,date,title,n_tasks,warnings,json,"
                               "created) VALUES(?,?,?,?,?,?,?,?,?,?)",
                               -1, &st, NULL) != SQLITE_OK) {
            sv_error(r, 500, "lỗi cơ sở dữ liệu");
            goto out;
        }
        sqlite3_bind_text(st, 1, sha, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, r->upload_name, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, meta_str(meta, "issuer"), -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 4, number, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 5, meta_str(meta, "date"), -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 6, meta_str(meta, "title"), -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 7, (long long)n_tasks);
        sqlite3_bind_text(st, 8, warnings ? warnings : "[]", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 9, json, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 10, now, -1, SQLITE_STATIC);
        if (sqlite3_step(st) != SQLITE_DONE) {
            sv_error(r, 500, "không lưu được kế hoạch");
            goto out;
        }
        id = sqlite3_last_insert_rowid(r->db);
        created = true;
    }
    if (r->api)
        sv_send_json(r, created ? 201 : 200,
                     json_pack("{s:I,s:s,s:b,s:I}", "id", id, "sha256", sha, "created", created, "tasks",
                               (json_int_t)n_tasks));
    else
        sv_redirect(r, "/plans/%lld", id);
out:
    sqlite3_finalize(st);
    free(warnings);
    json_decref(plan);
    free(json);
}

void sv_plan_list_json(sv_request *r) {
    json_t *arr = json_array();
    sqlite3_stmt *st;
    sqlite3_prepare_v2(r->db, "SELECT id,sha256,filename,issuer,number,date,title,n_tasks FROM plans ORDER BY id",
                       -1, &st, NULL);
    while (sqlite3_step(st) == SQLITE_ROW)
        json_array_append_new(arr, json_pack("{s:I,s:s,s:s,s:s,s:s,s:s,s:s,s:I}", "id",
                                             (json_int_t)sqlite3_column_int64(st, 0), "sha256", sv_col(st, 1),
                                             "filename", sv_col(st, 2), "issuer", sv_col(st, 3), "number",
                                             sv_col(st, 4), "date", sv_col(st, 5), "title", sv_col(st, 6),
                                             "tasks", (json_int_t)sqlite3_column_int64(st, 7)));
    sqlite3_finalize(st);
    sv_send_json(r, 200, json_pack("{s:o}", "plans", arr));
}

/* The front page: upload, the plan list, a coverage run, the runs. */
void sv_front_page(sv_request *r) {
    vn_buf *b = &r->body;
    sv_page_begin(b, "Sổ kế hoạch");
    vn_buf_puts(b, "<section><h2>Tải kế hoạch lên</h2><form method=\"post\" action=\"/plans\" "
                   "enctype=\"multipart/form-data\">");
    sv_csrf_field(r);
    vn_buf_printf(b, "<input type=\"file\" name=\"file\" accept=\".docx,.txt%s\" required> "
                     "<button type=\"submit\">Tải lên</button></form><p class=\"dec\">.docx, .txt%s; "
                     "tối đa %zu byte.</p></section>",
                  r->cfg->can_convert ? ",.doc" : "", r->cfg->can_convert ? ", .doc" : "", r->cfg->max_upload);
    vn_buf_puts(b, "<section><h2>Kế hoạch đã lưu</h2><form method=\"post\" action=\"/runs\">");
    sv_csrf_field(r);
    vn_buf_puts(b, "<table><tr><th>Cấp trên</th><th>Cấp dưới</th><th>Cơ quan ban hành</th><th>Số</th>"
                   "<th>Ngày</th><th>Trích yếu</th><th>Nhiệm vụ</th></tr>");
    sqlite3_stmt *st;
    sqlite3_prepare_v2(r->db, "SELECT id,issuer,number,date,title,n_tasks FROM plans ORDER BY id", -1, &st, NULL);
    int n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        long long id = sqlite3_column_int64(st, 0);
        vn_buf_printf(b, "<tr><td><input type=\"radio\" name=\"upper\" value=\"%lld\"%s></td>"
                         "<td><input type=\"checkbox\" name=\"lower\" value=\"%lld\"></td><td>",
                      id, n == 0 ? " required" : "", id);
        sv_html(b, sv_col(st, 1));
        vn_buf_puts(b, "</td><td>");
        sv_html(b, sv_col(st, 2));
        vn_buf_puts(b, "</td><td>");
        sv_html(b, sv_col(st, 3));
        vn_buf_printf(b, "</td><td><a href=\"/plans/%lld\">", id);
        sv_html(b, *sv_col(st, 4) ? sv_col(st, 4) : "(không có trích yếu)");
        vn_buf_printf(b, "</a></td><td>%lld</td></tr>", sqlite3_column_int64(st, 5));
        n++;
    }
    sqlite3_finalize(st);
    vn_buf_puts(b, "</table>");
    if (n)
        vn_buf_puts(b, "<p><button type=\"submit\" id=\"run\">Đối chiếu: kế hoạch cấp dưới có thực hiện "
                       "nhiệm vụ của kế hoạch cấp trên?</button></p>");
    else
        vn_buf_puts(b, "<p>Chưa có kế hoạch nào.</p>");
    vn_buf_puts(b, "</form></section><section><h2>Các lần đối chiếu</h2><ul>");
    sqlite3_prepare_v2(r->db,
                       "SELECT runs.id, runs.created, plans.title, runs.lowers FROM runs JOIN plans ON "
                       "plans.id=runs.upper_id ORDER BY runs.id DESC",
                       -1, &st, NULL);
    while (sqlite3_step(st) == SQLITE_ROW) {
        vn_buf_printf(b, "<li><a href=\"/runs/%lld\">Lần %lld</a> — ", sqlite3_column_int64(st, 0),
                      sqlite3_column_int64(st, 0));
        sv_html(b, sv_col(st, 2));
        vn_buf_puts(b, " (");
        sv_html(b, sv_col(st, 1));
        vn_buf_puts(b, ")</li>");
    }
    sqlite3_finalize(st);
    vn_buf_puts(b, "</ul></section>");
    sv_page_end(b);
}

/* The plan's stored JSON, parsed; NULL (after answering 404) when absent. */
static json_t *load_plan(sv_request *r, long long id, char **raw) {
    sqlite3_stmt *st;
    json_t *plan = NULL;
    sqlite3_prepare_v2(r->db, "SELECT json FROM plans WHERE id=?", -1, &st, NULL);
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_step(st) == SQLITE_ROW) {
        if (raw)
            *raw = strdup(sv_col(st, 0));
        else
            plan = json_loads(sv_col(st, 0), 0, NULL);
    }
    sqlite3_finalize(st);
    if (!plan && !(raw && *raw))
        sv_error(r, 404, "Không có kế hoạch này.");
    return plan;
}

static void section_rows(vn_buf *b, json_t *sections) {
    size_t i;
    json_t *s;
    json_array_foreach(sections, i, s) {
        vn_buf_printf(b, "<li><b>");
        sv_html(b, json_string_value(json_object_get(s, "label")));
        vn_buf_puts(b, ".</b> ");
        sv_html(b, json_string_value(json_object_get(s, "heading")));
        json_t *kids = json_object_get(s, "children");
        if (json_array_size(kids)) {
            vn_buf_puts(b, "<ul>");
            section_rows(b, kids);
            vn_buf_puts(b, "</ul>");
        }
        vn_buf_puts(b, "</li>");
    }
}

/* Units of a task's "lead"/"support" (strings or objects with "name"). */
static void unit_list(vn_buf *b, json_t *v) {
    if (json_is_string(v)) {
        sv_html(b, json_string_value(v));
        return;
    }
    size_t i;
    json_t *u;
    json_array_foreach(v, i, u) {
        if (i)
            vn_buf_puts(b, "; ");
        sv_html(b, json_is_string(u) ? json_string_value(u) : json_string_value(json_object_get(u, "name")));
    }
}

void sv_plan_page(sv_request *r, long long id) {
    json_t *plan = load_plan(r, id, NULL);
    if (!plan)
        return;
    json_t *meta = json_object_get(plan, "metadata");
    vn_buf *b = &r->body;
    const char *title = meta_str(meta, "title");
    sv_page_begin(b, *title ? title : "Kế hoạch");
    char number[200];
    plan_number(meta, number, sizeof number);
    vn_buf_puts(b, "<section><p><b>Cơ quan ban hành:</b> ");
    sv_html(b, meta_str(meta, "issuer"));
    vn_buf_puts(b, "<br><b>Số:</b> ");
    sv_html(b, number);
    vn_buf_puts(b, "<br><b>Ngày:</b> ");
    sv_html(b, meta_str(meta, "date"));
    vn_buf_printf(b, "</p><p><a href=\"/plans/%lld.json\">Tải JSON</a> · <a href=\"/plans/%lld.xlsx\">Tải Excel</a></p>",
                  id, id);
    json_t *warnings = json_object_get(plan, "warnings");
    size_t i;
    json_t *w;
    json_array_foreach(warnings, i, w) {
        vn_buf_puts(b, "<p class=\"warn\">Cảnh báo: ");
        sv_html(b, json_is_string(w) ? json_string_value(w) : json_string_value(json_object_get(w, "message")));
        vn_buf_puts(b, "</p>");
    }
    vn_buf_puts(b, "</section><section><h2>Bố cục</h2><ul>");
    section_rows(b, json_object_get(plan, "sections"));
    json_t *tasks = json_object_get(plan, "tasks");
    vn_buf_printf(b, "</ul></section><section><h2>Nhiệm vụ (%zu)</h2><table><tr><th>Mã</th><th>Lĩnh vực</th>"
                     "<th>Nội dung</th><th>Chủ trì</th><th>Phối hợp</th><th>Thời hạn</th></tr>",
                  json_array_size(tasks));
    json_t *t;
    json_array_foreach(tasks, i, t) {
        vn_buf_puts(b, "<tr><td>");
        sv_html(b, json_string_value(json_object_get(t, "id")));
        vn_buf_puts(b, "</td><td>");
        sv_html(b, json_string_value(json_object_get(t, "area")));
        vn_buf_puts(b, "</td><td>");
        sv_html(b, json_string_value(json_object_get(t, "text")));
        vn_buf_puts(b, "</td><td>");
        unit_list(b, json_object_get(t, "lead"));
        vn_buf_puts(b, "</td><td>");
        unit_list(b, json_object_get(t, "support"));
        vn_buf_puts(b, "</td><td>");
        json_t *d = json_object_get(t, "timeframe");
        sv_html(b, json_is_string(d) ? json_string_value(d) : json_string_value(json_object_get(d, "text")));
        vn_buf_puts(b, "</td></tr>");
    }
    vn_buf_puts(b, "</table></section>");
    sv_page_end(b);
    json_decref(plan);
}

void sv_plan_download(sv_request *r, long long id) {
    char *raw = NULL;
    load_plan(r, id, &raw);
    if (!raw)
        return;
    r->content_type = "application/json";
    vn_buf_puts(&r->body, raw);
    vn_buf_puts(&r->body, "\n");
    free(raw);
    if (!r->api) {
        char d[96];
        snprintf(d, sizeof d, "attachment; filename=\"plan-%lld.json\"", id);
        r->disposition = strdup(d);
    }
}

void sv_plan_download_xlsx(sv_request *r, long long id) {
    char *raw = NULL;
    load_plan(r, id, &raw);
    if (!raw)
        return;
    size_t len = 0;
    char *book = NULL;
    vnplan_ctx *ctx = vnplan_ctx_new();
    vnplan_plan *plan = NULL;
    if (ctx && vnplan_plan_from_json(ctx, raw, strlen(raw), &plan) == VNPLAN_OK)
        book = cli_plan_xlsx(plan, 0, &len);
    vnplan_plan_free(plan);
    vnplan_ctx_free(ctx);
    free(raw);
    if (!book) {
        sv_error(r, 500, "không tạo được tệp Excel");
        return;
    }
    r->content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    vn_buf_append(&r->body, book, len);
    free(book);
    char d[96];
    snprintf(d, sizeof d, "attachment; filename=\"plan-%lld.xlsx\"", id);
    r->disposition = strdup(d);
}

void sv_reviewer_set(sv_request *r) {
    const char *name = sv_field(r, "name");
    size_t n = name ? strlen(name) : 0;
    if (n == 0 || n > 100) {
        sv_error(r, 400, "Hãy nhập tên người rà soát (tối đa 100 ký tự).");
        return;
    }
    /* Percent-encoded, so any UTF-8 name fits in a cookie. */
    vn_buf c = {0};
    vn_buf_puts(&c, "vnplan_name=");
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9'))
            vn_buf_append(&c, (const char *)p, 1);
        else
            vn_buf_printf(&c, "%%%02X", *p);
    }
    vn_buf_puts(&c, "; Path=/; Max-Age=31536000; SameSite=Strict");
    if (c.failed) {
        vn_buf_free(&c);
        sv_error(r, 500, "out of memory");
        return;
    }
    r->set_cookie = c.data;
    const char *back = sv_field(r, "back");
    if (r->api)
        sv_send_json(r, 200, json_pack("{s:s}", "reviewer", name));
    else if (back && back[0] == '/' && back[1] != '/' && !strpbrk(back, "\r\n\\"))
        sv_redirect(r, "%s", back);
    else
        sv_redirect(r, "/");
}
