# Turns a file into a C source defining a byte array, at build time:
#   cmake -DINPUT=f -DOUTPUT=f.c -DSYMBOL=name -P embed.cmake
# The array is NUL-terminated; NAME_len excludes the NUL.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hexlen)
math(EXPR bytes "${hexlen} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," body "${hex}")
string(REGEX REPLACE "((0x[0-9a-f][0-9a-f],){16})" "\\1\n    " body "${body}")
file(WRITE "${OUTPUT}"
"/* Generated from ${INPUT} by cmake/embed.cmake; do not edit. */\n#include <stddef.h>\nconst unsigned char ${SYMBOL}[] = {\n    ${body}0x00\n};\nconst size_t ${SYMBOL}_len = ${bytes};\n")
