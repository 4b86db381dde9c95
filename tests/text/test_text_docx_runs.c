/* The legacy-font .docx files of legacy-fonts/ (tools/make-legacy-font-docx)
 * read through the text API: each run's font (direct, or from its paragraph
 * style) chooses the decoding, runs without a legacy font go through the
 * detector, and each paragraph's display text must equal NAME.expected.
 * This stands in for the reader's own tests on the same files; it resolves
 * only the two styles these files use. */
#include "check_main.h"
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "text/text_internal.h"
#include "text_test_util.h"

static char *zip_part(zip_t *z, const char *name) {
    zip_stat_t st;
    ck_assert_int_eq(zip_stat(z, name, 0, &st), 0);
    zip_file_t *f = zip_fopen(z, name, 0);
    ck_assert_ptr_nonnull(f);
    char *d = malloc(st.size + 1);
    ck_assert_int_eq(zip_fread(f, d, st.size), (zip_int64_t)st.size);
    d[st.size] = '\0';
    zip_fclose(f);
    return d;
}

static xmlNode *child(xmlNode *n, const char *name) {
    for (xmlNode *c = n ? n->children : NULL; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && strcmp((const char *)c->name, name) == 0)
            return c;
    return NULL;
}

static char *attr(xmlNode *n, const char *name) {
    return n ? (char *)xmlGetProp(n, (const xmlChar *)name) : NULL;
}

/* The ascii font of a style (or NULL). */
static char *style_font(xmlDoc *styles, const char *id) {
    for (xmlNode *s = xmlDocGetRootElement(styles)->children; s; s = s->next) {
        char *sid = s->type == XML_ELEMENT_NODE ? attr(s, "styleId") : NULL;
        bool hit = sid && strcmp(sid, id) == 0;
        xmlFree(sid);
        if (hit)
            return attr(child(child(s, "rPr"), "rFonts"), "ascii");
    }
    return NULL;
}

static void check_file(const char *name) {
    char path[4096];
    snprintf(path, sizeof path, "%s/tests/text/legacy-fonts/%s.docx", getenv("VNPLAN_SOURCE_DIR"), name);
    int err = 0;
    zip_t *z = zip_open(path, ZIP_RDONLY, &err);
    ck_assert_msg(z != NULL, "cannot open %s", path);
    char *doc_xml = zip_part(z, "word/document.xml"), *styles_xml = zip_part(z, "word/styles.xml");
    zip_close(z);
    xmlDoc *doc = xmlReadMemory(doc_xml, (int)strlen(doc_xml), "document.xml", NULL, XML_PARSE_NONET);
    xmlDoc *styles = xmlReadMemory(styles_xml, (int)strlen(styles_xml), "styles.xml", NULL, XML_PARSE_NONET);
    ck_assert(doc && styles);
    snprintf(path, sizeof path, "%s/tests/text/legacy-fonts/%s.expected", getenv("VNPLAN_SOURCE_DIR"), name);
    char *expected = tt_read(path, NULL);
    ck_assert_ptr_nonnull(expected);
    char *want = expected;
    int paragraphs = 0;
    for (xmlNode *p = child(xmlDocGetRootElement(doc), "body")->children; p; p = p->next) {
        if (p->type != XML_ELEMENT_NODE || strcmp((const char *)p->name, "p") != 0)
            continue;
        char *pstyle = attr(child(child(p, "pPr"), "pStyle"), "val");
        vn_buf line = VN_BUF_INIT;
        for (xmlNode *r = p->children; r; r = r->next) {
            xmlNode *t = child(r, "t");
            if (!t)
                continue;
            char *font = attr(child(child(r, "rPr"), "rFonts"), "ascii");
            if (!font)
                font = style_font(styles, pstyle ? pstyle : "Normal");
            bool caps = false;
            vnplan_encoding enc = vnplan_font_encoding(font, &caps);
            xmlChar *text = xmlNodeGetContent(t);
            size_t len = strlen((const char *)text);
            if (enc == VNPLAN_ENC_UTF8)
                enc = vnplan_text_detect((const char *)text, len);
            vn_text_decode_append(&line, enc, caps, (const char *)text, len);
            xmlFree(text);
            xmlFree(font);
        }
        xmlFree(pstyle);
        char *disp = tt_display(vn_buf_cstr(&line), VNPLAN_TONES_KEEP);
        char *nl = strchr(want, '\n');
        ck_assert_ptr_nonnull(nl);
        *nl = '\0';
        ck_assert_msg(strcmp(disp, want) == 0, "%s paragraph %d: [%s], expected [%s]", name,
                      paragraphs + 1, disp, want);
        want = nl + 1;
        free(disp);
        vn_buf_free(&line);
        paragraphs++;
    }
    ck_assert_msg(*want == '\0', "%s: fewer paragraphs than expected", name);
    ck_assert_int_gt(paragraphs, 0);
    free(expected);
    xmlFreeDoc(doc);
    xmlFreeDoc(styles);
    free(doc_xml);
    free(styles_xml);
}

START_TEST(tcvn3_direct_fonts) { check_file("tcvn3-direct"); }
END_TEST
START_TEST(tcvn3_style_fonts) { check_file("tcvn3-styles"); }
END_TEST
START_TEST(vni_direct_fonts) { check_file("vni-direct"); }
END_TEST
START_TEST(tcvn3_font_changed_detected) { check_file("tcvn3-font-changed"); }
END_TEST

static Suite *suite(void) {
    Suite *s = suite_create("text_docx_runs");
    TCase *tc = tcase_create("docx");
    tcase_add_test(tc, tcvn3_direct_fonts);
    tcase_add_test(tc, tcvn3_style_fonts);
    tcase_add_test(tc, vni_direct_fonts);
    tcase_add_test(tc, tcvn3_font_changed_detected);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    int failed = vn_check_run(suite());
    xmlCleanupParser();
    return failed;
}
