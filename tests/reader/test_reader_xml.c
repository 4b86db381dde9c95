/* The reader's XML through libxml2's SAX2 parser: encodings as libxml2
 * reads them, refusals, namespaces, empty elements and text that crosses
 * the 64 KiB chunks the parser is fed. One behaviour per test. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "docx_builder.h"

#include "vnplan/error.h"

#define P(t) "<w:p><w:r><w:t>" t "</w:t></w:r></w:p>"
#define DOC(decl, body) decl "<w:document " W_NS "><w:body>" body "</w:body></w:document>"

/* Reads a package whose document.xml is xml[0..n); on failure *msg is the
 * context's message (static storage). */
static vnplan_status open_xml(const char *xml, size_t n, vnplan_document **doc, const char **msg) {
    static char buf[512];
    size_t len;
    char *data = build_docx_package_n(xml, n, NULL, NULL, NULL, &len);
    vnplan_ctx *ctx = vnplan_ctx_new();
    *doc = NULL;
    vnplan_status st = vnplan_document_open_memory(ctx, data, len, "t.docx", doc);
    free(data);
    buf[0] = '\0';
    if (st)
        snprintf(buf, sizeof buf, "%s", vnplan_ctx_error(ctx)->message);
    *msg = buf;
    vnplan_ctx_free(ctx);
    return st;
}

static vnplan_document *read_xml(const char *xml, size_t n) {
    vnplan_document *d;
    const char *msg;
    vnplan_status st = open_xml(xml, n, &d, &msg);
    if (st)
        ck_abort_msg("cannot read: %s", msg);
    return d;
}

/* UTF-8 -> UTF-16 (code points below U+10000 only, enough here). */
static char *utf16(const char *s, bool big_endian, size_t *n) {
    size_t len = strlen(s);
    char *out = malloc(2 * len + 2);
    ck_assert_ptr_nonnull(out);
    size_t o = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        unsigned cp;
        if (*p < 0x80)
            cp = *p++;
        else if (*p < 0xE0)
            cp = (unsigned)(p[0] & 0x1F) << 6 | (p[1] & 0x3F), p += 2;
        else
            cp = (unsigned)(p[0] & 0x0F) << 12 | (unsigned)(p[1] & 0x3F) << 6 | (p[2] & 0x3F), p += 3;
        out[o++] = (char)(big_endian ? cp >> 8 : cp & 0xFF);
        out[o++] = (char)(big_endian ? cp & 0xFF : cp >> 8);
    }
    *n = o;
    return out;
}

START_TEST(windows_1258_is_read) {
    /* The Vietnamese code page: base letters with their tone marks as
     * combining characters (0xEC acute, 0xF2 dot below, 0xD2 hook). */
    const char *xml = DOC("<?xml version=\"1.0\" encoding=\"windows-1258\"?>",
                          P("K\xEA\xEC ho" "a\xF2" "ch ca\xD2" "i c\xE1" "ch"));
    vnplan_document *d = read_xml(xml, strlen(xml));
    ck_assert_str_eq(para_text(d, 0), "Kế hoạch cải cách");
    vnplan_document_free(d);
}
END_TEST

START_TEST(utf16_without_bom_is_read) {
    for (int be = 0; be < 2; be++) {
        size_t n;
        char *xml = utf16(DOC("<?xml version=\"1.0\" encoding=\"UTF-16\"?>", P("Kế hoạch")), be, &n);
        vnplan_document *d = read_xml(xml, n);
        ck_assert_str_eq(para_text(d, 0), "Kế hoạch");
        vnplan_document_free(d);
        free(xml);
    }
}
END_TEST

START_TEST(utf16_with_bom_is_read) {
    size_t n;
    char *body = utf16(DOC("", P("Kế hoạch")), false, &n);
    char *xml = malloc(n + 2);
    ck_assert_ptr_nonnull(xml);
    xml[0] = (char)0xFF, xml[1] = (char)0xFE;
    memcpy(xml + 2, body, n);
    vnplan_document *d = read_xml(xml, n + 2);
    ck_assert_str_eq(para_text(d, 0), "Kế hoạch");
    vnplan_document_free(d);
    free(xml);
    free(body);
}
END_TEST

START_TEST(latin1_0x80_is_a_control_not_the_euro) {
    /* libxml2 reads ISO-8859-1 as ISO-8859-1: 0x80 is U+0080 (a C1 control,
     * dropped from the text), not windows-1252's euro sign. */
    const char *xml = DOC("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", P("a\x80" "b\xE9"));
    vnplan_document *d = read_xml(xml, strlen(xml));
    ck_assert_str_eq(para_text(d, 0), "ab\xC3\xA9");
    vnplan_document_free(d);
}
END_TEST

START_TEST(undefined_byte_of_the_encoding_is_refused) {
    /* 0x81 is not a character of windows-1258. */
    const char *xml = DOC("<?xml version=\"1.0\" encoding=\"windows-1258\"?>", P("a\x81" "b"));
    vnplan_document *d;
    const char *msg;
    ck_assert_int_eq(open_xml(xml, strlen(xml), &d, &msg), VNPLAN_EFORMAT);
    ck_assert_ptr_null(d);
    ck_assert_ptr_nonnull(strstr(msg, "input conversion failed"));
    ck_assert_ptr_nonnull(strstr(msg, "0x81"));
}
END_TEST

START_TEST(unknown_encoding_is_unsupported) {
    const char *xml = DOC("<?xml version=\"1.0\" encoding=\"x-klingon\"?>", P("a"));
    vnplan_document *d;
    const char *msg;
    ck_assert_int_eq(open_xml(xml, strlen(xml), &d, &msg), VNPLAN_EUNSUPPORTED);
    ck_assert_ptr_nonnull(strstr(msg, "x-klingon"));
}
END_TEST

START_TEST(utf16_label_on_8bit_content_is_refused) {
    /* libxml2 2.9 refuses a part that says UTF-16 but is written in 8 bits. */
    const char *xml = DOC("<?xml version=\"1.0\" encoding=\"UTF-16\"?>", P("a"));
    vnplan_document *d;
    const char *msg;
    ck_assert_int_eq(open_xml(xml, strlen(xml), &d, &msg), VNPLAN_EFORMAT);
    ck_assert_ptr_nonnull(strstr(msg, "labelled UTF-16"));
}
END_TEST

START_TEST(doctype_is_refused) {
    const char *xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY e \"x\">]>\n"
                      "<w:document " W_NS "><w:body>" P("&e;") "</w:body></w:document>";
    vnplan_document *d;
    const char *msg;
    ck_assert_int_eq(open_xml(xml, strlen(xml), &d, &msg), VNPLAN_EFORMAT);
    ck_assert_ptr_nonnull(strstr(msg, "DOCTYPE"));
}
END_TEST

START_TEST(foreign_namespace_is_transparent) {
    /* x:r and x:t have the local names of w:r and w:t but are not Word's:
     * x:r is transparent (its w:t is read), x:t is no text. */
    const char *xml = DOC("", "<w:p xmlns:x=\"urn:x\"><x:r><w:t>a</w:t></x:r><w:r><x:t>hidden</x:t>"
                              "<w:t>b</w:t></w:r></w:p>");
    vnplan_document *d = read_xml(xml, strlen(xml));
    ck_assert_str_eq(para_text(d, 0), "ab");
    vnplan_document_free(d);
}
END_TEST

START_TEST(prefix_does_not_matter_only_the_uri) {
    const char *xml = "<?xml version=\"1.0\"?><q:document xmlns:q=\"http://schemas.openxmlformats.org/"
                      "wordprocessingml/2006/main\"><q:body><q:p><q:r><q:t>any prefix</q:t></q:r></q:p>"
                      "</q:body></q:document>";
    vnplan_document *d = read_xml(xml, strlen(xml));
    ck_assert_str_eq(para_text(d, 0), "any prefix");
    vnplan_document_free(d);
}
END_TEST

START_TEST(empty_elements_open_and_close) {
    /* An empty table, row and paragraph open and close like written-out ones. */
    const char *xml = DOC("", "<w:tbl/>" P("a") "<w:tbl><w:tr/></w:tbl><w:p/>" P("b"));
    vnplan_document *d = read_xml(xml, strlen(xml));
    ck_assert_uint_eq(content_count(d), 5);
    ck_assert_int_eq(content_at(d, 0)->kind, VNPLAN_BLOCK_TABLE);
    ck_assert_uint_eq(content_at(d, 0)->u.table.n_rows, 0);
    ck_assert_str_eq(content_at(d, 1)->u.paragraph.text, "a");
    ck_assert_uint_eq(content_at(d, 2)->u.table.n_rows, 1);
    ck_assert_str_eq(content_at(d, 3)->u.paragraph.text, "");
    ck_assert_str_eq(content_at(d, 4)->u.paragraph.text, "b");
    vnplan_document_free(d);
}
END_TEST

START_TEST(text_across_chunks_is_whole) {
    /* 100,000 three-byte letters in one w:t: the 64 KiB chunks cut through
     * characters, libxml2 hands the text over in pieces; the paragraph is
     * whole. An invalid byte after the first chunk is replaced, once. */
    enum { N = 100000 };
    const char *head = DOC("", "<w:p><w:r><w:t>");
    const char *tail = "</w:t></w:r></w:p></w:body></w:document>";
    size_t hl = strlen(head) - strlen("</w:body></w:document>");
    char *xml = malloc(hl + 3 * N + 1 + strlen(tail) + 1);
    ck_assert_ptr_nonnull(xml);
    memcpy(xml, head, hl);
    size_t o = hl;
    for (int i = 0; i < N; i++) {
        memcpy(xml + o, "\xE1\xBA\xBF", 3);   /* ế */
        o += 3;
        if (i == 30000)
            xml[o++] = (char)0xFF;
    }
    strcpy(xml + o, tail);
    vnplan_document *d = read_xml(xml, strlen(xml));
    const char *t = para_text(d, 0);
    ck_assert_uint_eq(strlen(t), 3 * N + 3);
    ck_assert_int_eq(memcmp(t + 3 * 30001, "\xEF\xBF\xBD\xE1\xBA\xBF", 6), 0);
    ck_assert_uint_eq(d->invalid_utf8, 1);
    vnplan_document_free(d);
    free(xml);
}
END_TEST

static Suite *suite(void) {
    Suite *s = suite_create("reader_xml");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, windows_1258_is_read);
    tcase_add_test(tc, utf16_without_bom_is_read);
    tcase_add_test(tc, utf16_with_bom_is_read);
    tcase_add_test(tc, latin1_0x80_is_a_control_not_the_euro);
    tcase_add_test(tc, undefined_byte_of_the_encoding_is_refused);
    tcase_add_test(tc, unknown_encoding_is_unsupported);
    tcase_add_test(tc, utf16_label_on_8bit_content_is_refused);
    tcase_add_test(tc, doctype_is_refused);
    tcase_add_test(tc, foreign_namespace_is_transparent);
    tcase_add_test(tc, prefix_does_not_matter_only_the_uri);
    tcase_add_test(tc, empty_elements_open_and_close);
    tcase_add_test(tc, text_across_chunks_is_whole);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return vn_check_run(suite()); }
