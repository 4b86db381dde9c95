/* The zip central directory and entry streams (stored and deflate). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#include "reader/zip_archive.h"

enum {
    SIG_LOCAL = 0x04034b50,
    SIG_CENTRAL = 0x02014b50,
    SIG_END = 0x06054b50,
    SIG_END64 = 0x06064b50,
    SIG_END64_LOCATOR = 0x07064b50,
    END_SIZE = 22,
    END64_SIZE = 56,
    LOCATOR_SIZE = 20,
    CENTRAL_SIZE = 46,
    LOCAL_SIZE = 30,
    MAX_COMMENT = 0xFFFF,
    FLAG_ENCRYPTED = 1,
    METHOD_STORED = 0,
    METHOD_DEFLATE = 8,
};

const char vn_zip_out_of_memory[] = "out of memory";

static uint16_t rd16(const unsigned char *p) { return (uint16_t)(p[0] | p[1] << 8); }
static uint32_t rd32(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static uint64_t rd64(const unsigned char *p) { return (uint64_t)rd32(p) | (uint64_t)rd32(p + 4) << 32; }

/* The end of central directory record: the last signature whose comment
 * fits in the file. */
static long find_end(const unsigned char *d, size_t len) {
    if (len < END_SIZE)
        return -1;
    size_t lowest = len - END_SIZE > MAX_COMMENT ? len - END_SIZE - MAX_COMMENT : 0;
    for (size_t i = len - END_SIZE + 1; i-- > lowest;)
        if (rd32(d + i) == SIG_END && i + END_SIZE + rd16(d + i + 20) <= len)
            return (long)i;
    return -1;
}

/* Zip64 sizes in an extra field replace the 32-bit fields set to all ones,
 * in this order: size, compressed size, local header offset. */
static bool read_zip64_extra(const unsigned char *extra, size_t xlen, vn_zip_entry *e, bool need_size,
                             bool need_comp, bool need_offset) {
    size_t i = 0;
    while (i + 4 <= xlen) {
        uint16_t id = rd16(extra + i), n = rd16(extra + i + 2);
        if (i + 4 + n > xlen)
            return false;
        if (id == 0x0001) {
            const unsigned char *p = extra + i + 4, *end = p + n;
            if (need_size) {
                if (p + 8 > end) return false;
                e->size = rd64(p), p += 8;
            }
            if (need_comp) {
                if (p + 8 > end) return false;
                e->comp_size = rd64(p), p += 8;
            }
            if (need_offset) {
                if (p + 8 > end) return false;
                e->local_offset = rd64(p);
            }
            return true;
        }
        i += 4 + (size_t)n;
    }
    return !(need_size || need_comp || need_offset);
}

int vn_zip_open(vn_zip *z, const void *data, size_t len, long long max_entries,
                unsigned long long *count, const char **why) {
    memset(z, 0, sizeof *z);
    z->data = data;
    z->len = len;
    const unsigned char *d = data;
    long end = find_end(d, len);
    if (end < 0) {
        *why = "no end of central directory record";
        return -1;
    }
    uint64_t entries = rd16(d + end + 10);
    uint64_t cd_size = rd32(d + end + 12);
    uint64_t cd_offset = rd32(d + end + 16);
    if (rd16(d + end + 4) != 0 || rd16(d + end + 6) != 0) {
        *why = "a multi-volume (split) zip archive";
        return -1;
    }
    if ((size_t)end >= LOCATOR_SIZE && rd32(d + end - LOCATOR_SIZE) == SIG_END64_LOCATOR) {
        uint64_t off = rd64(d + end - LOCATOR_SIZE + 8);
        if (off > len - END64_SIZE || len < END64_SIZE || rd32(d + off) != SIG_END64) {
            *why = "corrupt Zip64 end of central directory record";
            return -1;
        }
        entries = rd64(d + off + 32);
        cd_size = rd64(d + off + 40);
        cd_offset = rd64(d + off + 48);
    }
    if (cd_offset > len || cd_size > len - cd_offset) {
        *why = "the central directory lies outside the file (truncated archive)";
        return -1;
    }
    *count = entries;
    if (entries > (uint64_t)max_entries)
        return -2;
    /* Every entry takes at least CENTRAL_SIZE bytes of the directory. */
    if (entries > cd_size / CENTRAL_SIZE) {
        *why = "the central directory is shorter than its entry count";
        return -1;
    }
    z->entries = calloc(entries ? entries : 1, sizeof *z->entries);
    z->names = malloc(cd_size + 1);
    if (!z->entries || !z->names) {
        vn_zip_close(z);
        *why = vn_zip_out_of_memory;
        return -1;
    }
    const unsigned char *p = d + cd_offset, *cd_end = p + cd_size;
    char *names = z->names;
    for (uint64_t i = 0; i < entries; i++) {
        if (p + CENTRAL_SIZE > cd_end || rd32(p) != SIG_CENTRAL) {
            vn_zip_close(z);
            *why = "corrupt central directory entry";
            return -1;
        }
        size_t nlen = rd16(p + 28), xlen = rd16(p + 30), clen = rd16(p + 32);
        if ((size_t)(cd_end - p) < CENTRAL_SIZE + nlen + xlen + clen) {
            vn_zip_close(z);
            *why = "corrupt central directory entry";
            return -1;
        }
        vn_zip_entry *e = &z->entries[i];
        e->flags = rd16(p + 8);
        e->method = rd16(p + 10);
        e->crc = rd32(p + 16);
        e->comp_size = rd32(p + 20);
        e->size = rd32(p + 24);
        e->local_offset = rd32(p + 42);
        if (!read_zip64_extra(p + CENTRAL_SIZE + nlen, xlen, e, e->size == 0xFFFFFFFFu,
                              e->comp_size == 0xFFFFFFFFu, e->local_offset == 0xFFFFFFFFu)) {
            vn_zip_close(z);
            *why = "corrupt Zip64 extra field";
            return -1;
        }
        /* Names fit: the directory holds them plus 46 bytes of header each. */
        memcpy(names, p + CENTRAL_SIZE, nlen);
        names[nlen] = '\0';
        e->name = names;
        names += nlen + 1;
        p += CENTRAL_SIZE + nlen + xlen + clen;
        z->n++;
    }
    return 0;
}

void vn_zip_close(vn_zip *z) {
    free(z->entries);
    free(z->names);
    z->entries = NULL;
    z->names = NULL;
    z->n = 0;
}

long vn_zip_find(const vn_zip *z, const char *name, bool nocase) {
    for (size_t i = 0; i < z->n; i++)
        if ((nocase ? strcasecmp : strcmp)(z->entries[i].name, name) == 0)
            return (long)i;
    return -1;
}

struct vn_zip_file {
    const unsigned char *in;   /* the compressed bytes */
    uint64_t in_len;
    uint64_t in_pos;           /* stored entries: bytes handed out */
    uint64_t out;              /* bytes handed out */
    uint64_t size;             /* declared */
    uint32_t crc, crc_expected;
    bool deflate, done;
    z_stream zs;
};

vn_zip_file *vn_zip_file_open(const vn_zip *z, size_t idx, const char **why) {
    const vn_zip_entry *e = &z->entries[idx];
    if (e->flags & FLAG_ENCRYPTED) {
        *why = "the zip entry is encrypted";
        return NULL;
    }
    if (e->method != METHOD_STORED && e->method != METHOD_DEFLATE) {
        *why = "the zip entry uses a compression method other than stored or deflate";
        return NULL;
    }
    const unsigned char *d = z->data;
    uint64_t off = e->local_offset;
    if (off > z->len || z->len - off < LOCAL_SIZE || rd32(d + off) != SIG_LOCAL) {
        *why = "corrupt local file header";
        return NULL;
    }
    uint64_t start = off + LOCAL_SIZE + rd16(d + off + 26) + rd16(d + off + 28);
    if (start > z->len || e->comp_size > z->len - start) {
        *why = "the zip entry's data runs past the end of the file (truncated archive)";
        return NULL;
    }
    if (e->method == METHOD_STORED && e->comp_size != e->size) {
        *why = "a stored zip entry whose sizes differ";
        return NULL;
    }
    vn_zip_file *f = calloc(1, sizeof *f);
    if (!f) {
        *why = vn_zip_out_of_memory;
        return NULL;
    }
    f->in = d + start;
    f->in_len = e->comp_size;
    f->size = e->size;
    f->crc = (uint32_t)crc32(0L, Z_NULL, 0);
    f->crc_expected = e->crc;
    if (e->method == METHOD_DEFLATE) {
        f->deflate = true;
        if (inflateInit2(&f->zs, -MAX_WBITS) != Z_OK) {
            free(f);
            *why = vn_zip_out_of_memory;
            return NULL;
        }
        f->zs.next_in = (Bytef *)f->in;
    }
    return f;
}

/* Feeds zlib at most this much at a time (avail_in is 32 bits). */
enum { FEED_MAX = 1u << 30 };

long long vn_zip_file_read(vn_zip_file *f, void *buf, size_t cap, const char **why) {
    if (f->done || cap == 0)
        return 0;
    if (cap > FEED_MAX)
        cap = FEED_MAX;
    size_t n;
    if (!f->deflate) {
        uint64_t left = f->in_len - f->in_pos;
        n = left < cap ? (size_t)left : cap;
        memcpy(buf, f->in + f->in_pos, n);
        f->in_pos += n;
        if (f->in_pos == f->in_len)
            f->done = true;
    } else {
        f->zs.next_out = buf;
        f->zs.avail_out = (uInt)cap;
        int rc = Z_OK;
        while (f->zs.avail_out > 0 && rc == Z_OK) {
            uint64_t consumed = (uint64_t)(f->zs.next_in - f->in);
            if (f->zs.avail_in == 0) {
                uint64_t left = f->in_len - consumed;
                if (left == 0) {
                    *why = "the compressed data ends early (truncated or corrupt entry)";
                    return -1;
                }
                f->zs.avail_in = (uInt)(left < FEED_MAX ? left : FEED_MAX);
            }
            rc = inflate(&f->zs, Z_NO_FLUSH);
        }
        if (rc != Z_OK && rc != Z_STREAM_END) {
            *why = rc == Z_MEM_ERROR ? vn_zip_out_of_memory : "corrupt compressed data";
            return -1;
        }
        n = cap - f->zs.avail_out;
        if (rc == Z_STREAM_END)
            f->done = true;
    }
    f->crc = (uint32_t)crc32(f->crc, buf, (uInt)n);
    f->out += n;
    if (f->out > f->size) {
        *why = "the zip entry inflates to more than its declared size (a corrupt or hostile package)";
        return -2;
    }
    if (f->done && f->out != f->size) {
        *why = "the zip entry inflates to fewer bytes than its declared size (corrupt entry)";
        return -1;
    }
    if (f->done && f->crc != f->crc_expected) {
        *why = "CRC error: the zip entry's data does not match its checksum (corrupt entry)";
        return -1;
    }
    return (long long)n;
}

void vn_zip_file_close(vn_zip_file *f) {
    if (!f)
        return;
    if (f->deflate)
        inflateEnd(&f->zs);
    free(f);
}
