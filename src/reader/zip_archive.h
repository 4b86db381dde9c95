/*
 * A read-only zip archive over bytes in memory: the central directory
 * (with Zip64 sizes and offsets) and entries streamed out stored or
 * deflated (zlib), their CRC-32 and size checked at the end.
 *
 * Why not libzip: libzip links OpenSSL's libcrypto (and bzip2, lzma, zstd)
 * for features a .docx never uses; loading and relocating them was a
 * third of the start-up of every vnplan process. Word, LibreOffice and
 * every OOXML writer seen use only methods 0 (stored) and 8 (deflate).
 *
 * Every offset and size read from the archive is checked against the
 * buffer before use; errors come back as a static message.
 */
#ifndef VN_ZIP_ARCHIVE_H
#define VN_ZIP_ARCHIVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct vn_zip_entry {
    const char *name;          /* NUL-terminated copy of the stored name */
    uint64_t comp_size;        /* declared compressed size */
    uint64_t size;             /* declared uncompressed size */
    uint64_t local_offset;     /* of the local file header */
    uint32_t crc;
    uint16_t method;
    uint16_t flags;
} vn_zip_entry;

typedef struct vn_zip {
    const unsigned char *data;
    size_t len;
    vn_zip_entry *entries;
    size_t n;
    char *names;               /* all entry names, NUL-separated */
} vn_zip;

/* The *why of every allocation failure (compare the pointer). */
extern const char vn_zip_out_of_memory[];

/* Reads the central directory of data[0..len) (not copied). At most
 * max_entries entries. Returns 0, or -1 with *why set; on -2 the archive has
 * more entries than max_entries (*count says how many). */
int vn_zip_open(vn_zip *z, const void *data, size_t len, long long max_entries,
                unsigned long long *count, const char **why);
void vn_zip_close(vn_zip *z);

/* Index of the entry named `name`, or -1. */
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
