/* Metadata: number and symbol, issuer and parent, place and date, type,
 * title, cited documents, signer, recipients, stated results. */
#include <stdlib.h>
#include <string.h>

#include "extract/extract_internal.h"

#include "reader/block_stream.h"

static void push_line_bold(vn_vec *lines, const char *s, size_t len, int side, bool bold) {
    char *t = ex_flat(s, len);
    if (!t || !*t) {
        free(t);
        return;
    }
    ex_line *l = vn_vec_push(lines);
    if (!l) {
        free(t);
        return;
    }
    l->text = t;
    l->side = side;
    l->bold = bold;
}

static void push_line(vn_vec *lines, const char *s, size_t len, int side) { push_line_bold(lines, s, len, side, false); }

/* Lines of a block: a table's cells split at paragraphs and line breaks. */
static void block_lines(const vnplan_block *b, vn_vec *lines, int side) {
    if (b->kind == VNPLAN_BLOCK_PARAGRAPH) {
        const char *t = b->u.paragraph.text;
        bool bold = b->u.paragraph.bold_all;
        for (const char *nl; (nl = strchr(t, '\n')); t = nl + 1)
            push_line_bold(lines, t, (size_t)(nl - t), side, bold);
        push_line_bold(lines, t, strlen(t), side, bold);
        return;
    }
    if (b->kind != VNPLAN_BLOCK_TABLE)
        return;
    /* A table's first rows only: a table read in chunks is searched in its first,
     * and the header or signature is never the 257th row of a table. */
    for (size_t r = 0; r < b->u.table.n_rows && r < VN_STREAM_TABLE_ROWS; r++)
        for (size_t c = 0; c < b->u.table.rows[r].n_cells; c++) {
            const vnplan_cell *cell = &b->u.table.rows[r].cells[c];
            for (size_t k = 0; k < cell->n_blocks; k++)
                block_lines(&cell->blocks[k], lines, cell->grid_col > 0 ? 1 : side);
        }
}

/* Lines of an item: in plain text the reflowed paragraph, else the block's. */
static void item_lines(const ex *e, const ex_item *it, vn_vec *lines) {
    if (it->text && e->text_input)
        push_line(lines, it->text, strlen(it->text), 0);
    else
        block_lines(it->block, lines, 0);
}

void ex_lines_free(vn_vec *lines) {
    for (size_t i = 0; i < lines->n; i++)
        free(((ex_line *)vn_vec_at(lines, i))->text);
    vn_vec_free(lines);
}

/* A header line that names the place of the body on the line above. */
static bool is_place_line(const char *s) {
    static const char *const words[] = {"tinh ", "thanh pho ", "huyen ", "xa ", "phuong ", "quan ", "thi xa ", "thi tran ", "dac khu "};
    char *f = ex_folded(s);
    bool r = false;
    for (size_t i = 0; f && i < sizeof words / sizeof words[0]; i++)
        if (!strncmp(f, words[i], strlen(words[i])))
            r = true;
    free(f);
    return r;
}

static json_t *iso_date(const vn_match *m) {
    const char *d, *mo, *y;
    size_t dl, ml, yl;
    bool hd = vn_match_group(m, "day", &d, &dl), hm = vn_match_group(m, "month", &mo, &ml),
         hy = vn_match_group(m, "year", &y, &yl);
    if (!hy)
        return json_null();
    char buf[16];
    int year = atoi(y);
    if (hm && hd)
        snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, atoi(mo), atoi(d));
    else if (hm)
        snprintf(buf, sizeof buf, "%04d-%02d", year, atoi(mo));
    else
        snprintf(buf, sizeof buf, "%04d", year);
    return json_string(buf);
}

static const char *type_code_name(const ex *e, const char *symbol) {
    const char *const *keys, *const *values;
    size_t n = vnplan_rules_map(e->rules, "doc_types", &keys, &values);
    size_t code = strcspn(symbol, "-");
    for (size_t i = 0; i < n; i++)
        if (strlen(keys[i]) == code && !strncmp(keys[i], symbol, code))
            return values[i];
    return NULL;
}

/* The item of the title block's type line ("KẾ HOẠCH"), or -1. */
static long find_type_line(const ex *e) {
    const char *const *keys, *const *values;
    size_t n = vnplan_rules_map(e->rules, "doc_types", &keys, &values);
    for (size_t i = 0; i < e->items.n && i < 60; i++) {
        const ex_item *it = vn_vec_at(&e->items, i);
        if (!it->text || strlen(it->text) > 40)
            continue;
        char *f = ex_folded(it->text);
        for (size_t k = 0; f && k < n; k++) {
            char *v = ex_folded(values[k]);
            bool eq = v && !strcmp(f, v);
            free(v);
            if (eq) {
                free(f);
                return (long)i;
            }
        }
        free(f);
    }
    return -1;
}


static bool is_heading(const ex *e, const char *t) {
    vn_match m;
    return vn_rule_match(e->rules, "heading.roman", t, strlen(t), 0, &m) ||
           vn_rule_match(e->rules, "heading.arabic", t, strlen(t), 0, &m) ||
           vn_rule_match(e->rules, "heading.part", t, strlen(t), 0, &m);
}

/* True when the folded s starts with an entry of the folded list (whole words). */
static bool starts_with_entry(const ex_folded_list *l, const char *s) {
    char *f = ex_folded(s);
    bool r = false;
    for (size_t i = 0; f && !r && i < l->n; i++) {
        size_t n = strlen(l->items[i]);
        r = !strncmp(f, l->items[i], n) && (f[n] == '\0' || f[n] == ' ' || f[n] == ',');
    }
    free(f);
    return r;
}

/* Header lines all in the same type: a line that does not begin a body's
 * name (issuer.heads: "ỦY BAN", "SỞ", "CÔNG TY", ...) goes on the name above
 * it ("CÔNG TY THAN" / "VÀNG DANH BẮC - VINACOMIN"). Where bold tells the
 * issuer from its parent, it is not needed. */
static void join_continued_names(const ex *e, vn_vec *groups, bool *bold) {
    for (size_t i = 1; i < groups->n; i++)
        if (bold[i] != bold[0])
            return;
    ex_folded_list heads;
    if (!ex_fold_list(e->rules, "issuer.heads", &heads))
        return;
    for (size_t i = 1; i < groups->n;) {
        vn_buf *g = vn_vec_at(groups, i);
        if (starts_with_entry(&heads, vn_buf_cstr(g)) || !heads.n) {
            i++;
            continue;
        }
        vn_buf *prev = vn_vec_at(groups, i - 1);
        vn_buf_putc(prev, ' ');
        vn_buf_append(prev, g->data, g->len);
        vn_buf_free(g);
        memmove(g, g + 1, (groups->n - i - 1) * sizeof *g);
        memmove(bold + i, bold + i + 1, (groups->n - i - 1) * sizeof *bold);
        groups->n--;
    }
    ex_folded_list_free(&heads);
}

static void header(ex *e, long type_line) {
    json_t *md = e->metadata;
    vn_vec lines;
    vn_vec_init(&lines, sizeof(ex_line));
    size_t end = type_line >= 0 ? (size_t)type_line : (e->items.n < 8 ? e->items.n : 8);
    for (size_t i = 0; i < end; i++)
        item_lines(e, vn_vec_at(&e->items, i), &lines);
    long number_line = -1;
    for (size_t i = 0; i < lines.n; i++) {
        ex_line *l = vn_vec_at(&lines, i);
        vn_match m;
        if (number_line < 0 && vn_rule_match(e->rules, "meta.number", l->text, strlen(l->text), 0, &m)) {
            number_line = (long)i;
            json_object_set_new(md, "number", ex_group(&m, "number"));
            json_t *sym = ex_group(&m, "symbol");
            if (json_is_string(sym)) {
                /* "KH - SNgV" -> "KH-SNgV" */
                const char *s = json_string_value(sym);
                vn_buf b = VN_BUF_INIT;
                for (; *s; s++)
                    if (*s != ' ')
                        vn_buf_putc(&b, *s);
                json_decref(sym);
                sym = json_string(vn_buf_cstr(&b));
                vn_buf_free(&b);
            }
            json_object_set_new(md, "symbol", sym);
        }
        if (!json_is_string(json_object_get(md, "date")) &&
            vn_rule_match(e->rules, "meta.place_date", l->text, strlen(l->text), 0, &m)) {
            json_object_set_new(md, "place", ex_group(&m, "place"));
            json_object_set_new(md, "date", iso_date(&m));
        }
    }
    /* Issuer and parent: the left column's lines above "Số:", place lines
     * joined to the line above them; the last group issues, the one before
     * is its parent. */
    vn_vec groups;
    vn_vec_init(&groups, sizeof(vn_buf));
    bool group_bold[64];   /* of the first 64 groups: every line bold */
    /* Without a "Số:" line there is no header to read an issuer from
     * (speeches, letters without a number), unless a header table exists. */
    bool has_table = false;
    for (size_t i = 0; i < end; i++)
        has_table |= ((ex_item *)vn_vec_at(&e->items, i))->block->kind == VNPLAN_BLOCK_TABLE;
    size_t stop = number_line >= 0 ? (size_t)number_line : has_table ? lines.n : 0;
    for (size_t i = 0; i < stop; i++) {
        ex_line *l = vn_vec_at(&lines, i);
        vn_match m;
        if (l->side != 0 || vn_rule_match(e->rules, "meta.motto", l->text, strlen(l->text), 0, &m) ||
            vn_rule_match(e->rules, "meta.place_date", l->text, strlen(l->text), 0, &m))
            continue;
        if (groups.n && is_place_line(l->text)) {
            vn_buf *g = vn_vec_at(&groups, groups.n - 1);
            vn_buf_putc(g, ' ');
            vn_buf_puts(g, l->text);
            if (groups.n <= 64)
                group_bold[groups.n - 1] &= l->bold;
        } else {
            vn_buf *g = vn_vec_push(&groups);
            if (g) {
                vn_buf_init(g);
                vn_buf_puts(g, l->text);
                if (groups.n <= 64)
                    group_bold[groups.n - 1] = l->bold;
            }
        }
    }
    if (groups.n >= 2 && groups.n <= 64)
        join_continued_names(e, &groups, group_bold);
    json_t *issuer = json_null(), *parent = json_null();
    /* Decree 30 prints the issuing body in bold under its parent in plain
     * type: where the header says so, the bold lines at the end are the
     * issuer and the plain ones above them the parent, each over as many
     * lines as it takes ("TẬP ĐOÀN ..." / "CÔNG TY THAN" / "VÀNG DANH BẮC").
     * Otherwise the last line is the issuer, the one above it the parent. */
    size_t n = groups.n <= 64 ? groups.n : 0, first_bold = n;
    while (first_bold && group_bold[first_bold - 1])
        first_bold--;
    size_t plain = first_bold;
    while (plain && !group_bold[plain - 1])
        plain--;
    size_t is_from = groups.n ? groups.n - 1 : 0, par_from = is_from ? is_from - 1 : 0, par_to = is_from;
    if (n >= 2 && first_bold < n && first_bold > 0 && plain == 0) {
        is_from = first_bold;
        par_from = 0;
        par_to = first_bold;
    }
    if (groups.n >= 1) {
        vn_buf b = VN_BUF_INIT;
        for (size_t i = is_from; i < groups.n; i++)
            vn_buf_printf(&b, "%s%s", b.len ? " " : "", vn_buf_cstr(vn_vec_at(&groups, i)));
        json_decref(issuer);
        issuer = json_string(vn_buf_cstr(&b));
        vn_buf_free(&b);
    }
    if (groups.n >= 2) {
        vn_buf b = VN_BUF_INIT;
        for (size_t i = par_from; i < par_to; i++)
            vn_buf_printf(&b, "%s%s", b.len ? " " : "", vn_buf_cstr(vn_vec_at(&groups, i)));
        json_decref(parent);
        parent = json_string(vn_buf_cstr(&b));
        vn_buf_free(&b);
    }
    json_object_set_new(md, "issuer", issuer);
    json_object_set_new(md, "parent_issuer", parent);
    for (size_t i = 0; i < groups.n; i++)
        vn_buf_free(vn_vec_at(&groups, i));
    vn_vec_free(&groups);
    ex_lines_free(&lines);
}

/* The first document cited in t, as a reference object; NULL when none. */
static json_t *reference_in(const ex *e, const char *t) {
    vn_match m;
    if (!vn_rule_match(e->rules, "meta.reference", t, strlen(t), 0, &m))
        return NULL;
    json_t *ref = json_object();
    json_object_set_new(ref, "type", ex_group(&m, "type"));
    json_object_set_new(ref, "number", ex_group(&m, "number"));
    json_object_set_new(ref, "date", iso_date(&m));
    return ref;
}

/* The title (trích yếu): the lines after the type line, up to the preamble;
 * a "(Ban hành kèm theo Quyết định số ...)" line ends it and gives
 * metadata.issued_with. */
static size_t title(ex *e, long type_line) {
    if (type_line < 0)
        return 0;
    /* Whether the document states alignment at all (text input never does):
     * judged on the head held for the metadata (feed.c). */
    bool aligned = e->head_aligned;
    vn_buf b = VN_BUF_INIT;
    size_t i = (size_t)type_line + 1;
    for (int lines = 0; i < e->items.n && lines < 6; i++, lines++) {
        const ex_item *it = vn_vec_at(&e->items, i);
        if (!it->text)
            break;
        const char *t = it->text;
        bool rule = t[0] && strspn(t, "-_–—=. *") == strlen(t);
        if (rule)
            continue;
        if (!t[0]) {
            if (b.len)
                break;
            continue;
        }
        /* ... unless the title cites a document ("Thực hiện Đề án số 08 ...
         * (Ban hành kèm theo Nghị quyết ...)"): the line is then that document's */
        vn_match iw;
        if (b.len && vn_rule_match(e->rules, "meta.issued_with", t, strlen(t), 0, &iw) &&
            !vn_rule_match(e->rules, "meta.reference", vn_buf_cstr(&b), b.len, 0, &iw)) {
            json_t *ref = reference_in(e, t);
            if (ref)
                json_object_set_new(e->metadata, "issued_with", ref);
            i++;
            break;
        }
        /* "Thực hiện Đề án số 08 ..." centred under KẾ HOẠCH is the title, not the
         * preamble that begins the same way below it; "Căn cứ", "Kính gửi" never are. */
        bool centred = aligned && it->block->kind == VNPLAN_BLOCK_PARAGRAPH &&
                       it->block->u.paragraph.align == VNPLAN_ALIGN_CENTER;
        /* Without alignment (text input), the first line under the type line is
         * the title when it reads like one: no final stop or colon, not long. */
        size_t tl = strlen(t);
        bool title_like = !aligned && !b.len && tl <= 400 && !strchr(".:;", t[tl - 1]);
        bool preamble = ex_folded_starts_listed(e, "meta.preamble", t) &&
                        (!(centred || title_like) || ex_folded_starts_listed(e, "meta.preamble_never_title", t));
        if (preamble || is_heading(e, t) || it->label)
            break;
        if (aligned && it->block->u.paragraph.align != VNPLAN_ALIGN_CENTER)
            break;
        if (b.len)
            vn_buf_putc(&b, ' ');
        vn_buf_puts(&b, t);
    }
    json_object_set_new(e->metadata, "title", b.len ? json_string(vn_buf_cstr(&b)) : json_null());
    vn_buf_free(&b);
    return i;
}

/* Cited documents ("Kế hoạch số 07/KH-SNgV ngày 05/02/2026"), each number once. */
void ex_references_item(ex *e, const ex_item *it) {
    if (!it->text)
        return;
    size_t len = strlen(it->text), at = 0;
    vn_match m;
    while (at < len && vn_rule_match(e->rules, "meta.reference", it->text, len, at, &m)) {
        size_t s, end;
        vn_match_span(&m, &s, &end);
        at = end > at ? end : at + 1;
        json_t *number = ex_group(&m, "number");
        if (!json_is_string(number) || vn_strmap_get(&e->ref_seen, json_string_value(number), -1) >= 0) {
            json_decref(number);
            continue;
        }
        vn_strmap_put(&e->ref_seen, json_string_value(number), 1);
        json_t *type = ex_group(&m, "type");
        /* The type as a name: "Quyết định" whatever its case in the text. */
        json_t *ref = json_object();
        json_object_set_new(ref, "type", type);
        json_object_set_new(ref, "number", number);
        json_object_set_new(ref, "date", iso_date(&m));
        json_array_append_new(e->references, ref);
    }
}

/* The length of the rank (meta.signer_ranks) a name line starts with,
 * followed by a space; 0 when none. */
static size_t rank_before_name(const ex *e, const char *t) {
    const char *const *items;
    size_t n = vnplan_rules_list(e->rules, "meta.signer_ranks", &items);
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(items[i]);
        if (l && !strncmp(t, items[i], l) && t[l] == ' ' && t[l + 1])
            return l;
    }
    return 0;
}

static void signer_from_lines(ex *e, vn_vec *lines) {
    json_t *signer = json_object();
    json_t *authority = json_null(), *deputy = json_null(), *position = json_null(), *name = json_null();
    json_t *rank = NULL;
    for (size_t i = 0; i < lines->n; i++) {
        const char *t = ((ex_line *)vn_vec_at(lines, i))->text;
        vn_match m;
        if (t[0] == '(' || t[0] == '[')
            continue;    /* "(Đã ký)", "(Ký tên, đóng dấu)" */
        if (vn_rule_match(e->rules, "meta.authority", t, strlen(t), 0, &m)) {
            const char *p;
            size_t n;
            vn_match_group(&m, "prefix", &p, &n);
            if ((n == 2 && !strncmp(p, "TM", 2)) || (n == 3 && !strncmp(p, "T/M", 3))) {
                json_decref(authority);
                authority = json_string(t);
            } else {
                json_decref(deputy);
                deputy = json_string(t);
            }
        } else if (ex_upper_line(t) && json_is_null(name)) {
            json_decref(position);
            position = json_string(t);
        } else if (!ex_upper_line(t)) {
            json_decref(name);
            size_t rl = rank_before_name(e, t);
            name = json_string(t + rl + (rl != 0));
            json_decref(rank);
            rank = rl ? json_stringn(t, rl) : NULL;
        }
    }
    json_object_set_new(signer, "authority", authority);
    json_object_set_new(signer, "deputy", deputy);
    json_object_set_new(signer, "position", position);
    json_object_set_new(signer, "name", name);
    if (rank)
        json_object_set_new(signer, "rank", rank);
    json_object_set_new(e->metadata, "signer", signer);
}

static json_t *recipient(const char *t) {
    while (*t == '-' || *t == '+' || *t == ' ' || !strncmp(t, "\xE2\x80\x93", 3)) /* en dash */
        t += (*t == '-' || *t == '+' || *t == ' ') ? 1 : 3;
    size_t n = strlen(t);
    while (n && (t[n - 1] == ';' || t[n - 1] == '.' || t[n - 1] == ',' || t[n - 1] == ' '))
        n--;
    if (n >= 2 && t[n - 1] == '/' )
        n--;
    while (n && (t[n - 1] == ';' || t[n - 1] == '.' || t[n - 1] == ' '))
        n--;
    return n ? json_stringn(t, n) : NULL;
}

/* The signature block: the first item from the body on with a "Nơi nhận" line,
 * a table (recipients left, signer right) or paragraphs (the dash list,
 * then the signer's lines, up to an appendix). */
static void signature_item(ex *e, const ex_item *it, size_t index) {
    vn_match m;
    if (e->sig_collect) {
        if (!it->text || vn_rule_match(e->rules, "appendix.start", it->text, strlen(it->text), 0, &m)) {
            e->sig_collect = false;
        } else {
            bool dash = it->text[0] == '-' || it->text[0] == '+';
            push_line(dash ? &e->sig_left : &e->sig_right, it->text, strlen(it->text), 0);
        }
        return;
    }
    if (e->signature != (size_t)-1)
        return;
    vn_vec lines;
    vn_vec_init(&lines, sizeof(ex_line));
    item_lines(e, it, &lines);
    for (size_t k = 0; k < lines.n; k++) {
        const ex_line *l = vn_vec_at(&lines, k);
        if (vn_rule_match(e->rules, "meta.recipients", l->text, strlen(l->text), 0, &m)) {
            e->signature = index;
            break;
        }
    }
    if (e->signature == index) {
        if (it->block->kind == VNPLAN_BLOCK_TABLE) {
            for (size_t k = 0; k < lines.n; k++) {
                ex_line *l = vn_vec_at(&lines, k);
                ex_line *dst = vn_vec_push(l->side ? &e->sig_right : &e->sig_left);
                if (dst) {
                    *dst = *l;
                    l->text = NULL;
                }
            }
        } else if (it->text) {
            push_line(&e->sig_left, it->text, strlen(it->text), 0);
            e->sig_collect = true;
        }
    }
    ex_lines_free(&lines);
}

static void signature_finish(ex *e) {
    bool in_list = false;
    vn_vec *left = &e->sig_left;
    for (size_t k = 0; k < left->n; k++) {
        const char *t = ((ex_line *)vn_vec_at(left, k))->text;
        vn_match m;
        if (vn_rule_match(e->rules, "meta.recipients", t, strlen(t), 0, &m)) {
            size_t s, end;
            vn_match_span(&m, &s, &end);
            in_list = true;
            t += end;
            while (*t == ' ')
                t++;
            if (!*t)
                continue;
        }
        if (!in_list)
            continue;
        json_t *r = recipient(t);
        if (r)
            json_array_append_new(e->recipients, r);
    }
    signer_from_lines(e, &e->sig_right);
}

/* The first stated result ("đạt 94,12 điểm, xếp thứ 5/63") from the body on. */
static void results_item(ex *e, const ex_item *it) {
    vn_match m;
    if (e->results || !it->text || !vn_rule_match(e->rules, "meta.results", it->text, strlen(it->text), 0, &m))
        return;
    size_t s, end;
    vn_match_span(&m, &s, &end);
    json_t *r = json_object();
    json_object_set_new(r, "text", json_stringn(it->text + s, end - s));
    const char *p;
    size_t n;
    json_t *percent = ex_group_number(&m, "percent");
    if (percent)
        json_object_set_new(r, "percent", percent);
    if (vn_match_group(&m, "rank", &p, &n))
        json_object_set_new(r, "rank", json_integer(atoi(p)));
    if (vn_match_group(&m, "of", &p, &n))
        json_object_set_new(r, "of", json_integer(atoi(p)));
    e->results = r;
}

void ex_metadata_item(ex *e, const ex_item *it, size_t index) {
    signature_item(e, it, index);
    results_item(e, it);
}

void ex_metadata_finish(ex *e) {
    signature_finish(e);
    json_object_set_new(e->metadata, "results", e->results ? e->results : json_null());
    e->results = NULL;
}

void ex_metadata_head(ex *e) {
    long type_line = find_type_line(e);
    json_object_set_new(e->metadata, "doc_type", json_null());
    json_object_set_new(e->metadata, "number", json_null());
    json_object_set_new(e->metadata, "symbol", json_null());
    json_object_set_new(e->metadata, "issuer", json_null());
    json_object_set_new(e->metadata, "parent_issuer", json_null());
    json_object_set_new(e->metadata, "place", json_null());
    json_object_set_new(e->metadata, "date", json_null());
    header(e, type_line);
    if (type_line >= 0) {
        const ex_item *it = vn_vec_at(&e->items, (size_t)type_line);
        json_object_set_new(e->metadata, "doc_type", json_string(it->text));
    } else if (json_is_string(json_object_get(e->metadata, "symbol"))) {
        const char *name = type_code_name(e, json_string_value(json_object_get(e->metadata, "symbol")));
        if (name)
            json_object_set_new(e->metadata, "doc_type", json_string(name));
    }
    e->body_start = title(e, type_line);
    if (type_line < 0)
        json_object_set_new(e->metadata, "title", json_null());
    /* Filled as the items come (references on arrival, recipients at the end). */
    json_object_set_new(e->metadata, "references", json_incref(e->references));
    json_object_set_new(e->metadata, "recipients", json_incref(e->recipients));
}
