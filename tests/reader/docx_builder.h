/* Builds small .docx packages for tests from XML strings. */
#ifndef VN_DOCX_BUILDER_H
#define VN_DOCX_BUILDER_H

#include "vnplan/document.h"

#define W_NS "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

/* Writes a package with `body` inside <w:body> (and optional styles and
 * numbering parts, NULL for none) and reads it. Fails the test when the
 * package cannot be read. The caller frees the document. */
vnplan_document *build_docx(const char *body, const char *styles, const char *numbering);
/* Same with the whole document.xml given (for namespaces and roots). */
vnplan_document *build_docx_raw(const char *document_xml, const char *styles, const char *numbering);
/* The bytes of a package (malloc'ed, *len): document.xml as given, and the
 * styles, numbering and footnotes parts when not NULL. */
char *build_docx_package(const char *document_xml, const char *styles, const char *numbering,
                         const char *footnotes, size_t *len);
/* Same with document.xml of doc_len bytes (any encoding, NULs included). */
char *build_docx_package_n(const char *document_xml, size_t doc_len, const char *styles, const char *numbering,
                           const char *footnotes, size_t *len);
/* A document.xml with `body` inside <w:body> (malloc'ed). */
char *build_document_xml(const char *body);
/* The text of block i, which must be a paragraph. */
const char *para_text(const vnplan_document *doc, size_t i);
/* The label of block i ("" when none). */
const char *para_label(const vnplan_document *doc, size_t i);
/* The number of paragraph and table blocks (section breaks not counted)
 * and the i-th of them. */
size_t content_count(const vnplan_document *doc);
const vnplan_block *content_at(const vnplan_document *doc, size_t i);

#endif
