/*
 * The owner behind a vnplan_document: the public view plus the arena that
 * holds every string and array of the model, and the warnings collected
 * while reading.
 */
#ifndef VN_DOCUMENT_INTERNAL_H
#define VN_DOCUMENT_INTERNAL_H

#include "util/arena.h"
#include "util/vec.h"
#include "vnplan/document.h"

/* At most this many warnings of one kind (one format string) are kept per
 * document; the rest are counted in one summary line (docs/robustness.md). */
enum { VN_WARNINGS_PER_KIND = 100, VN_WARNING_KINDS = 32 };

typedef struct vn_warning_kind {
    const char *fmt;       /* the format string: the kind */
    size_t n;              /* warnings of this kind, kept or not */
    size_t summary;        /* index in warnings of its summary line, once past the cap */
} vn_warning_kind;

typedef struct vn_document {
    vnplan_document pub;   /* first member: a vnplan_document * is a vn_document * */
    vn_arena arena;
    vn_vec warnings;       /* const char * into the arena, until frozen */
    vn_warning_kind kinds[VN_WARNING_KINDS];
    size_t n_kinds;
} vn_document;

/* A new empty document, or NULL when out of memory. */
vn_document *vn_document_new(const char *format);
/* Adds a one-line warning (copied), unless VN_WARNINGS_PER_KIND of its kind
 * are kept already (then only counted). Returns false when out of memory. */
bool vn_document_warn(vn_document *doc, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Publishes the collected warnings in doc->pub. Returns false when out of memory. */
bool vn_document_finish(vn_document *doc);

#endif
