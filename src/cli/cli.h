/* Shared pieces of the vnplan command-line tool. */
#ifndef VN_CLI_H
#define VN_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "vnplan/error.h"

/* Exit codes (documented in docs/cli.md). */
enum {
    CLI_EXIT_OK = 0,
    CLI_EXIT_INPUT = 1,    /* an input file was missing, unreadable, corrupt or over a limit */
    CLI_EXIT_USAGE = 2,    /* the command line was wrong */
    CLI_EXIT_INTERNAL = 3  /* out of memory, an output that cannot be written, or a bug */
};

typedef struct cli_command {
    const char *name;
    const char *summary;   /* one line for `vnplan --help` */
    int (*run)(int argc, char **argv);  /* argv[0] is the command name */
    void (*help)(FILE *out);            /* the full help of the command */
} cli_command;

/* Global flags shared by the commands. */
extern bool cli_quiet;

/* Limit options (--max-part-bytes=N, ...), accepted by every command: they
 * are taken out of argv before the command parses it. Returns false (after
 * reporting) on a bad value or unknown --max-* option. */
bool cli_take_limit_options(int *argc, char **argv);
/* A new context with the limits given on the command line applied. */
vnplan_ctx *cli_ctx_new(void);
/* Prints the limit options and their defaults (for --help). */
void cli_print_limits(FILE *out);

/* Diagnostics on stderr: "vnplan: MESSAGE". Suppressed warnings with --quiet. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void cli_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Reports the error recorded in ctx for `file` on one line; returns the exit code. */
int cli_report(vnplan_ctx *ctx, const char *file);
/* The same for an error record (e.g. one copied from another thread's context). */
int cli_report_error(const vnplan_error *e, const char *file);
/* The exit code for a library status. */
int cli_exit_code(vnplan_status st);
/* Usage error of a command: message, a pointer to --help, exit code 2. */
int cli_usage_error(const char *command, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Output to stdout, or to a file written atomically: the data goes to a
 * temporary file in the same directory that is renamed over FILE only when
 * the command succeeds, so an interrupted or failed run never leaves a
 * truncated output. */
typedef struct cli_output {
    FILE *fp;
    char *path;   /* final path, NULL for stdout */
    char *tmp;    /* temporary path */
    bool direct;  /* an existing non-regular file (/dev/null, a FIFO) written in place */
} cli_output;

/* path NULL or "-" means stdout. Returns false (after reporting) on failure. */
bool cli_output_open(cli_output *out, const char *path);
/* Finishes the output: on success renames the temporary file into place;
 * otherwise removes it. Returns false (after reporting) if writing failed. */
bool cli_output_close(cli_output *out, bool success);

/* JIT-compiles the rules when the work is big enough to repay it: several
 * files, or more than 256 KiB of input. */
struct vnplan_rules;
void cli_rules_jit_for(struct vnplan_rules *rules, char **files, int n);

/* The commands. */
extern const cli_command cli_cmd_text, cli_cmd_dump, cli_cmd_extract, cli_cmd_normalize,
    cli_cmd_coverage;

#endif
