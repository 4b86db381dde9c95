/* The reader's text: runs, special characters, revisions, fields, content
 * controls, alternate content and text boxes. One construct per test. */
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "docx_builder.h"

#define R(t) "<w:r><w:t xml:space=\"preserve\">" t "</w:t></w:r>"
#define P(runs) "<w:p>" runs "</w:p>"

START_TEST(split_runs_are_joined) {
    vnplan_document *d = build_docx(P(R("Kế ho") R("ạch c") "<w:proofErr/>" R("ải cách")), NULL, NULL);
    ck_assert_str_eq(para_text(d, 0), "Kế hoạch cải cách");
    vnplan_document_free(d);
}
END_TEST

START_TEST(tabs_breaks_and_hyphens) {
    vnplan_document *d = build_docx(
        P(R("a") "<w:r><w:tab/></w:r>" R("b") "<w:r><w:br/></w:r>" R("c") "<w:r><w:noBreakHyphen/></w:r>" R("d")
          "<w:r><w:softHyphen/></w:r>" R("e"))
        P("<w:r><w:br w:type=\"page\"/></w:r>" R("next page")),
        NULL, NULL);
    ck_assert_str_eq(para_text(d, 0), "a\tb\nc-de");
    ck_assert_str_eq(para_text(d, 1), "next page");
    ck_assert(content_at(d, 1)->u.paragraph.page_break_before);
    vnplan_document_free(d);
}
END_TEST

START_TEST(symbols_are_mapped) {
    vnplan_document *d = build_docx(P("<w:r><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/></w:r>" R(" x")), NULL, NULL);
    ck_assert_str_eq(para_text(d, 0), "\xE2\x80\xA2 x");
    vnplan_document_free(d);
}
END_TEST

START_TEST(revisions_are_accepted) {
    vnplan_document *d = build_docx(
        P(R("giữ ") "<w:ins w:id=\"1\">" R("thêm ") "</w:ins><w:del w:id=\"2\"><w:r><w:delText>xoá </w:delText></w:r></w:del>" R("hết"))
        P("<w:moveFrom w:id=\"3\">" R("cũ") "</w:moveFrom><w:moveTo w:id=\"4\">" R("mới") "</w:moveTo>")
        "<w:p><w:pPr><w:rPr><w:del w:id=\"5\"/></w:rPr></w:pPr>" R("nối ") "</w:p>" P(R("tiếp")),
        NULL, NULL);
    ck_assert_uint_eq(content_count(d), 3);
    ck_assert_str_eq(para_text(d, 0), "giữ thêm hết");
    ck_assert_str_eq(para_text(d, 1), "mới");
    ck_assert_str_eq(para_text(d, 2), "nối tiếp");
    vnplan_document_free(d);
}
END_TEST

START_TEST(fields_keep_their_result) {
    vnplan_document *d = build_docx(
        P(R("Trang ") "<w:fldSimple w:instr=\" PAGE \">" R("3") "</w:fldSimple>")
        P("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> HYPERLINK \"x\" </w:instrText></w:r>"
          "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" R("liên kết") "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"),
        NULL, NULL);
    ck_assert_str_eq(para_text(d, 0), "Trang 3");
    ck_assert_str_eq(para_text(d, 1), "liên kết");
    vnplan_document_free(d);
}
END_TEST

START_TEST(wrappers_keep_text_in_place) {
    vnplan_document *d = build_docx(
        P(R("a ") "<w:hyperlink r:id=\"x\" xmlns:r=\"urn:r\">" R("b ") "</w:hyperlink><w:smartTag>" R("c ")
          "</w:smartTag><w:customXml>" R("d ") "</w:customXml><w:sdt><w:sdtPr><w:placeholder>" R("NO")
          "</w:placeholder></w:sdtPr><w:sdtContent>" R("e") "</w:sdtContent></w:sdt>"),
        NULL, NULL);
    ck_assert_str_eq(para_text(d, 0), "a b c d e");
    vnplan_document_free(d);
}
END_TEST

START_TEST(alternate_content_text_box_once_after_anchor) {
    vnplan_document *d = build_docx(
        P(R("neo") "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>"
          P(R("hộp")) "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
          P(R("hộp")) "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>" R(" tiếp"))
        P(R("sau")),
        NULL, NULL);
    ck_assert_uint_eq(content_count(d), 3);
    ck_assert_str_eq(para_text(d, 0), "neo tiếp");
    ck_assert_str_eq(para_text(d, 1), "hộp");
    ck_assert_str_eq(para_text(d, 2), "sau");
    vnplan_document_free(d);
}
END_TEST

START_TEST(hidden_text_and_drawing_offsets_are_not_text) {
    vnplan_document *d = build_docx(
        P(R("thấy") "<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r>"
          "<w:r><w:drawing><wp:anchor xmlns:wp=\"urn:wp\"><wp:positionH><wp:posOffset>12345</wp:posOffset></wp:positionH></wp:anchor></w:drawing></w:r>"),
        NULL, NULL);
    ck_assert_str_eq(para_text(d, 0), "thấy");
    vnplan_document_free(d);
}
END_TEST

START_TEST(bold_lead_and_bold_all) {
    vnplan_document *d = build_docx(
        P("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Cải cách thể chế: </w:t></w:r>" R("Nâng cao"))
        P("<w:r><w:rPr><w:b/></w:rPr><w:t>I. MỤC ĐÍCH</w:t></w:r>"),
        NULL, NULL);
    const vnplan_paragraph *p = &content_at(d, 0)->u.paragraph;
    ck_assert(!p->bold_all);
    ck_assert_uint_eq(p->bold_lead_len, strlen("Cải cách thể chế:"));
    ck_assert(content_at(d, 1)->u.paragraph.bold_all);
    vnplan_document_free(d);
}
END_TEST

START_TEST(strict_namespace_is_read) {
    vnplan_document *d = build_docx_raw(
        "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\">"
        "<w:body><w:p><w:r><w:t>strict</w:t></w:r></w:p></w:body></w:document>",
        NULL, NULL);
    ck_assert_str_eq(para_text(d, 0), "strict");
    ck_assert_str_eq(d->format, "strict-docx");
    vnplan_document_free(d);
}
END_TEST

static Suite *suite(void) {
    Suite *s = suite_create("reader_text");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, split_runs_are_joined);
    tcase_add_test(tc, tabs_breaks_and_hyphens);
    tcase_add_test(tc, symbols_are_mapped);
    tcase_add_test(tc, revisions_are_accepted);
    tcase_add_test(tc, fields_keep_their_result);
    tcase_add_test(tc, wrappers_keep_text_in_place);
    tcase_add_test(tc, alternate_content_text_box_once_after_anchor);
    tcase_add_test(tc, hidden_text_and_drawing_offsets_are_not_text);
    tcase_add_test(tc, bold_lead_and_bold_all);
    tcase_add_test(tc, strict_namespace_is_read);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return vn_check_run(suite()); }
