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

typedef struct vn_document {
    vnplan_document pub;   /* first member: a vnplan_document * is a vn_document * */
    vn_arena arena;
    vn_vec warnings;       /* const char * into the arena, until frozen */
} vn_document;

/* A new empty document, or NULL when out of memory. */
vn_document *vn_document_new(const char *format);
/* Adds a one-line warning (copied). Returns false when out of memory. */
bool vn_document_warn(vn_document *doc, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Publishes the collected warnings in doc->pub. Returns false when out of memory. */
bool vn_document_finish(vn_document *doc);

#endif
