#include "docx_builder.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>

static void add_n(zip_t *z, const char *name, const char *data, size_t n) {
    zip_source_t *s = zip_source_buffer(z, data, n, 0);
    ck_assert_ptr_nonnull(s);
    ck_assert_int_ge(zip_file_add(z, name, s, ZIP_FL_ENC_UTF_8), 0);
}

static void add(zip_t *z, const char *name, const char *data) { add_n(z, name, data, strlen(data)); }

char *build_docx_package(const char *document_xml, const char *styles, const char *numbering,
                         const char *footnotes, size_t *len) {
    return build_docx_package_n(document_xml, strlen(document_xml), styles, numbering, footnotes, len);
}

char *build_docx_package_n(const char *document_xml, size_t doc_len, const char *styles, const char *numbering,
                           const char *footnotes, size_t *len) {
    char path[] = "/tmp/vnplan-test-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    close(fd);
    int err;
    zip_t *z = zip_open(path, ZIP_TRUNCATE, &err);
    ck_assert_ptr_nonnull(z);
    add(z, "[Content_Types].xml",
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "</Types>");
    add(z, "_rels/.rels",
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        "</Relationships>");
    /* Parts named here but not given are simply absent. */
    add(z, "word/_rels/document.xml.rels",
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"/word/numbering.xml\"/>"
        "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>"
        "</Relationships>");
    add_n(z, "word/document.xml", document_xml, doc_len);
    if (styles)
        add(z, "word/styles.xml", styles);
    if (numbering)
        add(z, "word/numbering.xml", numbering);
    if (footnotes)
        add(z, "word/footnotes.xml", footnotes);
    ck_assert_int_eq(zip_close(z), 0);
    FILE *fp = fopen(path, "rb");
    ck_assert_ptr_nonnull(fp);
    ck_assert_int_eq(fseek(fp, 0, SEEK_END), 0);
    long size = ftell(fp);
    ck_assert_int_ge(size, 0);
    rewind(fp);
    char *data = malloc((size_t)size + 1);
    ck_assert_ptr_nonnull(data);
    ck_assert_uint_eq(fread(data, 1, (size_t)size, fp), (size_t)size);
    fclose(fp);
    unlink(path);
    *len = (size_t)size;
    return data;
}

char *build_document_xml(const char *body) {
    size_t n = strlen(body) + 512;
    char *xml = malloc(n);
    ck_assert_ptr_nonnull(xml);
    snprintf(xml, n, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document %s "
             "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
             "<w:body>%s</w:body></w:document>", W_NS, body);
    return xml;
}

vnplan_document *build_docx_raw(const char *document_xml, const char *styles, const char *numbering) {
    size_t len;
    char *data = build_docx_package(document_xml, styles, numbering, NULL, &len);
    vnplan_ctx *ctx = vnplan_ctx_new();
    vnplan_document *doc = NULL;
    vnplan_status st = vnplan_document_open_memory(ctx, data, len, "test.docx", &doc);
    free(data);
    if (st != VNPLAN_OK)
        ck_abort_msg("cannot read the test package: %s", vnplan_ctx_error(ctx)->message);
    vnplan_ctx_free(ctx);
    return doc;
}

vnplan_document *build_docx(const char *body, const char *styles, const char *numbering) {
    char *xml = build_document_xml(body);
    vnplan_document *doc = build_docx_raw(xml, styles, numbering);
    free(xml);
    return doc;
}

size_t content_count(const vnplan_document *doc) {
    size_t n = 0;
    for (size_t i = 0; i < doc->n_blocks; i++)
        n += doc->blocks[i].kind != VNPLAN_BLOCK_SECTION_BREAK;
    return n;
}

const vnplan_block *content_at(const vnplan_document *doc, size_t i) {
    for (size_t k = 0; k < doc->n_blocks; k++)
        if (doc->blocks[k].kind != VNPLAN_BLOCK_SECTION_BREAK && i-- == 0)
            return &doc->blocks[k];
    ck_abort_msg("no block %zu", i);
    return NULL;
}

const char *para_text(const vnplan_document *doc, size_t i) {
    const vnplan_block *b = content_at(doc, i);
    ck_assert_int_eq(b->kind, VNPLAN_BLOCK_PARAGRAPH);
    return b->u.paragraph.text;
}

const char *para_label(const vnplan_document *doc, size_t i) {
    const vnplan_block *b = content_at(doc, i);
    ck_assert_int_eq(b->kind, VNPLAN_BLOCK_PARAGRAPH);
    return b->u.paragraph.label ? b->u.paragraph.label : "";
}
