/* Legacy encodings: TCVN3 (checked byte by byte against glibc iconv's
 * TCVN5712-1), VNI (checked against GNU recode), VIQR, font names. */
#include "check_main.h"
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text_test_util.h"

static void expect_decode(vnplan_encoding enc, bool caps, const char *in, const char *want) {
    char *d = tt_decode(enc, caps, in);
    ck_assert_msg(strcmp(d, want) == 0, "enc %d [%s] -> [%s], expected [%s]", (int)enc, in, d, want);
    free(d);
}

START_TEST(tcvn3_examples) {
    /* As a .docx shows them (each byte as its Windows-1252 character)... */
    expect_decode(VNPLAN_ENC_TCVN3, false, "Céng hoµ x· héi chñ nghÜa ViÖt Nam",
                  "Cộng hoà xã hội chủ nghĩa Việt Nam");
    expect_decode(VNPLAN_ENC_TCVN3, false, "§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc");
    expect_decode(VNPLAN_ENC_TCVN3, false, "Uû ban nh©n d©n tØnh L¹ng S¬n",
                  "Uỷ ban nhân dân tỉnh Lạng Sơn");
    expect_decode(VNPLAN_ENC_TCVN3, false, "KÕ ho¹ch thùc hiÖn n¨m 2026", "Kế hoạch thực hiện năm 2026");
    /* ... and as raw bytes, also mixed with the Windows-1252 view */
    expect_decode(VNPLAN_ENC_TCVN3, false, "C\xe9ng ho\xb5 x\xb7 h\xe9i", "Cộng hoà xã hội");
    expect_decode(VNPLAN_ENC_TCVN3, false, "C\xe9ng hoµ", "Cộng hoà");
    /* the capitals-only .VnTimeH fonts: same bytes, upper-cased */
    expect_decode(VNPLAN_ENC_TCVN3, true, "ñy ban nh©n d©n tØnh", "ỦY BAN NHÂN DÂN TỈNH");
    expect_decode(VNPLAN_ENC_TCVN3, true, "kÕ ho¹ch", "KẾ HOẠCH");
    /* ASCII is ASCII */
    expect_decode(VNPLAN_ENC_TCVN3, false, "Số: 31/KH-SNgV", "Số: 31/KH-SNgV");
}
END_TEST

START_TEST(unicode_runs_are_left_alone) {
    /* A run typed in Unicode whose font was later set to a legacy one. */
    expect_decode(VNPLAN_ENC_TCVN3, false, "Cộng hòa xã hội", "Cộng hòa xã hội");
    expect_decode(VNPLAN_ENC_VNI, false, "Việt Nam", "Việt Nam");
    expect_decode(VNPLAN_ENC_TCVN3, false, "đi", "đi");
}
END_TEST

static size_t iconv_one(iconv_t cd, unsigned char byte, char *out, size_t cap) {
    iconv(cd, NULL, NULL, NULL, NULL);
    char in[1] = {(char)byte};
    char *ip = in, *op = out;
    size_t il = 1, ol = cap - 1;
    size_t r = iconv(cd, &ip, &il, &op, &ol);
    ck_assert_msg(r != (size_t)-1, "iconv failed on byte 0x%02X", byte);
    iconv(cd, NULL, NULL, &op, &ol);  /* flush a letter held for a combining mark */
    *op = '\0';
    return (size_t)(op - out);
}

/* Every byte 0x80-0xFF against glibc: TCVN3's letters are VN1's, and the
 * bytes ABC leaves free are decoded as VN1 does. Both input forms agree. */
START_TEST(tcvn3_matches_glibc_iconv) {
    iconv_t cd = iconv_open("UTF-8", "TCVN5712-1");
    ck_assert_msg(cd != (iconv_t)-1, "glibc iconv lacks TCVN5712-1");
    iconv_t w = iconv_open("UTF-8", "CP1252");
    ck_assert(w != (iconv_t)-1);
    int checked = 0;
    for (unsigned b = 0x80; b <= 0xFF; b++) {
        char want[16], raw[2] = {(char)b, 0};
        iconv_one(cd, (unsigned char)b, want, sizeof want);
        char *got = tt_decode(VNPLAN_ENC_TCVN3, false, raw);
        ck_assert_msg(strcmp(got, want) == 0, "byte 0x%02X: [%s], iconv [%s]", b, got, want);
        free(got);
        /* the Windows-1252 view of the same byte */
        char view[8];
        char *ip = raw, *op = view;
        size_t il = 1, ol = sizeof view - 1;
        iconv(w, NULL, NULL, NULL, NULL);
        if (iconv(w, &ip, &il, &op, &ol) == (size_t)-1) {
            /* 0x81 0x8D 0x8F 0x90 0x9D: Word keeps them as C1 controls */
            op = view;
            op[0] = (char)(0xC0 | (b >> 6));
            op[1] = (char)(0x80 | (b & 0x3F));
            op += 2;
        }
        *op = '\0';
        got = tt_decode(VNPLAN_ENC_TCVN3, false, view);
        ck_assert_msg(strcmp(got, want) == 0, "view of 0x%02X: [%s], iconv [%s]", b, got, want);
        free(got);
        checked++;
    }
    ck_assert_int_eq(checked, 128);
    iconv_close(w);
    iconv_close(cd);
}
END_TEST

START_TEST(vni_examples) {
    expect_decode(VNPLAN_ENC_VNI, false, "Vieät Nam", "Việt Nam");
    expect_decode(VNPLAN_ENC_VNI, false, "UÛy ban nhaân daân tænh", "Ủy ban nhân dân tỉnh");
    expect_decode(VNPLAN_ENC_VNI, false, "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM",
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect_decode(VNPLAN_ENC_VNI, false, "Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc");
    expect_decode(VNPLAN_ENC_VNI, false, "ngöôøi, ñöôïc, thöïc hieän", "người, được, thực hiện");
    /* raw bytes */
    expect_decode(VNPLAN_ENC_VNI, false, "Vie\xe4t Nam", "Việt Nam");
    /* a capital diacritic byte after a small letter keeps the letter's case */
    expect_decode(VNPLAN_ENC_VNI, false, "Vie\xc4t", "Việt");
    /* a long run is decoded in slices without splitting a letter */
    char in[2000] = "", want[2000] = "";
    for (int i = 0; i < 150; i++) {
        strcat(in, i % 2 ? "Vieät " : "aâ");
        strcat(want, i % 2 ? "Việt " : "â");
    }
    expect_decode(VNPLAN_ENC_VNI, false, in, want);
}
END_TEST

/* Every sequence of the shared VNI table, decoded by GNU recode and by us:
 * they agree except where recode swaps Ắ and Ằ (data/README.md). */
START_TEST(vni_matches_gnu_recode) {
    size_t len;
    char *tsv = tt_read(tt_shared("data/encodings/vni_windows_to_unicode.tsv"), &len);
    ck_assert_ptr_nonnull(tsv);
    char raw[4096] = "";
    size_t rn = 0;
    char *ours[200];
    int n = 0;
    char *save = NULL;
    for (char *line = strtok_r(tsv, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (line[0] == '#')
            continue;
        unsigned b1, b2;
        char seq[3] = {0};
        int k = sscanf(line, "%x %x\t", &b1, &b2);
        if (k == 2 && strchr(line, '\t') > strchr(line, ' ')) {
            seq[0] = (char)b1;
            seq[1] = (char)b2;
        } else {
            ck_assert_int_ge(k, 1);
            seq[0] = (char)b1;
        }
        memcpy(raw + rn, seq, strlen(seq));
        rn += strlen(seq);
        raw[rn++] = '\n';
        ours[n++] = tt_decode(VNPLAN_ENC_VNI, false, seq);
    }
    ck_assert_int_eq(n, 134);
    size_t out_len;
    char *theirs = tt_filter("recode VNI..UTF-8", raw, rn, &out_len);
    ck_assert_msg(theirs != NULL, "GNU recode failed (is the Debian package recode installed?)");
    int differ = 0;
    char *p = theirs;
    for (int i = 0; i < n; i++) {
        char *nl = strchr(p, '\n');
        ck_assert_ptr_nonnull(nl);
        *nl = '\0';
        if (strcmp(p, ours[i]) != 0) {
            differ++;
            ck_assert_msg((strcmp(ours[i], "Ắ") == 0 && strcmp(p, "Ằ") == 0) ||
                              (strcmp(ours[i], "Ằ") == 0 && strcmp(p, "Ắ") == 0),
                          "entry %d: ours [%s], recode [%s]", i, ours[i], p);
        }
        free(ours[i]);
        p = nl + 1;
    }
    ck_assert_int_eq(differ, 2);
    free(theirs);
    free(tsv);
}
END_TEST

START_TEST(viqr_examples) {
    expect_decode(VNPLAN_ENC_VIQR, false, "Vie^.t Nam", "Việt Nam");
    expect_decode(VNPLAN_ENC_VIQR, false, "Co^.ng ho`a xa~ ho^.i chu? nghi~a", "Cộng hòa xã hội chủ nghĩa");
    expect_decode(VNPLAN_ENC_VIQR, false, "DDo^.c la^.p - Tu+. do - Ha.nh phu'c",
                  "Độc lập - Tự do - Hạnh phúc");
    expect_decode(VNPLAN_ENC_VIQR, false, "ddu+o+`ng", "đường");
    expect_decode(VNPLAN_ENC_VIQR, false, "a(n", "ăn");
    expect_decode(VNPLAN_ENC_VIQR, false, "Ta\\.i sao\\?", "Ta.i sao?");   /* escaped marks */
    expect_decode(VNPLAN_ENC_VIQR, true, "u?y ban", "ỦY BAN");
}
END_TEST

START_TEST(font_names) {
    static const struct {
        const char *name;
        vnplan_encoding enc;
        bool caps;
    } fonts[] = {
        {".VnTime", VNPLAN_ENC_TCVN3, false},      {".VnTimeH", VNPLAN_ENC_TCVN3, true},
        {".VnArial", VNPLAN_ENC_TCVN3, false},     {".VnArialH", VNPLAN_ENC_TCVN3, true},
        {".VnArial NarrowH", VNPLAN_ENC_TCVN3, true}, {".VnAvantH", VNPLAN_ENC_TCVN3, true},
        {".VnBook-Antiqua", VNPLAN_ENC_TCVN3, false}, {".VnCentury Schoolbook", VNPLAN_ENC_TCVN3, false},
        {".vntime", VNPLAN_ENC_TCVN3, false},      {"VNI-Times", VNPLAN_ENC_VNI, false},
        {"VNI-Helve", VNPLAN_ENC_VNI, false},      {"VNI-Helve-Condense", VNPLAN_ENC_VNI, false},
        {"UVnTime", VNPLAN_ENC_UTF8, false},       {"Times New Roman", VNPLAN_ENC_UTF8, false},
        {"VNtimes New Roman", VNPLAN_ENC_UTF8, false}, {"VNIX", VNPLAN_ENC_UTF8, false},
        {"", VNPLAN_ENC_UTF8, false},              {".Vn", VNPLAN_ENC_UTF8, false},
    };
    for (size_t i = 0; i < sizeof fonts / sizeof fonts[0]; i++) {
        bool caps = !fonts[i].caps;
        ck_assert_msg(vnplan_font_encoding(fonts[i].name, &caps) == fonts[i].enc, "%s", fonts[i].name);
        ck_assert_msg(caps == fonts[i].caps, "%s: caps", fonts[i].name);
    }
    ck_assert_int_eq(vnplan_font_encoding(NULL, NULL), VNPLAN_ENC_UTF8);
    ck_assert_int_eq(vnplan_font_encoding(".VnTimeH", NULL), VNPLAN_ENC_TCVN3);
}
END_TEST

static Suite *suite(void) {
    Suite *s = suite_create("text_legacy");
    TCase *tc = tcase_create("legacy");
    tcase_add_test(tc, tcvn3_examples);
    tcase_add_test(tc, unicode_runs_are_left_alone);
    tcase_add_test(tc, tcvn3_matches_glibc_iconv);
    tcase_add_test(tc, vni_examples);
    tcase_add_test(tc, vni_matches_gnu_recode);
    tcase_add_test(tc, viqr_examples);
    tcase_add_test(tc, font_names);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    return vn_check_run(suite());
}
