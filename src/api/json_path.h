/* Reading the models' JSON trees by dotted path, for the read API. */
#ifndef VN_JSON_PATH_H
#define VN_JSON_PATH_H

#include <jansson.h>

/* The value at dotted path `field` ("signer.name") under `o`, or NULL. */
const json_t *vn_json_path(const json_t *o, const char *field);
/* The string there, or NULL when absent, null or not a string. */
const char *vn_json_path_str(const json_t *o, const char *field);
/* The number there, or `absent` when there is none. */
double vn_json_path_number(const json_t *o, const char *field, double absent);

#endif
