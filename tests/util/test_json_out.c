/* vn_json_append writes what json_dumps writes (PRESERVE_ORDER,
 * REAL_PRECISION(6), COMPACT or INDENT(2)), byte for byte: on values chosen
 * for escapes, reals and empty containers, and on every golden plan and
 * coverage report under tests/golden/. */
#include "check_main.h"
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "util/json_out.h"

static void same_as_jansson(const json_t *v) {
    for (int pretty = 0; pretty < 2; pretty++) {
        char *want = json_dumps(v, JSON_ENCODE_ANY | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6) |
                                       (pretty ? JSON_INDENT(2) : JSON_COMPACT));
        ck_assert_ptr_nonnull(want);
        vn_buf b = VN_BUF_INIT;
        ck_assert(vn_json_append(&b, v, pretty));
        ck_assert_str_eq(vn_buf_cstr(&b), want);
        vn_buf_free(&b);
        free(want);
    }
}

START_TEST(escapes_reals_and_empty_containers) {
    json_t *o = json_object();
    json_object_set_new(o, "text", json_string("a \"q\" \\ / \b\f\n\r\t \x01\x1f\x7f Việt – ‘x’"));
    json_object_set_new(o, "key \"quoted\"\n", json_true());
    json_object_set_new(o, "n", json_null());
    json_object_set_new(o, "f", json_false());
    json_object_set_new(o, "int", json_integer(-9007199254740993LL));
    json_t *reals = json_array();
    double values[] = {0.1, 94.12, 100.0, -0.5, 1e21, 1.5e-7, 123456789.0, 0.0, 2.0 / 3.0, 1e100};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
        json_array_append_new(reals, json_real(values[i]));
    json_object_set_new(o, "reals", reals);
    json_object_set_new(o, "empty_array", json_array());
    json_object_set_new(o, "empty_object", json_object());
    json_t *nested = json_pack("{s:[{s:[]}, [], [[1, 2], {}]], s:{}}", "a", "b", "c");
    json_object_set_new(o, "nested", nested);
    same_as_jansson(o);
    /* Every escaped character at every offset of a long plain run (the
     * writer scans plain bytes eight at a time). */
    const char specials[] = {'"', '\\', '\n', '\x01', '\x1f'};
    for (size_t k = 0; k < sizeof specials; k++)
        for (int at = 0; at < 24; at++) {
            char text[40];
            memset(text, 'a', 32);
            memcpy(text + 28, "\xc3\xa9", 2);   /* é: bytes above 0x7f stay plain */
            text[at] = specials[k];
            text[32] = '\0';
            json_t *one = json_string(text);
            same_as_jansson(one);
            json_decref(one);
        }
    json_t *empty = json_object(), *s = json_string("");
    same_as_jansson(empty);
    same_as_jansson(s);
    json_decref(empty);
    json_decref(s);
    json_decref(o);
}
END_TEST

START_TEST(golden_files) {
    const char *root = getenv("VNPLAN_SOURCE_DIR");
    ck_assert_ptr_nonnull(root);
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/tests/golden", root);
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    int files = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t n = strlen(de->d_name);
        if (n < 6 || strcmp(de->d_name + n - 5, ".json"))
            continue;
        char path[2048];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        json_error_t err;
        json_t *v = json_load_file(path, 0, &err);
        ck_assert_msg(v != NULL, "%s: %s", path, err.text);
        same_as_jansson(v);
        json_decref(v);
        files++;
    }
    closedir(d);
    ck_assert_int_ge(files, 5);
}
END_TEST

int main(void) {
    Suite *s = suite_create("json_out");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, escapes_reals_and_empty_containers);
    tcase_add_test(tc, golden_files);
    suite_add_tcase(s, tc);
    return vn_check_run(s);
}
