/* The workbooks made in a temporary file and read back (cli_xlsx.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/cli_xlsx.h"
#include "coverage/coverage_internal.h"
#include "output/output_internal.h"
#include "output/xlsx_out.h"

static char *read_back(const char *path, size_t *len) {
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    char *data = NULL;
    long n = fseek(fp, 0, SEEK_END) == 0 ? ftell(fp) : -1;
    if (n >= 0 && fseek(fp, 0, SEEK_SET) == 0 && (data = malloc((size_t)n + 1)) &&
        fread(data, 1, (size_t)n, fp) != (size_t)n) {
        free(data);
        data = NULL;
    }
    fclose(fp);
    if (data)
        *len = (size_t)n;
    return data;
}

/* The workbook of a report (report != NULL) or of a plan. */
static char *make(const vnplan_coverage *report, const vnplan_plan *plan, unsigned lang, size_t *len) {
    const char *dir = getenv("TMPDIR");
    char path[4096];
    snprintf(path, sizeof path, "%s/vnplan-xlsx-XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(path);
    if (fd < 0) {
        cli_error("cannot make a temporary file for the workbook in %s: %s", dir && *dir ? dir : "/tmp",
                  strerror(errno));
        return NULL;
    }
    close(fd);
    char *data = NULL;
    const out_labels *l = out_labels_for(lang);
    if (report ? out_coverage_xlsx(report, l, path) : out_plan_xlsx(plan, l, path))
        data = read_back(path, len);
    else
        cli_error("the xlsx workbook could not be written (%s)", path);
    unlink(path);
    return data;
}

char *cli_coverage_xlsx(const vnplan_coverage *report, unsigned lang, size_t *len) {
    return make(report, NULL, lang, len);
}

char *cli_plan_xlsx(const vnplan_plan *plan, unsigned lang, size_t *len) { return make(NULL, plan, lang, len); }
