/* No precompiled default rules: linked into the generator that makes them
 * (src/rules/rules_blob_gen.c), which therefore compiles them from text. */
#include <stddef.h>

const unsigned char vn_default_rules_blob[1] = {0};
const size_t vn_default_rules_blob_len = 0;
