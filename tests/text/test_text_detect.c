/* The legacy-encoding detector: TCVN3 and VNI shown as Windows-1252 (or as
 * raw bytes) are recognised; Unicode Vietnamese, English and other Latin
 * text never are. */
#include "check_main.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <iconv.h>
#include <utf8proc.h>

#include "text_test_util.h"

static vnplan_encoding detect(const char *s) { return vnplan_text_detect(s, strlen(s)); }

START_TEST(recognises_legacy_text) {
    ck_assert_int_eq(detect("Céng hoµ x· héi chñ nghÜa ViÖt Nam"), VNPLAN_ENC_TCVN3);
    ck_assert_int_eq(detect("§éc lËp - Tù do - H¹nh phóc"), VNPLAN_ENC_TCVN3);
    ck_assert_int_eq(detect("C\xe9ng ho\xb5 x\xb7 h\xe9i ch\xf1 ngh\xdc" "a"), VNPLAN_ENC_TCVN3);
    ck_assert_int_eq(detect("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"), VNPLAN_ENC_VNI);
    ck_assert_int_eq(detect("UÛy ban nhaân daân tænh Laïng Sôn"), VNPLAN_ENC_VNI);
    ck_assert_int_eq(detect("Co\xe4ng ho\xf8" "a xa\xf5 ho\xe4i"), VNPLAN_ENC_VNI);
}
END_TEST

static const char *const not_legacy[] = {
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Cà phê và trà ở Hà Giang, Cà Mau",                 /* only Latin-1 letters */
    "Bà Rịa và Hà Tĩnh",
    "The café served crème brûlée and a piña colada.",
    "Müller und Söhne GmbH, Straße 5; São Paulo; Ærø; Œuvre",
    "“Quoted” text – with dashes — and … ellipses, €100, ™, ©, ®, 25°C, 5 µm, ½ ¾.",
    "A – B – C — D",
    "élève, à côté, où, garçon, naïve, Noël",
    "Él está aquí; año, niño, mañana; ¿qué? ¡sí!",
    "Số: 31/KH-SNgV",
    "",
};

START_TEST(leaves_other_text_alone) {
    for (size_t i = 0; i < sizeof not_legacy / sizeof not_legacy[0]; i++)
        ck_assert_msg(detect(not_legacy[i]) == VNPLAN_ENC_UTF8, "[%s] detected as %d", not_legacy[i],
                      (int)detect(not_legacy[i]));
}
END_TEST

/* Every seed, whole, line by line and decomposed, is left alone. */
START_TEST(seeds_are_not_legacy) {
    for (int i = 0; i < tt_seed_count(); i++) {
        size_t len;
        const char *name;
        char *seed = tt_seed(i, &len, &name);
        ck_assert_msg(vnplan_text_detect(seed, len) == VNPLAN_ENC_UTF8, "%s", name);
        int lines = 0;
        for (char *p = seed, *nl; *p; p = nl + 1) {
            nl = strchr(p, '\n');
            if (!nl)
                nl = p + strlen(p);
            ck_assert_msg(vnplan_text_detect(p, (size_t)(nl - p)) == VNPLAN_ENC_UTF8,
                          "%s line %d", name, lines + 1);
            lines++;
            if (!*nl)
                break;
        }
        utf8proc_uint8_t *nfd = utf8proc_NFD((const utf8proc_uint8_t *)seed);
        ck_assert_int_eq(detect((const char *)nfd), VNPLAN_ENC_UTF8);
        free(nfd);
        free(seed);
    }
}
END_TEST

static char *lowercase(const char *s) {
    utf8proc_uint8_t *out = NULL;
    ck_assert_int_gt(utf8proc_map((const utf8proc_uint8_t *)s, 0, &out,
                                  UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                      UTF8PROC_CASEFOLD),
                     0);
    return (char *)out;
}

static char *nfc_display(const char *s, size_t len) {
    size_t n;
    char *d = vnplan_text_display(s, len, VNPLAN_TONES_KEEP, &n, NULL);
    ck_assert_ptr_nonnull(d);
    return d;
}

/* Each seed (lower-cased: TCVN3's normal fonts have no toned capitals)
 * encoded by glibc iconv as TCVN5712-1 is recognised, and decodes to what
 * glibc decodes it to. */
START_TEST(seeds_in_tcvn3_round_trip) {
    for (int i = 0; i < tt_seed_count(); i++) {
        size_t len, n;
        const char *name;
        char *seed = tt_seed(i, &len, &name);
        char *lower = lowercase(seed);
        char *bytes = tt_filter("iconv -f UTF-8 -t TCVN5712-1//TRANSLIT", lower, strlen(lower), &n);
        ck_assert_msg(bytes != NULL, "%s: iconv failed", name);
        ck_assert_msg(vnplan_text_detect(bytes, n) == VNPLAN_ENC_TCVN3, "%s", name);
        char *back = tt_filter("iconv -f TCVN5712-1 -t UTF-8", bytes, n, NULL);
        ck_assert_ptr_nonnull(back);
        size_t dn;
        char *ours = vnplan_text_decode(VNPLAN_ENC_TCVN3, false, bytes, n, &dn);
        char *a = nfc_display(ours, dn), *b = nfc_display(back, strlen(back));
        ck_assert_msg(strcmp(a, b) == 0, "%s: decoding differs from glibc", name);
        free(a);
        free(b);
        free(ours);
        free(back);
        free(bytes);
        free(lower);
        free(seed);
    }
}
END_TEST

/* The same with GNU recode's VNI (lower case, where recode's swap of
 * Ắ and Ằ cannot matter). */
START_TEST(seeds_in_vni_round_trip) {
    for (int i = 0; i < tt_seed_count(); i++) {
        size_t len, n;
        const char *name;
        char *seed = tt_seed(i, &len, &name);
        char *lower = lowercase(seed);
        char *bytes = tt_filter("recode -f UTF-8..VNI", lower, strlen(lower), &n);
        ck_assert_msg(bytes != NULL, "%s: recode failed", name);
        ck_assert_msg(vnplan_text_detect(bytes, n) == VNPLAN_ENC_VNI, "%s", name);
        size_t dn;
        char *ours = vnplan_text_decode(VNPLAN_ENC_VNI, false, bytes, n, &dn);
        char *back = tt_filter("recode VNI..UTF-8", bytes, n, NULL);
        ck_assert_ptr_nonnull(back);
        char *a = nfc_display(ours, dn), *b = nfc_display(back, strlen(back));
        ck_assert_msg(strcmp(a, b) == 0, "%s: decoding differs from recode", name);
        free(back);
        free(a);
        free(b);
        free(ours);
        free(bytes);
        free(lower);
        free(seed);
    }
}
END_TEST

static Suite *suite(void) {
    Suite *s = suite_create("text_detect");
    TCase *tc = tcase_create("detect");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, recognises_legacy_text);
    tcase_add_test(tc, leaves_other_text_alone);
    tcase_add_test(tc, seeds_are_not_legacy);
    tcase_add_test(tc, seeds_in_tcvn3_round_trip);
    tcase_add_test(tc, seeds_in_vni_round_trip);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    return vn_check_run(suite());
}
