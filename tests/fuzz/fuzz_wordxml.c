/* Fuzz target: the XML tokenizer and the body reader. The input is the
 * main document part, wrapped in a stored (uncompressed) package with the
 * right CRC, so mutations reach the XML instead of failing the zip checks.
 * Extraction streamed is checked against extraction from the whole document. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "fuzz_stream.h"

static const char RELS[] =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "officeDocument\" Target=\"word/document.xml\"/></Relationships>";

static void put16(unsigned char *p, unsigned v) { p[0] = (unsigned char)v, p[1] = (unsigned char)(v >> 8); }
static void put32(unsigned char *p, unsigned long v) { put16(p, v & 0xFFFF), put16(p + 2, (unsigned)(v >> 16)); }

/* Appends a stored entry's local header and data; fills its central record. */
static size_t entry(unsigned char *out, size_t at, unsigned char *central, const char *name, const uint8_t *d,
                    size_t n) {
    size_t nl = strlen(name);
    unsigned long crc = crc32(0L, d, (uInt)n);
    unsigned char *h = out + at;
    memset(h, 0, 30);
    put32(h, 0x04034b50), put16(h + 4, 20), put32(h + 14, crc), put32(h + 18, n), put32(h + 22, n);
    put16(h + 26, (unsigned)nl);
    memcpy(h + 30, name, nl);
    if (n)
        memcpy(h + 30 + nl, d, n);
    memset(central, 0, 46);
    put32(central, 0x02014b50), put16(central + 4, 20), put16(central + 6, 20), put32(central + 16, crc);
    put32(central + 20, n), put32(central + 24, n), put16(central + 28, (unsigned)nl), put32(central + 42, at);
    memcpy(central + 46, name, nl);
    return at + 30 + nl + n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char rels_name[] = "_rels/.rels", doc_name[] = "word/document.xml";
    size_t cap = size + 2 * (30 + 46 + 32) + sizeof RELS + 22;
    unsigned char *zip = malloc(cap), central[2][46 + 32];
    if (!zip)
        return 0;
    size_t at = entry(zip, 0, central[0], rels_name, (const uint8_t *)RELS, sizeof RELS - 1);
    size_t doc_at = at;
    at = entry(zip, at, central[1], doc_name, data, size);
    (void)doc_at;
    size_t cd = at;
    memcpy(zip + at, central[0], 46 + strlen(rels_name)), at += 46 + strlen(rels_name);
    memcpy(zip + at, central[1], 46 + strlen(doc_name)), at += 46 + strlen(doc_name);
    unsigned char *end = zip + at;
    memset(end, 0, 22);
    put32(end, 0x06054b50), put16(end + 8, 2), put16(end + 10, 2), put32(end + 12, at - cd), put32(end + 16, cd);
    at += 22;
    vnplan_ctx *ctx = vnplan_ctx_new();
    if (ctx) {
        vnplan_document *doc = NULL;
        if (vnplan_document_open_memory(ctx, zip, at, "fuzz.docx", &doc) == VNPLAN_OK) {
            fuzz_check_stream(ctx, zip, at, doc);
            size_t len;
            free(vnplan_document_to_text(doc, &len));
            vnplan_document_free(doc);
        } else if (vnplan_ctx_error(ctx)->message[0] == '\0') {
            abort(); /* every failure carries a message */
        } else {
            fuzz_check_stream(ctx, zip, at, NULL);
        }
        vnplan_ctx_free(ctx);
    }
    free(zip);
    return 0;
}
