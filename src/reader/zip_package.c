/* Opening the zip archive, finding parts, reading relationships. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "reader/xml_sax.h"
#include "reader/zip_package.h"
#include "util/buf.h"
#include "util/ctx.h"
#include "util/vec.h"

bool vn_package_has(vn_package *pkg, const char *part) {
    return vn_zip_find(&pkg->zip, part, true) >= 0;
}

char *vn_resolve_part(vnplan_ctx *ctx, const char *source_part, const char *target) {
    vn_buf b = VN_BUF_INIT;
    if (target[0] != '/') {
        const char *slash = strrchr(source_part, '/');
        if (slash)
            vn_buf_append(&b, source_part, (size_t)(slash - source_part) + 1);
    }
    vn_buf_puts(&b, target[0] == '/' ? target + 1 : target);
    if (b.failed) {
        vn_buf_free(&b);
        vn_fail_nomem(ctx);
        return NULL;
    }
    /* Normalise the segments into a second buffer of the same size. */
    char *norm = malloc(b.len + 1);
    if (!norm) {
        vn_buf_free(&b);
        vn_fail_nomem(ctx);
        return NULL;
    }
    const char *s = b.data;
    char *out = norm;
    size_t n = 0;
    while (*s) {
        const char *end = strchr(s, '/');
        size_t len = end ? (size_t)(end - s) : strlen(s);
        if (len == 0 || (len == 1 && s[0] == '.')) {
            /* skip */
        } else if (len == 2 && s[0] == '.' && s[1] == '.') {
            if (n == 0) {
                vn_fail(ctx, VNPLAN_EFORMAT, source_part,
                        "relationship target '%s' points outside the package", target);
                vn_buf_free(&b);
                free(norm);
                return NULL;
            }
            out--;                       /* drop the last segment and its '/' */
            while (out > norm && out[-1] != '/')
                out--;
            n--;
        } else {
            memcpy(out, s, len);
            out += len;
            *out++ = '/';
            n++;
        }
        s += len + (end ? 1 : 0);
    }
    if (out > norm)
        out--;                           /* no trailing slash */
    *out = '\0';
    vn_buf_free(&b);
    return norm;
}

static char *rels_name_of(const char *part) {
    vn_buf b = VN_BUF_INIT;
    const char *slash = strrchr(part, '/');
    size_t dir = slash ? (size_t)(slash - part) + 1 : 0;
    vn_buf_append(&b, part, dir);
    vn_buf_puts(&b, "_rels/");
    vn_buf_puts(&b, part + dir);
    vn_buf_puts(&b, ".rels");
    return vn_buf_detach(&b, NULL);
}

void vn_rels_free(vn_rels *rels) {
    for (size_t i = 0; i < rels->n; i++) {
        free(rels->items[i].id);
        free(rels->items[i].type);
        free(rels->items[i].target);
    }
    free(rels->items);
    rels->items = NULL;
    rels->n = 0;
}

const vn_rel *vn_rels_find_type(const vn_rels *rels, const char *type) {
    for (size_t i = 0; i < rels->n; i++)
        if (!rels->items[i].external && strcmp(rels->items[i].type, type) == 0)
            return &rels->items[i];
    return NULL;
}

const vn_rel *vn_rels_find_id(const vn_rels *rels, const char *id) {
    for (size_t i = 0; i < rels->n; i++)
        if (strcmp(rels->items[i].id, id) == 0)
            return &rels->items[i];
    return NULL;
}

typedef struct rels_reader {
    vn_package *pkg;
    const char *part;
    vn_vec items;                  /* vn_rel */
} rels_reader;

static vnplan_status rel_start(void *ud, vn_sax *x, int ns, const char *local) {
    rels_reader *rr = ud;
    if (ns != VN_NS_RELS || strcmp(local, "Relationship"))
        return VNPLAN_OK;
    const char *id = vn_sax_attr(x, "Id");
    char *idc = strdup(id ? id : "");
    const char *type = vn_sax_attr(x, "Type");
    const char *seg = type ? strrchr(type, '/') : NULL;
    char *typec = strdup(seg ? seg + 1 : (type ? type : ""));
    const char *mode = vn_sax_attr(x, "TargetMode");
    bool external = mode && strcmp(mode, "External") == 0;
    const char *target = vn_sax_attr(x, "Target");
    char *targetc = NULL;
    if (target && !external) {
        vnplan_ctx why = {0};   /* outside the package, or out of memory */
        targetc = vn_resolve_part(&why, rr->part, target);
        if (!targetc && why.error.code != VNPLAN_ENOMEM) {   /* outside: kept, but never opened */
            external = true;
            targetc = strdup(target);
        }
    } else {
        targetc = strdup(target ? target : "");
    }
    vn_rel *rel = (idc && typec && targetc) ? vn_vec_push(&rr->items) : NULL;
    if (!rel) {
        free(idc);
        free(typec);
        free(targetc);
        return vn_fail_nomem(rr->pkg->ctx);
    }
    rel->id = idc;
    rel->type = typec;
    rel->target = targetc;
    rel->external = external;
    return VNPLAN_OK;
}

vnplan_status vn_package_rels(vn_package *pkg, const char *part, vn_rels *out) {
    out->items = NULL;
    out->n = 0;
    char *rels_part = part[0] ? rels_name_of(part) : strdup("_rels/.rels");
    if (!rels_part)
        return vn_fail_nomem(pkg->ctx);
    if (!vn_package_has(pkg, rels_part)) {
        free(rels_part);
        return VNPLAN_OK;
    }
    rels_reader rr = {pkg, part, {0}};
    vn_vec_init(&rr.items, sizeof(vn_rel));
    static const vn_sax_handler h = {rel_start, NULL, NULL};
    vnplan_status st = vn_sax_parse(pkg, rels_part, &h, &rr, NULL);
    free(rels_part);
    out->items = rr.items.items;
    out->n = rr.items.n;
    if (st)
        vn_rels_free(out);
    return st;
}

typedef struct types_reader {
    const char *part, *ext;
    char *by_override, *by_default;
    vnplan_ctx *ctx;
} types_reader;

static vnplan_status type_start(void *ud, vn_sax *x, int ns, const char *local) {
    types_reader *t = ud;
    if (ns != VN_NS_CT)
        return VNPLAN_OK;
    const char *ct = vn_sax_attr(x, "ContentType");
    if (!ct)
        return VNPLAN_OK;
    char **slot = NULL;
    if (!strcmp(local, "Override")) {
        const char *pn = vn_sax_attr(x, "PartName");
        if (pn && !t->by_override && strcasecmp(pn[0] == '/' ? pn + 1 : pn, t->part) == 0)
            slot = &t->by_override;
    } else if (!strcmp(local, "Default")) {
        const char *e = vn_sax_attr(x, "Extension");
        if (e && t->ext && !t->by_default && strcasecmp(e, t->ext + 1) == 0)
            slot = &t->by_default;
    }
    if (slot && !(*slot = strdup(ct)))
        return vn_fail_nomem(t->ctx);
    return VNPLAN_OK;
}

/* The content type of `part` from [Content_Types].xml, or NULL. */
static char *content_type_of(vn_package *pkg, const char *part, vnplan_status *st) {
    *st = VNPLAN_OK;
    if (!vn_package_has(pkg, "[Content_Types].xml"))
        return NULL;
    types_reader t = {part, strrchr(part, '.'), NULL, NULL, pkg->ctx};
    static const vn_sax_handler h = {type_start, NULL, NULL};
    if ((*st = vn_sax_parse(pkg, "[Content_Types].xml", &h, &t, NULL))) {
        free(t.by_override);
        free(t.by_default);
        return NULL;
    }
    if (t.by_override) {
        free(t.by_default);
        return t.by_override;
    }
    return t.by_default;
}

static vnplan_status find_main_part(vn_package *pkg) {
    vn_rels rels;
    vnplan_status st = vn_package_rels(pkg, "", &rels);
    if (st)
        return st;
    const vn_rel *main = vn_rels_find_type(&rels, "officeDocument");
    for (size_t i = 0; !main && i < rels.n; i++)
        if (!strcmp(rels.items[i].type, "officeDocument")) {
            st = vn_fail(pkg->ctx, VNPLAN_EFORMAT, pkg->name,
                         "the main document relationship points outside the package ('%s')",
                         rels.items[i].target);
            vn_rels_free(&rels);
            return st;
        }
    if (!main) {
        vn_rels_free(&rels);
        if (!vn_package_has(pkg, "_rels/.rels"))
            return vn_fail(pkg->ctx, VNPLAN_EFORMAT, pkg->name,
                           "not a Word document: the package has no _rels/.rels");
        return vn_fail(pkg->ctx, VNPLAN_EFORMAT, pkg->name,
                       "not a Word document: _rels/.rels names no main document part");
    }
    pkg->main_part = strdup(main->target);
    vn_rels_free(&rels);
    if (!pkg->main_part)
        return vn_fail_nomem(pkg->ctx);
    if (!vn_package_has(pkg, pkg->main_part))
        return vn_fail(pkg->ctx, VNPLAN_EFORMAT, pkg->name,
                       "the main document part '%s' is missing from the package", pkg->main_part);
    char *ct = content_type_of(pkg, pkg->main_part, &st);
    if (st)
        return st;
    pkg->format = "docx";
    if (ct) {
        if (strstr(ct, "presentationml") || strstr(ct, "spreadsheetml")) {
            st = vn_fail(pkg->ctx, VNPLAN_EUNSUPPORTED, pkg->name,
                         "a %s file, not a Word document",
                         strstr(ct, "presentationml") ? "PowerPoint" : "Excel");
            free(ct);
            return st;
        }
        if (strstr(ct, "macroEnabled"))
            pkg->format = strstr(ct, "emplate") ? "dotm" : "docm";
        else if (strstr(ct, "template"))
            pkg->format = "dotx";
        free(ct);
    }
    return VNPLAN_OK;
}

/* An OpenDocument package says so in its first entry. */
static bool is_opendocument(const vn_zip *z) {
    long idx = vn_zip_find(z, "mimetype", false);
    if (idx < 0)
        return false;
    const char *why;
    vn_zip_file *f = vn_zip_file_open(z, (size_t)idx, &why);
    if (!f)
        return false;
    char buf[64] = {0};
    long long n = vn_zip_file_read(f, buf, sizeof buf - 1, &why);
    vn_zip_file_close(f);
    return n >= 34 && strncmp(buf, "application/vnd.oasis.opendocument", 34) == 0;
}

vnplan_status vn_package_open(vn_package *pkg, vnplan_ctx *ctx, const void *data, size_t len,
                              const char *name) {
    memset(pkg, 0, sizeof *pkg);
    pkg->ctx = ctx;
    pkg->name = name;
    vnplan_status st = vn_sniff_format(ctx, data, len, name);
    if (st)
        return st;
    long long max_entries = vn_limit(ctx, VNPLAN_LIMIT_ZIP_ENTRIES);
    unsigned long long entries = 0;
    const char *why = NULL;
    int zr = vn_zip_open(&pkg->zip, data, len, max_entries, &entries, &why);
    if (zr == -2)
        return vn_fail(ctx, VNPLAN_ELIMIT, name,
                       "the zip archive has %llu entries, more than %lld (limit max-zip-entries)",
                       entries, max_entries);
    /* Two entries of one part: which one a reader takes is arbitrary. */
    if (zr == -3)
        return vn_fail(ctx, VNPLAN_EFORMAT, name, "corrupt package: %s", why);
    if (zr < 0)
        return why == vn_zip_out_of_memory
                   ? vn_fail_nomem(ctx)
                   : vn_fail(ctx, VNPLAN_EFORMAT, name, "corrupt or truncated zip archive (%s)", why);
    if (is_opendocument(&pkg->zip))
        return vn_fail(ctx, VNPLAN_EUNSUPPORTED, name,
                       "an OpenDocument file (.odt), not a .docx: convert it with "
                       "'soffice --headless --convert-to docx FILE'");
    return find_main_part(pkg);
}

void vn_package_close(vn_package *pkg) {
    vn_zip_close(&pkg->zip);
    free(pkg->main_part);
    memset(pkg, 0, sizeof *pkg);
}
