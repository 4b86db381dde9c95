/* vnplan text / vnplan dump: the document model as text or as JSON. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/cli_input.h"

static void text_help(FILE *out) {
    fputs("Usage: vnplan text [options] FILE...\n"
          "\n"
          "Prints each document as plain text, as Word shows it: one paragraph per line\n"
          "with its numbering label, table rows as cells joined by ' | ', a blank line\n"
          "between blocks of different kinds. FILE is a .docx (or .docm/.dotx) package,\n"
          "a .txt file, or '-' for standard input.\n"
          "\n"
          "Options:\n"
          "  -o FILE     write to FILE (atomically) instead of standard output\n"
          "  --quiet     no warnings\n"
          "  -h, --help  this help\n"
          "\n"
          "Exit status: 0 ok, 1 a file could not be read (the others are still\n"
          "printed), 2 usage error, 3 internal error.\n",
          out);
}

static void dump_help(FILE *out) {
    fputs("Usage: vnplan dump [options] FILE...\n"
          "\n"
          "Prints the document model of each file as JSON (one object per file, indented):\n"
          "paragraphs with style, outline level, numbering label and format, bold and\n"
          "alignment; tables with grid columns, spans and vertical merges; section breaks;\n"
          "notes, comments, headers, footers; warnings. For debugging and tests.\n"
          "\n"
          "Options:\n"
          "  -o FILE     write to FILE (atomically) instead of standard output\n"
          "  --compact   one line per file instead of indented JSON\n"
          "  --quiet     no warnings\n"
          "  -h, --help  this help\n"
          "\n"
          "Exit status: 0 ok, 1 a file could not be read, 2 usage error, 3 internal error.\n",
          out);
}

static int run(int argc, char **argv, bool json) {
    const char *name = json ? "dump" : "text";
    const char *output = NULL;
    bool compact = false;
    static const struct option opts[] = {{"help", no_argument, NULL, 'h'},
                                         {"quiet", no_argument, NULL, 'q'},
                                         {"compact", no_argument, NULL, 'c'},
                                         {NULL, 0, NULL, 0}};
    optind = 1;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, "ho:", opts, NULL)) != -1) {
        switch (c) {
        case 'h':
            (json ? dump_help : text_help)(stdout);
            return CLI_EXIT_OK;
        case 'q': cli_quiet = true; break;
        case 'o': output = optarg; break;
        case 'c':
            if (!json)
                return cli_usage_error(name, "unknown option '--compact'");
            compact = true;
            break;
        default:
            if (optopt == 'o')
                return cli_usage_error(name, "option '-o' needs a file name");
            return cli_usage_error(name, "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc)
        return cli_usage_error(name, "no input file (use '-' for standard input)");
    vnplan_ctx *ctx = cli_ctx_new();
    cli_output out;
    if (!ctx || !cli_output_open(&out, output)) {
        vnplan_ctx_free(ctx);
        return CLI_EXIT_INTERNAL;
    }
    int status = CLI_EXIT_OK;
    int printed = 0;
    for (int i = optind; i < argc; i++) {
        vnplan_document *doc = NULL;
        vnplan_ctx_clear_error(ctx);
        if (cli_open_document(ctx, argv[i], &doc) != VNPLAN_OK) {
            int code = cli_report(ctx, argv[i]);
            if (code > status)
                status = code;
            continue;
        }
        for (size_t w = 0; w < doc->n_warnings; w++)
            cli_warn("%s: %s", argv[i], doc->warnings[w]);
        size_t len = 0;
        char *s = json ? vnplan_document_to_json(doc, !compact, &len) : vnplan_document_to_text(doc, &len);
        vnplan_document_free(doc);
        if (!s) {
            cli_error("%s: out of memory", argv[i]);
            status = CLI_EXIT_INTERNAL;
            continue;
        }
        if (printed++ && !json)
            fputc('\n', out.fp);
        fwrite(s, 1, len, out.fp);
        if (json)
            fputc('\n', out.fp);
        free(s);
    }
    /* Output is kept when some files were read; nothing at all is an error. */
    bool ok = cli_output_close(&out, printed > 0 || status == CLI_EXIT_OK);
    vnplan_ctx_free(ctx);
    if (!ok && status == CLI_EXIT_OK)
        status = CLI_EXIT_INTERNAL;
    return status;
}

static int text_run(int argc, char **argv) { return run(argc, argv, false); }
static int dump_run(int argc, char **argv) { return run(argc, argv, true); }

const cli_command cli_cmd_text = {"text", "print a document as plain text with its numbering",
                                  text_run, text_help};
const cli_command cli_cmd_dump = {"dump", "print the document model as JSON", dump_run, dump_help};
