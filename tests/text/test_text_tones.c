/* Tone placement: every toned open oa/oe/uy syllable in both styles, the
 * rules for final consonants, qu-/gi-, marked vowels and triphthongs, and
 * the repair of misplaced tones. */
#include "check_main.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text_test_util.h"

static void expect(const char *in, vnplan_tones t, const char *want) {
    char *d = tt_display(in, t);
    ck_assert_msg(strcmp(d, want) == 0, "[%s] style %d -> [%s], expected [%s]", in, (int)t, d, want);
    free(d);
}

static void expect_pair(const char *old_form, const char *new_form) {
    expect(old_form, VNPLAN_TONES_KEEP, old_form);
    expect(new_form, VNPLAN_TONES_KEEP, new_form);
    expect(old_form, VNPLAN_TONES_OLD, old_form);
    expect(new_form, VNPLAN_TONES_OLD, old_form);
    expect(old_form, VNPLAN_TONES_NEW, new_form);
    expect(new_form, VNPLAN_TONES_NEW, new_form);
    char *k1 = tt_key(old_form, VNPLAN_KEY_MATCH), *k2 = tt_key(new_form, VNPLAN_KEY_MATCH);
    ck_assert_str_eq(k1, k2);
    free(k1);
    free(k2);
}

/* The shared table lists each of oa, oe, uy x 5 tones x lower, upper and
 * title case; each pair is tried alone and after onsets. */
START_TEST(shared_table_both_styles) {
    size_t len;
    char *tsv = tt_read(tt_shared("data/tone/tone_placement_open_syllable.tsv"), &len);
    ck_assert_ptr_nonnull(tsv);
    static const char *const onsets[][3] = {
        /* lower, upper, title */
        {"", "", ""}, {"h", "H", "H"}, {"kh", "KH", "Kh"}, {"th", "TH", "Th"}, {"ng", "NG", "Ng"},
        {"x", "X", "X"}, {"t", "T", "T"}, {"đ", "Đ", "Đ"}};
    int rows = 0;
    char *save = NULL;
    for (char *line = strtok_r(tsv, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (line[0] == '#' || strncmp(line, "old_style", 9) == 0)
            continue;
        char old_form[32], new_form[32], tone[16], kase[16];
        ck_assert_int_eq(sscanf(line, "%31[^\t]\t%31[^\t]\t%15[^\t]\t%15s", old_form, new_form, tone,
                                kase), 4);
        int c = strcmp(kase, "lower") == 0 ? 0 : strcmp(kase, "upper") == 0 ? 1 : 2;
        for (size_t o = 0; o < sizeof onsets / sizeof onsets[0]; o++) {
            if (c == 2 && o > 0) {
                /* title case: the capital is the onset's, the pair is lowercase */
                continue;
            }
            char a[64], b[64];
            snprintf(a, sizeof a, "%s%s", onsets[o][c], old_form);
            snprintf(b, sizeof b, "%s%s", onsets[o][c], new_form);
            expect_pair(a, b);
        }
        rows++;
    }
    ck_assert_int_eq(rows, 45);
    free(tsv);
}
END_TEST

/* The same walk built independently with utf8proc: the tone as a combining
 * mark after the first or the second vowel, composed. */
START_TEST(generated_walk_both_styles) {
    static const char *const marks[] = {"\xcc\x80", "\xcc\x81", "\xcc\x89", "\xcc\x83", "\xcc\xa3"};
    static const char *const pairs[] = {"oa", "oe", "uy"};
    static const char *const onsets[] = {"", "h", "kh", "th", "ch", "l", "s", "nh", "tr", "x"};
    int n = 0;
    for (size_t p = 0; p < 3; p++)
        for (size_t m = 0; m < 5; m++)
            for (size_t o = 0; o < sizeof onsets / sizeof onsets[0]; o++)
                for (int kase = 0; kase < 3; kase++) {
                    /* lower, upper, or a capital first letter */
                    char on[8], v0 = pairs[p][0], v1 = pairs[p][1];
                    snprintf(on, sizeof on, "%s", onsets[o]);
                    if (kase == 1) {
                        for (char *c = on; *c; c++)
                            *c = (char)(*c - 'a' + 'A');
                        v0 = (char)(v0 - 'a' + 'A');
                        v1 = (char)(v1 - 'a' + 'A');
                    } else if (kase == 2) {
                        if (on[0])
                            on[0] = (char)(on[0] - 'a' + 'A');
                        else
                            v0 = (char)(v0 - 'a' + 'A');
                    }
                    char raw_old[32], raw_new[32];
                    snprintf(raw_old, sizeof raw_old, "%s%c%s%c", on, v0, marks[m], v1);
                    snprintf(raw_new, sizeof raw_new, "%s%c%c%s", on, v0, v1, marks[m]);
                    utf8proc_uint8_t *a = utf8proc_NFC((utf8proc_uint8_t *)raw_old);
                    utf8proc_uint8_t *b = utf8proc_NFC((utf8proc_uint8_t *)raw_new);
                    ck_assert(a && b);
                    expect_pair((const char *)a, (const char *)b);
                    free(a);
                    free(b);
                    n++;
                }
    ck_assert_int_eq(n, 3 * 5 * 10 * 3);
}
END_TEST

/* One spelling in both styles; the misplaced forms are repaired in every mode. */
static const struct {
    const char *in, *out;
} rules[] = {
    /* a final consonant: the last vowel */
    {"hoàn", "hoàn"}, {"hòan", "hoàn"}, {"hoàng", "hoàng"}, {"khỏang", "khoảng"},
    {"huỳnh", "huỳnh"}, {"hùynh", "huỳnh"}, {"xoèn", "xoèn"}, {"xòen", "xoèn"},
    {"HÒAN", "HOÀN"}, {"Hòan", "Hoàn"},
    /* qu- and gi-: the tone goes on the next vowel */
    {"quý", "quý"}, {"qúy", "quý"}, {"Qúy", "Quý"}, {"QÚY", "QUÝ"}, {"qùa", "quà"},
    {"qủa", "quả"}, {"quỳnh", "quỳnh"}, {"qùynh", "quỳnh"}, {"gìa", "già"}, {"già", "già"},
    {"gì", "gì"}, {"gìn", "gìn"}, {"gíêng", "giếng"}, {"giữa", "giữa"}, {"gịăc", "giặc"},
    {"quyết", "quyết"}, {"qúyêt", "quyết"},
    /* ê ơ â ă ô ư carry it; of ươ the ơ */
    {"lựơng", "lượng"}, {"LỰƠNG", "LƯỢNG"}, {"ngừơi", "người"}, {"múôn", "muốn"},
    {"tìên", "tiền"}, {"yêú", "yếu"}, {"cưú", "cứu"}, {"cứu", "cứu"}, {"thủơ", "thuở"},
    {"thùân", "thuần"}, {"họăc", "hoặc"}, {"khủyên", "khuyển"}, {"chủyên", "chuyển"},
    /* triphthongs: the middle vowel */
    {"ngòai", "ngoài"}, {"NGÒAI", "NGOÀI"}, {"ngoaì", "ngoài"}, {"khủyu", "khuỷu"},
    {"khuyủ", "khuỷu"}, {"ngọeo", "ngoẹo"}, {"ngóay", "ngoáy"}, {"khúya", "khuýa"},
    /* open falling diphthongs: the first vowel */
    {"mùa", "mùa"}, {"muà", "mùa"}, {"taì", "tài"}, {"kià", "kìa"}, {"hoỉ", "hỏi"},
    {"gửi", "gửi"}, {"caó", "cáo"}, {"nhiêù", "nhiều"},
    /* not a syllable, or not one tone: left alone */
    {"cafè", "cafè"}, {"résumé", "résumé"}, {"hòà", "hòà"}, {"Nguyễn", "Nguyễn"},
    {"qúa2", "qúa2"}, {"UBND", "UBND"},
};

START_TEST(rules_and_repairs) {
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
        for (int t = VNPLAN_TONES_KEEP; t <= VNPLAN_TONES_NEW; t++)
            expect(rules[i].in, (vnplan_tones)t, rules[i].out);
}
END_TEST

START_TEST(sentences_in_each_style) {
    const char *old_s = "Ủy ban nhân dân tỉnh Hòa Bình; THỦY LỢI; khỏe mạnh, hòa thuận và quý giá.";
    const char *new_s = "Uỷ ban nhân dân tỉnh Hoà Bình; THUỶ LỢI; khoẻ mạnh, hoà thuận và quý giá.";
    expect(old_s, VNPLAN_TONES_NEW, new_s);
    expect(new_s, VNPLAN_TONES_OLD, old_s);
    expect(old_s, VNPLAN_TONES_KEEP, old_s);
    char *k = tt_key(new_s, VNPLAN_KEY_MATCH);
    ck_assert_str_eq(k, "ủy ban nhân dân tỉnh hòa bình; thủy lợi; khỏe mạnh, hòa thuận và quý giá.");
    free(k);
    k = tt_key(old_s, VNPLAN_KEY_FOLDED);
    ck_assert_str_eq(k, "uy ban nhan dan tinh hoa binh; thuy loi; khoe manh, hoa thuan va quy gia.");
    free(k);
}
END_TEST

static Suite *suite(void) {
    Suite *s = suite_create("text_tones");
    TCase *tc = tcase_create("tones");
    tcase_add_test(tc, shared_table_both_styles);
    tcase_add_test(tc, generated_walk_both_styles);
    tcase_add_test(tc, rules_and_repairs);
    tcase_add_test(tc, sentences_in_each_style);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    return vn_check_run(suite());
}
