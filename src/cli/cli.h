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
    CLI_EXIT_INTERNAL = 3, /* out of memory, or a bug */
    CLI_EXIT_OUTPUT = 4    /* the output could not be written (no such directory, disk full, ...) */
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

/* Output to stdout, a device written in place, or a regular file replaced
 * atomically only when the command succeeds (cli_output.c), so a failed or
 * interrupted run never leaves a truncated output. A symbolic link is
 * written through. */
typedef struct cli_output {
    FILE *fp;
    char *name;     /* the path as given, NULL for stdout */
    char *path;     /* the file written: `name` with its symbolic links followed */
    char *tmp;      /* the temporary name of the new file */
    bool direct;    /* an existing non-regular file (/dev/null, a FIFO) written in place */
    bool anonymous; /* the new file has no name until it is committed (O_TMPFILE) */
    int error;      /* errno of the first write error seen, 0 if none */
} cli_output;

/* path NULL or "-" means stdout. Returns false (after reporting) on failure:
 * the command then exits with CLI_EXIT_OUTPUT. */
bool cli_output_open(cli_output *out, const char *path);
/* Whether a write to the output has failed (a full disk, /dev/full): the
 * command should stop and not report its input as the cause. */
bool cli_output_failed(cli_output *out);
/* Finishes the output: on success puts the new file in place; otherwise
 * discards it. Returns false (after reporting, once, naming the output) if
 * writing failed: the command then exits with CLI_EXIT_OUTPUT. */
bool cli_output_close(cli_output *out, bool success);
/* Whether `output` is the same file as one of the inputs ("output is one of
 * the inputs": a usage error). */
bool cli_output_is_input(const char *output, char *const *files, int n);
/* With no FILE on the command line and standard input not a terminal (a
 * pipe, a redirected file), the input is standard input: sets *files to
 * {"-"} and *n to 1 and returns true; otherwise returns false. */
bool cli_stdin_as_input(char ***files, int *n);
/* The batch progress line "vnplan: VERB k/n PATH" on stderr, the path cut
 * to the terminal's width (the caller checks that stderr is a terminal). */
void cli_progress(const char *verb, int k, int n, const char *path);
/* A monotonic clock in seconds, and the line that ends a batch on stderr:
 * "vnplan: VERB: 12 done, 1 failed, 3.4 s". */
double cli_seconds(void);
void cli_batch_summary(const char *verb, int done, int failed, double seconds);

/* The default rules, strict (--strict, taken like the limit options) when
 * asked; and a user's rules file added with its warnings (sections vnplan
 * does not read) printed. As vnplan_rules_load_default/add_file. */
struct vnplan_rules;
extern bool cli_strict_rules;
vnplan_status cli_rules_load_default(vnplan_ctx *ctx, struct vnplan_rules **out);
vnplan_status cli_rules_add_file(vnplan_ctx *ctx, struct vnplan_rules *rules, const char *path);

/* JIT-compiles the rules when the work is big enough to repay it: several
 * files, or more than 256 KiB of input. */
struct vnplan_rules;
void cli_rules_jit_for(struct vnplan_rules *rules, char **files, int n);

/* The commands. */
extern const cli_command cli_cmd_text, cli_cmd_dump, cli_cmd_extract, cli_cmd_normalize,
    cli_cmd_coverage, cli_cmd_serve;

#endif
