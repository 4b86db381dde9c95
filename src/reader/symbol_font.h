/* The characters of Word's symbol fonts (Symbol, Wingdings) that have a
 * standard Unicode look-alike: one map for the w:sym of a run and the
 * bullets of a numbering definition. */
#ifndef VN_READER_SYMBOL_FONT_H
#define VN_READER_SYMBOL_FONT_H

/* The UTF-8 look-alike of symbol-font code `code` (0x00-0xFF, or its
 * private-use form U+F000-U+F0FF), NULL when it has none. */
const char *vn_symbol_font_char(unsigned long code);

#endif
