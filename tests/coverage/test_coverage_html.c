/* The HTML report, parsed back with libxml2's HTML parser: one
 * self-contained page (one inline script, no external asset), the area
 * table and one row per upper task in scope with its status as a class and
 * its filter values as data- attributes, shared words marked, filters
 * hidden until the script shows them, a footer with the version and the
 * thresholds. Built from the provincial sample and a department sample.
 * tests/browser runs the page in Chromium. */
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "coverage/coverage_internal.h"
#include "extract/plan_internal.h"
#include "vnplan/version.h"

static long count(xmlXPathContextPtr xp, const char *expr) {
    xmlXPathObjectPtr r = xmlXPathEvalExpression((const xmlChar *)expr, xp);
    ck_assert_msg(r != NULL, "bad XPath %s", expr);
    long n = r->type == XPATH_NODESET ? (r->nodesetval ? r->nodesetval->nodeNr : 0) : (long)xmlXPathCastToNumber(r);
    xmlXPathFreeObject(r);
    return n;
}

static char *string_of(xmlXPathContextPtr xp, const char *expr) {
    xmlXPathObjectPtr r = xmlXPathEvalExpression((const xmlChar *)expr, xp);
    ck_assert_ptr_nonnull(r);
    char *s = (char *)xmlXPathCastToString(r);
    xmlXPathFreeObject(r);
    return s;
}

START_TEST(html_structure) {
    const char *dir = getenv("VNPLAN_SOURCE_DIR");
    ck_assert_ptr_nonnull(dir);
    char up_path[1024], low_path[1024];
    snprintf(up_path, sizeof up_path, "%s/samples/ubnd-2026-par-sipas.docx", dir);
    snprintf(low_path, sizeof low_path, "%s/samples/stp-hagiang-2026-handmade.docx", dir);
    vnplan_ctx *ctx = vnplan_ctx_new();
    vnplan_rules *rules = NULL;
    vnplan_plan *upper = NULL, *lower = NULL;
    vnplan_coverage_index *idx = NULL;
    vnplan_coverage *rep = NULL;
    ck_assert_int_eq(vnplan_rules_load_default(ctx, &rules), VNPLAN_OK);
    ck_assert_int_eq(vnplan_extract_file(ctx, rules, up_path, &upper), VNPLAN_OK);
    ck_assert_int_eq(vnplan_extract_file(ctx, rules, low_path, &lower), VNPLAN_OK);
    ck_assert_int_eq(vnplan_coverage_index_new(ctx, rules, upper, &idx), VNPLAN_OK);
    const vnplan_plan *list[1] = {lower};
    ck_assert_int_eq(vnplan_coverage_compare(ctx, idx, list, 1, NULL, &rep), VNPLAN_OK);
    size_t len;
    char *html = vnplan_coverage_render(rep, VNPLAN_COVERAGE_HTML, 0, &len);
    ck_assert_ptr_nonnull(html);
    ck_assert(!strncmp(html, "<!DOCTYPE html>\n", 16));

    htmlDocPtr doc = htmlReadMemory(html, (int)len, "report.html", "UTF-8", HTML_PARSE_NONET);
    ck_assert_ptr_nonnull(doc);
    xmlXPathContextPtr xp = xmlXPathNewContext(doc);
    /* self-contained: inline CSS and one inline script, nothing fetched */
    ck_assert_int_eq(count(xp, "/html[@lang='vi']/head/meta[@charset='utf-8']"), 1);
    ck_assert_int_eq(count(xp, "/html/head/style"), 1);
    ck_assert_int_eq(count(xp, "//script"), 1);
    ck_assert_int_eq(count(xp, "//script[@src] | //link | //img | //iframe | //object"), 0);
    /* without scripts the filters (which would do nothing) are hidden; the rows are not */
    ck_assert_int_eq(count(xp, "//form[@id='filters'][@hidden]"), 1);
    ck_assert_int_eq(count(xp, "//tr[@hidden]"), 0);
    /* print: A4, whole rows, the head repeated */
    char *style = string_of(xp, "string(/html/head/style)");
    ck_assert_ptr_nonnull(strstr(style, "size:A4"));
    ck_assert_ptr_nonnull(strstr(style, "tr{break-inside:avoid"));
    ck_assert_ptr_nonnull(strstr(style, "thead{display:table-header-group}"));
    xmlFree(style);
    /* the footer: version and thresholds */
    char *foot = string_of(xp, "string(//footer)");
    ck_assert_msg(strstr(foot, "vnplan " VNPLAN_VERSION_STRING) && strstr(foot, "--covered 0.40") &&
                      strstr(foot, "--partial 0.22"),
                  "footer '%s'", foot);
    xmlFree(foot);
    /* one lower plan: no matrix */
    ck_assert_int_eq(count(xp, "//table[@class='matrix']"), 0);
    ck_assert_int_eq(count(xp, "//*[@src] | //*[starts-with(@href, 'http')] | //*[@style[contains(., 'url(')]]"), 0);
    ck_assert_int_eq(count(xp, "//h1"), 1);
    /* the summary per area: one row per area, a bar each */
    json_t *root = rep->root;
    size_t n_areas = json_array_size(json_object_get(root, "areas"));
    size_t n_items = json_array_size(json_object_get(root, "items"));
    ck_assert_uint_gt(n_items, 10);
    ck_assert_int_eq(count(xp, "//table[@class='areas']/tbody/tr"), (long)n_areas);
    ck_assert_int_eq(count(xp, "//table[@class='areas']/tbody/tr/td/div[@class='bar']"), (long)n_areas);
    /* one row per item, in order, its status as a class and a badge */
    ck_assert_int_eq(count(xp, "//table[@class='items']/tbody/tr"), (long)n_items);
    size_t i;
    json_t *it;
    json_array_foreach(json_object_get(root, "items"), i, it) {
        const char *id = vn_json_str(json_object_get(it, "upper_task"), "id");
        const char *status = vn_json_str(it, "status");
        char expr[512];
        snprintf(expr, sizeof expr,
                 "//table[@class='items']/tbody/tr[%zu][@class='item s-%s'][@id='u-%s'][@data-status='%s']"
                 "/td[4]/span[contains(@class, 'status')]",
                 i + 1, status, id, status);
        ck_assert_msg(count(xp, expr) == 1, "row %zu: %s", i + 1, expr);
        /* each match of the item is a div in the second cell */
        snprintf(expr, sizeof expr, "//table[@class='items']/tbody/tr[%zu]/td[5]/div[@class='match']", i + 1);
        ck_assert_int_eq(count(xp, expr), (long)json_array_size(json_object_get(it, "matches")));
    }
    /* shared words are marked, and each mark's text is in the task it marks */
    ck_assert_int_gt(count(xp, "//table[@class='items']//mark"), (long)n_items);
    char *first_mark = string_of(xp, "(//table[@class='items']/tbody/tr/td[3]/mark)[1]");
    char *first_text = string_of(xp, "string((//table[@class='items']/tbody/tr/td[3][mark])[1])");
    ck_assert_msg(*first_mark && strstr(first_text, first_mark), "mark '%s' not in the task", first_mark);
    xmlFree(first_text);
    xmlFree(first_mark);
    /* the summary line counts agree with the report */
    char *summary = string_of(xp, "string(//p[@id='summary'])");
    char expect[128];
    snprintf(expect, sizeof expect, "%zu/%zu nhiệm vụ của tỉnh thuộc phạm vi", n_items, idx->n_docs);
    ck_assert_msg(strstr(summary, expect) != NULL, "summary '%s'", summary);
    xmlFree(summary);

    xmlXPathFreeContext(xp);
    xmlFreeDoc(doc);
    free(html);
    vnplan_coverage_free(rep);
    vnplan_coverage_index_free(idx);
    vnplan_plan_free(lower);
    vnplan_plan_free(upper);
    vnplan_rules_free(rules);
    vnplan_ctx_free(ctx);
}
END_TEST

int main(void) {
    Suite *s = suite_create("coverage_html");
    TCase *tc = tcase_create("html");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, html_structure);
    suite_add_tcase(s, tc);
    return vn_check_run(s);
}
