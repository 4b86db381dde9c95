/* Symbol and Wingdings characters and their usual Unicode look-alikes. */
#include <stddef.h>

#include "reader/symbol_font.h"

const char *vn_symbol_font_char(unsigned long code) {
    static const struct {
        unsigned long code;
        const char *utf8;
    } map[] = {
        {0xB7, "\xE2\x80\xA2"}, /* bullet U+2022 */
        {0xA7, "\xE2\x96\xAA"}, /* small square U+25AA */
        {0xD8, "\xE2\x9E\xA2"}, /* arrowhead U+27A2 */
        {0xFC, "\xE2\x9C\x93"}, /* check mark U+2713 */
        {0x2D, "-"},            /* hyphen */
        {0xAE, "\xE2\x86\x92"}, /* arrow U+2192 (Symbol) */
        {0xE0, "\xE2\x86\x92"}, /* arrow U+2192 (Wingdings) */
        {0x76, "\xE2\x9D\x96"}, /* diamond U+2756 */
        {0x6E, "\xE2\x96\xA0"}, /* black square U+25A0 */
    };
    if (code >= 0xF000 && code <= 0xF0FF)
        code -= 0xF000;
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (map[i].code == code)
            return map[i].utf8;
    return NULL;
}
