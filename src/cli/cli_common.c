#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "vnplan/rules.h"
#include "cli/cli_convert.h"

bool cli_quiet = false;
bool cli_strict_rules = false;

void cli_error(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("vnplan: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

void cli_warn(const char *fmt, ...) {
    if (cli_quiet)
        return;
    va_list ap;
    va_start(ap, fmt);
    fputs("vnplan: warning: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

int cli_exit_code(vnplan_status st) {
    switch (st) {
    case VNPLAN_OK: return CLI_EXIT_OK;
    case VNPLAN_EIO:
    case VNPLAN_EFORMAT:
    case VNPLAN_ELIMIT:
    case VNPLAN_EUNSUPPORTED:
    case VNPLAN_ERULES: return CLI_EXIT_INPUT;
    case VNPLAN_EINVAL: return CLI_EXIT_USAGE;
    case VNPLAN_ENOMEM:
    case VNPLAN_EINTERNAL: break;
    }
    return CLI_EXIT_INTERNAL;
}

int cli_report(vnplan_ctx *ctx, const char *file) { return cli_report_error(vnplan_ctx_error(ctx), file); }

int cli_report_error(const vnplan_error *e, const char *file) {
    const char *part = e->part;
    /* The part is only worth naming when it is not the file itself. */
    if (file && part[0] && strcmp(part, file) == 0)
        part = "";
    if (part[0] && e->line > 0)
        cli_error("%s: %s:%ld: %s", file, part, e->line, e->message);
    else if (part[0])
        cli_error("%s: %s: %s", file, part, e->message);
    else if (e->line > 0)
        cli_error("%s:%ld: %s", file, e->line, e->message);
    else
        cli_error("%s: %s", file, e->message);
    return cli_exit_code(e->code);
}

int cli_usage_error(const char *command, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("vnplan: ", stderr);
    if (command)
        fprintf(stderr, "%s: ", command);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    if (command)
        fprintf(stderr, "Try 'vnplan %s --help'.\n", command);
    else
        fputs("Try 'vnplan --help'.\n", stderr);
    return CLI_EXIT_USAGE;
}

static long long limit_values[VNPLAN_LIMIT__COUNT];
static bool limit_set[VNPLAN_LIMIT__COUNT];

static bool parse_limit(const char *name, const char *value) {
    for (int i = 0; i < VNPLAN_LIMIT__COUNT; i++) {
        if (strcmp(name, vnplan_limit_name((vnplan_limit_id)i)) != 0)
            continue;
        char *end;
        errno = 0;
        long long v = strtoll(value, &end, 10);
        if (errno || end == value || *end || v < 0) {
            cli_usage_error(NULL, "--%s needs a whole number >= 0, not '%s'", name, value);
            return false;
        }
        limit_values[i] = v;
        limit_set[i] = true;
        return true;
    }
    cli_usage_error(NULL, "unknown limit option '--%s'", name);
    return false;
}

bool cli_take_limit_options(int *argc, char **argv) {
    int out = 0;
    for (int i = 0; i < *argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            while (i < *argc)
                argv[out++] = argv[i++];
            break;
        }
        if (strcmp(a, "--convert") == 0) {
            cli_convert_enable();
            continue;
        }
        if (strcmp(a, "--strict") == 0) {
            cli_strict_rules = true;
            continue;
        }
        /* --max-upload is serve's own option, not a library limit. */
        if (strncmp(a, "--max-", 6) != 0 || strncmp(a, "--max-upload", 12) == 0) {
            argv[out++] = argv[i];
            continue;
        }
        char name[64];
        const char *eq = strchr(a, '=');
        const char *value;
        size_t n = eq ? (size_t)(eq - a - 2) : strlen(a + 2);
        if (n >= sizeof name)
            n = sizeof name - 1;
        memcpy(name, a + 2, n);
        name[n] = '\0';
        if (eq) {
            value = eq + 1;
        } else if (i + 1 < *argc) {
            value = argv[++i];
        } else {
            cli_usage_error(NULL, "option '%s' needs a value", a);
            return false;
        }
        if (!parse_limit(name, value))
            return false;
    }
    argv[out] = NULL;
    *argc = out;
    return true;
}

vnplan_ctx *cli_ctx_new(void) {
    vnplan_ctx *ctx = vnplan_ctx_new();
    if (!ctx)
        return NULL;
    for (int i = 0; i < VNPLAN_LIMIT__COUNT; i++)
        if (limit_set[i])
            vnplan_limit(ctx, (vnplan_limit_id)i, limit_values[i]);
    return ctx;
}

void cli_print_limits(FILE *out) {
    fputs("Limits (every command; a file over a limit fails with exit status 1):\n", out);
    for (int i = 0; i < VNPLAN_LIMIT__COUNT; i++)
        fprintf(out, "  --%-24s default %lld\n", vnplan_limit_name((vnplan_limit_id)i),
                vnplan_limit_default((vnplan_limit_id)i));
}

void cli_rules_jit_for(vnplan_rules *rules, char **files, int n) {
    long long bytes = 0;
    for (int i = 0; i < n; i++) {
        struct stat st;
        if (strcmp(files[i], "-") && stat(files[i], &st) == 0)
            bytes += st.st_size;
    }
    if (n > 1 || bytes > 256 * 1024)
        vnplan_rules_jit(rules);
}

vnplan_status cli_rules_load_default(vnplan_ctx *ctx, vnplan_rules **out) {
    vnplan_status st = vnplan_rules_load_default(ctx, out);
    if (st == VNPLAN_OK)
        vnplan_rules_strict(*out, cli_strict_rules);
    return st;
}

vnplan_status cli_rules_add_file(vnplan_ctx *ctx, vnplan_rules *rules, const char *path) {
    const char *const *w;
    size_t before = vnplan_rules_warnings(rules, &w);
    vnplan_status st = vnplan_rules_add_file(ctx, rules, path);
    size_t after = vnplan_rules_warnings(rules, &w);
    for (size_t i = before; i < after; i++)
        cli_warn("%s", w[i]);
    return st;
}
