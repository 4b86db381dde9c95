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
    l->col = -1;
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
            size_t from = lines->n;
            for (size_t k = 0; k < cell->n_blocks; k++)
                block_lines(&cell->blocks[k], lines, cell->grid_col > 0 ? 1 : side);
            for (size_t k = from; k < lines->n; k++)
                ((ex_line *)vn_vec_at(lines, k))->col = (int)cell->grid_col;
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

/* A rule drawn under a name or a title: a line of "-", "_", "=", ".", "*", en
 * or em dashes, macrons "¯", overlines "‾" or box lines "─" (compared
 * bytewise: these characters' UTF-8 bytes, which no letter is made of alone). */
bool ex_is_rule_line(const char *t) {
    static const char rule_bytes[] = "-_=. *\xE2\x80\x93\x94\xBE\xC2\xAF\x94";
    return t[0] && strspn(t, rule_bytes) == strlen(t);
}

/* True when a header line ends in a dash that joins it to the next line
 * ("TỈNH ĐOÀN ĐẮK LẮK -" over "SỞ GIÁO DỤC VÀ ĐÀO TẠO": one joint name). */
static bool ends_with_joiner(const char *t) {
    size_t n = strlen(t);
    while (n && t[n - 1] == ' ')
        n--;
    return (n >= 2 && t[n - 1] == '-' && t[n - 2] == ' ') ||
           (n >= 4 && !memcmp(t + n - 3, "\xE2\x80\x93", 3) && t[n - 4] == ' ');
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

/* True when text is a type line, the name of a document type alone
 * ("KẾ HOẠCH", compared folded with the doc_types list). */
bool ex_is_type_line(const ex *e, const char *text) {
    if (!text || strlen(text) > 40)
        return false;
    const char *const *keys, *const *values;
    size_t n = vnplan_rules_map(e->rules, "doc_types", &keys, &values);
    char *f = ex_folded(text);
    bool eq = false;
    for (size_t k = 0; f && k < n && !eq; k++) {
        char *v = ex_folded(values[k]);
        eq = v && !strcmp(f, v);
        free(v);
    }
    free(f);
    return eq;
}

/* The item of the title block's type line ("KẾ HOẠCH"), or -1. */
static long find_type_line(const ex *e) {
    for (size_t i = 0; i < e->items.n && i < 60; i++)
        if (ex_is_type_line(e, ((const ex_item *)vn_vec_at(&e->items, i))->text))
            return (long)i;
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

/* The symbol of a meta.number match, its spaces taken out ("KH - SNgV" -> "KH-SNgV"). */
static json_t *symbol_of(const vn_match *m) {
    json_t *sym = ex_group(m, "symbol");
    if (json_is_string(sym)) {
        const char *s = json_string_value(sym);
        vn_buf b = VN_BUF_INIT;
        for (; *s; s++)
            if (*s != ' ')
                vn_buf_putc(&b, *s);
        json_decref(sym);
        sym = json_string(vn_buf_cstr(&b));
        vn_buf_free(&b);
    }
    return sym;
}

/* A joint plan (liên ngành) prints each body's header in a cell of its own,
 * each with its "Số:" line: the bodies after the first, in metadata.joint
 * ({issuer, parent_issuer, number, symbol, signer}: the signer comes with
 * the signature). Within a cell the line above "Số:" issues (with a place
 * line under it joined), the one above that is its parent. */
static void joint_bodies(ex *e, vn_vec *lines, long number_line) {
    int first_col = ((ex_line *)vn_vec_at(lines, (size_t)number_line))->col;
    if (first_col < 0)
        return;
    json_t *joint = json_array();
    for (size_t i = 0; i < lines->n && json_array_size(joint) < 8; i++) {
        ex_line *l = vn_vec_at(lines, i);
        vn_match m;
        if (l->col < 0 || l->col == first_col || (long)i == number_line ||
            !vn_rule_match(e->rules, "meta.number", l->text, strlen(l->text), 0, &m))
            continue;
        const char *names[2] = {NULL, NULL};   /* issuer, parent: the lines above, in that cell */
        for (size_t k = i; k-- > 0;) {
            ex_line *a = vn_vec_at(lines, k);
            vn_match x;
            if (ex_is_rule_line(a->text))
                continue;   /* a rule under the body's name */
            if (a->col != l->col || vn_rule_match(e->rules, "meta.motto", a->text, strlen(a->text), 0, &x) ||
                vn_rule_match(e->rules, "meta.place_date", a->text, strlen(a->text), 0, &x) ||
                vn_rule_match(e->rules, "meta.number", a->text, strlen(a->text), 0, &x))
                break;
            if (!names[0])
                names[0] = a->text;
            else if (!names[1])
                names[1] = a->text;
        }
        if (!names[0])
            continue;
        json_t *body = json_object();
        json_object_set_new(body, "issuer", json_string(names[0]));
        json_object_set_new(body, "parent_issuer", names[1] ? json_string(names[1]) : json_null());
        json_object_set_new(body, "number", ex_group(&m, "number"));
        json_object_set_new(body, "symbol", symbol_of(&m));
        json_object_set_new(body, "signer", json_null());
        json_array_append_new(joint, body);
    }
    if (json_array_size(joint))
        json_object_set_new(e->metadata, "joint", joint);
    else
        json_decref(joint);
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
            json_object_set_new(md, "symbol", symbol_of(&m));
        }
        if (!json_is_string(json_object_get(md, "date")) &&
            vn_rule_match(e->rules, "meta.place_date", l->text, strlen(l->text), 0, &m)) {
            json_object_set_new(md, "place", ex_group(&m, "place"));
            json_object_set_new(md, "date", iso_date(&m));
        }
    }
    /* Issuer and parent: the left column's lines above "Số:" (rules left
     * out), place lines and the line after one ending in a dash joined to
     * the line above them; the last group issues, the one before is its
     * parent. */
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
        if (l->side != 0 || ex_is_rule_line(l->text) ||
            vn_rule_match(e->rules, "meta.motto", l->text, strlen(l->text), 0, &m) ||
            vn_rule_match(e->rules, "meta.place_date", l->text, strlen(l->text), 0, &m))
            continue;
        if (groups.n && (is_place_line(l->text) ||
                         ends_with_joiner(vn_buf_cstr(vn_vec_at(&groups, groups.n - 1))))) {
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
    if (number_line >= 0)
        joint_bodies(e, &lines, number_line);
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
        /* A rule under the title ends it (a decision's issuing authority,
         * "TRƯỞNG BAN ...", comes next, centred like a title line). */
        bool rule = ex_is_rule_line(t);
        if (rule && b.len) {
            i++;
            break;
        }
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

/* The signer read from the lines of a signature, those of grid column `col`
 * only when col >= 0. */
static json_t *signer_of_lines(const ex *e, const vn_vec *lines, int col) {
    json_t *signer = json_object();
    json_t *authority = json_null(), *deputy = json_null(), *position = json_null(), *name = json_null();
    json_t *rank = NULL;
    for (size_t i = 0; i < lines->n; i++) {
        const ex_line *l = vn_vec_at(lines, i);
        const char *t = l->text;
        vn_match m;
        if (col >= 0 && l->col != col)
            continue;
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
    return signer;
}

/* True when a signer names someone (a position or a name). */
static bool signs(const json_t *signer) {
    return json_is_string(json_object_get(signer, "position")) || json_is_string(json_object_get(signer, "name"));
}

/* True when the signer's authority or position line names the body `name`
 * ("KT. GIÁM ĐỐC SỞ Y TẾ" for "SỞ Y TẾ"), compared folded. */
static bool signs_for_name(const json_t *signer, const char *name) {
    char *fi = ex_folded(name);
    bool found = false;
    static const char *const keys[] = {"authority", "deputy", "position"};
    for (size_t k = 0; fi && *fi && !found && k < 3; k++) {
        const char *v = json_string_value(json_object_get(signer, keys[k]));
        char *fv = v ? ex_folded(v) : NULL;
        found = fv && strstr(fv, fi);
        free(fv);
    }
    free(fi);
    return found;
}

static bool signs_for(const json_t *signer, const json_t *issuer) {
    return json_is_string(issuer) && signs_for_name(signer, json_string_value(issuer));
}

/* The first body of a joint name printed as one ("TỈNH ĐOÀN ĐẮK LẮK - SỞ
 * GIÁO DỤC VÀ ĐÀO TẠO"), without the place it ends with ("TỈNH ĐOÀN"), as
 * its signer names it ("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN"); NULL when the issuer
 * is not such a name. Owned by the caller. */
static char *first_joint_body(const json_t *md) {
    const char *issuer = json_string_value(json_object_get(md, "issuer"));
    const char *dash = issuer ? strstr(issuer, " - ") : NULL;
    if (!dash)
        return NULL;
    char *first = ex_flat(issuer, (size_t)(dash - issuer));
    const char *place = json_string_value(json_object_get(md, "place"));
    char *fp = place ? ex_folded(place) : NULL, *ff = first ? ex_folded(first) : NULL;
    size_t pl = fp ? strlen(fp) : 0, fl = ff ? strlen(ff) : 0;
    /* When the folded name ends with the folded place, drop as many words
     * from the printed name as the place has. */
    if (ff && pl && fl > pl + 1 && !strcmp(ff + fl - pl, fp) && ff[fl - pl - 1] == ' ') {
        size_t words = 0;
        for (const char *q = fp; *q; q++)
            words += *q == ' ';
        words++;
        size_t n = strlen(first);
        while (words-- && n) {
            while (n && first[n - 1] != ' ')
                n--;
            while (n && first[n - 1] == ' ')
                n--;
        }
        first[n] = '\0';
    }
    free(fp);
    free(ff);
    return first;
}

/* Signatures side by side in a table (a joint plan): one signer per
 * column. The plan's signer is the one that names its issuer, else (one
 * joint name "A - B") the one that names A, else the rightmost; each body
 * of metadata.joint gets the one naming it, else the next left over, from
 * the right. */
static void signers_side_by_side(ex *e, json_t *md) {
    json_t *found = json_array();
    int last_col = -2;
    for (size_t i = 0; i < e->sig_table.n; i++) {
        const ex_line *l = vn_vec_at(&e->sig_table, i);
        bool seen = false;
        for (size_t k = 0; k < i && !seen; k++)
            seen = ((const ex_line *)vn_vec_at(&e->sig_table, k))->col == l->col;
        if (seen || l->col == last_col)
            continue;
        last_col = l->col;
        json_t *sg = signer_of_lines(e, &e->sig_table, l->col);
        if (signs(sg))
            json_array_insert_new(found, 0, sg);   /* rightmost first */
        else
            json_decref(sg);
    }
    if (!json_array_size(found)) {
        json_decref(found);
        return;
    }
    size_t pick = 0;
    bool named = false;
    for (size_t i = 0; i < json_array_size(found) && !named; i++)
        if (signs_for(json_array_get(found, i), json_object_get(md, "issuer")))
            pick = i, named = true;
    /* One joint name for two bodies: the first body's signer signs for it. */
    char *first = named ? NULL : first_joint_body(md);
    for (size_t i = 0; first && *first && i < json_array_size(found) && !named; i++)
        if (signs_for_name(json_array_get(found, i), first))
            pick = i, named = true;
    free(first);
    json_object_set(md, "signer", json_array_get(found, pick));
    json_array_remove(found, pick);
    json_t *joint = json_object_get(md, "joint");
    for (int pass = 0; pass < 2; pass++)
        for (size_t j = 0; j < json_array_size(joint); j++) {
            json_t *body = json_array_get(joint, j);
            if (!json_is_null(json_object_get(body, "signer")))
                continue;
            for (size_t i = 0; i < json_array_size(found); i++)
                if (pass || signs_for(json_array_get(found, i), json_object_get(body, "issuer"))) {
                    json_object_set(body, "signer", json_array_get(found, i));
                    json_array_remove(found, i);
                    break;
                }
        }
    json_decref(found);
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
        /* ... up to an appendix, or the plan a decision issues ("KẾ HOẠCH") */
        if (!it->text || vn_rule_match(e->rules, "appendix.start", it->text, strlen(it->text), 0, &m) ||
            ex_is_type_line(e, it->text)) {
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
    bool authority = false;
    for (size_t k = 0; k < lines.n; k++) {
        const ex_line *l = vn_vec_at(&lines, k);
        authority |= vn_rule_match(e->rules, "meta.authority", l->text, strlen(l->text), 0, &m);
        if (vn_rule_match(e->rules, "meta.recipients", l->text, strlen(l->text), 0, &m)) {
            e->signature = index;
            break;
        }
    }
    /* Signatures side by side in a table above "Nơi nhận" (a joint plan):
     * kept until the signature shows whether it has a signer of its own. */
    if (e->signature != index && authority && it->block->kind == VNPLAN_BLOCK_TABLE && lines.n <= 24) {
        ex_lines_free(&e->sig_table);
        vn_vec_init(&e->sig_table, sizeof(ex_line));
        for (size_t k = 0; k < lines.n; k++) {
            ex_line *l = vn_vec_at(&lines, k);
            ex_line *dst = vn_vec_push(&e->sig_table);
            if (dst) {
                *dst = *l;
                l->text = NULL;
            }
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
    json_object_set_new(e->metadata, "signer", signer_of_lines(e, &e->sig_right, -1));
    if (!signs(json_object_get(e->metadata, "signer")))
        signers_side_by_side(e, e->metadata);
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
