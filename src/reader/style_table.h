/*
 * Styles of a document (styles.xml) with inheritance through basedOn, the
 * document defaults and the theme fonts, for the properties the model
 * needs: outline level, numbering, alignment, bold/italic and font.
 */
#ifndef VN_STYLE_TABLE_H
#define VN_STYLE_TABLE_H

#include <stdbool.h>

#include "reader/zip_package.h"
#include "util/strmap.h"
#include "util/vec.h"
#include "vnplan/document.h"

/* Properties that may be unset (-1) at one level of the chain. */
typedef struct vn_props {
    int bold, italic, vanish;    /* -1 unset, 0 off, 1 on */
    char *font;                  /* rFonts ascii/hAnsi (theme resolved), NULL unset */
} vn_props;

typedef struct vn_style {
    char *id, *name, *based_on;
    bool paragraph;              /* a paragraph (not character/table) style */
    int outline;                 /* -1 unset */
    int num_id, num_ilvl;        /* -1 unset; num_id 0 removes numbering */
    int align;                   /* vnplan_align, -1 unset */
    vn_props run;
} vn_style;

typedef struct vn_styles {
    vn_vec items;                /* vn_style */
    vn_strmap index;             /* styleId -> index */
    vn_props defaults;           /* docDefaults rPr */
    long default_paragraph;      /* index of the default paragraph style, -1 */
    char *theme_minor, *theme_major;
} vn_styles;

void vn_styles_init(vn_styles *s);
void vn_styles_free(vn_styles *s);
/* Reads the theme fonts then styles.xml (either part may be absent: NULL). */
vnplan_status vn_styles_load(vn_styles *s, vn_package *pkg, const char *styles_part,
                             const char *theme_part);
/* The style with that id, or NULL. */
const vn_style *vn_styles_get(const vn_styles *s, const char *id);

/* Resolved paragraph-style properties (inheritance applied). */
typedef struct vn_para_style {
    const vn_style *style;       /* NULL when none */
    int outline, num_id, num_ilvl, align;
    vn_props run;                /* the run properties the style gives its text */
} vn_para_style;
void vn_styles_resolve_para(const vn_styles *s, const char *id, vn_para_style *out);
/* Fills unset fields of `p` from character style `id` (and its chain). */
void vn_styles_apply_char(const vn_styles *s, const char *id, vn_props *p);

/* Parses an rFonts element's attributes (theme fonts resolved). Returns a
 * malloc'ed name or NULL. `attr` looks an attribute up by local name. */
char *vn_styles_font_from_attrs(const vn_styles *s, const char *ascii, const char *hansi,
                                const char *ascii_theme, const char *hansi_theme);

#endif
