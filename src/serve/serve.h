/* vnplan serve: the plan register and review desk over HTTP (docs/serve.md).
 * Linked into the CLI only: the library stays free of HTTP. */
#ifndef VN_SERVE_H
#define VN_SERVE_H

#include <stdbool.h>
#include <stddef.h>

#include <sqlite3.h>

#include "util/buf.h"
#include "vnplan/rules.h"

/* Pages are written into a vn_buf (util/buf.h): an allocation failure is
 * sticky, and the response is then a 500. Appends `s` HTML-escaped
 * (& < > " '); NULL appends nothing (html.c). */
void sv_html(vn_buf *b, const char *s);

/* The server's settings, shared read-only by the worker threads. */
typedef struct sv_config {
    const char *db_path;
    size_t max_upload;          /* bytes of one request body */
    const vnplan_rules *rules;  /* default rules, loaded once */
    bool can_convert;           /* LibreOffice found: .doc uploads are converted */
    struct sv_users *users;     /* --users: HTTP Basic required; NULL: open */
} sv_config;

/* One request as the routes see it: the parsed form fields, the upload, the
 * cookies, and the response being built. */
#define SV_MAX_FIELDS 64
typedef struct sv_request {
    const sv_config *cfg;
    const char *method, *url;
    bool api;                    /* under /api/: answers are JSON */
    struct { char *name, *value; } fields[SV_MAX_FIELDS];
    int n_fields;
    char *upload;                /* the `file` field's bytes */
    size_t upload_len;
    char *upload_name;           /* as the client named it: metadata only, never a path */
    size_t body_len;             /* bytes of the body seen so far */
    bool too_big, bad_form;
    char csrf[33];               /* the request's CSRF token (cookie, or a new one) */
    bool csrf_new;               /* the token is new: set the cookie */
    char *reviewer;              /* the signed-in user, else the vnplan_name cookie decoded, or NULL */
    bool signed_in;              /* reviewer is the --users name */
    bool challenge;              /* answer with WWW-Authenticate */
    /* The response. */
    int status;
    const char *content_type;
    char *location;              /* a redirect target */
    char *set_cookie;            /* one extra Set-Cookie header */
    char *disposition;           /* Content-Disposition for downloads */
    vn_buf body;
    sqlite3 *db;
} sv_request;

/* The value of form field `name` (the first one), or NULL. */
const char *sv_field(const sv_request *r, const char *name);

/* Runs the HTTP server until SIGINT or SIGTERM (http_server.c). Returns a CLI exit code. */
int sv_run(const sv_config *cfg, const char *host, unsigned port);

/* Routes the request (routes.c): fills r's response. */
void sv_route(sv_request *r);

/* Database (db.c). */
/* Opens the database, sets WAL and creates or migrates the schema. */
bool sv_db_init(const char *path, char *err, size_t errsize);
sqlite3 *sv_db_open(const char *path);

/* CSRF tokens (csrf.c). */
bool sv_random_hex(char *out, size_t n_bytes);  /* out holds 2*n_bytes+1 */
bool sv_token_equal(const char *a, const char *b);

/* Pages (pages.c). */
void sv_page_begin(vn_buf *b, const char *title);
void sv_page_end(vn_buf *b);
/* An error answer: an HTML page or, under /api/, {"error": message}. */
void sv_error(sv_request *r, int status, const char *message);

/* Turning an upload into a plan (plan_ingest.c): the plan's JSON
 * (malloc'ed) or NULL with the reason in err. */
char *sv_ingest(const sv_config *cfg, const char *data, size_t len, const char *name, char sha256[65],
                char *err, size_t errsize);

#endif
