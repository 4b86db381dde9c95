#include "api/json_path.h"

#include <string.h>

const json_t *vn_json_path(const json_t *o, const char *field) {
    while (o && field) {
        const char *dot = strchr(field, '.');
        if (!dot)
            return json_object_get(o, field);
        char head[64];
        size_t n = (size_t)(dot - field);
        if (n >= sizeof head)
            return NULL;
        memcpy(head, field, n);
        head[n] = '\0';
        o = json_object_get(o, head);
        field = dot + 1;
    }
    return NULL;
}

const char *vn_json_path_str(const json_t *o, const char *field) {
    return json_string_value(vn_json_path(o, field));
}

double vn_json_path_number(const json_t *o, const char *field, double absent) {
    const json_t *v = vn_json_path(o, field);
    return json_is_number(v) ? json_number_value(v) : absent;
}
