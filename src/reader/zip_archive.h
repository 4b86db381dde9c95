/*
 * A read-only zip archive over bytes in memory, read by libzip: the entries
 * of the central directory (checked against the local headers, ZIP_CHECKCONS)
 * and entries streamed out a chunk at a time, their size checked as they
 * inflate and their CRC-32 checked by libzip at the end.
 *
 * Names are looked up by a hash table of their lower-case forms (OPC part
 * names are case-insensitive), so a lookup costs the same with 10 or
 * 100,000 entries; two entries whose names differ only in case are refused
 * when the archive is opened, as ambiguous.
 */
#ifndef VN_ZIP_ARCHIVE_H
#define VN_ZIP_ARCHIVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/strmap.h"

typedef struct vn_zip_entry {
    const char *name;          /* owned by libzip while the archive is open */
    uint64_t comp_size;        /* declared compressed size */
    uint64_t size;             /* declared uncompressed size */
} vn_zip_entry;

typedef struct vn_zip {
    struct zip *za;            /* NULL until opened */
    vn_zip_entry *entries;
    size_t n;
    vn_strmap by_name;         /* lower-case name -> index */
    char *why_buf;             /* a message naming an entry, for *why */
    char *key_buf;             /* room for the longest entry name lower-cased, so that a
                                  lookup never allocates (a longer name is no entry's) */
    size_t key_max;            /* the longest entry name's length */
} vn_zip;

/* The *why of every allocation failure (compare the pointer). */
extern const char vn_zip_out_of_memory[];

/* Reads the central directory of data[0..len) (not copied). At most
 * max_entries entries. Returns 0, or -1 with *why set; on -2 the archive has
 * more entries than max_entries (*count says how many); on -3 (and *why) two
 * entries name the same part. */
int vn_zip_open(vn_zip *z, const void *data, size_t len, long long max_entries,
                unsigned long long *count, const char **why);
void vn_zip_close(vn_zip *z);

/* Index of the entry named `name` (ignoring case when nocase), or -1. Never
 * allocates (the archive holds the room for a lower-cased name), so "not
 * found" is never "out of memory"; not reentrant on one archive. */
long vn_zip_find(const vn_zip *z, const char *name, bool nocase);

typedef struct vn_zip_file vn_zip_file;

/* Opens entry `idx` for reading; NULL with *why set on an unsupported or
 * corrupt entry (or no memory: *why says so). */
vn_zip_file *vn_zip_file_open(const vn_zip *z, size_t idx, const char **why);
/* Reads up to cap inflated bytes; 0 at the end, -1 with *why on corrupt data
 * (including a CRC or size that does not match the directory), -2 (and *why)
 * when the entry inflates to more than its declared size. */
long long vn_zip_file_read(vn_zip_file *f, void *buf, size_t cap, const char **why);
void vn_zip_file_close(vn_zip_file *f);

#endif
