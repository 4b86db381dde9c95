/*
 * Automatic numbering (numbering.xml) rendered as Word shows it: abstract
 * definitions, instances with level and start overrides, counters shared by
 * the instances of one abstract definition, lvlRestart, isLgl, %1..%9.
 */
#ifndef VN_NUMBERING_DEFS_H
#define VN_NUMBERING_DEFS_H

#include "reader/zip_package.h"
#include "util/buf.h"
#include "util/strmap.h"
#include "util/vec.h"
#include "vnplan/document.h"

enum { VN_NUM_LEVELS = 9 };
/* A rendered list label is cut to this many bytes (at a character
 * boundary): Word's own labels are a few characters, and a level text that
 * repeats %1 200,000 times must not make every paragraph 1 MB of output. */
enum { VN_LABEL_MAX_BYTES = 256 };

typedef struct vn_num_level {
    bool defined;
    int start;
    vnplan_num_format format;
    char *text;          /* lvlText */
    int restart;         /* lvlRestart: -1 default (after any higher level), 0 never, n after level n-1 */
    bool legal;          /* isLgl */
    char *pstyle;        /* w:pStyle: the paragraph style this level belongs to */
} vn_num_level;

typedef struct vn_abstract_num {
    vn_num_level levels[VN_NUM_LEVELS];
    int counters[VN_NUM_LEVELS];
    bool used[VN_NUM_LEVELS];
} vn_abstract_num;

typedef struct vn_num {
    long abstract;                        /* index into abstracts, -1 when undefined */
    int abstract_id;                      /* w:abstractNumId as written */
    int start_override[VN_NUM_LEVELS];    /* -1 none */
    vn_num_level override[VN_NUM_LEVELS]; /* lvlOverride/lvl */
    bool seen;                            /* a paragraph used it already */
} vn_num;

typedef struct vn_numbering {
    vn_vec abstracts;       /* vn_abstract_num */
    vn_strmap abstract_ids; /* abstractNumId -> index */
    vn_vec nums;            /* vn_num */
    vn_strmap num_ids;      /* numId -> index */
} vn_numbering;

void vn_numbering_init(vn_numbering *n);
void vn_numbering_free(vn_numbering *n);
vnplan_status vn_numbering_load(vn_numbering *n, vn_package *pkg, const char *part);

/* Advances the counters for a paragraph numbered (num_id, ilvl) and writes
 * its label into `label` (cleared first; empty when there is none).
 * Returns the level's format, VNPLAN_NUMFMT_NONE when the numbering is
 * undefined. */
vnplan_num_format vn_numbering_next(vn_numbering *n, int num_id, int ilvl, vn_buf *label);

/* The level of numbering instance num_id whose w:pStyle is `style_id`
 * (how a heading style numbered without an ilvl finds its level), or -1. */
int vn_numbering_style_level(const vn_numbering *n, int num_id, const char *style_id);

/* Formats value in a number format (exposed for tests). */
void vn_format_number(vn_buf *out, int value, vnplan_num_format fmt);

#endif
