/* Display normalisation: NFC, lookalikes, invisible characters, spaces,
 * line structure, invalid UTF-8; idempotence on the seed texts. */
#include "check_main.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text/text_internal.h"
#include "text_test_util.h"

static const struct {
    const char *in, *out;
} cases[] = {
    /* already clean */
    {"Cộng hòa xã hội chủ nghĩa Việt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"},
    {"", ""},
    /* NFD and badly ordered marks compose */
    {"ho\xcc\x80" "a", "hòa"},
    {"Vie\xcc\xa3\xcc\x82t Nam", "Việt Nam"},            /* dot below, then circumflex */
    {"Vie\xcc\x82\xcc\xa3t Nam", "Việt Nam"},
    {"U\xcc\x9b\xcc\x81" "ng", "Ứng"},
    {"\xc6\xaf\xcc\x89y ban", "Ửy ban"},
    /* lookalikes */
    {"\xc3\x90\xc3\xa0 N\xe1\xba\xb5ng", "Đà Nẵng"},      /* U+00D0 eth */
    {"\xc3\xb0i l\xe1\xba\xa1i", "đi lại"},               /* U+00F0 */
    /* invisible characters deleted */
    {"k\xe1\xba\xbf\xe2\x80\x8bho\xe1\xba\xa1" "ch", "kếhoạch"},  /* ZWSP */
    {"a\xe2\x80\x8c" "b\xe2\x80\x8d" "c", "abc"},                 /* ZWNJ, ZWJ */
    {"\xef\xbb\xbfK\xe1\xba\xbe HO\xe1\xba\xa0" "CH", "KẾ HOẠCH"}, /* BOM */
    {"\xe2\x80\x8e" "abc\xe2\x80\x8f", "abc"},                     /* LRM, RLM */
    {"h\xc3\xa0nh\xc2\xad" "ch\xc3\xadnh", "hànhchính"},          /* soft hyphen */
    {"a\xe2\x81\xa0" "b", "ab"},                                  /* word joiner */
    {"a\xe2\x80\xaa" "b\xe2\x80\xac", "ab"},                      /* bidi embedding */
    /* Unicode spaces become one space */
    {"S\xe1\xbb\x91:\xc2\xa0" "31/KH-SNgV", "Số: 31/KH-SNgV"},    /* NBSP */
    {"a\xe2\x80\x83\xe2\x80\x89" "b", "a b"},                     /* em space, thin space */
    {"a\xe2\x80\xaf" "b\xe3\x80\x80" "c", "a b c"},               /* narrow NBSP, ideographic */
    {"  a   b  ", "a b"},
    {"a \xe2\x80\x8b b", "a b"},       /* a deleted character between spaces */
    /* TAB and line breaks are structure */
    {"1.\tN\xe1\xbb\x99i dung", "1.\tNội dung"},
    {"a  \t  b", "a \t b"},
    {"a  \n  b", "a\nb"},
    {"  \n a \n\n b  \n", "\na\n\nb\n"},
    {"a\r\nb\rc", "a\nb\nc"},
    {"a\xe2\x80\xa8" "b\xe2\x80\xa9" "c", "a\nb\nc"},  /* line and paragraph separators */
    {"a\x0b" "b\x0c" "c", "a\nb\nc"},                  /* VT, FF */
    {"a\xc2\x85" "b", "a\nb"},                         /* NEL */
    /* other controls deleted */
    {"a\x01" "b\x7f" "c\xc2\x80" "d", "abcd"},
    /* tones kept as written, misplacements repaired */
    {"h\xc3\xb2" "a ho\xc3\xa0 th\xe1\xbb\xa7y thu\xe1\xbb\xb7", "hòa hoà thủy thuỷ"},
    {"q\xc3\xba" "y l\xe1\xbb\xb1\xc6\xa1ng ng\xc3\xb2" "ai", "quý lượng ngoài"},
};

START_TEST(display_table) {
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n, invalid = 99;
        char *d = vnplan_text_display(cases[i].in, strlen(cases[i].in), VNPLAN_TONES_KEEP, &n,
                                      &invalid);
        ck_assert_ptr_nonnull(d);
        ck_assert_msg(strcmp(d, cases[i].out) == 0, "case %zu: [%s] -> [%s], expected [%s]", i,
                      cases[i].in, d, cases[i].out);
        ck_assert_uint_eq(n, strlen(cases[i].out));
        ck_assert_uint_eq(invalid, 0);
        free(d);
    }
}
END_TEST

static const struct {
    const char *in;
    size_t len;
    const char *out;
    size_t invalid;
} bad[] = {
    {"a\xff" "b", 3, "a\xef\xbf\xbd" "b", 1},
    {"\xe1\xba", 2, "\xef\xbf\xbd", 1},                              /* truncated: one maximal subpart */
    {"\xc0\xaf", 2, "\xef\xbf\xbd\xef\xbf\xbd", 2},                  /* overlong */
    {"\xed\xa0\x80", 3, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 3},  /* surrogate */
    {"\xf4\x90\x80\x80", 4, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 4},  /* > U+10FFFF */
    {"x\0y", 3, "xy", 0},                                            /* NUL is a control */
    {"\xc3\xa0\x80 \xe1\xbb\x87", 7, "à\xef\xbf\xbd ệ", 1},
};

START_TEST(invalid_utf8_replaced_and_counted) {
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        size_t n, invalid = 0;
        char *d = vnplan_text_display(bad[i].in, bad[i].len, VNPLAN_TONES_KEEP, &n, &invalid);
        ck_assert_ptr_nonnull(d);
        ck_assert_msg(strcmp(d, bad[i].out) == 0, "case %zu gave [%s]", i, d);
        ck_assert_uint_eq(invalid, bad[i].invalid);
        free(d);
    }
}
END_TEST

START_TEST(append_form_accumulates) {
    vn_buf b = VN_BUF_INIT;
    size_t invalid = 0;
    vn_text_display_append(&b, "  Ủy  ban ", 12, VNPLAN_TONES_NEW, &invalid);
    vn_buf_putc(&b, '|');
    vn_text_display_append(&b, "nh\xc3\xa2n\xff", 6, VNPLAN_TONES_NEW, &invalid);
    ck_assert_str_eq(vn_buf_cstr(&b), "Uỷ ban|nhân\xef\xbf\xbd");
    ck_assert_uint_eq(invalid, 1);
    vn_buf_free(&b);
}
END_TEST

static bool is_nfc(const char *s) {
    utf8proc_uint8_t *n = utf8proc_NFC((const utf8proc_uint8_t *)s);
    ck_assert_ptr_nonnull(n);
    bool same = strcmp((const char *)n, s) == 0;
    free(n);
    return same;
}

/* The fast path copies most characters without utf8proc: whatever the
 * character and whatever follows it, the output must still be NFC. */
START_TEST(output_is_nfc_for_every_bmp_character) {
    for (uint32_t cp = 0x80; cp < 0x10000; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        char c[5] = {0};
        utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)c);
        char s[3][16];
        snprintf(s[0], sizeof s[0], "x%sy", c);
        snprintf(s[1], sizeof s[1], "a%s\xcc\x81", c);   /* followed by a combining acute */
        snprintf(s[2], sizeof s[2], "%s\xe1\x85\xa1", c);  /* followed by a Hangul vowel */
        for (int k = 0; k < 3; k++) {
            char *d = tt_display(s[k], VNPLAN_TONES_KEEP);
            ck_assert_msg(is_nfc(d), "U+%04X form %d: not NFC", cp, k);
            char *again = tt_display(d, VNPLAN_TONES_KEEP);
            ck_assert_msg(strcmp(again, d) == 0, "U+%04X form %d: not idempotent", cp, k);
            free(again);
            free(d);
        }
    }
}
END_TEST

START_TEST(seeds_idempotent_in_every_style) {
    for (int i = 0; i < tt_seed_count(); i++) {
        size_t len;
        const char *name;
        char *seed = tt_seed(i, &len, &name);
        for (int t = VNPLAN_TONES_KEEP; t <= VNPLAN_TONES_NEW; t++) {
            size_t n1, n2, inv = 0;
            char *once = vnplan_text_display(seed, len, (vnplan_tones)t, &n1, &inv);
            char *twice = vnplan_text_display(once, n1, (vnplan_tones)t, &n2, &inv);
            ck_assert_msg(n1 == n2 && memcmp(once, twice, n1) == 0, "%s, style %d", name, t);
            ck_assert_uint_eq(inv, 0);
            ck_assert(is_nfc(once));
            free(once);
            free(twice);
        }
        free(seed);
    }
}
END_TEST

/* The seeds are clean NFC: display text changes nothing but the spaces the
 * rules trim (PDF extraction left spaces at line ends in 001 and 003). */
START_TEST(seeds_unchanged_but_for_spaces) {
    for (int i = 0; i < tt_seed_count(); i++) {
        size_t len, n;
        const char *name;
        char *seed = tt_seed(i, &len, &name);
        char *d = vnplan_text_display(seed, len, VNPLAN_TONES_KEEP, &n, NULL);
        size_t a = 0, b = 0;
        while (a < len && b < n) {
            if (seed[a] == d[b]) {
                a++, b++;
            } else {
                ck_assert_msg(seed[a] == ' ', "%s: byte %zu changed", name, a);
                a++;
            }
        }
        while (a < len)
            ck_assert_msg(seed[a++] == ' ', "%s: tail changed", name);
        ck_assert_msg(b == n, "%s: output longer than input", name);
        free(d);
        free(seed);
    }
}
END_TEST

static Suite *suite(void) {
    Suite *s = suite_create("text_display");
    TCase *tc = tcase_create("display");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, display_table);
    tcase_add_test(tc, invalid_utf8_replaced_and_counted);
    tcase_add_test(tc, append_form_accumulates);
    tcase_add_test(tc, output_is_nfc_for_every_bmp_character);
    tcase_add_test(tc, seeds_idempotent_in_every_style);
    tcase_add_test(tc, seeds_unchanged_but_for_spaces);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    return vn_check_run(suite());
}
