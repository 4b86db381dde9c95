/* The refusals of what is not a .docx, told from the first bytes: each is
 * VNPLAN_EUNSUPPORTED, and a legacy .doc is also marked by its error kind
 * (VNPLAN_KIND_LEGACY_DOC), which callers act on instead of the message. */
#include <string.h>

#include "check_main.h"

#include "vnplan/document.h"
#include "vnplan/error.h"

/* An OLE2 header followed by one directory name in UTF-16LE. */
static size_t ole2(unsigned char *out, const char *entry) {
    static const unsigned char magic[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    memset(out, 0, 512);
    memcpy(out, magic, sizeof magic);
    for (size_t i = 0; entry[i]; i++)
        out[64 + 2 * i] = (unsigned char)entry[i];
    return 512;
}

/* Opens data[0..len) and returns the recorded error (copied). */
static vnplan_error open_bytes(const void *data, size_t len) {
    vnplan_ctx *ctx = vnplan_ctx_new();
    vnplan_document *d = NULL;
    ck_assert_int_ne(vnplan_document_open_memory(ctx, data, len, "t.docx", &d), VNPLAN_OK);
    ck_assert_ptr_null(d);
    vnplan_error e = *vnplan_ctx_error(ctx);
    vnplan_ctx_free(ctx);
    return e;
}

START_TEST(legacy_doc_has_its_kind) {
    unsigned char buf[512];
    vnplan_error e = open_bytes(buf, ole2(buf, "WordDocument"));
    ck_assert_int_eq(e.code, VNPLAN_EUNSUPPORTED);
    ck_assert_int_eq(e.kind, VNPLAN_KIND_LEGACY_DOC);
}
END_TEST

START_TEST(other_refusals_have_no_kind) {
    unsigned char buf[512];
    vnplan_error e = open_bytes(buf, ole2(buf, "Workbook"));   /* an .xls */
    ck_assert_int_eq(e.code, VNPLAN_EUNSUPPORTED);
    ck_assert_int_eq(e.kind, VNPLAN_KIND_NONE);
    e = open_bytes(buf, ole2(buf, "EncryptedPackage"));        /* a password-protected .docx */
    ck_assert_int_eq(e.code, VNPLAN_EUNSUPPORTED);
    ck_assert_int_eq(e.kind, VNPLAN_KIND_NONE);
    e = open_bytes("%PDF-1.4\n", 9);
    ck_assert_int_eq(e.code, VNPLAN_EUNSUPPORTED);
    ck_assert_int_eq(e.kind, VNPLAN_KIND_NONE);
}
END_TEST

START_TEST(a_later_failure_clears_the_kind) {
    unsigned char buf[512];
    vnplan_ctx *ctx = vnplan_ctx_new();
    vnplan_document *d = NULL;
    ck_assert_int_eq(vnplan_document_open_memory(ctx, buf, ole2(buf, "WordDocument"), "a.doc", &d),
                     VNPLAN_EUNSUPPORTED);
    ck_assert_int_eq(vnplan_ctx_error(ctx)->kind, VNPLAN_KIND_LEGACY_DOC);
    ck_assert_int_eq(vnplan_document_open_memory(ctx, "%PDF-", 5, "b.pdf", &d), VNPLAN_EUNSUPPORTED);
    ck_assert_int_eq(vnplan_ctx_error(ctx)->kind, VNPLAN_KIND_NONE);
    vnplan_ctx_clear_error(ctx);
    ck_assert_int_eq(vnplan_ctx_error(ctx)->kind, VNPLAN_KIND_NONE);
    vnplan_ctx_free(ctx);
}
END_TEST

static Suite *suite(void) {
    Suite *s = suite_create("reader_format");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, legacy_doc_has_its_kind);
    tcase_add_test(tc, other_refusals_have_no_kind);
    tcase_add_test(tc, a_later_failure_clears_the_kind);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return vn_check_run(suite()); }
