/* The plan's JSON written as it is made (see stream_out.h). Every piece is
 * laid out as vn_json_write lays out the whole tree: a section object of
 * the stack's k-th frame is 2 + 2k levels deep, a task 2. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/stream_out.h"
#include "util/json_tree.h"
#include "util/json_out.h"
#include "util/ctx.h"
#include "util/spool.h"

/* A unit: its name, and the ids of the tasks it leads and supports, body
 * tasks and appendix tasks apart (the tree lists the body's first). */
typedef struct unit {
    char *name;
    vn_vec ids[2][3];      /* [appendix][role: lead, support, implementer]: char * */
    bool seen[2];          /* named by a body task, an appendix task */
} unit;

struct ex_stream {
    bool pretty;
    vn_buf b;              /* what is being written, handed to a spool */
    vn_spool sections, tasks[2];   /* every element starts with ',', the first becomes '[' */
    vn_vec units;          /* unit */
    vn_vec order[2];       /* size_t: units in the order a body / appendix task first names them */
    vn_strmap index;
    size_t n_tasks;        /* tasks written, for vnplan_extract_last */
    bool failed;
};

ex_stream *ex_stream_new(bool pretty) {
    ex_stream *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->pretty = pretty;
    vn_buf_init(&s->b);
    vn_spool_init(&s->sections);
    vn_spool_init(&s->tasks[0]);
    vn_spool_init(&s->tasks[1]);
    vn_vec_init(&s->units, sizeof(unit));
    vn_vec_init(&s->order[0], sizeof(size_t));
    vn_vec_init(&s->order[1], sizeof(size_t));
    vn_strmap_init(&s->index);
    return s;
}

void ex_stream_free(ex_stream *s) {
    if (!s)
        return;
    vn_buf_free(&s->b);
    vn_spool_free(&s->sections);
    vn_spool_free(&s->tasks[0]);
    vn_spool_free(&s->tasks[1]);
    for (size_t i = 0; i < s->units.n; i++) {
        unit *u = vn_vec_at(&s->units, i);
        free(u->name);
        for (int a = 0; a < 2; a++)
            for (int r = 0; r < 3; r++) {
                for (size_t k = 0; k < u->ids[a][r].n; k++)
                    free(*(char **)vn_vec_at(&u->ids[a][r], k));
                vn_vec_free(&u->ids[a][r]);
            }
    }
    vn_vec_free(&s->units);
    vn_vec_free(&s->order[0]);
    vn_vec_free(&s->order[1]);
    vn_strmap_free(&s->index);
    free(s);
}

static void key(ex_stream *s, const char *k, int depth, bool first) {
    if (!first)
        vn_buf_putc(&s->b, ',');
    vn_json_indent(&s->b, s->pretty, depth);
    vn_json_append_string(&s->b, k, strlen(k));
    vn_buf_append(&s->b, ": ", s->pretty ? 2 : 1);
}

static int frame_depth(const ex *e, const ex_frame *f) { return 2 + 2 * (int)(f - e->stack); }

/* The section's members up to its children: written once its body is known. */
void ex_stream_section_body_done(ex *e, ex_frame *f) {
    ex_stream *s = e->stream;
    int d = frame_depth(e, f);
    const ex_frame *parent = f > e->stack ? f - 1 : NULL;
    bool first = parent ? parent->n_children == 1 : false;
    vn_buf_putc(&s->b, first ? '[' : ',');
    vn_json_indent(&s->b, s->pretty, d);
    vn_buf_putc(&s->b, '{');
    static const char *const members[] = {"id", "label", "level", "heading", "body"};
    for (size_t i = 0; i < sizeof members / sizeof members[0]; i++) {
        key(s, members[i], d + 1, i == 0);
        vn_json_append_at(&s->b, json_object_get(f->section, members[i]), s->pretty, d + 1);
    }
    key(s, "children", d + 1, false);
    vn_spool_take(&s->sections, &s->b);
}

void ex_stream_section_closed(ex *e, ex_frame *f) {
    ex_stream *s = e->stream;
    int d = frame_depth(e, f);
    if (f->n_children) {
        vn_json_indent(&s->b, s->pretty, d + 1);
        vn_buf_putc(&s->b, ']');
    } else {
        vn_buf_append(&s->b, "[]", 2);
    }
    vn_json_indent(&s->b, s->pretty, d);
    vn_buf_putc(&s->b, '}');
    vn_spool_take(&s->sections, &s->b);
}

/* The units a task names, noted for units[]. */
static void note_units(ex_stream *s, const json_t *task, int appendix) {
    const char *id = json_string_value(json_object_get(task, "id"));
    for (int role = 0; role < 3; role++) {
        const json_t *names = json_object_get(task, ex_unit_roles[role]);
        size_t k;
        const json_t *name;
        json_array_foreach(names, k, name) {
            const char *n = json_string_value(name);
            long at = vn_strmap_get(&s->index, n, -1);
            unit *u;
            if (at < 0) {
                u = vn_vec_push(&s->units);
                if (!u || !(u->name = strdup(n))) {
                    if (u)
                        s->units.n--;
                    s->failed = true;
                    return;
                }
                for (int a = 0; a < 2; a++)
                    for (int r = 0; r < 3; r++)
                        vn_vec_init(&u->ids[a][r], sizeof(char *));
                u->seen[0] = u->seen[1] = false;
                at = (long)(s->units.n - 1);
                vn_strmap_put(&s->index, n, at);
            }
            u = vn_vec_at(&s->units, (size_t)at);
            if (!u->seen[appendix]) {
                u->seen[appendix] = true;
                size_t *o = vn_vec_push(&s->order[appendix]);
                if (o)
                    *o = (size_t)at;
                else
                    s->failed = true;
            }
            char **slot = vn_vec_push(&u->ids[appendix][role]);
            if (!slot || !(*slot = strdup(id ? id : ""))) {
                if (slot)
                    u->ids[appendix][role].n--;
                s->failed = true;
            }
        }
    }
}

void ex_stream_tasks(ex *e, json_t *tasks, bool appendix, size_t keep) {
    ex_stream *s = e->stream;
    size_t n = json_array_size(tasks);
    if (n <= keep)
        return;
    size_t out = n - keep;
    for (size_t i = 0; i < out; i++) {
        const json_t *t = json_array_get(tasks, i);
        note_units(s, t, appendix);
        vn_buf_putc(&s->b, ',');
        vn_json_indent(&s->b, s->pretty, 2);
        if (!vn_json_append_at(&s->b, t, s->pretty, 2))
            s->failed = true;
        vn_spool_take(&s->tasks[appendix], &s->b);
        s->n_tasks++;
    }
    if (!keep) {
        json_array_clear(tasks);
        return;
    }
    /* Keep the last `keep`: move them to the front. */
    for (size_t i = 0; i < keep; i++)
        json_array_set(tasks, i, json_array_get(tasks, out + i));
    while (json_array_size(tasks) > keep)
        json_array_remove(tasks, json_array_size(tasks) - 1);
}

static bool flush_to(ex_stream *s, FILE *fp) {
    bool ok = !s->b.failed && fwrite(s->b.data ? s->b.data : "", 1, s->b.len, fp) == s->b.len;
    vn_buf_clear(&s->b);
    return ok;
}

/* An array from spools whose elements start with ',' (the first becomes '['). */
static bool write_spooled(ex_stream *s, vn_spool **spools, int n, FILE *fp) {
    bool ok = true, first = true;
    for (int i = 0; i < n; i++) {
        if (!spools[i]->size)
            continue;
        if (first)
            ok &= fputc('[', fp) != EOF;
        ok &= vn_spool_copy(spools[i], first ? 1 : 0, fp);
        first = false;
    }
    if (first) {
        vn_buf_append(&s->b, "[]", 2);
    } else {
        vn_json_indent(&s->b, s->pretty, 1);
        vn_buf_putc(&s->b, ']');
    }
    return ok;
}

static json_t *ids_json(const unit *u, int role) {
    json_t *a = json_array();
    for (int ap = 0; ap < 2; ap++)
        for (size_t k = 0; k < u->ids[ap][role].n; k++)
            json_array_append_new(a, json_string(*(char **)vn_vec_at(&u->ids[ap][role], k)));
    return a;
}

/* units[]: the body's units in the order they are first named, then the
 * appendix's others; each listing body task ids first. */
static bool write_units(ex *e, FILE *fp) {
    ex_stream *s = e->stream;
    size_t written = 0;
    bool ok = true;
    for (int ap = 0; ap < 2 && ok; ap++)
        for (size_t i = 0; i < s->order[ap].n && ok; i++) {
            const unit *u = vn_vec_at(&s->units, *(size_t *)vn_vec_at(&s->order[ap], i));
            if (ap == 1 && u->seen[0])
                continue;
            json_t *o = json_object();
            json_object_set_new(o, "name", json_string(u->name));
            char *c = ex_canonical(e, u->name);
            json_object_set_new(o, "canonical", json_string(c ? c : u->name));
            free(c);
            for (int r = 0; r < 3; r++)
                json_object_set_new(o, ex_unit_lists[r], ids_json(u, r));
            vn_buf_putc(&s->b, written ? ',' : '[');
            vn_json_indent(&s->b, s->pretty, 2);
            ok &= o && vn_json_append_at(&s->b, o, s->pretty, 2);
            json_decref(o);
            written++;
            if (s->b.len >= 64 * 1024)
                ok &= flush_to(s, fp);
        }
    if (written) {
        vn_json_indent(&s->b, s->pretty, 1);
        vn_buf_putc(&s->b, ']');
    } else {
        vn_buf_append(&s->b, "[]", 2);
    }
    return ok;
}

vnplan_status ex_stream_write(ex *e, const vnplan_document *doc, const vnplan_source *source, FILE *fp) {
    unsigned long json_mark = vn_alloc_failures();   /* nothing is written when these fail */
    ex_stream *s = e->stream;
    if (s->failed || s->b.failed || s->sections.failed || s->tasks[0].failed || s->tasks[1].failed)
        return s->sections.failed || s->tasks[0].failed || s->tasks[1].failed
                   ? vn_fail(e->ctx, VNPLAN_EIO, NULL, "could not write the temporary file of a large plan")
                   : vn_fail_nomem(e->ctx);
    for (size_t i = 0; doc && i < doc->n_warnings; i++)
        json_array_append_new(e->warnings, json_string(doc->warnings[i]));
    json_t *src = ex_source_json(doc, source);
    if (!src || vn_alloc_failures() != json_mark) {
        json_decref(src);
        return vn_fail_nomem(e->ctx);
    }
    bool ok = src != NULL;
    vn_buf_putc(&s->b, '{');
    key(s, "vnplan", 1, true);
    vn_json_append_string(&s->b, "1", 1);
    key(s, "source", 1, false);
    ok &= vn_json_append_at(&s->b, src, s->pretty, 1);
    json_decref(src);
    key(s, "metadata", 1, false);
    ok &= vn_json_append_at(&s->b, e->metadata, s->pretty, 1);
    key(s, "sections", 1, false);
    ok &= flush_to(s, fp);
    vn_spool *sections[] = {&s->sections};
    ok &= write_spooled(s, sections, 1, fp);
    key(s, "tasks", 1, false);
    ok &= flush_to(s, fp);
    vn_spool *tasks[] = {&s->tasks[0], &s->tasks[1]};
    ok &= write_spooled(s, tasks, 2, fp);
    key(s, "units", 1, false);
    ok &= write_units(e, fp);
    key(s, "abbreviations", 1, false);
    ok &= vn_json_append_at(&s->b, e->abbreviations, s->pretty, 1);
    key(s, "warnings", 1, false);
    ok &= vn_json_append_at(&s->b, e->warnings, s->pretty, 1);
    vn_json_indent(&s->b, s->pretty, 0);
    vn_buf_putc(&s->b, '}');
    ok &= flush_to(s, fp);
    /* The units are built as they are written: a failure there left the
     * plan short (what was written is the caller's to discard). */
    if (vn_alloc_failures() != json_mark)
        return vn_fail_nomem(e->ctx);
    if (!ok)
        return vn_fail(e->ctx, VNPLAN_EIO, NULL, "could not write the plan");
    const char *type = json_string_value(json_object_get(e->metadata, "doc_type"));
    e->ctx->last_plan.tasks = s->n_tasks;
    e->ctx->last_plan.warnings = json_array_size(e->warnings);
    e->ctx->last_plan.has_doc_type = type != NULL;
    snprintf(e->ctx->last_plan.doc_type, sizeof e->ctx->last_plan.doc_type, "%s", type ? type : "");
    return VNPLAN_OK;
}
