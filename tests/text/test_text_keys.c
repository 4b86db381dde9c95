/* Match keys, folded keys, offsets back to the display text, tokens; the
 * key properties over the seed texts. */
#include "check_main.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text_test_util.h"

static const struct {
    const char *display, *key, *folded;
} keys[] = {
    {"ỦY BAN NHÂN DÂN", "ủy ban nhân dân", "uy ban nhan dan"},
    {"Uỷ ban nhân dân", "ủy ban nhân dân", "uy ban nhan dan"},
    {"Độc lập – Tự do — Hạnh phúc", "độc lập - tự do - hạnh phúc", "doc lap - tu do - hanh phuc"},
    {"“Kế hoạch” ‘số’ «x» −1", "\"kế hoạch\" 'số' \"x\" -1", "\"ke hoach\" 'so' \"x\" -1"},
    {"ＵＢＮＤ　１２３", "ubnd 123", "ubnd 123"},               /* fullwidth forms */
    {"ﬁle ﬂow", "file flow", "file flow"},                       /* ligatures */
    {"Ư Ơ Ă Â Ê Ô Đ", "ư ơ ă â ê ô đ", "u o a a e o d"},
    {"Vie\xcc\xa3\xcc\x82t Nam", "việt nam", "viet nam"},         /* NFD */
    {"\xc3\x90\xc3\xa0 N\xe1\xba\xb5ng", "đà nẵng", "da nang"},    /* U+00D0 */
    {"Crème brûlée", "crème brûlée", "creme brulee"},
    {"HOÀ BÌNH; Khoẻ; THUỶ", "hòa bình; khỏe; thủy", "hoa binh; khoe; thuy"},
    {"Số 93/QĐ-UBND", "số 93/qđ-ubnd", "so 93/qd-ubnd"},
    {"a\xe2\x80\x8b" "b\xc2\xa0" "c", "ab c", "ab c"},
    {"x\xe2\x80\x91y", "x-y", "x-y"},                              /* non-breaking hyphen */
    {"", "", ""},
};

START_TEST(key_table) {
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        char *k = tt_key(keys[i].display, VNPLAN_KEY_MATCH);
        ck_assert_msg(strcmp(k, keys[i].key) == 0, "[%s] key [%s], expected [%s]", keys[i].display, k,
                      keys[i].key);
        free(k);
        k = tt_key(keys[i].display, VNPLAN_KEY_FOLDED);
        ck_assert_msg(strcmp(k, keys[i].folded) == 0, "[%s] folded [%s], expected [%s]",
                      keys[i].display, k, keys[i].folded);
        free(k);
    }
}
END_TEST

/* A match found in the key is reported in the display text. */
static void check_offsets(const char *display, vnplan_key_kind kind, const char *needle,
                          const char *want) {
    vnplan_key k;
    ck_assert_int_eq(vnplan_text_key(display, strlen(display), kind, &k), VNPLAN_OK);
    const char *hit = strstr(k.text, needle);
    ck_assert_msg(hit != NULL, "[%s] not in key [%s]", needle, k.text);
    size_t a = (size_t)(hit - k.text), b = a + strlen(needle);
    size_t da = k.to_display[a], db = k.to_display[b];
    ck_assert_msg(db - da == strlen(want) && memcmp(display + da, want, db - da) == 0,
                  "[%s] maps to [%.*s], expected [%s]", needle, (int)(db - da), display + da, want);
    ck_assert_uint_eq(k.to_display[k.len], strlen(display));
    for (size_t i = 1; i <= k.len; i++)
        ck_assert(k.to_display[i] >= k.to_display[i - 1]);
    vnplan_key_free(&k);
}

START_TEST(offsets_back_to_display) {
    check_offsets("Căn cứ Quyết định số 93/QĐ-UBND của ỦY BAN", VNPLAN_KEY_MATCH, "93/qđ-ubnd",
                  "93/QĐ-UBND");
    check_offsets("Căn cứ Quyết định số 93/QĐ-UBND của ỦY BAN", VNPLAN_KEY_FOLDED, "cua uy ban",
                  "của ỦY BAN");
    check_offsets("Tỉnh Hoà Bình", VNPLAN_KEY_MATCH, "hòa bình", "Hoà Bình");
    check_offsets("Vie\xcc\xa3\xcc\x82t Nam", VNPLAN_KEY_MATCH, "việt", "Vie\xcc\xa3\xcc\x82t");
    check_offsets("the ﬁle", VNPLAN_KEY_MATCH, "file", "ﬁle");
    check_offsets("“Kế hoạch”", VNPLAN_KEY_FOLDED, "\"ke", "“Kế");
}
END_TEST

static char *nfd(const char *s) {
    return (char *)utf8proc_NFD((const utf8proc_uint8_t *)s);
}

/* Over the seeds: key(NFD(x)) = key(x); key(old style) = key(new style);
 * the folded key is ASCII wherever the text is Vietnamese. */
START_TEST(seed_key_properties) {
    for (int i = 0; i < tt_seed_count(); i++) {
        size_t len;
        const char *name;
        char *seed = tt_seed(i, &len, &name);
        char *disp = tt_display(seed, VNPLAN_TONES_KEEP);
        char *decomposed = nfd(disp);
        char *old_s = tt_display(seed, VNPLAN_TONES_OLD), *new_s = tt_display(seed, VNPLAN_TONES_NEW);
        /* 000-003 write open oa/oe/uy syllables (hoá, Uỷ); 004 has none. */
        ck_assert_msg((strcmp(old_s, new_s) != 0) == (i != 4), "%s: styles", name);
        for (int kind = VNPLAN_KEY_MATCH; kind <= VNPLAN_KEY_FOLDED; kind++) {
            char *k = tt_key(disp, (vnplan_key_kind)kind);
            char *kd = tt_key(decomposed, (vnplan_key_kind)kind);
            char *ko = tt_key(old_s, (vnplan_key_kind)kind);
            char *kn = tt_key(new_s, (vnplan_key_kind)kind);
            ck_assert_msg(strcmp(k, kd) == 0, "%s kind %d: key(NFD(x)) != key(x)", name, kind);
            ck_assert_msg(strcmp(ko, kn) == 0, "%s kind %d: old and new styles differ", name, kind);
            ck_assert_msg(strcmp(k, ko) == 0, "%s kind %d: key is not style-free", name, kind);
            if (kind == VNPLAN_KEY_FOLDED)
                for (const unsigned char *p = (const unsigned char *)k; *p; p++)
                    ck_assert_msg(*p < 0x80 || strchr("\xe2\xc2", (char)*p) || (*p & 0xC0) == 0x80,
                                  "%s: non-ASCII letter left in the folded key", name);
            free(k);
            free(kd);
            free(ko);
            free(kn);
        }
        free(old_s);
        free(new_s);
        free(decomposed);
        free(disp);
        free(seed);
    }
}
END_TEST

static void expect_tokens(const char *key, const char *const *want, size_t n_want) {
    vnplan_token *t = NULL;
    size_t n = vnplan_text_tokens(key, strlen(key), &t);
    ck_assert_msg(n == n_want, "[%s]: %zu tokens, expected %zu", key, n, n_want);
    for (size_t i = 0; i < n; i++)
        ck_assert_msg(t[i].len == strlen(want[i]) && memcmp(key + t[i].start, want[i], t[i].len) == 0,
                      "[%s] token %zu is [%.*s], expected [%s]", key, i, (int)t[i].len,
                      key + t[i].start, want[i]);
    free(t);
}

#define TOKENS(key, ...)                                                      \
    do {                                                                      \
        static const char *const w[] = {__VA_ARGS__};                         \
        expect_tokens(key, w, sizeof w / sizeof w[0]);                        \
    } while (0)

START_TEST(tokens) {
    TOKENS("thực hiện quyết định số 93/qđ-ubnd ngày 16/01/2026", "thực", "hiện", "quyết", "định",
           "số", "93/qđ-ubnd", "ngày", "16/01/2026");
    TOKENS("1.1. đối với tiêu chí 1.5 được 0.5/2 điểm", "1.1", "đối", "với", "tiêu", "chí", "1.5",
           "được", "0.5/2", "điểm");
    TOKENS("đạt 94,12%, xếp hạng 8/15", "đạt", "94,12", "xếp", "hạng", "8/15");
    TOKENS("tthc, cchc; ubnd và hđnd (qđ-ubnd)", "tthc", "cchc", "ubnd", "và", "hđnd", "qđ-ubnd");
    TOKENS("phòng htqt-vp/công chức tham mưu cchc", "phòng", "htqt-vp", "công", "chức", "tham", "mưu",
           "cchc");
    TOKENS("trung tâm tt&dvđn", "trung", "tâm", "tt&dvđn");
    TOKENS("phát triển kinh tế-xã hội", "phát", "triển", "kinh", "tế", "xã", "hội");
    TOKENS("sở nội vụ/công an tỉnh", "sở", "nội", "vụ", "công", "an", "tỉnh");
    TOKENS("đề án 01/đa-ubnd; nghị định 30/2020/nđ-cp", "đề", "án", "01/đa-ubnd", "nghị", "định",
           "30/2020/nđ-cp");
    TOKENS("giai đoạn 2021-2025", "giai", "đoạn", "2021-2025");
    TOKENS("hòa,bình 1.000.000 đồng", "hòa", "bình", "1.000.000", "đồng");
    TOKENS("so 93/qd-ubnd cua uy ban", "so", "93/qd-ubnd", "cua", "uy", "ban");   /* folded */
    TOKENS("nguoi duoc thuc hien", "nguoi", "duoc", "thuc", "hien");
    vnplan_token *t = (vnplan_token *)1;
    ck_assert_uint_eq(vnplan_text_tokens(" ,.- ", 5, &t), 0);
    ck_assert_ptr_null(t);
}
END_TEST

static Suite *suite(void) {
    Suite *s = suite_create("text_keys");
    TCase *tc = tcase_create("keys");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, key_table);
    tcase_add_test(tc, offsets_back_to_display);
    tcase_add_test(tc, seed_key_properties);
    tcase_add_test(tc, tokens);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    return vn_check_run(suite());
}
