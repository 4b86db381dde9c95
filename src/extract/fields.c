/* Responsible units, criteria, and the units and abbreviations of the whole
 * plan (timeframes: timeframe.c). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "extract/extract_internal.h"

json_t *ex_criteria(const ex *e, const char *text) {
    vn_match m;
    if (!text || !vn_rule_match(e->rules, "criteria", text, strlen(text), 0, &m))
        return NULL;
    json_t *c = json_object();
    json_object_set_new(c, "criterion", ex_group(&m, "criterion"));
    for (int i = 0; i < 2; i++) {
        const char *g = i ? "max" : "score";
        json_t *v = ex_group_number(&m, g);
        json_object_set_new(c, g, v ? v : json_null());
    }
    return c;
}

/* True when s starts with the word or words w as written, followed by a
 * space, punctuation or the end (not by more letters). */
static bool starts_with_word(const char *s, const char *w) {
    size_t n = strlen(w);
    return n && strncmp(s, w, n) == 0 && ex_word_ends(s + n);
}

/* True when s starts with an entry of the rules list `name`, as written:
 * case is what tells a unit's head word ("Ban", "Sở") from a common word. */
static bool starts_with_listed(const ex *e, const char *name, const char *s) {
    const char *const *items;
    size_t n = vnplan_rules_list(e->rules, name, &items);
    for (size_t i = 0; i < n; i++)
        if (starts_with_word(s, items[i]))
            return true;
    return false;
}

/* Words that begin a unit's name (unit.heads): "và" splits only between two of them. */
bool ex_starts_unit(const ex *e, const char *s) { return starts_with_listed(e, "unit.heads", s); }

/* The length of the entry of the rules list `name` that s starts with, as
 * written and followed by a space (more words come); 0 when none. */
static size_t listed_before_space(const ex *e, const char *name, const char *s) {
    const char *const *items;
    size_t n = vnplan_rules_list(e->rules, name, &items);
    for (size_t i = 0; i < n; i++) {
        size_t wl = strlen(items[i]);
        if (wl && !strncmp(s, items[i], wl) && s[wl] == ' ')
            return wl;
    }
    return 0;
}

/* True when the '/' at s[i] joins two words of 2-6 capital ASCII letters ("HIV/AIDS"). */
static bool caps_around(const char *s, size_t i) {
    size_t before = 0, after = 0;
    while (before < i && isupper((unsigned char)s[i - 1 - before]))
        before++;
    while (isupper((unsigned char)s[i + 1 + after]))
        after++;
    unsigned char prev = before < i ? (unsigned char)s[i - 1 - before] : ' ';
    unsigned char next = (unsigned char)s[i + 1 + after];
    return before >= 2 && before <= 6 && after >= 2 && after <= 6 && (prev == ' ' || prev == '(') &&
           (next == '\0' || next == ' ' || next == ',' || next == ';' || next == ')' || next == '.');
}

/* True when the text after a comma starts with a lower-case word that
 * does not begin a unit name ("tiêu chí", "ngành"), so the comma is inside
 * one name; unit.heads_lower, followed by more words, begin another unit
 * even in lower case ("đơn vị" ending the text ends a collective: "Các
 * phòng, ban, đơn vị"). */
static bool continues_name(const ex *e, const char *s) {
    while (*s == ' ')
        s++;
    if (listed_before_space(e, "unit.heads_lower", s))
        return false;
    return ex_first_category(s) == UTF8PROC_CATEGORY_LL && !ex_starts_unit(e, s);
}

/* True when the comma before `after` is inside the name of the unit that
 * starts at `unit`: a short continuation closed by "và" (unit.comma_in_name:
 * "Phòng Kinh tế, Hạ tầng và Đô thị"), where neither the word after the
 * comma nor the one after "và" begins a unit of its own. */
static bool comma_in_name(const ex *e, const char *unit, const char *after) {
    vn_match m;
    const char *next, *last;
    size_t nl, ll;
    if (!ex_starts_unit(e, unit) || !vn_rule_match(e->rules, "unit.comma_in_name", after, strlen(after), 0, &m) ||
        !vn_match_group(&m, "next", &next, &nl) || !vn_match_group(&m, "last", &last, &ll))
        return false;
    return !ex_starts_unit(e, next) && !ex_starts_unit(e, last);
}

/* The length of " và " (a unit.conjunctions word between spaces) at s, 0 when none. */
static size_t conjunction_at(const ex *e, const char *s) {
    size_t n = *s == ' ' ? listed_before_space(e, "unit.conjunctions", s + 1) : 0;
    return n ? n + 2 : 0;
}

static void push_unit(json_t *arr, const char *s, size_t n) {
    while (n && (*s == ' ' || *s == '-' || *s == '+'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '.' || s[n - 1] == ';' || s[n - 1] == ','))
        n--;
    if (n >= 2)
        json_array_append_new(arr, json_stringn(s, n));
}

/* The length in bytes of the collective or comma-holding name (unit.collectives)
 * that s starts with, the longest; 0 when none. */
static size_t collective_at(const ex *e, const char *s) {
    size_t keep = 0;
    char *fs = ex_folded(s);
    for (size_t i = 0; fs && i < e->collectives.n; i++) {
        const char *fc = e->collectives.items[i];
        size_t fl = strlen(fc);
        if (strncmp(fs, fc, fl) || (fs[fl] && fs[fl] != ' ' && fs[fl] != ',' && fs[fl] != ';'))
            continue;
        /* map the folded length back: count the same number of characters */
        size_t chars = 0;
        for (const char *q = fc; *q; q++)
            chars += ((unsigned char)*q & 0xC0) != 0x80;
        size_t bytes = 0;
        for (size_t c = 0; s[bytes] && c < chars; c++) {
            bytes++;
            while (((unsigned char)s[bytes] & 0xC0) == 0x80)
                bytes++;
        }
        if (bytes > keep)
            keep = bytes;
    }
    free(fs);
    return keep;
}

bool ex_unit_reference(const ex *e, const char *text) {
    vn_match m;
    return text && vn_rule_match(e->rules, "unit.whole", text, strlen(text), 0, &m);
}

json_t *ex_split_units(const ex *e, const char *text) {
    json_t *arr = json_array();
    if (!text)
        return arr;
    char *flat = strdup(text);
    if (!flat)
        return arr;
    if (ex_unit_reference(e, text)) {
        /* "Theo phân công tại Quyết định số 112/QĐ-STP ...": no unit named */
        free(flat);
        return arr;
    }
    ex tmp = *e;
    bool own = !e->collectives.items;   /* a caller without a pass (tests) */
    if (own && !ex_fold_collectives(&tmp)) {
        free(flat);
        return arr;
    }
    const char *s = flat;
    while (*s) {
        while (*s == ' ' || *s == ',' || *s == ';' || *s == '/' || *s == '\n')
            s++;
        if (!*s)
            break;
        /* A collective ("Các sở, ban, ngành") keeps its commas. */
        size_t keep = collective_at(&tmp, s);
        size_t i = keep;
        size_t cut = strlen(s);
        int depth = 0;   /* inside brackets a comma lists members of one name */
        for (; s[i]; i++) {
            if (s[i] == '(')
                depth++;
            else if (s[i] == ')' && depth)
                depth--;
            if (depth)
                continue;
            /* ... also inside a name: "Lãnh đạo Sở Văn hóa, Thể thao và Du lịch" */
            if (i && s[i - 1] == ' ' && s[i] != ' ') {
                size_t k = collective_at(&tmp, s + i);
                if (k) {
                    i += k - 1;
                    continue;
                }
            }
            /* '/' separates names, not numbers and dates ("93/QĐ", "05/01"). */
            /* ... nor inside an abbreviation ("Đ/c Lâm": the word after it is in lower case). */
            /* ... nor between two words in capitals ("Khoa Kiểm soát bệnh tật và HIV/AIDS"). */
            bool slash = s[i] == '/' && !(i > 0 && isdigit((unsigned char)s[i - 1])) &&
                         !isdigit((unsigned char)s[i + 1]) && ex_first_category(s + i + 1) != UTF8PROC_CATEGORY_LL &&
                         !caps_around(s, i);
            /* A comma followed by lower-case words that do not start a name
             * goes on describing the same body ("Các cơ quan được giao tham mưu
             * các lĩnh vực, tiêu chí CCHC"; "các bộ, ngành Trung ương"). */
            if (s[i] == ',' && (continues_name(e, s + i + 1) || comma_in_name(e, s, s + i + 1)))
                continue;
            if (s[i] == ',' || s[i] == ';' || slash || s[i] == '\n') {
                cut = i;
                break;
            }
            /* "và" between two unit names */
            size_t and_len = conjunction_at(e, s + i);
            if (and_len && ex_starts_unit(e, s + i + and_len) && ex_starts_unit(e, s)) {
                cut = i;
                break;
            }
        }
        push_unit(arr, s, cut);
        s += cut;
        s += conjunction_at(e, s);
    }
    if (own)
        ex_free_collectives(&tmp);
    free(flat);
    return arr;
}

static size_t count_words(const char *s, size_t n) {
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        w += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
    return w;
}

static bool ends_with_word(const char *s, size_t n, const char *w) {
    size_t wl = strlen(w);
    return n >= wl && !strncmp(s + n - wl, w, wl) && (n == wl || s[n - wl - 1] == ' ');
}

/* True when s[0..n) ends with a word of the rules list `name`. */
static bool ends_with_listed(const ex *e, const char *name, const char *s, size_t n) {
    const char *const *items;
    size_t k = vnplan_rules_list(e->rules, name, &items);
    for (size_t i = 0; i < k; i++)
        if (ends_with_word(s, n, items[i]))
            return true;
    return false;
}

/* True when a unit name goes on over the line break between line
 * p[0..pn) and the next line q. */
static bool name_goes_on(const ex *e, const char *p, size_t pn, const char *q) {
    while (pn && p[pn - 1] == ' ')
        pn--;
    while (*p == ' ' && pn)
        p++, pn--;
    q += strspn(q, " ");
    if (!pn || !*q)
        return true;
    if (ex_first_category(q) == UTF8PROC_CATEGORY_LL || *q == '(' || *q == '&')
        return true;
    char last = p[pn - 1];
    if (last == ',' || last == '-' || last == '&' || ends_with_listed(e, "unit.line_goes_on", p, pn))
        return true;
    bool p_unit = ex_starts_unit(e, p) && *p != '-';
    /* "Lãnh đạo" / "Sở Y tế": a title over the body it heads */
    if (!p_unit && *p != '-' && ex_starts_unit(e, q) && count_words(p, pn) <= 3)
        return true;
    /* "Trung tâm" / "TT&DVĐN": a unit's head word alone */
    return p_unit && count_words(p, pn) <= 2 && !ex_starts_unit(e, q) && *q != '-';
}

json_t *ex_split_cell_units(const ex *e, const char *raw) {
    if (!raw)
        return json_array();
    char *t = strdup(raw);
    if (!t)
        return json_array();
    const char *line = t;
    for (char *nl; (nl = strchr(line, '\n')); line = nl + 1)
        if (name_goes_on(e, line, (size_t)(nl - line), nl + 1))
            *nl = ' ';
    /* spaces collapsed (not ex_flat, which would join every line); the line
     * breaks that separate names kept */
    size_t n = 0;
    for (size_t i = 0; t[i]; i++) {
        if (t[i] == '\t' || t[i] == '\r')
            t[i] = ' ';
        if (t[i] == ' ' && (n == 0 || t[n - 1] == ' ' || t[n - 1] == '\n'))
            continue;
        if (t[i] == '\n' && n && t[n - 1] == ' ')
            n--;
        t[n++] = t[i];
    }
    t[n] = '\0';
    json_t *units = ex_split_units(e, t);
    free(t);
    return units;
}

bool ex_fold_collectives(ex *e) { return ex_fold_list(e->rules, "unit.collectives", &e->collectives); }

void ex_free_collectives(ex *e) { ex_folded_list_free(&e->collectives); }

/* --- units[] and abbreviations[] --- */

/* The canonical name: abbreviations written out (document's own first). */
char *ex_canonical(const ex *e, const char *name) {
    const char *const *keys, *const *values;
    size_t n = vnplan_rules_map(e->rules, "abbreviations", &keys, &values);
    vn_buf b = VN_BUF_INIT;
    const char *s = name;
    while (*s) {
        /* A token of capitals, digits and & (an abbreviation candidate). */
        size_t len = 0;
        while (s[len] && s[len] != ' ' && s[len] != '-' && s[len] != ',' && s[len] != '/' && s[len] != '(' && s[len] != ')')
            len++;
        const char *exp = NULL;
        size_t k;
        json_t *a;
        json_array_foreach(e->abbreviations, k, a) {
            const char *ab = json_string_value(json_object_get(a, "abbreviation"));
            if (ab && strlen(ab) == len && !strncmp(ab, s, len))
                exp = json_string_value(json_object_get(a, "expansion"));
        }
        for (size_t i = 0; !exp && i < n; i++)
            if (strlen(keys[i]) == len && !strncmp(keys[i], s, len))
                exp = values[i];
        if (exp && len > 1)
            vn_buf_puts(&b, exp);
        else
            vn_buf_append(&b, s, len);
        s += len;
        if (*s) {
            if (*s == '-' && exp)
                vn_buf_puts(&b, " - ");
            else
                vn_buf_putc(&b, *s);
            s++;
        }
    }
    return vn_buf_detach(&b, NULL);
}

void ex_definitions_item(ex *e, const ex_item *it) {
    /* "cải cách hành chính (CCHC)": the words before the brackets whose
     * initials spell the abbreviation. */
    vn_strmap *seen = &e->abbr_seen;
    if (!it->text)
        return;
    for (const char *open = strchr(it->text, '('); open; open = strchr(open + 1, '(')) {
        const char *close = strchr(open, ')');
        if (!close || close - open > 12 || close - open < 3)
            continue;
        char abbr[16];
        snprintf(abbr, sizeof abbr, "%.*s", (int)(close - open - 1), open + 1);
        char *letters = ex_folded(abbr);
        if (!letters)
            continue;
        size_t want = 0;
        bool caps = true;
        for (const char *c = abbr; *c; c++)
            if (islower((unsigned char)*c))
                caps = false;
        for (const char *c = letters; *c; c++)
            want += isalpha((unsigned char)*c) != 0;
        if (!caps || want < 2 || vn_strmap_get(seen, abbr, -1) >= 0) {
            free(letters);
            continue;
        }
        /* Walk back `want` words. */
        const char *start = open;
        size_t words = 0;
        while (start > it->text && words < want) {
            const char *q = start - 1;
            while (q > it->text && (*q == ' ' || *q == ','))
                q--;
            while (q > it->text && q[-1] != ' ')
                q--;
            start = q;
            words++;
        }
        char *phrase = ex_flat(start, (size_t)(open - start));
        char *fp = phrase ? ex_folded(phrase) : NULL;
        /* initials of the phrase */
        char initials[32] = "";
        size_t ni = 0;
        for (const char *c = fp; c && *c && ni + 1 < sizeof initials; c++)
            if (isalpha((unsigned char)*c) && (c == fp || c[-1] == ' '))
                initials[ni++] = *c;
        initials[ni] = '\0';
        char only[16] = "";
        size_t no = 0;
        for (const char *c = letters; *c && no + 1 < sizeof only; c++)
            if (isalpha((unsigned char)*c))
                only[no++] = *c;
        only[no] = '\0';
        if (words == want && !strcmp(initials, only)) {
            json_t *d = json_object();
            json_object_set_new(d, "abbreviation", json_string(abbr));
            size_t pl = strlen(phrase);
            while (pl && phrase[pl - 1] == ',')
                pl--;
            json_object_set_new(d, "expansion", json_stringn(phrase, pl));
            json_array_append_new(e->abbreviations, d);
            vn_strmap_put(seen, abbr, 1);
        }
        free(phrase);
        free(fp);
        free(letters);
    }
}

const char *const ex_unit_roles[3] = {"lead", "support", "implementer"};
const char *const ex_unit_lists[3] = {"leads", "supports", "implements"};

void ex_units(ex *e) {
    vn_strmap index;
    vn_strmap_init(&index);
    size_t i;
    json_t *task;
    json_array_foreach(e->tasks, i, task) {
        const char *id = json_string_value(json_object_get(task, "id"));
        for (int role = 0; role < 3; role++) {
            json_t *names = json_object_get(task, ex_unit_roles[role]);
            size_t k;
            json_t *name;
            json_array_foreach(names, k, name) {
                const char *n = json_string_value(name);
                long at = vn_strmap_get(&index, n, -1);
                json_t *unit;
                if (at < 0) {
                    unit = json_object();
                    json_object_set_new(unit, "name", json_string(n));
                    char *c = ex_canonical(e, n);
                    json_object_set_new(unit, "canonical", json_string(c ? c : n));
                    free(c);
                    for (int r = 0; r < 3; r++)
                        json_object_set_new(unit, ex_unit_lists[r], json_array());
                    vn_strmap_put(&index, n, (long)json_array_size(e->units));
                    json_array_append_new(e->units, unit);
                } else {
                    unit = json_array_get(e->units, (size_t)at);
                }
                json_array_append_new(json_object_get(unit, ex_unit_lists[role]), json_string(id));
            }
        }
    }
    vn_strmap_free(&index);
}
