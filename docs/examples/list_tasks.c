/* list_tasks: reads a plan (.docx or UTF-8 plain text) and lists its tasks
 * with their lead units, through the plan read API of libvnplan, without
 * touching JSON.
 *
 *   cc list_tasks.c $(pkg-config --cflags --libs vnplan) -o list_tasks
 *   ./list_tasks plan.docx
 */
#include <stdio.h>

#include <vnplan/vnplan.h>

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: list_tasks PLAN\n");
        return 2;
    }
    vnplan_ctx *ctx = vnplan_ctx_new();
    vnplan_rules *rules = NULL;
    vnplan_plan *plan = NULL;
    vnplan_status st = vnplan_rules_load_default(ctx, &rules);
    if (st == VNPLAN_OK)
        st = vnplan_extract_file(ctx, rules, argv[1], &plan);
    if (st != VNPLAN_OK) {
        fprintf(stderr, "list_tasks: %s: %s\n", argv[1],
                vnplan_ctx_error(ctx)->code ? vnplan_ctx_error(ctx)->message : vnplan_status_str(st));
        vnplan_rules_free(rules);
        vnplan_ctx_free(ctx);
        return 1;
    }
    const char *title = vnplan_plan_metadata(plan, "title");
    printf("%s %s/%s: %s\n", vnplan_plan_metadata(plan, "doc_type") ? vnplan_plan_metadata(plan, "doc_type") : "?",
           vnplan_plan_metadata(plan, "number") ? vnplan_plan_metadata(plan, "number") : "?",
           vnplan_plan_metadata(plan, "symbol") ? vnplan_plan_metadata(plan, "symbol") : "?", title ? title : "");
    for (size_t i = 0; i < vnplan_plan_task_count(plan); i++) {
        const vnplan_task *t = vnplan_plan_task(plan, i);
        printf("%s\t", vnplan_task_id(t));
        for (size_t k = 0; k < vnplan_task_lead_count(t); k++)
            printf("%s%s", k ? "; " : "", vnplan_task_lead(t, k));
        printf("\t%s\n", vnplan_task_text(t));
    }
    vnplan_plan_free(plan);
    vnplan_rules_free(rules);
    vnplan_ctx_free(ctx);
    return 0;
}
