/* The zip archive by libzip: entries, name lookup, entry streams. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "reader/zip_archive.h"

enum { METHOD_STORED = 0, METHOD_DEFLATE = 8 };

const char vn_zip_out_of_memory[] = "out of memory";

/* libzip's message for an error code, in a buffer of the archive. */
static const char *zip_message(vn_zip *z, int code) {
    if (code == ZIP_ER_MEMORY)
        return vn_zip_out_of_memory;
    if (code == ZIP_ER_NOZIP)   /* libzip says "Not a zip archive" */
        return "no end of central directory record";
    zip_error_t err;
    zip_error_init_with_code(&err, code);
    free(z->why_buf);
    z->why_buf = strdup(zip_error_strerror(&err));
    zip_error_fini(&err);
    return z->why_buf ? z->why_buf : vn_zip_out_of_memory;
}

/* s[0..n] lower-cased (ASCII) into l. */
static void lower_into(char *l, const char *s, size_t n) {
    for (size_t i = 0; i <= n; i++)
        l[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] - 'A' + 'a') : s[i];
}

static char *lower_copy(const char *s) {
    size_t n = strlen(s);
    char *l = malloc(n + 1);
    if (l)
        lower_into(l, s, n);
    return l;
}

static struct zip *open_buffer(const void *data, size_t len, int flags, int *code) {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src = zip_source_buffer_create(data, len, 0, &err);
    struct zip *za = src ? zip_open_from_source(src, flags, &err) : NULL;
    if (!za && src)
        zip_source_free(src);
    *code = zip_error_code_zip(&err);
    zip_error_fini(&err);
    return za;
}

int vn_zip_open(vn_zip *z, const void *data, size_t len, long long max_entries,
                unsigned long long *count, const char **why) {
    memset(z, 0, sizeof *z);
    vn_strmap_init(&z->by_name);
    int code;
    z->za = open_buffer(data, len, ZIP_RDONLY | ZIP_CHECKCONS, &code);
    /* ZIP_CHECKCONS also refuses a local header whose time differs from the
     * central directory's, which Word-written files have and Word,
     * LibreOffice and Python's zipfile accept, and two entries of one name
     * without saying which: opened again without it, every entry is still
     * checked when read (local header, sizes, CRC) and the names below. */
    if (!z->za && (code == ZIP_ER_INCONS || code == ZIP_ER_EXISTS))
        z->za = open_buffer(data, len, ZIP_RDONLY, &code);
    if (!z->za) {
        *why = zip_message(z, code);
        return -1;
    }
    zip_int64_t n = zip_get_num_entries(z->za, 0);
    *count = n < 0 ? 0 : (unsigned long long)n;
    if (n > max_entries)
        return -2;
    z->entries = calloc(n > 0 ? (size_t)n : 1, sizeof *z->entries);
    if (!z->entries) {
        *why = vn_zip_out_of_memory;
        return -1;
    }
    for (zip_int64_t i = 0; i < n; i++) {
        zip_stat_t st;
        if (zip_stat_index(z->za, (zip_uint64_t)i, ZIP_FL_ENC_RAW, &st) < 0 || !st.name) {
            *why = zip_message(z, zip_error_code_zip(zip_get_error(z->za)));
            return -1;
        }
        vn_zip_entry *e = &z->entries[z->n++];
        e->name = st.name;
        e->size = st.size;
        e->comp_size = st.comp_size;
        char *key = lower_copy(st.name);
        if (!key) {
            *why = vn_zip_out_of_memory;
            return -1;
        }
        long other = vn_strmap_get(&z->by_name, key, -1);
        bool ok = other >= 0 || vn_strmap_put(&z->by_name, key, (long)i);
        free(key);
        if (other >= 0) {
            /* Two entries of one name, or of names that differ only in
             * case: which one is the part is arbitrary. */
            size_t need = strlen(st.name) + strlen(z->entries[other].name) + 80;
            free(z->why_buf);
            z->why_buf = malloc(need);
            if (!z->why_buf) {
                *why = vn_zip_out_of_memory;
                return -1;
            }
            if (strcmp(z->entries[other].name, st.name) == 0)
                snprintf(z->why_buf, need, "two zip entries are named '%s'", st.name);
            else
                snprintf(z->why_buf, need,
                         "two zip entries '%s' and '%s' name the same part (part names ignore case)",
                         z->entries[other].name, st.name);
            *why = z->why_buf;
            return -3;
        }
        if (!ok) {
            *why = vn_zip_out_of_memory;
            return -1;
        }
        size_t name_len = strlen(st.name);
        if (name_len > z->key_max)
            z->key_max = name_len;
    }
    z->key_buf = malloc(z->key_max + 1);
    if (!z->key_buf) {
        *why = vn_zip_out_of_memory;
        return -1;
    }
    return 0;
}

void vn_zip_close(vn_zip *z) {
    if (z->za)
        zip_discard(z->za);
    free(z->entries);
    free(z->why_buf);
    free(z->key_buf);
    vn_strmap_free(&z->by_name);
    memset(z, 0, sizeof *z);
}

long vn_zip_find(const vn_zip *z, const char *name, bool nocase) {
    size_t n = strlen(name);
    if (!z->key_buf || n > z->key_max)
        return -1;
    lower_into(z->key_buf, name, n);
    long idx = vn_strmap_get(&z->by_name, z->key_buf, -1);
    if (idx >= 0 && !nocase && strcmp(z->entries[idx].name, name) != 0)
        return -1;
    return idx;
}

struct vn_zip_file {
    zip_file_t *zf;
    const vn_zip *z;
    uint64_t out;              /* bytes handed out */
    uint64_t size;             /* declared */
    bool done;
    char why[200];
};

vn_zip_file *vn_zip_file_open(const vn_zip *z, size_t idx, const char **why) {
    zip_stat_t st;
    if (zip_stat_index(z->za, idx, ZIP_FL_ENC_RAW, &st) < 0) {
        *why = "corrupt central directory entry";
        return NULL;
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
        *why = "the zip entry is encrypted";
        return NULL;
    }
    if ((st.valid & ZIP_STAT_COMP_METHOD) && st.comp_method != METHOD_STORED &&
        st.comp_method != METHOD_DEFLATE) {
        *why = "the zip entry uses a compression method other than stored or deflate";
        return NULL;
    }
    if (st.comp_method == METHOD_STORED && st.comp_size != st.size) {
        *why = "a stored zip entry whose sizes differ";
        return NULL;
    }
    vn_zip_file *f = calloc(1, sizeof *f);
    if (!f) {
        *why = vn_zip_out_of_memory;
        return NULL;
    }
    f->z = z;
    f->size = st.size;
    f->zf = zip_fopen_index(z->za, idx, 0);
    if (!f->zf) {
        int code = zip_error_code_zip(zip_get_error(z->za));
        free(f);
        *why = code == ZIP_ER_MEMORY ? vn_zip_out_of_memory
               : code == ZIP_ER_INCONS || code == ZIP_ER_EOF || code == ZIP_ER_READ
                   ? "the zip entry's data runs past the end of the file (truncated archive)"
                   : "corrupt local file header";
        return NULL;
    }
    return f;
}

long long vn_zip_file_read(vn_zip_file *f, void *buf, size_t cap, const char **why) {
    if (f->done || cap == 0)
        return 0;
    zip_int64_t n = zip_fread(f->zf, buf, cap);
    if (n < 0) {
        int code = zip_error_code_zip(zip_file_get_error(f->zf));
        *why = code == ZIP_ER_MEMORY ? vn_zip_out_of_memory
               : code == ZIP_ER_CRC
                   ? "CRC error: the zip entry's data does not match its checksum (corrupt entry)"
               : code == ZIP_ER_EOF || code == ZIP_ER_READ
                   ? "the compressed data ends early (truncated or corrupt entry)"
                   : code == ZIP_ER_INCONS
                   ? "the zip entry inflates to fewer bytes than its declared size (corrupt entry)"
                   : "corrupt compressed data";
        return -1;
    }
    if (n == 0)
        f->done = true;
    f->out += (uint64_t)n;
    if (f->out > f->size) {
        *why = "the zip entry inflates to more than its declared size (a corrupt or hostile package)";
        return -2;
    }
    if (f->done && f->out != f->size) {
        *why = "the zip entry inflates to fewer bytes than its declared size (corrupt entry)";
        return -1;
    }
    return (long long)n;
}

void vn_zip_file_close(vn_zip_file *f) {
    if (!f)
        return;
    zip_fclose(f->zf);
    free(f);
}
