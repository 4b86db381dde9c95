/* Paragraphs and runs of WordprocessingML: properties, text, legacy
 * fonts, numbering labels, and the paragraph block. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reader/symbol_font.h"
#include "reader/wml_parser.h"
#include "text/text_internal.h"
#include "util/ctx.h"

static void run_reset(frame *f) {
    free(f->run.font);
    memset(&f->run, 0, sizeof f->run);
    f->run.bold = f->run.italic = f->run.vanish = -1;
}

/* The run's effective properties: direct > character style > paragraph style > defaults. */
static void effective_run(parser *p, frame *f, vn_props *out) {
    out->bold = f->run.bold;
    out->italic = f->run.italic;
    out->vanish = f->run.vanish;
    out->font = f->run.font;
    if (f->run.rstyle_buf[0])
        vn_styles_apply_char(p->env->styles, f->run.rstyle_buf, out);
    vn_para_style ps;
    vn_styles_resolve_para(p->env->styles, f->style[0] ? f->style : NULL, &ps);
    if (out->bold < 0) out->bold = ps.run.bold;
    if (out->italic < 0) out->italic = ps.run.italic;
    if (out->vanish < 0) out->vanish = ps.run.vanish;
    if (!out->font) out->font = ps.run.font;
}

static bool in_field_instructions(parser *p) {
    for (size_t i = 0; i < p->fields.n; i++)
        if (*(bool *)vn_vec_at(&p->fields, i))
            return true;
    return false;
}

/* Appends run text to the paragraph, decoding legacy fonts and tracking bold. */
void wml_para_text(parser *p, const char *s, size_t len) {
    frame *f = wml_find_kind(p, F_PARA);
    if (!f || len == 0 || in_field_instructions(p))
        return;
    vn_props rp;
    effective_run(p, f, &rp);
    if (rp.vanish > 0)
        return;
    size_t before = f->text.len;
    bool caps = false;
    vnplan_encoding enc = rp.font ? vnplan_font_encoding(rp.font, &caps) : VNPLAN_ENC_UTF8;
    if (enc == VNPLAN_ENC_TCVN3 || enc == VNPLAN_ENC_VNI) {
        vn_text_decode_append(&f->text, enc, caps, s, len);
        vnplan_font_span *span = vn_vec_push(&f->spans);
        if (!span) {
            wml_fail_nomem(p);
            return;
        }
        span->start = before;
        span->end = f->text.len;
        span->font = vn_arena_strdup(p->mem, rp.font);
    } else {
        vn_buf_append(&f->text, s, len);
    }
    if (f->text.failed) {
        wml_fail_nomem(p);
        return;
    }
    size_t max = (size_t)vn_limit(p->ctx, VNPLAN_LIMIT_PARAGRAPH_BYTES);
    if (f->text.len > max && !p->st)
        p->st = vn_fail_line(p->ctx, VNPLAN_ELIMIT, vn_sax_part(p->x), vn_sax_line(p->x),
                             "a paragraph longer than %zu bytes (limit max-paragraph-bytes)", max);
    bool bold = rp.bold > 0, italic = rp.italic > 0;
    for (size_t i = before; i < f->text.len; i++) {
        unsigned char c = (unsigned char)f->text.data[i];
        if (c == ' ' || c == '\t' || c == '\n' || (c & 0xC0) == 0x80)
            continue;
        f->nonspace++;
        f->bold_nonspace += bold;
        f->italic_nonspace += italic;
    }
    if (f->lead_open) {
        if (bold)
            f->lead_bold = f->text.len;
        else {
            /* Leading spaces in a non-bold run do not end the bold lead. */
            bool only_space = true;
            for (size_t i = before; i < f->text.len; i++)
                if (f->text.data[i] != ' ' && f->text.data[i] != '\t')
                    only_space = false;
            if (!only_space)
                f->lead_open = false;
        }
    }
}

static void para_char(parser *p, const char *utf8) { wml_para_text(p, utf8, strlen(utf8)); }

/* Word's w:sym: a character of a symbol font; the private-use codes of
 * Symbol/Wingdings are mapped where a standard character exists. */
static void para_sym(parser *p) {
    const char *c = vn_sax_attr(p->x, "char");
    if (!c)
        return;
    unsigned long cp = strtoul(c, NULL, 16);
    if (cp >= 0xF000 && cp <= 0xF0FF)
        cp -= 0xF000;
    const char *look_alike = vn_symbol_font_char(cp);
    if (look_alike) {
        para_char(p, look_alike);
        return;
    }
    if (cp >= 0x20 && cp < 0x7F) {
        char s[2] = {(char)cp, 0};
        para_char(p, s);
        return;
    }
    vn_document_warn(p->env->doc, "%s: symbol character U+%04lX of font %s dropped",
                     vn_sax_part(p->x), strtoul(c, NULL, 16),
                     vn_sax_attr(p->x, "font") ? vn_sax_attr(p->x, "font") : "?");
}

static char *arena_display(parser *p, const char *s, size_t len, size_t *out_len) {
    vn_buf_clear(&p->scratch);
    vn_text_display_append(&p->scratch, s, len, VNPLAN_TONES_KEEP, &p->env->doc->pub.invalid_utf8);
    if (p->scratch.failed) {
        wml_fail_nomem(p);
        return NULL;
    }
    *out_len = p->scratch.len;
    char *copy = vn_arena_strndup(p->mem, vn_buf_cstr(&p->scratch), p->scratch.len);
    if (!copy)
        wml_fail_nomem(p);
    return copy;
}

void wml_para_end(parser *p) {
    frame *f = wml_top(p);
    if (f->mark_deleted && !f->has_sect) {
        /* The paragraph mark was deleted: the text joins the next paragraph. */
        vn_buf_append(&p->carry, f->text.data ? f->text.data : "", f->text.len);
        wml_pop(p);
        return;
    }
    vnplan_block b;
    memset(&b, 0, sizeof b);
    b.kind = VNPLAN_BLOCK_PARAGRAPH;
    vnplan_paragraph *para = &b.u.paragraph;
    vn_para_style ps;
    vn_styles_resolve_para(p->env->styles, f->style[0] ? f->style : NULL, &ps);
    int num_id = f->num_id >= 0 ? f->num_id : ps.num_id;
    int ilvl = f->ilvl >= 0 ? f->ilvl : ps.num_ilvl;
    if (ilvl < 0 && ps.style)
        ilvl = vn_numbering_style_level(p->env->numbering, num_id, ps.style->id);
    if (ilvl < 0)
        ilvl = 0;
    para->num_id = -1;
    para->num_level = -1;
    if (ilvl >= vn_limit(p->ctx, VNPLAN_LIMIT_NUMBERING_LEVELS))
        vn_document_warn(p->env->doc, "numbering level %d ignored (limit max-numbering-levels)", ilvl);
    else if (num_id > 0) {
        para->num_format = vn_numbering_next(p->env->numbering, num_id, ilvl, &p->label);
        if (para->num_format != VNPLAN_NUMFMT_NONE || p->label.len) {
            para->num_id = num_id;
            para->num_level = ilvl;
        }
        if (p->label.len) {
            size_t n;
            para->label = arena_display(p, p->label.data, p->label.len, &n);
            if (para->label && !para->label[0])
                para->label = NULL;
        }
    }
    para->outline_level = f->outline >= 0 ? f->outline : ps.outline;
    if (para->outline_level > 8)
        para->outline_level = -1;
    if (ps.style) {
        para->style_id = vn_arena_strdup(p->mem, ps.style->id);
        para->style_name = ps.style->name ? vn_arena_strdup(p->mem, ps.style->name) : NULL;
    }
    para->align = (vnplan_align)(f->align >= 0 ? f->align : (ps.align >= 0 ? ps.align : 0));
    para->page_break_before = f->page_break;
    const char *raw = f->text.data ? f->text.data : "";
    /* Runs typed in a legacy font whose font was later changed (common):
     * the detector recognises the text itself and checks the syllables. */
    if (f->spans.n == 0 && f->text.len) {
        vnplan_encoding enc = vnplan_text_detect(raw, f->text.len);
        if (enc == VNPLAN_ENC_TCVN3 || enc == VNPLAN_ENC_VNI) {
            vn_buf decoded = VN_BUF_INIT;
            vn_text_decode_append(&decoded, enc, false, raw, f->text.len);
            if (decoded.failed) {
                vn_buf_free(&decoded);
                wml_fail_nomem(p);
                return;
            }
            vn_buf_free(&f->text);
            f->text = decoded;
            raw = f->text.data;
            f->lead_bold = 0;
        }
    }
    para->text = arena_display(p, raw, f->text.len, &para->text_len);
    if (!para->text)
        para->text = "";
    para->bold_all = f->nonspace > 0 && f->bold_nonspace == f->nonspace;
    para->italic_all = f->nonspace > 0 && f->italic_nonspace == f->nonspace;
    if (f->lead_bold > 0) {
        size_t n = 0;
        vn_buf_clear(&p->scratch);
        vn_text_display_append(&p->scratch, raw, f->lead_bold, VNPLAN_TONES_KEEP, NULL);
        n = p->scratch.len;
        while (n > 0 && p->scratch.data[n - 1] == ' ')
            n--;
        para->bold_lead_len = n < para->text_len ? n : para->text_len;
    }
    size_t nspans;
    para->legacy_spans = wml_freeze(p, &f->spans, &nspans);
    para->n_legacy_spans = nspans;
    bool has_sect = f->has_sect;
    vnplan_section_break sect = f->sect;
    vn_vec pending = f->pending;
    vn_vec_init(&f->pending, sizeof(vnplan_block));
    wml_pop(p);
    /* A paragraph that only carries a section break is not text. */
    if (!(has_sect && para->text_len == 0 && !para->label))
        wml_add_block(p, &b);
    for (size_t i = 0; i < pending.n; i++)
        wml_add_block(p, vn_vec_at(&pending, i));
    vn_vec_free(&pending);
    if (has_sect) {
        vnplan_block sb;
        memset(&sb, 0, sizeof sb);
        sb.kind = VNPLAN_BLOCK_SECTION_BREAK;
        sb.u.section = sect;
        wml_add_block(p, &sb);
    }
}

void wml_para_start(parser *p) {
    frame *f = wml_push(p, F_PARA);
    if (!f)
        return;
    f->lead_open = true;
    if (p->carry.len) {
        vn_buf_append(&f->text, p->carry.data, p->carry.len);
        vn_buf_clear(&p->carry);
        f->lead_open = false;
    }
}

static void set_rstyle(frame *f, const char *v) {
    snprintf(f->run.rstyle_buf, sizeof f->run.rstyle_buf, "%s", v ? v : "");
}

/* Handles a start element; returns false when its subtree was skipped. */
/* A property of the paragraph or of its current run (pPr, rPr and what
 * they hold); true when `n` was one. */
bool wml_para_props(parser *p, frame *f, frame *para, const char *n) {
    if (para && para == f) {
        if (NAME_IS(n, "pPr")) {
            para->in_ppr = true;
            return true;
        }
        if (para->in_ppr) {
            if (NAME_IS(n, "pStyle"))
                snprintf(para->style, sizeof para->style, "%s", vn_sax_attr(p->x, "val") ? vn_sax_attr(p->x, "val") : "");
            else if (NAME_IS(n, "numId"))
                para->num_id = vn_sax_int_attr(p->x, "val", -1);
            else if (NAME_IS(n, "ilvl"))
                para->ilvl = vn_sax_int_attr(p->x, "val", -1);
            else if (NAME_IS(n, "outlineLvl"))
                para->outline = vn_sax_int_attr(p->x, "val", -1);
            else if (NAME_IS(n, "pageBreakBefore"))
                para->page_break = vn_sax_onoff(vn_sax_attr(p->x, "val"));
            else if (NAME_IS(n, "jc")) {
                const char *v = vn_sax_attr(p->x, "val");
                para->align = !v ? -1 : !strcmp(v, "center") ? VNPLAN_ALIGN_CENTER
                            : (!strcmp(v, "right") || !strcmp(v, "end")) ? VNPLAN_ALIGN_RIGHT
                            : (!strcmp(v, "both") || !strcmp(v, "distribute")) ? VNPLAN_ALIGN_BOTH
                            : VNPLAN_ALIGN_LEFT;
            } else if (NAME_IS(n, "rPr"))
                para->in_rpr = true;
            else if (para->in_rpr && (NAME_IS(n, "del") || NAME_IS(n, "moveFrom")))
                para->mark_deleted = true;
            else if (NAME_IS(n, "sectPr"))
                p->in_sect = true, para->has_sect = true, memset(&p->sect, 0, sizeof p->sect);
            else if (p->in_sect && NAME_IS(n, "pgSz")) {
                para->sect.page_width = vn_sax_int_attr(p->x, "w", 0);
                para->sect.page_height = vn_sax_int_attr(p->x, "h", 0);
                const char *o = vn_sax_attr(p->x, "orient");
                para->sect.landscape = (o && !strcmp(o, "landscape")) ||
                                       para->sect.page_width > para->sect.page_height;
            }
            if (NAME_IS(n, "rPrChange") || NAME_IS(n, "pPrChange") || NAME_IS(n, "numberingChange"))
                vn_sax_skip(p->x);
            return true;
        }
    }
    if (para && para->in_run_rpr) {
        if (NAME_IS(n, "rStyle"))
            set_rstyle(para, vn_sax_attr(p->x, "val"));
        else if (NAME_IS(n, "b"))
            para->run.bold = vn_sax_onoff(vn_sax_attr(p->x, "val"));
        else if (NAME_IS(n, "i"))
            para->run.italic = vn_sax_onoff(vn_sax_attr(p->x, "val"));
        else if (NAME_IS(n, "vanish"))
            para->run.vanish = vn_sax_onoff(vn_sax_attr(p->x, "val"));
        else if (NAME_IS(n, "rFonts")) {
            char *font = vn_styles_font_from_attrs(p->env->styles, vn_sax_attr(p->x, "ascii"),
                                                   vn_sax_attr(p->x, "hAnsi"),
                                                   vn_sax_attr(p->x, "asciiTheme"),
                                                   vn_sax_attr(p->x, "hAnsiTheme"));
            if (font) {
                free(para->run.font);
                para->run.font = font;
            }
        } else if (NAME_IS(n, "rPrChange"))
            vn_sax_skip(p->x);
        return true;
    }
    return false;
}

/* Any other element inside paragraph `para`: runs, text, tabs, breaks,
 * symbols, fields. */
void wml_para_child(parser *p, frame *para, const char *n) {
    if (NAME_IS(n, "t")) {
        p->in_t++;
    } else if (NAME_IS(n, "r")) {
        run_reset(para);
        para->in_run = true;
    } else if (NAME_IS(n, "rPr")) {
        para->in_run_rpr = true;
    } else if (NAME_IS(n, "tab") || NAME_IS(n, "ptab")) {
        para_char(p, "\t");
    } else if (NAME_IS(n, "br") || NAME_IS(n, "cr")) {
        const char *type = vn_sax_attr(p->x, "type");
        if (type && !strcmp(type, "page")) {
            if (para->text.len == 0)
                para->page_break = true;
        } else if (!type || strcmp(type, "column") != 0) {
            para_char(p, "\n");
        }
    } else if (NAME_IS(n, "noBreakHyphen")) {
        para_char(p, "-");
    } else if (NAME_IS(n, "sym")) {
        para_sym(p);
    } else if (NAME_IS(n, "fldChar")) {
        const char *t = vn_sax_attr(p->x, "fldCharType");
        if (t && !strcmp(t, "begin")) {
            bool *b = vn_vec_push(&p->fields);
            if (b)
                *b = true;
            else
                wml_fail_nomem(p);
        } else if (t && !strcmp(t, "separate") && p->fields.n) {
            *(bool *)vn_vec_at(&p->fields, p->fields.n - 1) = false;
        } else if (t && !strcmp(t, "end") && p->fields.n) {
            p->fields.n--;
        }
    }
}

/* The end of an element in paragraph frame `f` that closes something of
 * it (pPr, rPr, a run, the paragraph); true when `n` was one. */
bool wml_para_end_child(parser *p, frame *f, const char *n) {
    if (NAME_IS(n, "pPr") && f->in_ppr) {
        f->in_ppr = false;
        return true;
    }
    if (f->in_ppr) {
        if (NAME_IS(n, "rPr"))
            f->in_rpr = false;
        else if (NAME_IS(n, "sectPr"))
            p->in_sect = false;
        return true;
    }
    if (f->in_run_rpr) {
        if (NAME_IS(n, "rPr"))
            f->in_run_rpr = false;
        return true;
    }
    if (NAME_IS(n, "r")) {
        f->in_run = false;
        return true;
    }
    if (NAME_IS(n, "p") && vn_sax_depth(p->x) == f->depth) {
        wml_para_end(p);
        return true;
    }
    return false;
}
