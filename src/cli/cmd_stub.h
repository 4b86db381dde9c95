/* Defines a command that is not implemented yet: it says so and exits 3,
 * instead of pretending to work. Each command's file replaces its stub. */
#ifndef VN_CMD_STUB_H
#define VN_CMD_STUB_H

#include "cli/cli.h"

#define CLI_STUB_COMMAND(var, cname, csummary)                                   \
    static void var##_help(FILE *out) {                                          \
        fprintf(out, "Usage: vnplan %s [options] FILE...\n\n%s.\n\n"             \
                     "Not implemented yet in this version.\n",                  \
                cname, csummary);                                                \
    }                                                                            \
    static int var##_run(int argc, char **argv) {                                \
        for (int i = 1; i < argc; i++)                                           \
            if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) { \
                var##_help(stdout);                                              \
                return CLI_EXIT_OK;                                              \
            }                                                                    \
        cli_error("%s: not implemented yet in this version", cname);             \
        return CLI_EXIT_INTERNAL;                                                \
    }                                                                            \
    const cli_command var = {cname, csummary, var##_run, var##_help};

#endif
