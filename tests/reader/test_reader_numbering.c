/* Automatic numbering rendered as Word shows it. */
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "docx_builder.h"
#include "reader/numbering_defs.h"

#define NUMP(num, lvl, text) \
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" #lvl "\"/><w:numId w:val=\"" #num "\"/></w:numPr></w:pPr>" \
    "<w:r><w:t>" text "</w:t></w:r></w:p>"
#define LVL(i, start, fmt, text) \
    "<w:lvl w:ilvl=\"" #i "\"><w:start w:val=\"" #start "\"/><w:numFmt w:val=\"" fmt "\"/>" \
    "<w:lvlText w:val=\"" text "\"/></w:lvl>"
#define NUMBERING(body) "<?xml version=\"1.0\"?><w:numbering " W_NS ">" body "</w:numbering>"

/* Roman headings, arabic items under them, letter items below. */
static const char *plan_numbering =
    NUMBERING("<w:abstractNum w:abstractNumId=\"0\">" LVL(0, 1, "upperRoman", "%1.") LVL(1, 1, "decimal", "%2.")
              LVL(2, 1, "lowerLetter", "%3)") LVL(3, 1, "decimal", "%1.%2.%4.") "</w:abstractNum>"
              "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
              "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>"
              "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"1\"><w:startOverride w:val=\"5\"/></w:lvlOverride></w:num>");

START_TEST(levels_restart_under_their_parent) {
    vnplan_document *d = build_docx(NUMP(1, 0, "MỤC ĐÍCH") NUMP(1, 1, "Mục đích") NUMP(1, 1, "Yêu cầu")
                                    NUMP(1, 2, "một") NUMP(1, 2, "hai") NUMP(1, 0, "NHIỆM VỤ") NUMP(1, 1, "Thể chế")
                                    NUMP(1, 3, "sâu"),
                                    NULL, plan_numbering);
    const char *want[] = {"I.", "1.", "2.", "a)", "b)", "II.", "1.", "II.1.1."};
    for (size_t i = 0; i < 8; i++)
        ck_assert_str_eq(para_label(d, i), want[i]);
    ck_assert_int_eq(content_at(d, 0)->u.paragraph.num_format, VNPLAN_NUMFMT_UPPER_ROMAN);
    ck_assert_int_eq(content_at(d, 3)->u.paragraph.num_level, 2);
    ck_assert_str_eq(para_text(d, 0), "MỤC ĐÍCH");
    vnplan_document_free(d);
}
END_TEST

START_TEST(instances_share_counters_unless_overridden) {
    vnplan_document *d = build_docx(NUMP(1, 1, "a") NUMP(2, 1, "b") NUMP(3, 1, "c") NUMP(3, 1, "d"),
                                    NULL, plan_numbering);
    ck_assert_str_eq(para_label(d, 0), "1.");
    ck_assert_str_eq(para_label(d, 1), "2.");   /* another num of the same abstract continues */
    ck_assert_str_eq(para_label(d, 2), "5.");   /* startOverride restarts */
    ck_assert_str_eq(para_label(d, 3), "6.");
    vnplan_document_free(d);
}
END_TEST

START_TEST(legal_numbering_and_lvl_restart) {
    const char *num = NUMBERING(
        "<w:abstractNum w:abstractNumId=\"0\">" LVL(0, 1, "upperRoman", "%1.")
        "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlRestart w:val=\"0\"/>"
        "<w:isLgl/><w:lvlText w:val=\"%1.%2.\"/></w:lvl></w:abstractNum>"
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
    vnplan_document *d = build_docx(NUMP(1, 0, "A") NUMP(1, 1, "a") NUMP(1, 0, "B") NUMP(1, 1, "b"), NULL, num);
    ck_assert_str_eq(para_label(d, 0), "I.");
    ck_assert_str_eq(para_label(d, 1), "1.1.");
    ck_assert_str_eq(para_label(d, 2), "II.");
    ck_assert_str_eq(para_label(d, 3), "2.2.");  /* never restarts; legal: decimal parents */
    vnplan_document_free(d);
}
END_TEST

START_TEST(numbering_through_styles) {
    const char *styles =
        "<?xml version=\"1.0\"?><w:styles " W_NS ">"
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"H1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>"
        "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"H2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"H1\"/>"
        "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style></w:styles>";
    vnplan_document *d = build_docx(
        "<w:p><w:pPr><w:pStyle w:val=\"H1\"/></w:pPr><w:r><w:t>Một</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:pStyle w:val=\"H2\"/></w:pPr><w:r><w:t>Hai</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:pStyle w:val=\"H1\"/><w:numPr><w:ilvl w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>Ba</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:pStyle w:val=\"H1\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>Bốn</w:t></w:r></w:p>",
        styles, plan_numbering);
    ck_assert_str_eq(para_label(d, 0), "I.");
    ck_assert_int_eq(content_at(d, 0)->u.paragraph.outline_level, 0);
    ck_assert_str_eq(content_at(d, 0)->u.paragraph.style_name, "heading 1");
    ck_assert_str_eq(para_label(d, 1), "1.");
    ck_assert_int_eq(content_at(d, 1)->u.paragraph.outline_level, 1);
    ck_assert_str_eq(para_label(d, 2), "2.");    /* the paragraph's ilvl overrides the style's */
    ck_assert_str_eq(para_label(d, 3), "");      /* numId 0 removes the style's numbering */
    vnplan_document_free(d);
}
END_TEST

START_TEST(heading_style_finds_its_level_by_pstyle) {
    const char *num = NUMBERING(
        "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/>"
        "<w:pStyle w:val=\"Heading1\"/><w:lvlText w:val=\"%1.\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/>"
        "<w:numFmt w:val=\"decimal\"/><w:pStyle w:val=\"Heading2\"/><w:lvlText w:val=\"%2.\"/></w:lvl></w:abstractNum>"
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
    const char *styles =
        "<?xml version=\"1.0\"?><w:styles " W_NS ">"
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
        "</w:styles>";
    vnplan_document *d = build_docx(
        "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>A</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>b</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>c</w:t></w:r></w:p>",
        styles, num);
    ck_assert_str_eq(para_label(d, 0), "I.");
    ck_assert_str_eq(para_label(d, 1), "1.");
    ck_assert_str_eq(para_label(d, 2), "2.");
    vnplan_document_free(d);
}
END_TEST

START_TEST(missing_numbering_part_gives_no_label) {
    vnplan_document *d = build_docx(NUMP(1, 0, "không nhãn"), NULL, NULL);
    ck_assert_str_eq(para_label(d, 0), "");
    ck_assert_str_eq(para_text(d, 0), "không nhãn");
    vnplan_document_free(d);
}
END_TEST

START_TEST(bullets_and_none) {
    const char *num = NUMBERING(
        "<w:abstractNum w:abstractNumId=\"0\">" LVL(0, 1, "bullet", "\xEF\x82\xB7") LVL(1, 1, "bullet", "-")
        LVL(2, 1, "none", "") "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
    vnplan_document *d = build_docx(NUMP(1, 0, "a") NUMP(1, 1, "b") NUMP(1, 2, "c"), NULL, num);
    ck_assert_str_eq(para_label(d, 0), "\xE2\x80\xA2");
    ck_assert_str_eq(para_label(d, 1), "-");
    ck_assert_str_eq(para_label(d, 2), "");
    ck_assert_int_eq(content_at(d, 0)->u.paragraph.num_format, VNPLAN_NUMFMT_BULLET);
    vnplan_document_free(d);
}
END_TEST

/* The bullets of Word's symbol fonts read as the run's w:sym does (one map,
 * reader/symbol_font.c): Wingdings' arrow U+F0E0 and black square U+F06E too. */
START_TEST(symbol_font_bullets) {
    const char *num = NUMBERING(
        "<w:abstractNum w:abstractNumId=\"0\">" LVL(0, 1, "bullet", "\xEF\x83\xA0") LVL(1, 1, "bullet", "\xEF\x81\xAE")
        LVL(2, 1, "bullet", "\xEF\x82\xA7") "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
    vnplan_document *d = build_docx(NUMP(1, 0, "a") NUMP(1, 1, "b") NUMP(1, 2, "c"), NULL, num);
    ck_assert_str_eq(para_label(d, 0), "\xE2\x86\x92");
    ck_assert_str_eq(para_label(d, 1), "\xE2\x96\xA0");
    ck_assert_str_eq(para_label(d, 2), "\xE2\x96\xAA");
    vnplan_document_free(d);
}
END_TEST

START_TEST(every_number_format) {
    static const struct {
        int value;
        vnplan_num_format fmt;
        const char *want;
    } cases[] = {
        {4, VNPLAN_NUMFMT_DECIMAL, "4"},          {4, VNPLAN_NUMFMT_DECIMAL_ZERO, "04"},
        {12, VNPLAN_NUMFMT_DECIMAL_ZERO, "12"},   {14, VNPLAN_NUMFMT_UPPER_ROMAN, "XIV"},
        {9, VNPLAN_NUMFMT_LOWER_ROMAN, "ix"},     {3, VNPLAN_NUMFMT_UPPER_LETTER, "C"},
        {28, VNPLAN_NUMFMT_LOWER_LETTER, "bb"},   {22, VNPLAN_NUMFMT_ORDINAL, "22nd"},
        {13, VNPLAN_NUMFMT_ORDINAL, "13th"},      {3, VNPLAN_NUMFMT_CARDINAL_TEXT, "Three"},
        {2, VNPLAN_NUMFMT_ORDINAL_TEXT, "Second"}, {7, VNPLAN_NUMFMT_NONE, ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        vn_buf b = VN_BUF_INIT;
        vn_format_number(&b, cases[i].value, cases[i].fmt);
        ck_assert_str_eq(vn_buf_cstr(&b), cases[i].want);
        vn_buf_free(&b);
    }
}
END_TEST

static Suite *suite(void) {
    Suite *s = suite_create("reader_numbering");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, levels_restart_under_their_parent);
    tcase_add_test(tc, instances_share_counters_unless_overridden);
    tcase_add_test(tc, legal_numbering_and_lvl_restart);
    tcase_add_test(tc, numbering_through_styles);
    tcase_add_test(tc, heading_style_finds_its_level_by_pstyle);
    tcase_add_test(tc, missing_numbering_part_gives_no_label);
    tcase_add_test(tc, bullets_and_none);
    tcase_add_test(tc, symbol_font_bullets);
    tcase_add_test(tc, every_number_format);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return vn_check_run(suite()); }
