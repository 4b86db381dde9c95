/* The stories of WordprocessingML: footnotes, endnotes and comments (one
 * story per w:footnote, w:endnote, w:comment; separators skipped) and
 * headers and footers (one story each, id = part name). */
#include <string.h>

#include "reader/wml_parser.h"
#include "util/ctx.h"

static vnplan_status story_start(void *ud, vn_sax *x, int ns, const char *n) {
    parser *p = ud;
    p->x = x;
    if (p->story_depth < 0) {
        bool w = ns == VN_NS_W;
        bool note = w && (NAME_IS(n, "footnote") || NAME_IS(n, "endnote") || NAME_IS(n, "comment"));
        bool hf = w && (NAME_IS(n, "hdr") || NAME_IS(n, "ftr"));
        const char *type = note ? vn_sax_attr(x, "type") : NULL;
        if ((note && !(type && (strstr(type, "eparator") || !strcmp(type, "continuationNotice")))) || hf) {
            p->story_depth = vn_sax_depth(x);
            const char *id = vn_sax_attr(x, "id"), *author = vn_sax_attr(x, "author");
            p->story_id = vn_arena_strdup(p->mem, hf ? vn_sax_part(x) : (id ? id : ""));
            p->story_author = author ? vn_arena_strdup(p->mem, author) : NULL;
            /* An empty story element (<w:footnote/>) is no story. */
            if (vn_sax_empty(x) || !wml_push(p, F_CONTAINER))
                p->story_depth = -1;
        } else if (note) {
            vn_sax_skip(x);
        }
        return p->st;
    }
    wml_on_start(p, ns, n);
    return p->st;
}

static vnplan_status story_end(void *ud, vn_sax *x, int ns, const char *n) {
    parser *p = ud;
    p->x = x;
    if (p->story_depth < 0)
        return VNPLAN_OK;
    if (vn_sax_depth(x) == p->story_depth) {
        frame *c = wml_top(p);
        if (!p->stories) {
            /* Streaming: checked, then dropped at once, so that a part of
             * many notes is never held whole. */
            wml_pop(p);
            vn_arena_reset(p->mem);
            p->story_depth = -1;
            return p->st;
        }
        vnplan_story *s = vn_vec_push(p->stories);
        if (!s)
            return wml_fail_nomem(p), p->st;
        size_t nb;
        s->id = p->story_id;
        s->author = p->story_author;
        s->blocks = wml_freeze(p, &c->blocks, &nb);
        s->n_blocks = nb;
        wml_pop(p);
        p->story_depth = -1;
        return p->st;
    }
    wml_on_end(p, ns, n);
    return p->st;
}

static vnplan_status story_text(void *ud, vn_sax *x, const char *s, size_t len) {
    parser *p = ud;
    p->x = x;
    if (p->story_depth >= 0)
        wml_on_text(p, s, len);
    return p->st;
}

vnplan_status vn_wml_parse_stories(vn_wml_env *env, const char *part, vn_vec *stories) {
    parser p;
    wml_parser_init(&p, env);
    p.stories = stories;
    p.story_depth = -1;
    static const vn_sax_handler h = {story_start, story_end, story_text};
    size_t invalid = 0;
    vnplan_status r = vn_sax_parse(env->pkg, part, &h, &p, &invalid);
    if (!r)
        env->doc->pub.invalid_utf8 += invalid;
    wml_parser_free(&p);
    return r;
}
