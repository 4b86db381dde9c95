/* How every Check suite runs and reports: one place, so all suites behave
 * the same under ctest (exit status, output, fork mode from CK_FORK). */
#ifndef VN_CHECK_MAIN_H
#define VN_CHECK_MAIN_H

#include <check.h>
#include <stdlib.h>

static inline int vn_check_run(Suite *s) {
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

#endif
