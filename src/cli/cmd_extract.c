/* vnplan extract: plans as JSON, one object per file, batches kept going. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/cli_xlsx.h"
#include "output/output_internal.h"
#include "output/plan_table.h"
#include "cli/cli_input.h"
#include "cli/extract_pool.h"
#include "reader/format_sniff.h"
#include "vnplan/plan.h"

static void extract_help(FILE *out) {
    fputs("Usage: vnplan extract [options] FILE...\n"
          "\n"
          "Extracts each plan as JSON: metadata (type, number, symbol, issuer, place,\n"
          "date, title, cited documents, signer, recipients, stated results), the tree of\n"
          "numbered sections, the tasks (appendix tables and body) with responsible\n"
          "units, timeframes and outputs, the units and the abbreviations the document\n"
          "defines. FILE is a .docx package or a UTF-8 .txt file (hard-wrapped lines are\n"
          "reflowed), or '-' for standard input. The format: docs/plan.schema.json.\n"
          "\n"
          "Options:\n"
          "  --format FORMAT   json (default), csv (the task table) or xlsx (sheets of\n"
          "                    tasks, sections and metadata); csv and xlsx take one FILE,\n"
          "                    which may also be the JSON that extract wrote\n"
          "  --lang LANG       vi (default) or en: the column heads of csv and xlsx\n"
          "  --pretty          indent the JSON\n"
          "  --jsonl           one compact JSON object per line, one line per file\n"
          "  --strict          a --rules file section vnplan does not read is an error\n"
          "  --rules FILE      add or override rules (docs/rules.md); may be repeated\n"
          "  -o FILE           write to FILE (atomically) instead of standard output\n"
          "  --keep-going      in a batch, go on after a file fails (the default)\n"
          "  --fail-fast       stop at the first file that fails\n"
          "  -j, --jobs N      extract N files at a time (default: the number of cores);\n"
          "                    the output keeps the order of the files\n"
          "  -q, --quiet       no warnings, no progress line\n"
          "  -h, --help        this help\n"
          "\n"
          "One file gives one JSON object; several files give a JSON array (or, with\n"
          "--jsonl, one line each). A file that fails gives, in a batch, an error record\n"
          "{\"source\": {...}, \"error\": {\"code\": ..., \"message\": ...}} in its place, and\n"
          "the message on standard error.\n"
          "\n"
          "Exit status: 0 every file extracted, 1 some file failed (the others are still\n"
          "in the output), 2 usage error, 3 internal error,\n"
          "4 the output could not be written.\n",
          out);
}

static const char *status_code(vnplan_status st) {
    switch (st) {
    case VNPLAN_EIO: return "io";
    case VNPLAN_EFORMAT: return "format";
    case VNPLAN_ELIMIT: return "limit";
    case VNPLAN_EUNSUPPORTED: return "unsupported";
    case VNPLAN_ERULES: return "rules";
    case VNPLAN_ENOMEM: return "nomem";
    case VNPLAN_EINVAL: return "invalid";
    default: return "internal";
    }
}

static void write_json_string(FILE *fp, const char *s) {
    fputc('"', fp);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(fp, "\\%c", c);
        else if (c < 0x20)
            fprintf(fp, "\\u%04x", c);
        else
            fputc(c, fp);
    }
    fputc('"', fp);
}

static void error_record(FILE *fp, const char *path, const vnplan_error *e, bool pretty) {
    const char *nl = pretty ? "\n" : "", *in = pretty ? "  " : "", *in2 = pretty ? "    " : "";
    fprintf(fp, "{%s%s\"source\": {\"path\": ", nl, in);
    write_json_string(fp, path);
    fprintf(fp, "},%s%s\"error\": {%s%s\"code\": \"%s\",%s%s\"message\": ", nl, in, nl, in2,
            status_code(e->code), nl, in2);
    char msg[900];
    if (e->part[0] && strcmp(e->part, path))
        snprintf(msg, sizeof msg, "%s: %s", e->part, e->message);
    else
        snprintf(msg, sizeof msg, "%s", e->message);
    write_json_string(fp, msg);
    fprintf(fp, "%s%s}%s}", nl, in, nl);
}

/* --format csv / xlsx: the plan of one file as a table. */
static int write_table(vnplan_ctx *ctx, const vnplan_rules *rules, const char *path, int table, unsigned lang,
                       const char *output) {
    vnplan_plan *plan = NULL;
    if (cli_open_plan(ctx, rules, path, &plan) != VNPLAN_OK)
        return cli_report(ctx, cli_input_name(path));
    size_t len = 0;
    char *data = NULL;
    if (table == 'x') {
        data = cli_plan_xlsx(plan, lang, &len);
        vnplan_plan_free(plan);
        if (!data)
            return CLI_EXIT_INTERNAL;   /* cli_plan_xlsx said why */
    } else {
        vn_buf b = VN_BUF_INIT;
        out_plan_csv(plan, out_labels_for(lang), &b);
        vnplan_plan_free(plan);
        if (!b.failed)
            data = vn_buf_detach(&b, &len);
        vn_buf_free(&b);
    }
    if (!data) {
        cli_error("out of memory");
        return CLI_EXIT_INTERNAL;
    }
    cli_output out;
    int status = CLI_EXIT_OK;
    if (!cli_output_open(&out, output)) {
        status = CLI_EXIT_OUTPUT;
    } else {
        fwrite(data, 1, len, out.fp);
        if (!cli_output_close(&out, true))
            status = CLI_EXIT_OUTPUT;
    }
    free(data);
    return status;
}

/* One line on stderr (unless --quiet) about a plan that was written but
 * may not be what the user expects: no task at all (a report, a letter,
 * not a plan), or warnings in its JSON. Not an error: the exit status stays 0. */
static void plan_note(const char *name, size_t tasks, size_t warnings, const char *doc_type) {
    if (cli_quiet)
        return;
    if (tasks == 0 && doc_type)
        cli_error("%s: no task found, so not read as a plan (document type: %s)", name, doc_type);
    else if (tasks == 0)
        cli_error("%s: no task found, so not read as a plan (no document type in a title block)", name);
    else if (warnings)
        cli_error("%s: %zu warning%s, listed in the plan's \"warnings\"", name, warnings, warnings > 1 ? "s" : "");
}

static int extract_run(int argc, char **argv) {
    const char *output = NULL;
    bool pretty = false, jsonl = false, fail_fast = false;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    int jobs = cores > 0 ? (int)cores : 1;
    const char *rules_files[32];
    int n_rules = 0;
    int table = 0;        /* 0 JSON, 'c' CSV, 'x' xlsx */
    unsigned lang = 0;    /* 0 or VNPLAN_COVERAGE_ENGLISH */
    static const struct option opts[] = {{"help", no_argument, NULL, 'h'},
                                         {"quiet", no_argument, NULL, 'q'},
                                         {"pretty", no_argument, NULL, 'p'},
                                         {"jsonl", no_argument, NULL, 'L'},
                                         {"rules", required_argument, NULL, 'r'},
                                         {"keep-going", no_argument, NULL, 'k'},
                                         {"fail-fast", no_argument, NULL, 'f'},
                                         {"jobs", required_argument, NULL, 'J'},
                                         {"format", required_argument, NULL, 'F'},
                                         {"lang", required_argument, NULL, 'G'},
                                         {NULL, 0, NULL, 0}};
    optind = 1;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, "hqo:j:", opts, NULL)) != -1) {
        switch (c) {
        case 'h': extract_help(stdout); return CLI_EXIT_OK;
        case 'q': cli_quiet = true; break;
        case 'o': output = optarg; break;
        case 'p': pretty = true; break;
        case 'L': jsonl = true; break;
        case 'k': fail_fast = false; break;
        case 'f': fail_fast = true; break;
        case 'j':
        case 'J': {
            char *end;
            errno = 0;
            long v = strtol(optarg, &end, 10);
            if (errno || *end || v < 1 || v > 256)
                return cli_usage_error("extract", "--jobs needs a number from 1 to 256, not '%s'", optarg);
            jobs = (int)v;
            break;
        }
        case 'F':
            if (!strcmp(optarg, "json"))
                table = 0;
            else if (!strcmp(optarg, "csv"))
                table = 'c';
            else if (!strcmp(optarg, "xlsx"))
                table = 'x';
            else
                return cli_usage_error("extract", "--format is json, csv or xlsx, not '%s'", optarg);
            break;
        case 'G':
            if (!strcmp(optarg, "vi"))
                lang = 0;
            else if (!strcmp(optarg, "en"))
                lang = VNPLAN_COVERAGE_ENGLISH;
            else
                return cli_usage_error("extract", "--lang is vi or en, not '%s'", optarg);
            break;
        case 'r':
            if (n_rules == 32)
                return cli_usage_error("extract", "at most 32 --rules files");
            rules_files[n_rules++] = optarg;
            break;
        default:
            if (optopt == 'j' || optopt == 'J')
                return cli_usage_error("extract", "option '%s' needs a number", argv[optind - 1]);
            if (optopt == 'F' || optopt == 'G')
                return cli_usage_error("extract", "option '%s' needs a value", argv[optind - 1]);
            if (optopt == 'o' || optopt == 'r')
                return cli_usage_error("extract", "option '%s' needs a file name", argv[optind - 1]);
            return cli_usage_error("extract", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc) {
        /* No FILE: standard input when it is not a terminal. */
        char **in;
        int n_in;
        if (!cli_stdin_as_input(&in, &n_in))
            return cli_usage_error("extract", "no input file (use '-' for standard input)");
        argv = in;
        argc = n_in;
        optind = 0;
    }
    if (cli_output_is_input(output, argv + optind, argc - optind))
        return cli_usage_error("extract", "output '%s' is one of the inputs", output);
    if (table && (argc - optind != 1 || jsonl))
        return cli_usage_error("extract", "--format %s takes one file", table == 'c' ? "csv" : "xlsx");
    if (jsonl)
        pretty = false;
    vnplan_ctx *ctx = cli_ctx_new();
    if (!ctx)
        return CLI_EXIT_INTERNAL;
    vnplan_rules *rules = NULL;
    if (cli_rules_load_default(ctx, &rules) != VNPLAN_OK) {
        int code = cli_report(ctx, "<default rules>");
        vnplan_ctx_free(ctx);
        return code == CLI_EXIT_INPUT ? CLI_EXIT_INTERNAL : code;
    }
    for (int i = 0; i < n_rules; i++)
        if (cli_rules_add_file(ctx, rules, rules_files[i]) != VNPLAN_OK) {
            int code = cli_report(ctx, rules_files[i]);
            vnplan_rules_free(rules);
            vnplan_ctx_free(ctx);
            return code;
        }
    cli_rules_jit_for(rules, argv + optind, argc - optind);
    if (table) {
        int code = write_table(ctx, rules, argv[optind], table, lang, output);
        vnplan_rules_free(rules);
        vnplan_ctx_free(ctx);
        return code;
    }
    cli_output out;
    if (!cli_output_open(&out, output)) {
        vnplan_rules_free(rules);
        vnplan_ctx_free(ctx);
        return CLI_EXIT_OUTPUT;
    }
    int n_files = argc - optind;
    bool batch = n_files > 1 || jsonl;
    bool array = n_files > 1 && !jsonl;
    bool progress = !cli_quiet && n_files > 1 && isatty(2);
    int status = CLI_EXIT_OK, written = 0;
    if (array)
        fputs(pretty ? "[\n" : "[", out.fp);
    if (!batch) {
        /* One plan: read and written as it goes, never held whole. */
        vnplan_status st = cli_extract_write(ctx, rules, argv[optind], pretty ? VNPLAN_JSON_PRETTY : 0, out.fp);
        vnplan_extract_counts counts;
        if (st == VNPLAN_OK && vnplan_extract_last(ctx, &counts) == VNPLAN_OK)
            plan_note(cli_input_name(argv[optind]), counts.tasks, counts.warnings, counts.doc_type);
        if (st == VNPLAN_OK)
            fputc('\n', out.fp);
        else if (cli_output_failed(&out))
            status = CLI_EXIT_OUTPUT;   /* the output's fault, reported when it is closed */
        else
            status = cli_report(ctx, argv[optind]);
        bool ok = cli_output_close(&out, status == CLI_EXIT_OK);
        vnplan_rules_free(rules);
        vnplan_ctx_free(ctx);
        return ok ? status : CLI_EXIT_OUTPUT;
    }
    extract_pool *pool = extract_pool_start(rules, argv + optind, n_files, jobs, pretty);
    if (!pool) {
        cli_output_close(&out, false);
        vnplan_rules_free(rules);
        vnplan_ctx_free(ctx);
        cli_error("out of memory");
        return CLI_EXIT_INTERNAL;
    }
    /* Results come back in the order of the files, whatever thread made them. */
    double started = cli_seconds();
    int n_done = 0, n_failed = 0, n_legacy = 0;
    for (int k = 0; k < n_files; k++) {
        const char *path = argv[optind + k];
        if (progress)
            cli_progress("extract", k + 1, n_files, path);
        extract_result r;
        extract_pool_next(pool, k, &r);
        if (array && written)
            fputs(pretty ? ",\n" : ",", out.fp);
        if (r.status == VNPLAN_OK) {
            extract_result_write(&r, out.fp);
            written++;
            n_done++;
            if (!cli_quiet && (r.tasks == 0 || r.warnings)) {
                if (progress)
                    fputc('\n', stderr);
                plan_note(cli_input_name(path), r.tasks, r.warnings, r.has_doc_type ? r.doc_type : NULL);
            }
        } else {
            n_failed++;
            if (progress)
                fputc('\n', stderr);
            /* A .doc says what it is; what to do about it is said once, at the end. */
            bool legacy = r.error.kind == VNPLAN_KIND_LEGACY_DOC;
            if (legacy && n_files > 1) {
                n_legacy++;
                snprintf(r.error.message, sizeof r.error.message, "%s", VN_LEGACY_DOC_MESSAGE);
            }
            int code = cli_report_error(&r.error, path);
            if (code > status)
                status = code;
            if (batch) {
                error_record(out.fp, path, &r.error, pretty);
                written++;
            }
        }
        if (jsonl || (!array && r.status == VNPLAN_OK))
            fputc('\n', out.fp);
        free(r.json);
        if ((r.status != VNPLAN_OK && fail_fast) || cli_output_failed(&out))
            break;
    }
    extract_pool_finish(pool);
    if (array)
        fputs(pretty ? "\n]\n" : "]\n", out.fp);
    if (progress)
        fputc('\n', stderr);
    if (n_legacy)
        cli_error("%d legacy .doc file%s not read: %s", n_legacy, n_legacy > 1 ? "s" : "", VN_LEGACY_DOC_HINT);
    /* One file that failed leaves no output; a batch keeps the good results. */
    bool keep = batch ? written > 0 : status == CLI_EXIT_OK;
    bool ok = cli_output_close(&out, keep);
    /* The summary, for a person at a terminal as the progress line is, after
     * the output is in place (an output that failed is the one thing to
     * say, and has been said). */
    if (ok && n_files > 1 && !cli_quiet && isatty(2))
        cli_batch_summary("extract", n_done, n_failed, cli_seconds() - started);
    vnplan_rules_free(rules);
    vnplan_ctx_free(ctx);
    return ok ? status : CLI_EXIT_OUTPUT;
}

const cli_command cli_cmd_extract = {"extract", "extract plans as JSON: metadata, sections, tasks, units",
                                     extract_run, extract_help};
