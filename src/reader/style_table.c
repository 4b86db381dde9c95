/* Reading styles.xml and the theme fonts; resolving inheritance. */
#include <stdlib.h>
#include <string.h>

#include "reader/style_table.h"
#include "reader/xml_stream.h"
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

static vnplan_status load_theme(vn_styles *s, vn_package *pkg, const char *part) {
    vn_xml *x;
    vnplan_status st = vn_xml_open(pkg, part, &x);
    if (st)
        return st;
    int r, in = 0; /* 1 minor, 2 major */
    while ((r = vn_xml_next(x)) == 1) {
        int t = vn_xml_type(x);
        const char *n = vn_xml_local(x);
        if (t == VN_XML_ELEMENT) {
            if (!strcmp(n, "minorFont"))
                in = 1;
            else if (!strcmp(n, "majorFont"))
                in = 2;
            else if (in && !strcmp(n, "latin")) {
                const char *tf = vn_xml_attr(x, "typeface");
                char **slot = in == 1 ? &s->theme_minor : &s->theme_major;
                if (tf && !*slot && !(*slot = strdup(tf))) {
                    r = vn_fail_nomem(pkg->ctx);
                    break;
                }
            }
        } else if (t == VN_XML_END_ELEMENT && (!strcmp(n, "minorFont") || !strcmp(n, "majorFont"))) {
            in = 0;
        }
    }
    vn_xml_close(x);
    return r < 0 ? (vnplan_status)r : VNPLAN_OK;
}

/* Reads run properties common to styles and defaults; false when out of
 * memory. */
static bool read_rpr_child(vn_styles *s, vn_xml *x, const char *n, vn_props *p) {
    if (!strcmp(n, "b"))
        p->bold = vn_xml_onoff(vn_xml_attr(x, "val"));
    else if (!strcmp(n, "i"))
        p->italic = vn_xml_onoff(vn_xml_attr(x, "val"));
    else if (!strcmp(n, "vanish"))
        p->vanish = vn_xml_onoff(vn_xml_attr(x, "val"));
    else if (!strcmp(n, "rFonts")) {
        const char *name = font_name(s, vn_xml_attr(x, "ascii"), vn_xml_attr(x, "hAnsi"),
                                     vn_xml_attr(x, "asciiTheme"), vn_xml_attr(x, "hAnsiTheme"));
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

vnplan_status vn_styles_load(vn_styles *s, vn_package *pkg, const char *styles_part,
                             const char *theme_part) {
    vnplan_status st;
    if (theme_part && vn_package_has(pkg, theme_part) && (st = load_theme(s, pkg, theme_part)))
        return st;
    if (!styles_part || !vn_package_has(pkg, styles_part))
        return VNPLAN_OK;
    vn_xml *x;
    if ((st = vn_xml_open(pkg, styles_part, &x)))
        return st;
    vn_style *cur = NULL;
    bool in_defaults = false, in_rpr = false, in_ppr = false;
    int r;
    while ((r = vn_xml_next(x)) == 1) {
        int t = vn_xml_type(x);
        const char *n = vn_xml_local(x);
        if (t == VN_XML_END_ELEMENT) {
            if (!strcmp(n, "style"))
                cur = NULL;
            else if (!strcmp(n, "docDefaults"))
                in_defaults = false;
            else if (!strcmp(n, "rPr"))
                in_rpr = false;
            else if (!strcmp(n, "pPr"))
                in_ppr = false;
            continue;
        }
        if (t != VN_XML_ELEMENT)
            continue;
        bool empty = vn_xml_empty(x);
        if (!strcmp(n, "docDefaults")) {
            in_defaults = !empty;
        } else if (!strcmp(n, "style")) {
            const char *id = vn_xml_attr(x, "styleId");
            const char *type = vn_xml_attr(x, "type");
            size_t idx = s->items.n;
            cur = vn_vec_push(&s->items);
            if (!cur || !(cur->id = strdup(id ? id : ""))) {
                r = vn_fail_nomem(pkg->ctx);
                break;
            }
            cur->paragraph = !type || !strcmp(type, "paragraph");
            cur->outline = cur->num_id = cur->num_ilvl = cur->align = -1;
            props_init(&cur->run);
            if (!vn_strmap_put(&s->index, cur->id, (long)idx)) {
                r = vn_fail_nomem(pkg->ctx);
                break;
            }
            if (cur->paragraph && vn_xml_onoff(vn_xml_attr(x, "default")) && vn_xml_attr(x, "default") &&
                s->default_paragraph < 0)
                s->default_paragraph = (long)idx;
            if (empty)
                cur = NULL;
        } else if (!strcmp(n, "rPr")) {
            in_rpr = !empty;
        } else if (!strcmp(n, "pPr")) {
            in_ppr = !empty;
        } else if ((in_defaults || cur) && in_rpr) {
            if (!read_rpr_child(s, x, n, in_defaults ? &s->defaults : &cur->run)) {
                r = vn_fail_nomem(pkg->ctx);
                break;
            }
        } else if (cur && (!strcmp(n, "name") || !strcmp(n, "basedOn"))) {
            const char *v = vn_xml_attr(x, "val");
            char **slot = n[0] == 'n' ? &cur->name : &cur->based_on;
            free(*slot);
            *slot = v ? strdup(v) : NULL;
            if (v && !*slot) {
                r = vn_fail_nomem(pkg->ctx);
                break;
            }
        } else if (cur && in_ppr) {
            if (!strcmp(n, "outlineLvl"))
                cur->outline = vn_xml_int_attr(x, "val", -1);
            else if (!strcmp(n, "numId"))
                cur->num_id = vn_xml_int_attr(x, "val", -1);
            else if (!strcmp(n, "ilvl"))
                cur->num_ilvl = vn_xml_int_attr(x, "val", -1);
            else if (!strcmp(n, "jc"))
                cur->align = align_of(vn_xml_attr(x, "val"));
        }
    }
    vn_xml_close(x);
    return r < 0 ? (vnplan_status)r : VNPLAN_OK;
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
