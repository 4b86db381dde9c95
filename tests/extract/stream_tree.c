/* stream_tree FILE...: for each file, the plan built as a tree
 * (vnplan_extract, vnplan_plan_to_json) and the plan streamed
 * (vnplan_extract_docx_write for packages, vnplan_extract_write for text)
 * must be the same bytes, compact and pretty. Prints a line per
 * difference; exit 1 when there was one. Run by test_stream.py. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/file.h"
#include "vnplan/vnplan.h"

static int compare(vnplan_ctx *ctx, const vnplan_rules *rules, const char *path) {
    char *data;
    size_t len;
    if (vn_read_file(ctx, path, (size_t)1 << 30, &data, &len)) {
        printf("READ %s: %s\n", path, vnplan_ctx_error(ctx)->message);
        return 1;
    }
    bool text = vn_input_is_text(path, data, len);
    vnplan_source src = {path, "digest", NULL};
    vnplan_document *doc = NULL;
    vnplan_status st = text ? vnplan_document_from_text(ctx, data, len, &doc)
                            : vnplan_document_open_memory(ctx, data, len, path, &doc);
    vnplan_plan *plan = NULL;
    if (!st)
        st = vnplan_extract(ctx, rules, doc, &src, &plan);
    int diffs = 0;
    for (unsigned flags = 0; flags <= VNPLAN_JSON_PRETTY; flags += VNPLAN_JSON_PRETTY) {
        size_t tree_len = 0;
        char *tree = st ? NULL : vnplan_plan_to_json(plan, flags, &tree_len);
        char *stream = NULL;
        size_t stream_len = 0;
        FILE *fp = open_memstream(&stream, &stream_len);
        vnplan_status st2 = text ? vnplan_extract_write(ctx, rules, doc, &src, flags, fp)
                                 : vnplan_extract_docx_write(ctx, rules, data, len, path, &src, flags, fp);
        fclose(fp);
        if (st || st2) {
            if (!st != !st2) {
                printf("STATUS %s: tree %d, stream %d\n", path, st, st2);
                diffs++;
            }
        } else if (!tree || tree_len != stream_len || memcmp(tree, stream, tree_len)) {
            size_t at = 0;
            while (tree && at < tree_len && at < stream_len && tree[at] == stream[at])
                at++;
            printf("DIFF %s (%s): %zu vs %zu bytes, first difference at byte %zu\n", path,
                   flags ? "pretty" : "compact", tree_len, stream_len, at);
            diffs++;
        }
        free(tree);
        free(stream);
    }
    vnplan_plan_free(plan);
    vnplan_document_free(doc);
    free(data);
    return diffs;
}

int main(int argc, char **argv) {
    vnplan_ctx *ctx = vnplan_ctx_new();
    vnplan_rules *rules = NULL;
    if (!ctx || vnplan_rules_load_default(ctx, &rules)) {
        puts("cannot load the default rules");
        return 2;
    }
    int diffs = 0;
    for (int i = 1; i < argc; i++)
        diffs += compare(ctx, rules, argv[i]);
    printf("%d files, %d differences\n", argc - 1, diffs);
    vnplan_rules_free(rules);
    vnplan_ctx_free(ctx);
    return diffs ? 1 : 0;
}
