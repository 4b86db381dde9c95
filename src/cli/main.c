/* vnplan - command-line entry point: global options and command dispatch. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "vnplan/version.h"

static const cli_command *const commands[] = {
    &cli_cmd_extract, &cli_cmd_coverage, &cli_cmd_text, &cli_cmd_dump, &cli_cmd_normalize, &cli_cmd_serve,
};
enum { N_COMMANDS = sizeof commands / sizeof commands[0] };

static const cli_command *find_command(const char *name) {
    for (int i = 0; i < N_COMMANDS; i++)
        if (strcmp(commands[i]->name, name) == 0)
            return commands[i];
    return NULL;
}

static void main_help(FILE *out) {
    fputs("Usage: vnplan COMMAND [options] FILE...\n"
          "\n"
          "Turns issued Vietnamese government plans (.docx) into structured JSON and\n"
          "checks whether a subordinate plan covers the tasks of the plan above it.\n"
          "\n"
          "Commands:\n",
          out);
    for (int i = 0; i < N_COMMANDS; i++)
        fprintf(out, "  %-10s %s\n", commands[i]->name, commands[i]->summary);
    fputs("  help       show the help of a command\n"
          "\n"
          "Options:\n"
          "  -h, --help     show this help\n"
          "  -V, --version  show the version\n"
          "\n"
          "Every command also takes --convert (legacy .doc files are converted with\n"
          "LibreOffice, also VNPLAN_CONVERT=soffice) and the limit options below.\n"
          "\n"
          "Exit status: 0 success, 1 an input problem, 2 a usage error, 3 an internal\n"
          "error. Run 'vnplan help COMMAND' for a command's options; docs/cli.md has it all.\n",
          out);
    fputc('\n', out);
    cli_print_limits(out);
}

static int help_command(int argc, char **argv) {
    if (argc < 3) {
        main_help(stdout);
        return CLI_EXIT_OK;
    }
    const cli_command *cmd = find_command(argv[2]);
    if (!cmd)
        return cli_usage_error(NULL, "unknown command '%s'", argv[2]);
    cmd->help(stdout);
    return CLI_EXIT_OK;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        main_help(stderr);
        return CLI_EXIT_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0) {
        main_help(stdout);
        return CLI_EXIT_OK;
    }
    if (strcmp(name, "-V") == 0 || strcmp(name, "--version") == 0) {
        printf("vnplan %s\n", vnplan_version());
        return CLI_EXIT_OK;
    }
    if (strcmp(name, "help") == 0)
        return help_command(argc, argv);
    const cli_command *cmd = find_command(name);
    if (cmd && !cli_take_limit_options(&argc, argv))
        return CLI_EXIT_USAGE;
    if (!cmd) {
        if (name[0] == '-')
            return cli_usage_error(NULL, "unknown option '%s'", name);
        return cli_usage_error(NULL, "unknown command '%s'", name);
    }
    return cmd->run(argc - 1, argv + 1);
}
