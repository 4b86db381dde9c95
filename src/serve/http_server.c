/* The HTTP side: libmicrohttpd with a bounded thread pool, request bodies
 * (multipart or urlencoded) read through MHD's post processor within the
 * upload limit, cookies, one database connection and transaction per
 * request, and shutdown on SIGINT/SIGTERM. */
#include <arpa/inet.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <microhttpd.h>

#include "cli/cli.h"
#include "serve/auth.h"
#include "serve/serve.h"

enum { THREADS = 4, CONNECTIONS = 256, TIMEOUT_SECONDS = 120 };

typedef struct connection {
    sv_request req;
    struct MHD_PostProcessor *pp;
    bool is_post;
} connection;

const char *sv_field(const sv_request *r, const char *name) {
    for (int i = 0; i < r->n_fields; i++)
        if (strcmp(r->fields[i].name, name) == 0)
            return r->fields[i].value;
    return NULL;
}

/* Appends to the value of the last field when it is `key` (MHD hands long
 * values over in pieces), else starts a new field. */
static bool add_field(sv_request *r, const char *key, const char *data, size_t size, uint64_t off) {
    if (off > 0 && r->n_fields > 0 && strcmp(r->fields[r->n_fields - 1].name, key) == 0) {
        char **v = &r->fields[r->n_fields - 1].value;
        size_t old = strlen(*v);
        if (old + size > 65536)
            return false;
        char *p = realloc(*v, old + size + 1);
        if (!p)
            return false;
        memcpy(p + old, data, size);
        p[old + size] = '\0';
        *v = p;
        return true;
    }
    if (r->n_fields == SV_MAX_FIELDS || size > 65536)
        return false;
    char *name = strdup(key), *value = malloc(size + 1);
    if (!name || !value) {
        free(name);
        free(value);
        return false;
    }
    memcpy(value, data, size);
    value[size] = '\0';
    r->fields[r->n_fields].name = name;
    r->fields[r->n_fields].value = value;
    r->n_fields++;
    return true;
}

static enum MHD_Result post_iterator(void *cls, enum MHD_ValueKind kind, const char *key, const char *filename,
                                     const char *content_type, const char *transfer_encoding,
                                     const char *data, uint64_t off, size_t size) {
    (void)kind;
    (void)content_type;
    (void)transfer_encoding;
    sv_request *r = cls;
    if (r->too_big || r->bad_form)
        return MHD_YES;  /* keep reading, answer at the end */
    if (strcmp(key, "file") == 0) {
        if (!r->upload_name && filename && !(r->upload_name = strdup(filename)))
            r->bad_form = true;
        if (r->upload_len + size > r->cfg->max_upload) {
            r->too_big = true;
            return MHD_YES;
        }
        char *p = realloc(r->upload, r->upload_len + size + 1);
        if (!p) {
            r->bad_form = true;
            return MHD_YES;
        }
        if (size)
            memcpy(p + r->upload_len, data, size);
        r->upload = p;
        r->upload_len += size;
        return MHD_YES;
    }
    if (!add_field(r, key, data, size, off))
        r->bad_form = true;
    return MHD_YES;
}

static void request_free(sv_request *r) {
    for (int i = 0; i < r->n_fields; i++) {
        free(r->fields[i].name);
        free(r->fields[i].value);
    }
    free(r->upload);
    free(r->upload_name);
    free(r->reviewer);
    free(r->location);
    free(r->set_cookie);
    free(r->disposition);
    vn_buf_free(&r->body);
}

static void completed(void *cls, struct MHD_Connection *c, void **con_cls, enum MHD_RequestTerminationCode toe) {
    (void)cls;
    (void)c;
    (void)toe;
    connection *conn = *con_cls;
    if (!conn)
        return;
    if (conn->pp)
        MHD_destroy_post_processor(conn->pp);
    request_free(&conn->req);
    free(conn);
    *con_cls = NULL;
}

static char *percent_decode(const char *s) {
    char *out = malloc(strlen(s) + 1), *o = out;
    if (!out)
        return NULL;
    for (; *s; s++) {
        unsigned v;
        if (*s == '%' && s[1] && s[2] && sscanf(s + 1, "%2x", &v) == 1) {
            *o++ = (char)v;
            s += 2;
        } else {
            *o++ = *s == '+' ? ' ' : *s;
        }
    }
    *o = '\0';
    return out;
}

static bool hex_token(const char *s) {
    if (!s || strlen(s) != 32)
        return false;
    for (; *s; s++)
        if (!strchr("0123456789abcdef", *s))
            return false;
    return true;
}

/* Cookies and the CSRF check; then the route, inside one transaction. */
static void handle(struct MHD_Connection *c, sv_request *r) {
    const char *token = MHD_lookup_connection_value(c, MHD_COOKIE_KIND, "vnplan_csrf");
    if (hex_token(token)) {
        memcpy(r->csrf, token, 33);
    } else {
        r->csrf_new = true;
        if (!sv_random_hex(r->csrf, 16)) {
            sv_error(r, 500, "không tạo được mã chống giả mạo");
            return;
        }
    }
    if (r->cfg->users) {
        r->reviewer = sv_users_check(r->cfg->users,
                                     MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Authorization"));
        if (!r->reviewer) {
            r->challenge = true;
            sv_error(r, 401, "Cần đăng nhập: tên người dùng hoặc mật khẩu không đúng.");
            return;
        }
        r->signed_in = true;
    }
    const char *name = MHD_lookup_connection_value(c, MHD_COOKIE_KIND, "vnplan_name");
    if (!r->reviewer && name && *name)
        r->reviewer = percent_decode(name);
    bool post = strcmp(r->method, "POST") == 0;
    if (post) {
        const char *sent = sv_field(r, "csrf");
        if (!sent)
            sent = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "X-CSRF-Token");
        if (r->csrf_new || !sv_token_equal(sent, r->csrf)) {
            sv_error(r, 403, "Thiếu hoặc sai mã chống giả mạo (CSRF): tải lại trang rồi thử lại.");
            return;
        }
        if (r->too_big) {
            char msg[160];
            snprintf(msg, sizeof msg, "Tệp tải lên quá lớn: giới hạn là %zu byte.", r->cfg->max_upload);
            sv_error(r, 413, msg);
            return;
        }
        if (r->bad_form) {
            sv_error(r, 400, "Biểu mẫu gửi lên không hợp lệ.");
            return;
        }
    }
    r->db = sv_db_open(r->cfg->db_path);
    if (!r->db) {
        sv_error(r, 500, "không mở được cơ sở dữ liệu");
        return;
    }
    if (sqlite3_exec(r->db, post ? "BEGIN IMMEDIATE" : "BEGIN", NULL, NULL, NULL) != SQLITE_OK) {
        sv_error(r, 503, "cơ sở dữ liệu đang bận, hãy thử lại");
    } else {
        sv_route(r);
        bool ok = r->status < 400 && !r->body.failed;
        if (!ok || sqlite3_exec(r->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
            sqlite3_exec(r->db, "ROLLBACK", NULL, NULL, NULL);
            if (ok)
                sv_error(r, 500, "không ghi được vào cơ sở dữ liệu");
        }
    }
    sqlite3_close(r->db);
    r->db = NULL;
}

static enum MHD_Result respond(struct MHD_Connection *c, sv_request *r) {
    if (r->body.failed) {
        vn_buf_free(&r->body);
        r->status = 500;
        r->content_type = "text/plain; charset=utf-8";
        vn_buf_puts(&r->body, "out of memory\n");
    }
    struct MHD_Response *resp =
        MHD_create_response_from_buffer(r->body.len, r->body.data ? r->body.data : (char *)"",
                                        MHD_RESPMEM_MUST_COPY);
    if (!resp)
        return MHD_NO;
    MHD_add_response_header(resp, "Content-Type", r->content_type ? r->content_type : "text/html; charset=utf-8");
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "X-Frame-Options", "SAMEORIGIN");
    MHD_add_response_header(resp, "Cache-Control", "no-store");
    MHD_add_response_header(resp, "Content-Security-Policy",
                            "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
                            "img-src data:; frame-src 'self'; form-action 'self'; frame-ancestors 'self'");
    if (r->status == 405)
        MHD_add_response_header(resp, "Allow", r->api ? "GET, POST" : "GET, POST");
    if (r->location)
        MHD_add_response_header(resp, "Location", r->location);
    if (r->challenge)
        MHD_add_response_header(resp, "WWW-Authenticate", "Basic realm=\"vnplan\", charset=\"UTF-8\"");
    if (r->disposition)
        MHD_add_response_header(resp, "Content-Disposition", r->disposition);
    if (r->csrf_new) {
        char cookie[128];
        snprintf(cookie, sizeof cookie, "vnplan_csrf=%s; Path=/; HttpOnly; SameSite=Strict", r->csrf);
        MHD_add_response_header(resp, "Set-Cookie", cookie);
    }
    if (r->set_cookie)
        MHD_add_response_header(resp, "Set-Cookie", r->set_cookie);
    enum MHD_Result ret = MHD_queue_response(c, (unsigned)r->status, resp);
    MHD_destroy_response(resp);
    return ret;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                                  const char *version, const char *upload_data, size_t *upload_data_size,
                                  void **con_cls) {
    (void)version;
    connection *conn = *con_cls;
    if (!conn) {
        if (!(conn = calloc(1, sizeof *conn)))
            return MHD_NO;
        *con_cls = conn;
        conn->req.cfg = cls;
        conn->req.method = method;
        conn->req.url = url;
        conn->req.status = 200;
        conn->is_post = strcmp(method, "POST") == 0;
        if (conn->is_post) {
            const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
            /* Far over the limit: refuse at once rather than read it all. */
            if (cl && strtoull(cl, NULL, 10) > 4 * (unsigned long long)conn->req.cfg->max_upload + 65536)
                conn->req.too_big = true;
            else
                conn->pp = MHD_create_post_processor(c, 64 * 1024, post_iterator, &conn->req);
            const char *ct = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Type");
            if (!conn->pp && !conn->req.too_big && ct && *ct)
                conn->req.bad_form = true;  /* neither multipart nor urlencoded */
        }
        return MHD_YES;
    }
    if (*upload_data_size) {
        conn->req.body_len += *upload_data_size;
        if (conn->pp && !conn->req.too_big)
            MHD_post_process(conn->pp, upload_data, *upload_data_size);
        if (conn->req.body_len > conn->req.cfg->max_upload + 65536)
            conn->req.too_big = true;
        *upload_data_size = 0;
        if (!conn->req.too_big || conn->req.body_len <= 4 * conn->req.cfg->max_upload + 65536)
            return MHD_YES;
    }
    /* Destroying the post processor hands over the last field (MHD keeps it
     * until the end) and says whether the body was well formed. */
    if (conn->pp) {
        if (MHD_destroy_post_processor(conn->pp) != MHD_YES)
            conn->req.bad_form = true;
        conn->pp = NULL;
    }
    conn->req.api = strncmp(url, "/api/", 5) == 0;
    handle(c, &conn->req);
    return respond(c, &conn->req);
}

/* host as an IPv4 or IPv6 address (no names: the server binds what it is told). */
static bool parse_host(const char *host, unsigned port, struct sockaddr_storage *ss, bool *v6) {
    memset(ss, 0, sizeof *ss);
    struct sockaddr_in *sa = (struct sockaddr_in *)ss;
    struct sockaddr_in6 *sa6 = (struct sockaddr_in6 *)ss;
    if (inet_pton(AF_INET, host, &sa->sin_addr) == 1) {
        sa->sin_family = AF_INET;
        sa->sin_port = htons((uint16_t)port);
        *v6 = false;
        return true;
    }
    if (inet_pton(AF_INET6, host, &sa6->sin6_addr) == 1) {
        sa6->sin6_family = AF_INET6;
        sa6->sin6_port = htons((uint16_t)port);
        *v6 = true;
        return true;
    }
    return false;
}

int sv_run(const sv_config *cfg, const char *host, unsigned port) {
    struct sockaddr_storage sa;
    bool v6;
    if (!parse_host(host, port, &sa, &v6)) {
        cli_error("serve: '%s' is not an IPv4 or IPv6 address", host);
        return CLI_EXIT_USAGE;
    }
    /* The workers inherit a mask without SIGINT/SIGTERM; this thread waits for them. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);
    struct MHD_Daemon *d = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG | (v6 ? MHD_USE_IPv6 : 0), (uint16_t)port, NULL, NULL, on_request, (void *)cfg,
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa, MHD_OPTION_THREAD_POOL_SIZE, (unsigned)THREADS,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)CONNECTIONS, MHD_OPTION_CONNECTION_TIMEOUT,
        (unsigned)TIMEOUT_SECONDS, MHD_OPTION_NOTIFY_COMPLETED, completed, NULL, MHD_OPTION_END);
    if (!d) {
        cli_error("serve: cannot listen on %s%s%s:%u", v6 ? "[" : "", host, v6 ? "]" : "", port);
        return CLI_EXIT_INTERNAL;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    fprintf(stderr, "vnplan: serving on http://%s%s%s:%u/ (database %s)\n", v6 ? "[" : "", host, v6 ? "]" : "",
            info ? (unsigned)info->port : port, cfg->db_path);
    int sig = 0;
    sigwait(&set, &sig);
    fprintf(stderr, "vnplan: stopping (signal %d)\n", sig);
    MHD_stop_daemon(d);
    return CLI_EXIT_OK;
}
