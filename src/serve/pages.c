/* The page frame (inline CSS, no external assets) and error answers. */
#include <stdio.h>
#include <stdlib.h>

#include <jansson.h>

#include "serve/serve.h"

void sv_page_begin(vn_buf *b, const char *title) {
    vn_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>");
    sv_html(b, title);
    vn_buf_puts(b, " — vnplan</title><style>"
                   "body{font-family:system-ui,'Segoe UI',Arial,sans-serif;margin:0;color:#1d2433;background:#f6f7f9}"
                   "header{background:#7a1f1f;color:#fff;padding:.6em 1.2em}header a{color:#fff;text-decoration:none;font-weight:bold}"
                   "main{padding:1em 1.2em;max-width:1200px}table{border-collapse:collapse;width:100%;background:#fff}"
                   "th,td{border:1px solid #d5d9e0;padding:.35em .5em;vertical-align:top;text-align:left}"
                   "th{background:#eef1f5}section{background:#fff;border:1px solid #d5d9e0;padding:.8em 1em;margin:0 0 1em}"
                   ".err{border-left:4px solid #b00020;background:#fff;padding:1em}.warn{color:#8a5a00}"
                   ".covered{color:#0a6b2e;font-weight:bold}.partial{color:#8a5a00;font-weight:bold}"
                   ".missing{color:#b00020;font-weight:bold}.review{background:#fff3cd;padding:0 .3em}"
                   ".dec{font-size:.9em;color:#333}form.inline{display:inline}button{cursor:pointer}"
                   "</style></head><body><header><a href=\"/\">vnplan — Sổ kế hoạch và rà soát</a></header><main>\n<h1>");
    sv_html(b, title);
    vn_buf_puts(b, "</h1>\n");
}

void sv_page_end(vn_buf *b) { vn_buf_puts(b, "\n</main></body></html>\n"); }

void sv_error(sv_request *r, int status, const char *message) {
    vn_buf_free(&r->body);
    free(r->location);
    r->location = NULL;
    free(r->disposition);
    r->disposition = NULL;
    r->status = status;
    if (r->api) {
        r->content_type = "application/json";
        json_t *o = json_pack("{s:s,s:i}", "error", message, "status", status);
        char *s = o ? json_dumps(o, JSON_ENSURE_ASCII) : NULL;
        vn_buf_puts(&r->body, s ? s : "{\"error\":\"out of memory\"}");
        vn_buf_puts(&r->body, "\n");
        free(s);
        json_decref(o);
        return;
    }
    r->content_type = "text/html; charset=utf-8";
    char title[64];
    snprintf(title, sizeof title, "Lỗi %d", status);
    sv_page_begin(&r->body, title);
    vn_buf_puts(&r->body, "<div class=\"err\"><p>");
    sv_html(&r->body, message);
    vn_buf_puts(&r->body, "</p><p>Không có gì được lưu. <a href=\"/\">Về trang chủ</a></p></div>");
    sv_page_end(&r->body);
}
