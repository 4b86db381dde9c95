/*
 * The OPC package under a .docx: the zip archive with its limits, part
 * names, relationships and the main document part.
 */
#ifndef VN_ZIP_PACKAGE_H
#define VN_ZIP_PACKAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "reader/zip_archive.h"

#include "vnplan/error.h"

typedef struct vn_package {
    vn_zip zip;                    /* all zero until opened: closing it is then a no-op */
    vnplan_ctx *ctx;
    const char *name;              /* the file name, for messages */
    unsigned long long inflated;   /* bytes inflated so far, all parts */
    bool strict;                   /* Strict OOXML namespaces */
    char *main_part;               /* e.g. "word/document.xml" */
    const char *format;            /* "docx", "docm", "dotx", "strict-docx" */
} vn_package;

/* A relationship of a part, with its target resolved to a part name. */
typedef struct vn_rel {
    char *id;
    char *type;        /* the last path segment of the type URI ("styles") */
    char *target;      /* part name, or the raw target when external */
    bool external;
} vn_rel;

typedef struct vn_rels {
    vn_rel *items;
    size_t n;
} vn_rels;

/* Recognises what the bytes are before trying to unzip them; returns
 * VNPLAN_OK for a zip archive, else fails with a message saying what the
 * file is (legacy .doc, encrypted .docx, PDF, RTF, plain text, empty). */
vnplan_status vn_sniff_format(vnplan_ctx *ctx, const unsigned char *data, size_t len,
                              const char *name);

/* Opens the package in data[0..len) (not copied: it must outlive pkg) and
 * finds the main document part. */
vnplan_status vn_package_open(vn_package *pkg, vnplan_ctx *ctx, const void *data, size_t len,
                              const char *name);
void vn_package_close(vn_package *pkg);

/* True when the part exists. */
bool vn_package_has(vn_package *pkg, const char *part);

/* Reads the relationships of `part` (from its _rels/NAME.rels); a part
 * without relationships yields none. */
vnplan_status vn_package_rels(vn_package *pkg, const char *part, vn_rels *out);
void vn_rels_free(vn_rels *rels);
/* The first relationship of a type ("styles"), or NULL. */
const vn_rel *vn_rels_find_type(const vn_rels *rels, const char *type);
/* The relationship with id, or NULL. */
const vn_rel *vn_rels_find_id(const vn_rels *rels, const char *id);

/* Resolves `target` relative to the folder of `source_part` into a part
 * name without "." and ".." segments; NULL (and an error in ctx) when it
 * leaves the package. The caller frees the result. */
char *vn_resolve_part(vnplan_ctx *ctx, const char *source_part, const char *target);

#endif
