/* The string map: values found again after growth and replacement, and keys
 * that differ in one byte, in length only, or by a NUL-free prefix kept apart. */
#include "check_main.h"
#include <stdio.h>
#include <string.h>

#include "util/strmap.h"

START_TEST(strmap_puts_and_gets_many_keys) {
    vn_strmap m;
    vn_strmap_init(&m);
    char key[32];
    enum { N = 200000 };
    for (long i = 0; i < N; i++) {
        snprintf(key, sizeof key, "rId%ld", i);
        ck_assert(vn_strmap_put(&m, key, i));
    }
    for (long i = 0; i < N; i += 7) {   /* replacing keeps one entry */
        snprintf(key, sizeof key, "rId%ld", i);
        ck_assert(vn_strmap_put(&m, key, -i));
    }
    ck_assert_uint_eq(m.n, N);
    for (long i = 0; i < N; i++) {
        snprintf(key, sizeof key, "rId%ld", i);
        ck_assert_int_eq(vn_strmap_get(&m, key, 1), i % 7 ? i : -i);
    }
    ck_assert_int_eq(vn_strmap_get(&m, "rId", 99), 99);
    ck_assert_int_eq(vn_strmap_get(&m, "", 98), 98);
    ck_assert(vn_strmap_put(&m, "", 5));
    ck_assert_int_eq(vn_strmap_get(&m, "", 98), 5);
    /* Every length from 0 to 40 (SipHash's tail handling) is its own key. */
    char run[41];
    memset(run, 'x', sizeof run);
    for (int n = 1; n <= 40; n++) {
        run[n] = '\0';
        ck_assert(vn_strmap_put(&m, run, 1000 + n));
        run[n] = 'x';
    }
    for (int n = 1; n <= 40; n++) {
        run[n] = '\0';
        ck_assert_int_eq(vn_strmap_get(&m, run, 0), 1000 + n);
        run[n] = 'x';
    }
    vn_strmap_free(&m);
}
END_TEST

int main(void) {
    Suite *s = suite_create("strmap");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, strmap_puts_and_gets_many_keys);
    suite_add_tcase(s, tc);
    return vn_check_run(s);
}
