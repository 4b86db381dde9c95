/* Reading numbering.xml and rendering list labels the way Word does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reader/numbering_defs.h"
#include "reader/symbol_font.h"
#include "reader/xml_sax.h"
#include "text/utf8.h"
#include "util/ctx.h"

void vn_numbering_init(vn_numbering *n) {
    vn_vec_init(&n->abstracts, sizeof(vn_abstract_num));
    vn_vec_init(&n->nums, sizeof(vn_num));
    vn_strmap_init(&n->abstract_ids);
    vn_strmap_init(&n->num_ids);
}

static void free_levels(vn_num_level *lv) {
    for (int i = 0; i < VN_NUM_LEVELS; i++) {
        free(lv[i].text);
        free(lv[i].pstyle);
    }
}

void vn_numbering_free(vn_numbering *n) {
    for (size_t i = 0; i < n->abstracts.n; i++)
        free_levels(((vn_abstract_num *)vn_vec_at(&n->abstracts, i))->levels);
    for (size_t i = 0; i < n->nums.n; i++)
        free_levels(((vn_num *)vn_vec_at(&n->nums, i))->override);
    vn_vec_free(&n->abstracts);
    vn_vec_free(&n->nums);
    vn_strmap_free(&n->abstract_ids);
    vn_strmap_free(&n->num_ids);
}

static vnplan_num_format format_of(const char *v) {
    static const struct {
        const char *name;
        vnplan_num_format fmt;
    } map[] = {
        {"decimal", VNPLAN_NUMFMT_DECIMAL},         {"decimalZero", VNPLAN_NUMFMT_DECIMAL_ZERO},
        {"upperRoman", VNPLAN_NUMFMT_UPPER_ROMAN},  {"lowerRoman", VNPLAN_NUMFMT_LOWER_ROMAN},
        {"upperLetter", VNPLAN_NUMFMT_UPPER_LETTER}, {"lowerLetter", VNPLAN_NUMFMT_LOWER_LETTER},
        {"ordinal", VNPLAN_NUMFMT_ORDINAL},         {"cardinalText", VNPLAN_NUMFMT_CARDINAL_TEXT},
        {"ordinalText", VNPLAN_NUMFMT_ORDINAL_TEXT}, {"bullet", VNPLAN_NUMFMT_BULLET},
        {"none", VNPLAN_NUMFMT_NONE},
    };
    if (!v)
        return VNPLAN_NUMFMT_DECIMAL;
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (!strcmp(v, map[i].name))
            return map[i].fmt;
    return VNPLAN_NUMFMT_OTHER;   /* rendered as decimal */
}

static void level_init(vn_num_level *lv) {
    memset(lv, 0, sizeof *lv);
    lv->start = 1;
    lv->format = VNPLAN_NUMFMT_DECIMAL;
    lv->restart = -1;
}

typedef struct numbering_reader {
    vn_numbering *n;
    vnplan_ctx *ctx;
    vn_abstract_num *abs;
    vn_num *num;
    vn_num_level *lv;
    int override_lvl;              /* the lvlOverride being read */
} numbering_reader;

static vnplan_status numbering_end(void *ud, vn_sax *x, int ns, const char *name) {
    (void)x;
    numbering_reader *r = ud;
    if (ns != VN_NS_W)
        return VNPLAN_OK;
    if (!strcmp(name, "abstractNum"))
        r->abs = NULL, r->lv = NULL;
    else if (!strcmp(name, "num"))
        r->num = NULL, r->lv = NULL;
    else if (!strcmp(name, "lvl"))
        r->lv = NULL;
    else if (!strcmp(name, "lvlOverride"))
        r->override_lvl = -1;
    return VNPLAN_OK;
}

static vnplan_status numbering_start(void *ud, vn_sax *x, int ns, const char *name) {
    numbering_reader *r = ud;
    vn_numbering *n = r->n;
    vn_num_level *lv = r->lv;
    char key[32];
    if (ns != VN_NS_W)
        return VNPLAN_OK;
    if (!strcmp(name, "abstractNum")) {
        size_t idx = n->abstracts.n;
        r->abs = vn_vec_push(&n->abstracts);
        r->num = NULL;
        if (!r->abs)
            return vn_fail_nomem(r->ctx);
        for (int i = 0; i < VN_NUM_LEVELS; i++)
            level_init(&r->abs->levels[i]);
        snprintf(key, sizeof key, "%d", vn_sax_int_attr(x, "abstractNumId", -1));
        if (!vn_strmap_put(&n->abstract_ids, key, (long)idx))
            return vn_fail_nomem(r->ctx);
    } else if (!strcmp(name, "num")) {
        size_t idx = n->nums.n;
        vn_num *num = r->num = vn_vec_push(&n->nums);
        r->abs = NULL;
        if (!num)
            return vn_fail_nomem(r->ctx);
        num->abstract = -1;
        num->abstract_id = -1;
        for (int i = 0; i < VN_NUM_LEVELS; i++) {
            num->start_override[i] = -1;
            level_init(&num->override[i]);
        }
        snprintf(key, sizeof key, "%d", vn_sax_int_attr(x, "numId", -1));
        if (!vn_strmap_put(&n->num_ids, key, (long)idx))
            return vn_fail_nomem(r->ctx);
    } else if (r->num && !strcmp(name, "abstractNumId")) {
        r->num->abstract_id = vn_sax_int_attr(x, "val", -1);
    } else if (r->num && !strcmp(name, "lvlOverride")) {
        int ilvl = vn_sax_int_attr(x, "ilvl", -1);
        r->override_lvl = (ilvl >= 0 && ilvl < VN_NUM_LEVELS) ? ilvl : -1;
    } else if (r->num && r->override_lvl >= 0 && !strcmp(name, "startOverride")) {
        r->num->start_override[r->override_lvl] = vn_sax_int_attr(x, "val", 1);
    } else if (!strcmp(name, "lvl") && (r->abs || r->num)) {
        int ilvl = r->num ? r->override_lvl : vn_sax_int_attr(x, "ilvl", -1);
        if (r->num && ilvl < 0)
            ilvl = vn_sax_int_attr(x, "ilvl", -1);
        r->lv = NULL;
        if (ilvl >= 0 && ilvl < VN_NUM_LEVELS) {
            lv = r->lv = r->abs ? &r->abs->levels[ilvl] : &r->num->override[ilvl];
            free(lv->text);
            free(lv->pstyle);
            level_init(lv);
            lv->defined = true;
        }
    } else if (lv && !strcmp(name, "start")) {
        lv->start = vn_sax_int_attr(x, "val", 1);
    } else if (lv && !strcmp(name, "numFmt")) {
        lv->format = format_of(vn_sax_attr(x, "val"));
    } else if (lv && !strcmp(name, "lvlText")) {
        const char *v = vn_sax_attr(x, "val");
        free(lv->text);
        lv->text = strdup(v ? v : "");
        if (!lv->text)
            return vn_fail_nomem(r->ctx);
    } else if (lv && !strcmp(name, "pStyle")) {
        const char *v = vn_sax_attr(x, "val");
        free(lv->pstyle);
        lv->pstyle = v ? strdup(v) : NULL;
    } else if (lv && !strcmp(name, "lvlRestart")) {
        lv->restart = vn_sax_int_attr(x, "val", -1);
    } else if (lv && !strcmp(name, "isLgl")) {
        lv->legal = vn_sax_onoff(vn_sax_attr(x, "val"));
    }
    return VNPLAN_OK;
}

vnplan_status vn_numbering_load(vn_numbering *n, vn_package *pkg, const char *part) {
    if (!part || !vn_package_has(pkg, part))
        return VNPLAN_OK;
    numbering_reader r = {n, pkg->ctx, NULL, NULL, NULL, -1};
    static const vn_sax_handler h = {numbering_start, numbering_end, NULL};
    vnplan_status st = vn_sax_parse(pkg, part, &h, &r, NULL);
    if (st)
        return st;
    /* Resolve each instance's abstract definition now that all are read. */
    char key[32];
    for (size_t i = 0; i < n->nums.n; i++) {
        vn_num *nm = vn_vec_at(&n->nums, i);
        snprintf(key, sizeof key, "%d", nm->abstract_id);
        nm->abstract = vn_strmap_get(&n->abstract_ids, key, -1);
    }
    return VNPLAN_OK;
}

static void roman(vn_buf *out, int v, bool upper) {
    static const struct {
        int value;
        const char *lower, *upper;
    } digits[] = {{1000, "m", "M"}, {900, "cm", "CM"}, {500, "d", "D"}, {400, "cd", "CD"},
                  {100, "c", "C"},  {90, "xc", "XC"},  {50, "l", "L"},  {40, "xl", "XL"},
                  {10, "x", "X"},   {9, "ix", "IX"},   {5, "v", "V"},   {4, "iv", "IV"},
                  {1, "i", "I"}};
    if (v <= 0 || v > 3999) {
        vn_buf_printf(out, "%d", v);
        return;
    }
    for (size_t i = 0; i < sizeof digits / sizeof digits[0]; i++)
        while (v >= digits[i].value) {
            vn_buf_puts(out, upper ? digits[i].upper : digits[i].lower);
            v -= digits[i].value;
        }
}

/* Word's letters: a..z, then aa..zz, aaa..: the letter repeated. */
static void letters(vn_buf *out, int v, bool upper) {
    if (v <= 0) {
        vn_buf_printf(out, "%d", v);
        return;
    }
    int reps = (v - 1) / 26 + 1;
    if (reps > 50)
        reps = 50;
    char c = (char)((upper ? 'A' : 'a') + (v - 1) % 26);
    for (int i = 0; i < reps; i++)
        vn_buf_putc(out, c);
}

static const char *const small_cardinals[] = {
    "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
    "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen",
    "Nineteen", "Twenty"};
static const char *const small_ordinals[] = {
    "Zeroth", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth",
    "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth",
    "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth", "Twentieth"};

void vn_format_number(vn_buf *out, int v, vnplan_num_format fmt) {
    switch (fmt) {
    case VNPLAN_NUMFMT_UPPER_ROMAN: roman(out, v, true); return;
    case VNPLAN_NUMFMT_LOWER_ROMAN: roman(out, v, false); return;
    case VNPLAN_NUMFMT_UPPER_LETTER: letters(out, v, true); return;
    case VNPLAN_NUMFMT_LOWER_LETTER: letters(out, v, false); return;
    case VNPLAN_NUMFMT_DECIMAL_ZERO: vn_buf_printf(out, v >= 0 && v < 10 ? "0%d" : "%d", v); return;
    case VNPLAN_NUMFMT_ORDINAL: {
        int t = v % 100, u = v % 10;
        const char *suf = (t >= 11 && t <= 13) ? "th" : u == 1 ? "st" : u == 2 ? "nd" : u == 3 ? "rd" : "th";
        vn_buf_printf(out, "%d%s", v, suf);
        return;
    }
    case VNPLAN_NUMFMT_CARDINAL_TEXT:
        if (v >= 0 && v <= 20) { vn_buf_puts(out, small_cardinals[v]); return; }
        break;
    case VNPLAN_NUMFMT_ORDINAL_TEXT:
        if (v >= 0 && v <= 20) { vn_buf_puts(out, small_ordinals[v]); return; }
        break;
    case VNPLAN_NUMFMT_NONE:
    case VNPLAN_NUMFMT_BULLET:
        return;
    default:
        break;
    }
    vn_buf_printf(out, "%d", v);
}

/* Symbol and Wingdings bullets live in the private use area (one character
 * U+F000-U+F0FF): their usual Unicode look-alikes (symbol_font.c). */
static void bullet_text(vn_buf *out, const char *text) {
    size_t len = strnlen(text, 4);   /* one character of three bytes, or not a symbol */
    uint32_t cp;
    if (len && vn_utf8_decode((const unsigned char *)text, len, &cp) == len && cp >= 0xF000 && cp <= 0xF0FF) {
        const char *look_alike = vn_symbol_font_char(cp);
        if (look_alike) {
            vn_buf_puts(out, look_alike);
            return;
        }
    }
    vn_buf_append(out, text, strnlen(text, VN_LABEL_MAX_BYTES + 4));
}

int vn_numbering_style_level(const vn_numbering *n, int num_id, const char *style_id) {
    if (!style_id || num_id <= 0)
        return -1;
    char key[32];
    snprintf(key, sizeof key, "%d", num_id);
    long ni = vn_strmap_get(&n->num_ids, key, -1);
    if (ni < 0)
        return -1;
    const vn_num *num = vn_vec_at(&n->nums, (size_t)ni);
    if (num->abstract < 0)
        return -1;
    const vn_abstract_num *abs = vn_vec_at(&n->abstracts, (size_t)num->abstract);
    for (int l = 0; l < VN_NUM_LEVELS; l++)
        if (abs->levels[l].pstyle && !strcmp(abs->levels[l].pstyle, style_id))
            return l;
    return -1;
}

static const vn_num_level *effective_level(const vn_abstract_num *abs, const vn_num *num, int l) {
    return num->override[l].defined ? &num->override[l] : &abs->levels[l];
}

/* Cuts a label longer than VN_LABEL_MAX_BYTES back to a UTF-8 boundary. */
static void cut_label(vn_buf *label) {
    if (label->len <= VN_LABEL_MAX_BYTES)
        return;
    size_t n = VN_LABEL_MAX_BYTES;
    while (n > 0 && ((unsigned char)label->data[n] & 0xC0) == 0x80)
        n--;
    label->len = n;
    label->data[n] = '\0';
}

vnplan_num_format vn_numbering_next(vn_numbering *n, int num_id, int ilvl, vn_buf *label) {
    vn_buf_clear(label);
    if (num_id <= 0 || ilvl < 0 || ilvl >= VN_NUM_LEVELS)
        return VNPLAN_NUMFMT_NONE;
    char key[32];
    snprintf(key, sizeof key, "%d", num_id);
    long ni = vn_strmap_get(&n->num_ids, key, -1);
    if (ni < 0)
        return VNPLAN_NUMFMT_NONE;
    vn_num *num = vn_vec_at(&n->nums, (size_t)ni);
    if (num->abstract < 0)
        return VNPLAN_NUMFMT_NONE;
    vn_abstract_num *abs = vn_vec_at(&n->abstracts, (size_t)num->abstract);
    const vn_num_level *lv = effective_level(abs, num, ilvl);
    if (!lv->defined)
        return VNPLAN_NUMFMT_NONE;
    /* An instance with start overrides restarts those levels when first used. */
    if (!num->seen) {
        num->seen = true;
        for (int l = 0; l < VN_NUM_LEVELS; l++)
            if (num->start_override[l] >= 0) {
                abs->counters[l] = num->start_override[l] - 1;
                abs->used[l] = true;
            }
    }
    if (!abs->used[ilvl]) {
        abs->counters[ilvl] = lv->start - 1;
        abs->used[ilvl] = true;
    }
    abs->counters[ilvl]++;
    /* Deeper levels restart (lvlRestart may say after which level, or never). */
    for (int l = ilvl + 1; l < VN_NUM_LEVELS; l++) {
        const vn_num_level *dl = effective_level(abs, num, l);
        int restart = dl->restart;
        if (restart == 0)
            continue;
        if (restart < 0 || ilvl < restart)
            abs->used[l] = false;
    }
    if (lv->format == VNPLAN_NUMFMT_BULLET) {
        if (lv->text)
            bullet_text(label, lv->text);
        cut_label(label);
        return lv->format;
    }
    /* At most 4 x VN_LABEL_MAX_BYTES of the level text are read: a text of
     * references that show nothing ("%9%9...") must not cost its length on
     * every paragraph either. */
    const char *t = lv->text ? lv->text : "", *t_end = t + strnlen(t, 4 * VN_LABEL_MAX_BYTES);
    for (; t < t_end && label->len <= VN_LABEL_MAX_BYTES; t++) {
        if (*t == '%' && t[1] >= '1' && t[1] <= '9') {
            int l = t[1] - '1';
            const vn_num_level *rl = effective_level(abs, num, l);
            int value = abs->used[l] ? abs->counters[l] : rl->start;
            vnplan_num_format f = (lv->legal && l < ilvl) ? VNPLAN_NUMFMT_DECIMAL : rl->format;
            if (l > ilvl || f == VNPLAN_NUMFMT_NONE) {
                /* a reference to a deeper level or to a format "none" shows nothing */
            } else {
                vn_format_number(label, value, f);
            }
            t++;
        } else {
            vn_buf_putc(label, *t);
        }
    }
    cut_label(label);
    return lv->format;
}
