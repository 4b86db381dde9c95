/* What a file is, told from its first bytes, so that a .doc, a PDF or a
 * text file given as .docx gets its own message instead of "not a zip". */
#include <string.h>

#include "reader/format_sniff.h"
#include "reader/zip_package.h"
#include "util/ctx.h"

static bool has_utf16(const unsigned char *data, size_t len, const char *ascii) {
    size_t n = strlen(ascii);
    for (size_t i = 0; i + 2 * n <= len; i++) {
        size_t k = 0;
        while (k < n && data[i + 2 * k] == (unsigned char)ascii[k] && data[i + 2 * k + 1] == 0)
            k++;
        if (k == n)
            return true;
    }
    return false;
}

/* Mostly printable UTF-8 text in the first kilobytes. */
static bool looks_like_text(const unsigned char *data, size_t len) {
    size_t n = len < 4096 ? len : 4096, bad = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = data[i];
        if (c == 0)
            return false;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            bad++;
    }
    return bad * 100 <= n;
}

static const char ole2_magic[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

static bool ole2_encrypted(const unsigned char *d, size_t len) {
    return has_utf16(d, len, "EncryptedPackage") || has_utf16(d, len, "EncryptionInfo");
}

bool vn_is_legacy_word(const unsigned char *d, size_t len) {
    return len >= 8 && memcmp(d, ole2_magic, 8) == 0 && !ole2_encrypted(d, len) && has_utf16(d, len, "WordDocument");
}

vnplan_status vn_sniff_format(vnplan_ctx *ctx, const unsigned char *d, size_t len,
                              const char *name) {
    if (len == 0)
        return vn_fail(ctx, VNPLAN_EFORMAT, name, "empty file");
    if (len >= 4 && d[0] == 'P' && d[1] == 'K' &&
        ((d[2] == 3 && d[3] == 4) || (d[2] == 5 && d[3] == 6) || (d[2] == 7 && d[3] == 8)))
        return VNPLAN_OK;
    if (len >= 8 && memcmp(d, ole2_magic, 8) == 0) {
        if (ole2_encrypted(d, len))
            return vn_fail(ctx, VNPLAN_EUNSUPPORTED, name,
                           "password-protected (encrypted) Word file: open it in Word, remove "
                           "the password and save it again");
        if (has_utf16(d, len, "WordDocument"))
            return vn_fail_kind(ctx, VNPLAN_KIND_LEGACY_DOC,
                                vn_fail(ctx, VNPLAN_EUNSUPPORTED, name, VN_LEGACY_DOC_MESSAGE ": " VN_LEGACY_DOC_HINT));
        return vn_fail(ctx, VNPLAN_EUNSUPPORTED, name,
                       "an OLE2 compound file (old Office format), not a .docx package");
    }
    if (len >= 5 && memcmp(d, "%PDF-", 5) == 0)
        return vn_fail(ctx, VNPLAN_EUNSUPPORTED, name,
                       "a PDF file, not a .docx: extract its text (pdftotext -layout) and "
                       "give vnplan the .txt");
    if (len >= 5 && memcmp(d, "{\\rtf", 5) == 0)
        return vn_fail(ctx, VNPLAN_EUNSUPPORTED, name,
                       "an RTF file, not a .docx: convert it with "
                       "'soffice --headless --convert-to docx FILE'");
    size_t skip = (len >= 3 && memcmp(d, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
    if (len >= skip + 5 && memcmp(d + skip, "<?xml", 5) == 0)
        return vn_fail(ctx, VNPLAN_EUNSUPPORTED, name,
                       "an XML file (flat Word XML or OpenDocument), not a .docx package");
    if (looks_like_text(d, len))
        return vn_fail(ctx, VNPLAN_EFORMAT, name,
                       "plain text, not a .docx package (give it a .txt name to read it as text)");
    return vn_fail(ctx, VNPLAN_EFORMAT, name, "not a .docx package (not a zip archive)");
}
