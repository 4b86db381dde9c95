/* What a file is, told from its first bytes (format_sniff.c). */
#ifndef VN_FORMAT_SNIFF_H
#define VN_FORMAT_SNIFF_H

#include <stdbool.h>
#include <stddef.h>

/* A legacy Word 97-2003 .doc: an OLE2 compound file with a WordDocument
 * stream that is not an encrypted package. Only such a file is worth
 * handing to LibreOffice: a password-protected .docx (also OLE2) or another
 * Office file gets the reader's own message instead. */
bool vn_is_legacy_word(const unsigned char *data, size_t len);

/* The refusal of such a file: what it is, then what to do. A batch prints
 * the first part per file and the hint once (cmd_extract.c). */
#define VN_LEGACY_DOC_MESSAGE "legacy Word 97-2003 .doc file, not .docx"
#define VN_LEGACY_DOC_HINT                                                                  \
    "run vnplan with --convert (LibreOffice converts it), or convert it yourself with " \
    "'soffice --headless --convert-to docx FILE'"

#endif
