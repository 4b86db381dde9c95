/* The paraphrase lexicon's reader (src/coverage/paraphrase.c): lines with
 * their provenance, the lines and variants it skips (no provenance, a chain,
 * a variant listed twice), lookups in folded form, the built-in lexicon. */
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "coverage/coverage_internal.h"

static cov_paraphrases lex;

static void setup(void) { cov_paraphrases_init(&lex); }
static void teardown(void) { cov_paraphrases_free(&lex); }

/* The canonical expression of `text` (folded as coverage folds a phrase), or NULL. */
static const char *canonical_of(const char *text) {
    size_t n;
    char *folded = cov_fold_tokens(text, strlen(text), &n);
    ck_assert_ptr_nonnull(folded);
    const char *c = cov_paraphrase_of(&lex, folded);
    free(folded);
    return c;
}

START_TEST(lines_and_lookups) {
    static const char text[] = "# a comment\n"
                               "tuyên truyền = phổ biến | quán triệt ; domain\n"
                               "  rút ngắn = cắt giảm | Giảm bớt ; both in corpus 23,32\n"
                               "\n";
    ck_assert(cov_paraphrases_load(&lex, text, sizeof text - 1));
    ck_assert_uint_eq(lex.entries, 2);
    ck_assert_uint_eq(lex.variants, 4);
    ck_assert_uint_eq(lex.bad, 0);
    ck_assert_uint_eq(lex.max_len, 2);
    /* folded: case and tone marks aside, on either side */
    ck_assert_str_eq(canonical_of("Phổ biến"), "tuyen truyen");
    ck_assert_str_eq(canonical_of("giam bot"), "rut ngan");
    ck_assert_ptr_null(canonical_of("tuyên truyền"));   /* a canonical expression is no variant */
    ck_assert_ptr_null(canonical_of("phổ"));
}
END_TEST

START_TEST(skipped_lines_and_variants) {
    static const char text[] = "tuyên truyền = phổ biến\n"                  /* no provenance */
                               "khen thưởng = biểu dương ;\n"                 /* an empty provenance */
                               "đối thoại = tiếp xúc ; domain\n"
                               "tiếp xúc = gặp gỡ ; domain\n"                 /* a variant as canonical */
                               "tổng kết = sơ kết | đối thoại ; domain\n"     /* a canonical as variant */
                               "lấy ý kiến = xin ý kiến | xin ý kiến ; domain\n"; /* listed twice */
    ck_assert(cov_paraphrases_load(&lex, text, sizeof text - 1));
    ck_assert_uint_eq(lex.entries, 3);
    ck_assert_uint_eq(lex.bad, 5);
    ck_assert_ptr_null(canonical_of("phổ biến"));
    ck_assert_ptr_null(canonical_of("gặp gỡ"));
    ck_assert_str_eq(canonical_of("tiếp xúc"), "doi thoai");
    ck_assert_str_eq(canonical_of("sơ kết"), "tong ket");
    ck_assert_str_eq(canonical_of("xin ý kiến"), "lay y kien");
}
END_TEST

START_TEST(the_built_in_lexicon) {
    ck_assert(cov_paraphrases_load_default(&lex));
    ck_assert_uint_eq(lex.bad, 0);
    ck_assert_uint_ge(lex.entries, 100);
    ck_assert_uint_ge(lex.variants, 400);
    ck_assert_str_eq(canonical_of("Bộ phận tiếp nhận và trả kết quả"), "bo phan mot cua");
    ck_assert_str_eq(canonical_of("quán triệt"), "tuyen truyen");
}
END_TEST

static Suite *suite(void) {
    Suite *s = suite_create("paraphrase");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, lines_and_lookups);
    tcase_add_test(tc, skipped_lines_and_variants);
    tcase_add_test(tc, the_built_in_lexicon);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return vn_check_run(suite()); }
