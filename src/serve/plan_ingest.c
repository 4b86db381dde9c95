/* An uploaded file to a plan's JSON, in memory, with the CLI's limits:
 * .docx, UTF-8 .txt, and a legacy .doc converted by LibreOffice when it is
 * installed. The client's file name only tells .txt from the rest. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/cli_convert.h"
#include "reader/format_sniff.h"
#include "serve/serve.h"
#include "util/file.h"
#include "util/digest.h"
#include "vnplan/plan.h"

static void set_error(vnplan_ctx *ctx, char *err, size_t errsize) {
    const vnplan_error *e = vnplan_ctx_error(ctx);
    snprintf(err, errsize, "%s", e && e->message[0] ? e->message : "không đọc được tệp");
}

char *sv_ingest(const sv_config *cfg, const char *data, size_t len, const char *name, char sha256[65],
                char *err, size_t errsize) {
    vnplan_ctx *ctx = cli_ctx_new();
    if (!ctx) {
        snprintf(err, errsize, "out of memory");
        return NULL;
    }
    vn_sha256_hex(data, len, sha256);
    char *json = NULL, *converted = NULL;
    vnplan_document *doc = NULL;
    vnplan_plan *plan = NULL;
    vnplan_status st;
    const char *label = name && *name ? name : "upload";
    if ((long long)len > vnplan_limit(ctx, VNPLAN_LIMIT_INPUT_BYTES, -1)) {
        snprintf(err, errsize, "tệp lớn hơn giới hạn đầu vào (%lld byte)",
                 vnplan_limit(ctx, VNPLAN_LIMIT_INPUT_BYTES, -1));
        goto out;
    }
    if (vn_input_is_text(label, data, len)) {
        st = vnplan_document_from_text(ctx, data, len, &doc);
    } else if (vn_is_legacy_word((const unsigned char *)data, len)) {
        if (!cfg->can_convert) {
            snprintf(err, errsize, "tệp .doc cần LibreOffice, máy chủ chưa cài; hãy lưu thành .docx");
            goto out;
        }
        size_t clen;
        st = cli_convert_doc(ctx, label, data, len, &converted, &clen);
        if (!st)
            st = vnplan_document_open_memory(ctx, converted, clen, label, &doc);
    } else {
        st = vnplan_document_open_memory(ctx, data, len, label, &doc);
    }
    if (st) {
        set_error(ctx, err, errsize);
        goto out;
    }
    vnplan_source src = {label, sha256, NULL};
    if (vnplan_extract(ctx, cfg->rules, doc, &src, &plan)) {
        set_error(ctx, err, errsize);
        goto out;
    }
    json = vnplan_plan_to_json(plan, 0, NULL);
    if (!json)
        snprintf(err, errsize, "out of memory");
out:
    vnplan_plan_free(plan);
    vnplan_document_free(doc);
    free(converted);
    vnplan_ctx_free(ctx);
    return json;
}
