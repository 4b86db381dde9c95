/*
 * The bytes of one package part as clean UTF-8, for the XML tokenizer:
 * inflated from the zip entry a chunk at a time, decoded from the part's
 * encoding (UTF-8, UTF-16 with a byte-order mark, or a declared
 * ISO-8859-1 / windows-1252), invalid sequences replaced by U+FFFD, and the
 * limits on inflated bytes (part, package, compression ratio, declared
 * size) checked on every chunk.
 */
#ifndef VN_XML_INPUT_H
#define VN_XML_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "reader/zip_package.h"

enum { VN_XML_RAW_CAP = 64 * 1024 };

typedef struct vn_xml_input {
    vn_package *pkg;
    const char *part;              /* for messages; owned by the caller */
    vn_zip_file *zf;
    unsigned long long part_bytes; /* inflated from this part */
    unsigned long long comp_size;  /* declared compressed size */
    unsigned long long declared;   /* declared uncompressed size */
    /* Decoded UTF-8: [pos, len) not yet consumed. `more` moves the unread
     * bytes to the front, so callers hold offsets from pos, not pointers. */
    unsigned char *buf;
    size_t pos, len, cap;
    bool eof;                      /* every byte of the part is in buf */
    size_t invalid;                /* invalid sequences replaced */
    long line;                     /* line number at line_pos */
    size_t line_pos;
    vnplan_status error;           /* first error, already in the context */
    int encoding;
    bool started;
    unsigned char *raw;            /* VN_XML_RAW_CAP bytes inflated, not yet decoded */
    size_t rpos, rlen;
    bool raw_eof;
} vn_xml_input;

/* Opens `part` of the package (its name is borrowed for messages). */
vnplan_status vn_xml_input_open(vn_xml_input *in, vn_package *pkg, const char *part);
void vn_xml_input_close(vn_xml_input *in);

/* Decodes more of the part into buf. Returns false when nothing was added:
 * at the end (eof) or on an error (error set). */
bool vn_xml_input_more(vn_xml_input *in);

/* The line of byte pos (1-based). */
long vn_xml_input_line(vn_xml_input *in);

#endif
