/* Sections (numbered headings and items into a tree) and the tasks written
 * in the body: items under task headings, duties under the organisation
 * heading, prose fields and assignment sentences. */
#include <stdlib.h>
#include <string.h>

#include "extract/extract_internal.h"

/* Ordinal of a label: roman and arabic numbers, letters in the alphabet
 * the list uses; 0 when unknown. */
static int ordinal(const char *label, int level, bool latin) {
    if (level == 1) {
        int v = 0, prev = 0;
        for (int i = (int)strlen(label) - 1; i >= 0; i--) {
            int d = label[i] == 'I' ? 1 : label[i] == 'V' ? 5 : label[i] == 'X' ? 10 : label[i] == 'L' ? 50 : label[i] == 'C' ? 100 : 0;
            v += d < prev ? -d : d;
            if (d > prev)
                prev = d;
        }
        return v;
    }
    if (level == 2)
        return atoi(label);
    if (level == 4) {
        if (!strcmp(label, "\xC4\x91"))
            return 5;      /* đ */
        if (strlen(label) != 1)
            return 0;
        if (latin)
            return label[0] - 'a' + 1;
        const char *p = strchr("abcd", label[0]);
        if (p)
            return (int)(p - "abcd") + 1;
        p = strchr("eghiklmnopqrstuvxy", label[0]);
        return p ? (int)(p - "eghiklmnopqrstuvxy") + 6 : 0;
    }
    return 0;
}

/* Recognises a heading: its level, bare label and heading text. */
static bool heading_of(const ex *e, const ex_item *it, int *level, char *label, size_t label_size,
                       const char **heading) {
    static const struct {
        const char *rule;
        int level;
    } rules[] = {{"heading.part", 0}, {"heading.roman", 1}, {"heading.dotted", 3},
                 {"heading.arabic", 2}, {"heading.letter", 4}};
    const char *t = it->text;
    if (!t)
        return false;
    if (it->label && it->block->u.paragraph.num_format == VNPLAN_NUMFMT_BULLET)
        return false;
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++) {
        vn_match m;
        if (!vn_rule_match(e->rules, rules[i].rule, t, strlen(t), 0, &m))
            continue;
        const char *p;
        size_t n;
        vn_match_group(&m, "label", &p, &n);
        snprintf(label, label_size, "%.*s", (int)n, p);
        *level = rules[i].level;
        if (rules[i].level == 3) {
            int dots = 0;
            for (const char *c = label; *c; c++)
                dots += *c == '.';
            *level = 2 + dots;
        }
        *heading = vn_match_group(&m, "heading", &p, &n) ? p : t + strlen(t);
        return true;
    }
    /* Automatic Latin letters (a b c d e f ...) are letters too. */
    if (it->label && it->block->u.paragraph.num_format == VNPLAN_NUMFMT_LOWER_LETTER) {
        snprintf(label, label_size, "%.*s", (int)strcspn(it->label, ").") , it->label);
        *level = 4;
        *heading = t + strlen(it->label) + 1 <= t + strlen(t) ? t + strlen(it->label) + 1 : t + strlen(t);
        return true;
    }
    return false;
}

static json_t *new_section(const char *id, const char *label, int level, const char *heading) {
    json_t *s = json_object();
    json_object_set_new(s, "id", json_string(id));
    json_object_set_new(s, "label", json_string(label));
    json_object_set_new(s, "level", json_integer(level));
    json_object_set_new(s, "heading", json_string(heading));
    json_object_set_new(s, "body", json_string(""));
    json_object_set_new(s, "children", json_array());
    return s;
}

/* The section's heading; "" when a failed allocation left it out (the
 * extract then fails: vnplan_extract compares vn_alloc_failures). */
static const char *section_heading(const ex_frame *f) {
    const char *h = json_string_value(json_object_get(f->section, "heading"));
    return h ? h : "";
}

/* --- body tasks --- */

static json_t *new_task(const ex *e, const char *id, const char *area, const char *text) {
    json_t *t = json_object();
    json_object_set_new(t, "id", json_string(id));
    json_object_set_new(t, "origin", json_string("body"));
    json_object_set_new(t, "area", area ? json_string(area) : json_null());
    json_object_set_new(t, "text", json_string(text));
    json_object_set_new(t, "lead", json_array());
    json_object_set_new(t, "support", json_array());
    json_object_set_new(t, "implementer", json_array());
    json_object_set_new(t, "timeframe", ex_timeframe(e, NULL));
    json_object_set_new(t, "output", json_null());
    json_t *c = ex_criteria(e, text);
    json_object_set_new(t, "criteria", c ? c : json_null());
    json_object_set_new(t, "extra", json_object());
    return t;
}

static void add_units(const ex *e, json_t *task, const char *field, const char *text) {
    json_t *arr = json_object_get(task, field);
    json_t *units = ex_split_units(e, text);
    size_t i;
    json_t *u;
    json_array_foreach(units, i, u) {
        bool dup = false;
        size_t k;
        json_t *v;
        json_array_foreach(arr, k, v) dup |= json_equal(u, v);
        if (!dup)
            json_array_append(arr, u);
    }
    json_decref(units);
}

/* One labelled field ("Đơn vị chủ trì: ...") in line[0..len) sets a field of
 * the task; with no task, only says whether there is one. */
static bool apply_one_field(const ex *e, json_t *task, const char *line, size_t len) {
    static const char *const rule_field[][2] = {
        {"field.lead", "lead"}, {"field.support", "support"}, {"field.time", "timeframe"}, {"field.output", "output"}};
    for (size_t i = 0; i < sizeof rule_field / sizeof rule_field[0]; i++) {
        vn_match m;
        const char *p;
        size_t n;
        if (!vn_rule_match(e->rules, rule_field[i][0], line, len, 0, &m) || !vn_match_group(&m, "value", &p, &n))
            continue;
        if (!task)
            return true;
        const char *field = rule_field[i][1];
        if (!strcmp(field, "output")) {
            json_object_set_new(task, field, ex_jstr(p, n));
            return true;
        }
        char *v = ex_flat(p, n);
        if (!strcmp(field, "timeframe"))
            json_object_set_new(task, field, ex_timeframe(e, v));
        else
            add_units(e, task, field, v);
        free(v);
        return true;
    }
    return false;
}

/* True when a field label starts at s ("Đơn vị phối hợp: ..."). */
static bool starts_field(const ex *e, const char *s) { return apply_one_field(e, NULL, s, strlen(s)); }

/* A prose field line ("- Đơn vị chủ trì: ...") sets a field of the task (or,
 * with no task, says whether it would); one line may hold several ("Đơn vị
 * chủ trì: X; Đơn vị phối hợp: Y.", "Chủ trì: X. Phối hợp: Y. Thời gian: Z."),
 * cut at a ';' or '.' that a field label follows (one inside a unit list or
 * a unit name, "TP. Huế", stays). */
static bool apply_field(const ex *e, json_t *task, const char *line) {
    size_t len = strlen(line), start = 0;
    bool any = false;
    /* "(Chủ trì: X; phối hợp: Y; thời gian: Z.)": a task's fields in brackets */
    if (line[0] == '(') {
        size_t n = len;
        while (n && (line[n - 1] == ' ' || line[n - 1] == '.'))
            n--;
        if (n < 3 || line[n - 1] != ')')
            return false;
        char *inner = ex_flat(line + 1, n - 2);
        bool r = inner && inner[0] != '(' && apply_field(e, task, inner);
        free(inner);
        return r;
    }
    for (size_t i = 0; i <= len; i++) {
        if (i < len && line[i] != ';' && line[i] != '.')
            continue;
        if (i < len) {
            const char *next = line + i + 1;
            while (*next == ' ')
                next++;
            if (!starts_field(e, next))
                continue;
        }
        if (start == 0 && i == len)
            return apply_one_field(e, task, line, len);   /* the usual one field per line */
        bool ok = apply_one_field(e, task, line + start, i - start);
        if (!ok && !any)
            return false;   /* the line does not start with a field */
        any |= ok;
        if (i == len)
            break;
        start = i + 1;
        while (line[start] == ' ')
            start++;
    }
    return any;
}

/* The length of the verbs of assign.prefixes that s (of n bytes) starts with
 * ("Đề nghị ", "Giao "), each followed by a space, in the list's order. */
static size_t prefix_length(const ex *e, const char *s, size_t n) {
    const char *const *prefixes;
    size_t n_prefixes = vnplan_rules_list(e->rules, "assign.prefixes", &prefixes), skip = 0;
    for (size_t i = 0; i < n_prefixes; i++) {
        size_t pl = strlen(prefixes[i]);
        if (pl && skip + pl < n && !strncmp(s + skip, prefixes[i], pl) && s[skip + pl] == ' ')
            skip += pl + 1;
    }
    return skip;
}

/* Assignment sentences name the lead (and support) when no field did. */
static void apply_assignments(const ex *e, json_t *task) {
    const char *text = json_string_value(json_object_get(task, "text"));
    if (!text)   /* left out by a failed allocation (the extract then fails) */
        return;
    vn_match m;
    const char *p;
    size_t n;
    if (json_array_size(json_object_get(task, "lead")) == 0) {
        /* "Đề nghị Ủy ban MTTQ ... vận động ...": the subject after the verb that asks it */
        const char *subject = text + prefix_length(e, text, strlen(text));
        if ((vn_rule_match(e->rules, "assign.giao", text, strlen(text), 0, &m) ||
             vn_rule_match(e->rules, "assign.responsible", subject, strlen(subject), 0, &m)) &&
            vn_match_group(&m, "unit", &p, &n)) {
            char *v = ex_flat(p, n);
            add_units(e, task, "lead", v);
            free(v);
        }
    }
    if (json_array_size(json_object_get(task, "support")) == 0 &&
        vn_rule_match(e->rules, "assign.support", text, strlen(text), 0, &m) &&
        vn_match_group(&m, "unit", &p, &n)) {
        char *v = ex_flat(p, n);
        add_units(e, task, "support", v);
        free(v);
    }
}

static bool is_dash_item(const char *t) {
    return t[0] == '-' || t[0] == '+' || !strncmp(t, "\xE2\x80\xA2", 3) || !strncmp(t, "\xE2\x80\x93", 3);
}

static const char *skip_dash(const char *t) {
    if (!strncmp(t, "\xE2\x80\xA2", 3) || !strncmp(t, "\xE2\x80\x93", 3))
        t += 3;
    else if (*t == '-' || *t == '+')
        t++;
    while (*t == ' ')
        t++;
    return t;
}

/* The body named by an organisation sub-heading: the text before ':' or the
 * whole heading when it is short; "Đề nghị X" asks X. */
/* "1. Công tác triển khai", "2. Kinh phí thực hiện": a short heading naming a
 * topic, not a body (a duty that begins "Báo cáo UBND tỉnh ..." is not one). */
static bool is_topic(const ex *e, const char *heading) {
    vn_match m;
    /* "Thời gian thực hiện Kế hoạch: Từ khi ban hành ...": the topic before the colon */
    size_t n = strcspn(heading, ":"), words = 1;
    for (size_t i = 0; i < n; i++)
        words += heading[i] == ' ';
    while (n && (heading[n - 1] == ' ' || heading[n - 1] == ':'))
        n--;
    return words <= 6 && n && heading[n - 1] != '.' && vn_rule_match(e->rules, "heading.topic", heading, n, 0, &m);
}

static char *named_body(const ex *e, const char *heading, bool topic, const char **rest) {
    if (topic)
        return NULL;
    const char *colon = strchr(heading, ':');
    size_t n = colon ? (size_t)(colon - heading) : strlen(heading);
    *rest = colon ? colon + 1 : heading + strlen(heading);
    /* Words outside brackets: "(Công ty Điện lực ..., ...)" only names examples. */
    int words = 1, depth = 0;
    for (size_t i = 0; i < n; i++) {
        depth += heading[i] == '(' ? 1 : heading[i] == ')' ? -1 : 0;
        words += heading[i] == ' ' && depth == 0;
    }
    if (n == 0 || n > 400 || words > 18)
        return NULL;
    /* "Giao phòng X triển khai, thực hiện ...:" names X; "Giao Sở Nội vụ (...):" too */
    vn_match m;
    const char *p;
    size_t pn;
    if (vn_rule_match(e->rules, "assign.giao", heading, n, 0, &m) && vn_match_group(&m, "unit", &p, &pn))
        return ex_flat(p, pn);
    /* "Đề nghị Sở ...", "Giao Sở ...": the unit without the verb (assign.prefixes) */
    size_t skip = prefix_length(e, heading, n);
    heading += skip, n -= skip;
    /* A duty sentence, no colon: "Văn phòng Sở theo dõi, đôn đốc ... .", "Đề nghị Ủy ban
     * MTTQ phường vận động ... ." names the body before its verb (a heading without a
     * final stop names a body whole: "Các cơ quan được giao phụ trách tham mưu các lĩnh vực"). */
    if (!colon && n && heading[n - 1] == '.') {
        /* both rules may name it: the shorter subject, which ends at the first verb */
        const char *p2;
        size_t pn2;
        bool subject = ex_starts_unit(e, heading) && vn_rule_match(e->rules, "assign.subject", heading, n, 0, &m) &&
                       vn_match_group(&m, "unit", &p, &pn);
        bool responsible = vn_rule_match(e->rules, "assign.responsible", heading, n, 0, &m) &&
                           vn_match_group(&m, "unit", &p2, &pn2);
        if (responsible && (!subject || pn2 < pn))
            p = p2, pn = pn2;
        if (subject || responsible)
            return ex_flat(p, pn);
    }
    return ex_flat(heading, n);
}

/* Under TỔ CHỨC THỰC HIỆN itself, a plain line whose subject is a body
 * ("Các phòng, phân xưởng căn cứ chức năng, nhiệm vụ được giao tổ chức
 * triển khai ...") assigns it a duty, as a dash item would. */
static bool subject_line(const ex *e, const ex_frame *f, ex_task_ctx tc, const char *l) {
    vn_match m;
    const char *p;
    size_t n;
    return tc.kind == 2 && f->level == 1 &&
           vn_rule_match(e->rules, "assign.responsible", l, strlen(l), 0, &m) &&
           vn_match_group(&m, "unit", &p, &n) && p == l + strspn(l, " ");
}

/* The tasks of a section's body lines: dash items (every line under a
 * lead-in), or, with leaf_task, the fields of that task. */
static void body_lines_tasks(ex *e, const ex_frame *f, ex_task_ctx tc, const char *area, json_t *leaf_task) {
    /* Under a lead-in every line is an item; elsewhere only dash items are. */
    const char *h = section_heading(f);
    const char *id = f->id;
    size_t hl = strlen(h);
    bool topic = tc.kind == 2 && f->topic;
    bool all_lines = !leaf_task && (f->targets || (f->level >= 2 && f->n_children == 0 &&
                                                    ((hl && h[hl - 1] == ':') || tc.lead || topic)));
    const char *body = vn_buf_cstr(&f->body);
    int n = 0;
    vn_match m_skip;
    const char *line = body;
    while (line && *line) {
        const char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) : strlen(line);
        char *l = ex_flat(line, len);
        line = nl ? nl + 1 : NULL;
        if (!l)
            continue;
        if (leaf_task && apply_field(e, leaf_task, l)) {
            free(l);
            continue;
        }
        if (vn_rule_match(e->rules, "body.not_task", l, strlen(l), 0, &m_skip)) {
            free(l);
            continue;
        }
        if (!leaf_task && (is_dash_item(l) || all_lines || subject_line(e, f, tc, l))) {
            const char *t = skip_dash(l);
            /* "- Cải cách thể chế: ..." : the lead-in names the area. */
            const char *colon = strchr(t, ':');
            char *item_area = NULL;
            size_t chars = 0;
            for (const char *q = t; colon && q < colon; q++)
                chars += ((unsigned char)*q & 0xC0) != 0x80;
            if (colon && chars < 90)
                item_area = ex_flat(t, (size_t)(colon - t));
            char tid[300];
            snprintf(tid, sizeof tid, "%s#%d", id, ++n);
            json_t *task = new_task(e, tid, item_area ? item_area : area, t);
            if (tc.lead)
                add_units(e, task, "lead", tc.lead);
            apply_assignments(e, task);
            json_array_append_new(e->tasks, task);
            free(item_area);
        } else if (!leaf_task && n > 0) {
            /* A field line after a dash item belongs to that item. */
            json_t *last = json_array_size(e->tasks) ? json_array_get(e->tasks, json_array_size(e->tasks) - 1) : NULL;
            if (last)
                apply_field(e, last, l);
        }
        free(l);
    }
}

/* A section without children whose items are tasks: one task (the item, its
 * prose fields attached, its other lines joined), or one per line under a
 * lead-in. */
static void leaf_tasks(ex *e, const ex_frame *f) {
    const char *heading = section_heading(f);
    const char *id = f->id, *rest = f->rest, *area = f->area, *this_area = f->this_area;
    const char *lead = f->lead;
    ex_task_ctx tc = f->tc;
    const char *body = vn_buf_cstr(&f->body);
    vn_match m;
    bool has_fields = false;
    for (const char *l = body; l && *l;) {
        size_t n = strcspn(l, "\n");
        /* a field line, or the fields in brackets ("(Chủ trì: ...; thời gian: ...)") */
        size_t skip = l[0] == '(' ? 1 : 0;
        if (vn_rule_match(e->rules, "field.lead", l + skip, n - skip, 0, &m) ||
            vn_rule_match(e->rules, "field.support", l + skip, n - skip, 0, &m) ||
            vn_rule_match(e->rules, "field.time", l + skip, n - skip, 0, &m))
            has_fields = true;
        l = l[n] ? l + n + 1 : NULL;
    }
    while (*rest == ' ')
        rest++;
    size_t hl = strlen(heading);
    /* "a) Cải cách thể chế:" or "4. Công an tỉnh": a lead-in whose body lists the tasks. */
    /* "1. Công tác triển khai" under TỔ CHỨC THỰC HIỆN: its paragraphs are the duties */
    bool topic = tc.kind == 2 && f->topic;
    /* A title over a body of dash items ("1. Nâng cao Chỉ số CCHC" / "- Cải cách
     * thể chế: ..." / "- Cải cách TTHC: ..."): each item is a task. */
    int dashes = 0, lines = 0;
    for (const char *l = body; l && *l;) {
        size_t n = strcspn(l, "\n");
        char *line = ex_flat(l, n);
        dashes += line && is_dash_item(line);
        lines += line && line[strspn(line, " ")];
        free(line);
        l = l[n] ? l + n + 1 : NULL;
    }
    /* One dash item alone is a list of one ("2. Cải cách TTHC" / "- Rà soát ..."). */
    bool dash_list = tc.kind == 1 && (dashes >= 2 || (dashes == 1 && lines == 1));
    bool lead_in = (hl && heading[hl - 1] == ':') || (tc.kind == 2 && lead && !*rest) || topic || dash_list;
    if (!has_fields && *body && lead_in) {
        /* The lead-in names the area of the tasks it lists. */
        char *own = ex_flat(heading, strcspn(heading, ":"));
        body_lines_tasks(e, f, tc, own && *own ? own : this_area, NULL);
        free(own);
        return;
    }
    const char *text = (tc.kind == 2 && lead && *rest) ? rest : heading;
    vn_buf b = VN_BUF_INIT;
    vn_buf_puts(&b, text);
    for (const char *l = body; has_fields && l && *l;) {
        size_t n = strcspn(l, "\n");
        char *line = ex_flat(l, n);
        if (line && !apply_field(e, NULL, line)) {
            vn_buf_putc(&b, '\n');
            vn_buf_puts(&b, line);
        }
        free(line);
        l = l[n] ? l + n + 1 : NULL;
    }
    /* "2. Phòng X: duty" followed by more duties: each is a task. */
    bool own_items = !has_fields && *body && tc.kind == 2 && lead;
    if (!has_fields && *body && !own_items) {
        vn_buf_putc(&b, '\n');
        vn_buf_puts(&b, body);
    }
    /* "1. Cải cách thể chế" over the paragraph that says what to do: the
     * heading is the task's area (a title: short, no final stop), the
     * paragraph its text. */
    const char *task_text = vn_buf_cstr(&b);
    size_t tl = strlen(text), chars = 0;
    for (size_t k = 0; k < tl; k++)
        chars += ((unsigned char)text[k] & 0xC0) != 0x80;
    bool title = text == heading && chars <= 100 && tl && !strchr(".;:", heading[tl - 1]) &&
                 b.len > tl + 1 && task_text[tl] == '\n';
    if (title)
        task_text += tl + 1;
    /* An item that is its own heading ("1. Văn phòng Sở theo dõi ...") has no
     * area of its own: the heading is the task, not a title over it ("a) Cải
     * cách thể chế: ..." keeps what precedes its colon). */
    bool own_heading = !area && !title && text == heading && !has_fields && !*body && !strchr(heading, ':');
    json_t *task = new_task(e, id, own_heading ? NULL : area ? area : this_area, task_text);
    vn_buf_free(&b);
    if (tc.lead)
        add_units(e, task, "lead", tc.lead);
    if (!own_items)
        body_lines_tasks(e, f, tc, this_area, task);
    apply_assignments(e, task);
    json_array_append_new(e->tasks, task);
    if (own_items)
        body_lines_tasks(e, f, tc, lead, NULL);
}

/* The area of a part's own line tasks: its heading ("CHỈ TIÊU ĐẾN NĂM 2030"). */
static const char *part_area(const ex_frame *f) {
    return json_string_value(json_object_get(f->section, "heading"));
}

/* What a new section's heading means for its tasks, from its parent's: the
 * kind of part it is in (tasks, organisation), the body it names, its area. */
static void frame_context(ex *e, ex_frame *f, const ex_frame *parent) {
    const char *heading = section_heading(f);
    ex_task_ctx tc = parent ? parent->tc : (ex_task_ctx){0, NULL};
    const char *area = parent && parent->tasks ? parent->this_area : NULL;
    vn_match m;
    if (f->level <= 1 && tc.kind == 0) {
        if (vn_rule_match(e->rules, "heading.organisation", heading, strlen(heading), 0, &m))
            tc.kind = 2;
        else if (vn_rule_match(e->rules, "heading.task_section", heading, strlen(heading), 0, &m))
            tc.kind = 1;
    }
    f->lead = NULL;
    f->rest = heading;
    /* Asked once here: the section's tasks ask again (the heading rule is tried once). */
    f->topic = tc.kind == 2 && is_topic(e, heading);
    if (tc.kind == 2 && f->level >= 2 && !tc.lead) {
        f->lead = named_body(e, heading, f->topic, &f->rest);
        if (f->lead)
            tc.lead = f->lead;
    }
    f->tc = tc;
    f->tasks = tc.kind && f->level >= 2;
    /* "II. CHỈ TIÊU" over a list of targets, "V. TỔ CHỨC THỰC HIỆN" over dash duties: a
     * reader cuts the lines of a part as tasks, not only those under numbered headings. */
    f->targets = f->level == 1 && vn_rule_match(e->rules, "heading.targets", heading, strlen(heading), 0, &m);
    f->lines = f->level == 1 && (tc.kind || f->targets);
    f->area = f->tasks ? area : NULL;
    f->own_area = f->tasks && !area ? ex_flat(heading, strcspn(heading, ":")) : NULL;
    f->this_area = f->area ? f->area : f->own_area;
}

/* The body of f is complete: set it on the section. */
static void body_done(ex *e, ex_frame *f) {
    if (f->body_done)
        return;
    f->body_done = true;
    json_object_set_new(f->section, "body", json_string(vn_buf_cstr(&f->body)));
    ex_section_body_done(e, f);
}

/* A section closes: its tasks (a section with children had its own when
 * the first child opened), then its frame. */
static void close_frame(ex *e) {
    ex_frame *f = &e->stack[e->depth - 1];
    body_done(e, f);
    if (f->tasks && f->n_children == 0)
        leaf_tasks(e, f);
    else if (f->lines && f->n_children == 0)
        body_lines_tasks(e, f, f->tc, part_area(f), NULL);
    ex_flush_tasks(e, 0);
    ex_section_closed(e, f);
    json_decref(f->section);
    vn_buf_free(&f->body);
    free(f->lead);
    free(f->own_area);
    e->depth--;
}

void ex_sections_item(ex *e, const ex_item *it) {
    if (!it->text || !it->text[0])
        return;
    int level;
    char label[48];
    const char *heading;
    bool is_heading = heading_of(e, it, &level, label, sizeof label, &heading);
    if (is_heading) {
        int keep = e->depth;
        while (keep && e->stack[keep - 1].level >= level)
            keep--;
        if (keep == EX_MAX_DEPTH) {
            ex_warn(e, "a heading nested deeper than %d levels kept as body text (label '%s')", EX_MAX_DEPTH, label);
            is_heading = false;
        }
    }
    if (!is_heading) {
        if (e->depth) {
            vn_buf *b = &e->stack[e->depth - 1].body;
            if (b->len)
                vn_buf_putc(b, '\n');
            vn_buf_puts(b, it->text);
        }
        return;
    }
    while (e->depth && e->stack[e->depth - 1].level >= level)
        close_frame(e);
    char id[256];
    ex_frame *parent = e->depth ? &e->stack[e->depth - 1] : NULL;
    const char *parent_id = parent ? parent->id : "";
    /* "1.1." under "1.": the dotted label already holds its parent's number. */
    if (level >= 3 && strchr(label, '.') && parent && parent->level == 2)
        parent_id = e->depth >= 2 ? e->stack[e->depth - 2].id : "";
    int idn = snprintf(id, sizeof id, "%s%s%s", parent_id, parent_id[0] ? "." : "", label);
    if (idn < 0 || (size_t)idn >= sizeof id)
        ex_warn(e, "section id longer than %zu bytes cut", sizeof id - 1);
    bool latin = it->label && it->block->u.paragraph.num_format == VNPLAN_NUMFMT_LOWER_LETTER;
    int ord = ordinal(label, level, latin);
    int *prev = parent ? &parent->ordinal : &e->top_ordinal;
    if (ord && *prev >= 0 && ord != *prev + 1 && !(ord == 1 && *prev == 0))
        ex_warn(e, "section %s: label '%s' out of sequence", id, label);
    *prev = ord ? ord : *prev;
    if (parent) {
        /* The parent's body is complete, and its own lines' tasks come
         * before those of its children. */
        parent->n_children++;
        if (parent->n_children == 1) {
            body_done(e, parent);
            if (parent->tasks || parent->lines)
                body_lines_tasks(e, parent, parent->tc, parent->this_area ? parent->this_area : part_area(parent), NULL);
            ex_flush_tasks(e, 0);
        }
    }
    char *head = ex_flat(heading, strlen(heading));
    ex_frame *f = &e->stack[e->depth++];
    memset(f, 0, sizeof *f);
    f->section = new_section(id, label, level, head ? head : "");
    free(head);
    f->level = level;
    snprintf(f->label, sizeof f->label, "%s", label);
    snprintf(f->id, sizeof f->id, "%s", id);
    vn_buf_init(&f->body);
    frame_context(e, f, parent);
    ex_section_opened(e, f);
}

void ex_sections_finish(ex *e) {
    while (e->depth)
        close_frame(e);
}
