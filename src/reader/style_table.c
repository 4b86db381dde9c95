/* Reading styles.xml and the theme fonts; resolving inheritance. */
#include <stdlib.h>
#include <string.h>

#include "reader/style_table.h"
#include "reader/xml_sax.h"
#include "util/ctx.h"

/* basedOn chains longer than this are cycles or nonsense. */
enum { MAX_CHAIN = 32 };

static void props_init(vn_props *p) {
    p->bold = p->italic = p->vanish = -1;
    p->font = NULL;
}

void vn_styles_init(vn_styles *s) {
    vn_vec_init(&s->items, sizeof(vn_style));
    vn_strmap_init(&s->index);
    props_init(&s->defaults);
    s->default_paragraph = -1;
    s->theme_minor = s->theme_major = NULL;
}

void vn_styles_free(vn_styles *s) {
    for (size_t i = 0; i < s->items.n; i++) {
        vn_style *st = vn_vec_at(&s->items, i);
        free(st->id);
        free(st->name);
        free(st->based_on);
        free(st->run.font);
    }
    vn_vec_free(&s->items);
    vn_strmap_free(&s->index);
    free(s->defaults.font);
    free(s->theme_minor);
    free(s->theme_major);
}

const vn_style *vn_styles_get(const vn_styles *s, const char *id) {
    if (!id)
        return NULL;
    long i = vn_strmap_get(&s->index, id, -1);
    return i < 0 ? NULL : vn_vec_at(&s->items, (size_t)i);
}

/* The font an rFonts element names, or NULL. */
static const char *font_name(const vn_styles *s, const char *ascii, const char *hansi,
                             const char *ascii_theme, const char *hansi_theme) {
    const char *name = ascii ? ascii : hansi;
    if (!name) {
        const char *theme = ascii_theme ? ascii_theme : hansi_theme;
        if (theme)
            name = strncmp(theme, "major", 5) == 0 ? s->theme_major : s->theme_minor;
    }
    return name;
}

char *vn_styles_font_from_attrs(const vn_styles *s, const char *ascii, const char *hansi,
                                const char *ascii_theme, const char *hansi_theme) {
    const char *name = font_name(s, ascii, hansi, ascii_theme, hansi_theme);
    return name ? strdup(name) : NULL;
}

static int align_of(const char *v) {
    if (!v)
        return -1;
    if (!strcmp(v, "center"))
        return VNPLAN_ALIGN_CENTER;
    if (!strcmp(v, "right") || !strcmp(v, "end"))
        return VNPLAN_ALIGN_RIGHT;
    if (!strcmp(v, "both") || !strcmp(v, "distribute"))
        return VNPLAN_ALIGN_BOTH;
    if (!strcmp(v, "left") || !strcmp(v, "start"))
        return VNPLAN_ALIGN_LEFT;
    return -1;
}

typedef struct theme_reader {
    vn_styles *s;
    vnplan_ctx *ctx;
    int in;                        /* 1 minor, 2 major */
} theme_reader;

static vnplan_status theme_start(void *ud, vn_sax *x, int ns, const char *n) {
    theme_reader *t = ud;
    if (ns != VN_NS_A)
        return VNPLAN_OK;
    if (!strcmp(n, "minorFont"))
        t->in = 1;
    else if (!strcmp(n, "majorFont"))
        t->in = 2;
    else if (t->in && !strcmp(n, "latin")) {
        const char *tf = vn_sax_attr(x, "typeface");
        char **slot = t->in == 1 ? &t->s->theme_minor : &t->s->theme_major;
        if (tf && !*slot && !(*slot = strdup(tf)))
            return vn_fail_nomem(t->ctx);
    }
    return VNPLAN_OK;
}

static vnplan_status theme_end(void *ud, vn_sax *x, int ns, const char *n) {
    (void)x;
    theme_reader *t = ud;
    if (ns == VN_NS_A && (!strcmp(n, "minorFont") || !strcmp(n, "majorFont")))
        t->in = 0;
    return VNPLAN_OK;
}

static vnplan_status load_theme(vn_styles *s, vn_package *pkg, const char *part) {
    theme_reader t = {s, pkg->ctx, 0};
    static const vn_sax_handler h = {theme_start, theme_end, NULL};
    return vn_sax_parse(pkg, part, &h, &t, NULL);
}

/* Reads run properties common to styles and defaults; false when out of
 * memory. */
static bool read_rpr_child(vn_styles *s, vn_sax *x, const char *n, vn_props *p) {
    if (!strcmp(n, "b"))
        p->bold = vn_sax_onoff(vn_sax_attr(x, "val"));
    else if (!strcmp(n, "i"))
        p->italic = vn_sax_onoff(vn_sax_attr(x, "val"));
    else if (!strcmp(n, "vanish"))
        p->vanish = vn_sax_onoff(vn_sax_attr(x, "val"));
    else if (!strcmp(n, "rFonts")) {
        const char *name = font_name(s, vn_sax_attr(x, "ascii"), vn_sax_attr(x, "hAnsi"),
                                     vn_sax_attr(x, "asciiTheme"), vn_sax_attr(x, "hAnsiTheme"));
        char *f = name ? strdup(name) : NULL;
        if (name && !f)
            return false;
        if (f) {
            free(p->font);
            p->font = f;
        }
    }
    return true;
}

typedef struct styles_reader {
    vn_styles *s;
    vnplan_ctx *ctx;
    vn_style *cur;
    bool in_defaults, in_rpr, in_ppr;
} styles_reader;

static vnplan_status styles_end(void *ud, vn_sax *x, int ns, const char *n) {
    (void)x;
    styles_reader *r = ud;
    if (ns != VN_NS_W)
        return VNPLAN_OK;
    if (!strcmp(n, "style"))
        r->cur = NULL;
    else if (!strcmp(n, "docDefaults"))
        r->in_defaults = false;
    else if (!strcmp(n, "rPr"))
        r->in_rpr = false;
    else if (!strcmp(n, "pPr"))
        r->in_ppr = false;
    return VNPLAN_OK;
}

static vnplan_status styles_start(void *ud, vn_sax *x, int ns, const char *n) {
    styles_reader *r = ud;
    vn_styles *s = r->s;
    vn_style *cur = r->cur;
    if (ns != VN_NS_W)
        return VNPLAN_OK;
    if (!strcmp(n, "docDefaults")) {
        r->in_defaults = true;
    } else if (!strcmp(n, "style")) {
        const char *id = vn_sax_attr(x, "styleId");
        const char *type = vn_sax_attr(x, "type");
        size_t idx = s->items.n;
        cur = r->cur = vn_vec_push(&s->items);
        if (!cur || !(cur->id = strdup(id ? id : "")))
            return vn_fail_nomem(r->ctx);
        cur->paragraph = !type || !strcmp(type, "paragraph");
        cur->outline = cur->num_id = cur->num_ilvl = cur->align = -1;
        props_init(&cur->run);
        if (!vn_strmap_put(&s->index, cur->id, (long)idx))
            return vn_fail_nomem(r->ctx);
        if (cur->paragraph && vn_sax_onoff(vn_sax_attr(x, "default")) && vn_sax_attr(x, "default") &&
            s->default_paragraph < 0)
            s->default_paragraph = (long)idx;
    } else if (!strcmp(n, "rPr")) {
        r->in_rpr = true;
    } else if (!strcmp(n, "pPr")) {
        r->in_ppr = true;
    } else if ((r->in_defaults || cur) && r->in_rpr) {
        if (!read_rpr_child(s, x, n, r->in_defaults ? &s->defaults : &cur->run))
            return vn_fail_nomem(r->ctx);
    } else if (cur && (!strcmp(n, "name") || !strcmp(n, "basedOn"))) {
        const char *v = vn_sax_attr(x, "val");
        char **slot = n[0] == 'n' ? &cur->name : &cur->based_on;
        free(*slot);
        *slot = v ? strdup(v) : NULL;
        if (v && !*slot)
            return vn_fail_nomem(r->ctx);
    } else if (cur && r->in_ppr) {
        if (!strcmp(n, "outlineLvl"))
            cur->outline = vn_sax_int_attr(x, "val", -1);
        else if (!strcmp(n, "numId"))
            cur->num_id = vn_sax_int_attr(x, "val", -1);
        else if (!strcmp(n, "ilvl"))
            cur->num_ilvl = vn_sax_int_attr(x, "val", -1);
        else if (!strcmp(n, "jc"))
            cur->align = align_of(vn_sax_attr(x, "val"));
    }
    return VNPLAN_OK;
}

vnplan_status vn_styles_load(vn_styles *s, vn_package *pkg, const char *styles_part,
                             const char *theme_part) {
    vnplan_status st;
    if (theme_part && vn_package_has(pkg, theme_part) && (st = load_theme(s, pkg, theme_part)))
        return st;
    if (!styles_part || !vn_package_has(pkg, styles_part))
        return VNPLAN_OK;
    styles_reader r = {s, pkg->ctx, NULL, false, false, false};
    static const vn_sax_handler h = {styles_start, styles_end, NULL};
    return vn_sax_parse(pkg, styles_part, &h, &r, NULL);
}

static void fill_props(vn_props *p, const vn_props *from) {
    if (p->bold < 0)
        p->bold = from->bold;
    if (p->italic < 0)
        p->italic = from->italic;
    if (p->vanish < 0)
        p->vanish = from->vanish;
    if (!p->font)
        p->font = from->font;   /* borrowed: owned by the style table */
}

void vn_styles_resolve_para(const vn_styles *s, const char *id, vn_para_style *out) {
    out->outline = out->num_id = out->num_ilvl = out->align = -1;
    props_init(&out->run);
    const vn_style *st = vn_styles_get(s, id);
    if (!st && s->default_paragraph >= 0)
        st = vn_vec_at(&s->items, (size_t)s->default_paragraph);
    out->style = st;
    for (int hop = 0; st && hop < MAX_CHAIN; hop++) {
        if (out->outline < 0)
            out->outline = st->outline;
        if (out->num_id < 0)
            out->num_id = st->num_id;
        if (out->num_ilvl < 0)
            out->num_ilvl = st->num_ilvl;
        if (out->align < 0)
            out->align = st->align;
        fill_props(&out->run, &st->run);
        const vn_style *next = vn_styles_get(s, st->based_on);
        st = next == st ? NULL : next;
    }
    fill_props(&out->run, &s->defaults);
}

void vn_styles_apply_char(const vn_styles *s, const char *id, vn_props *p) {
    const vn_style *st = vn_styles_get(s, id);
    for (int hop = 0; st && hop < MAX_CHAIN; hop++) {
        fill_props(p, &st->run);
        const vn_style *next = vn_styles_get(s, st->based_on);
        st = next == st ? NULL : next;
    }
}
