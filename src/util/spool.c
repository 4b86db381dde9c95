#include "util/spool.h"

#include <string.h>

#include "util/file.h"

void vn_spool_init(vn_spool *s) {
    memset(s, 0, sizeof *s);
    vn_buf_init(&s->mem);
}

void vn_spool_free(vn_spool *s) {
    vn_buf_free(&s->mem);
    if (s->file)
        fclose(s->file);
    vn_spool_init(s);
}

static void spill(vn_spool *s) {
    if (s->memory_only)
        return;
    if (!s->file && !(s->file = vn_temp_file())) {
        if (s->memory_fallback)
            s->memory_only = true;
        else
            s->failed = true;
        return;
    }
    if (s->mem.len && fwrite(s->mem.data, 1, s->mem.len, s->file) != s->mem.len)
        s->failed = true;
    vn_buf_clear(&s->mem);
}

void vn_spool_take(vn_spool *s, vn_buf *b) {
    if (b->failed)
        s->failed = true;
    if (!b->len || s->failed) {
        vn_buf_clear(b);
        return;
    }
    s->size += b->len;
    vn_buf_append(&s->mem, b->data, b->len);
    if (s->mem.failed)
        s->failed = true;
    vn_buf_clear(b);
    if (s->mem.len >= VN_SPOOL_MEMORY)
        spill(s);
}

bool vn_spool_copy(vn_spool *s, size_t from, FILE *fp) {
    if (s->failed)
        return false;
    if (s->file) {
        spill(s);
        if (s->failed || fflush(s->file) || fseek(s->file, (long)from, SEEK_SET))
            return false;
        return vn_file_copy(s->file, fp, false);
    }
    if (from >= s->mem.len)
        return true;
    return fwrite(s->mem.data + from, 1, s->mem.len - from, fp) == s->mem.len - from;
}
