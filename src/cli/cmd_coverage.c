/* vnplan coverage: which tasks of an upper plan the lower plans answer. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/cli_input.h"
#include "cli/cli_xlsx.h"
#include "cli/plan_loader.h"
#include "serve/review_apply.h"
#include "util/file.h"
#include "vnplan/coverage.h"
#include "vnplan/coverage_model.h"

static void coverage_help(FILE *out) {
    fputs("Usage: vnplan coverage [options] UPPER LOWER...\n"
          "       vnplan coverage --from-json REPORT.json [--format F] [--lang L] [-o FILE]\n"
          "\n"
          "Checks which tasks of the UPPER plan (a province's) the LOWER plans (a\n"
          "department's, a commune's) answer. Each plan is a .docx, a UTF-8 .txt, or the\n"
          "JSON that `vnplan extract` wrote ('-' reads one of them from standard input).\n"
          "\n"
          "The upper tasks in scope are those that name the lower plan's issuer as lead\n"
          "or support (or by an abbreviation), those given to a collective that includes\n"
          "it (\"Các Sở, ban, ngành\"), and those that name no lead. Each gets the\n"
          "best-matching lower tasks with a score in [0,1], the shared terms, and a\n"
          "status: covered, partial or missing. Lower tasks that answer nothing are\n"
          "listed as extra; deadlines the upper plan sets for the lower plan itself are\n"
          "checked against the two issue dates. Several LOWER plans give one report: a\n"
          "task's matches come from any plan that has it in scope, and each plan gets its\n"
          "own summary (and each task its status per plan). docs/coverage.md explains the\n"
          "scoring; docs/coverage.schema.json is the JSON format.\n"
          "\n"
          "Options:\n"
          "  --format FORMAT   json (default), text (a table), csv, html (one page), or\n"
          "                    xlsx (a workbook: summary, tasks, matrix)\n"
          "  --lang LANG       vi (default) or en: the words of text, csv, html, xlsx\n"
          "                    (JSON keeps its machine names)\n"
          "  --from-json FILE  render a report that `coverage` wrote as JSON again,\n"
          "                    without the plans ('-': standard input)\n"
          "  --pretty          indent the JSON\n"
          "  -o FILE           write to FILE (atomically) instead of standard output\n"
          "  --unit NAME       the lower plans' issuer (default: from each plan's metadata)\n"
          "  --all             every upper task is in scope\n"
          "  --covered X       a score >= X is covered (default 0.40) when the matching\n"
          "                    lower tasks together hold at least --covered-share of the\n"
          "                    upper task's weight; else partial\n"
          "  --covered-share X (default 0.40)\n"
          "  --partial X       a score >= X is partial, below is missing; a lower task\n"
          "                    scoring below X against every upper task is extra\n"
          "                    (default 0.22)\n"
          "  --area-bonus X    the same area raises a score by up to X of itself\n"
          "                    (default 0.25)\n"
          "  --bigram-weight X weight of a two-syllable term (default 1.5)\n"
          "  --top N           matches shown per upper task (default 3, at most 10)\n"
          "  --decisions FILE  apply reviewers' decisions exported by `vnplan serve`\n"
          "                    (GET /runs/ID/decisions.json): each item gains \"review\"\n"
          "                    (docs/serve.md), as the server's reviewed report\n"
          "  --strict          a --rules file section vnplan does not read is an error\n"
          "  --rules FILE      add or override rules (stopwords, abbreviations,\n"
          "                    collectives: docs/rules.md); may be repeated\n"
          "  -q, --quiet       no warnings, no progress line\n"
          "  -h, --help        this help\n"
          "\n"
          "Exit status: 0 report written, 1 an input could not be read or is not a plan,\n"
          "2 usage error, 3 internal error,\n"
          "4 the output could not be written.\n",
          out);
}

static bool parse_score(const char *s, double *out) {
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || *end || !(v >= 0 && v <= 1))
        return false;
    *out = v;
    return true;
}

typedef struct coverage_args {
    const char *output, *rules_files[32], *from_json, *decisions;
    int n_rules;
    bool pretty, xlsx;
    unsigned lang;   /* 0 or VNPLAN_COVERAGE_ENGLISH */
    vnplan_coverage_format format;
    vnplan_coverage_options options;
} coverage_args;

/* Parses the options; returns -1 to go on, else the exit code. */
static int parse_args(int argc, char **argv, coverage_args *a) {
    static const struct option opts[] = {{"help", no_argument, NULL, 'h'},
                                         {"quiet", no_argument, NULL, 'q'},
                                         {"pretty", no_argument, NULL, 'p'},
                                         {"format", required_argument, NULL, 'F'},
                                         {"unit", required_argument, NULL, 'u'},
                                         {"all", no_argument, NULL, 'a'},
                                         {"covered", required_argument, NULL, 'C'},
                                         {"partial", required_argument, NULL, 'P'},
                                         {"covered-share", required_argument, NULL, 'S'},
                                         {"area-bonus", required_argument, NULL, 'A'},
                                         {"bigram-weight", required_argument, NULL, 'B'},
                                         {"top", required_argument, NULL, 'T'},
                                         {"rules", required_argument, NULL, 'r'},
                                         {"lang", required_argument, NULL, 'L'},
                                         {"from-json", required_argument, NULL, 'J'},
                                         {"decisions", required_argument, NULL, 'D'},
                                         {NULL, 0, NULL, 0}};
    optind = 1;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, "hqo:", opts, NULL)) != -1) {
        switch (c) {
        case 'h': coverage_help(stdout); return CLI_EXIT_OK;
        case 'q': cli_quiet = true; break;
        case 'o': a->output = optarg; break;
        case 'p': a->pretty = true; break;
        case 'a': a->options.all = true; break;
        case 'u':
            if (!*optarg)
                return cli_usage_error("coverage", "--unit needs a name");
            a->options.unit = optarg;
            break;
        case 'F':
            if (!strcmp(optarg, "json"))
                a->format = VNPLAN_COVERAGE_JSON;
            else if (!strcmp(optarg, "text"))
                a->format = VNPLAN_COVERAGE_TEXT;
            else if (!strcmp(optarg, "csv"))
                a->format = VNPLAN_COVERAGE_CSV;
            else if (!strcmp(optarg, "html"))
                a->format = VNPLAN_COVERAGE_HTML;
            else if (!strcmp(optarg, "xlsx"))
                a->xlsx = true;
            else
                return cli_usage_error("coverage", "--format is json, text, csv, html or xlsx, not '%s'", optarg);
            if (strcmp(optarg, "xlsx"))
                a->xlsx = false;
            break;
        case 'L':
            if (!strcmp(optarg, "vi"))
                a->lang = 0;
            else if (!strcmp(optarg, "en"))
                a->lang = VNPLAN_COVERAGE_ENGLISH;
            else
                return cli_usage_error("coverage", "--lang is vi or en, not '%s'", optarg);
            break;
        case 'J': a->from_json = optarg; break;
        case 'C':
        case 'P':
        case 'S':
        case 'A': {
            double *dst = c == 'C'   ? &a->options.covered
                          : c == 'P' ? &a->options.partial
                          : c == 'S' ? &a->options.covered_share
                                     : &a->options.area_bonus;
            if (!parse_score(optarg, dst))
                return cli_usage_error("coverage", "%s needs a number from 0 to 1, not '%s'", argv[optind - 1],
                                       optarg);
            break;
        }
        case 'B': {
            char *end;
            errno = 0;
            double v = strtod(optarg, &end);
            if (errno || end == optarg || *end || !(v >= 0 && v <= 10))
                return cli_usage_error("coverage", "--bigram-weight needs a number from 0 to 10, not '%s'", optarg);
            a->options.bigram_weight = v;
            break;
        }
        case 'T': {
            char *end;
            errno = 0;
            long v = strtol(optarg, &end, 10);
            if (errno || *end || v < 1 || v > 10)
                return cli_usage_error("coverage", "--top needs a number from 1 to 10, not '%s'", optarg);
            a->options.top = (unsigned)v;
            break;
        }
        case 'D': a->decisions = optarg; break;
        case 'r':
            if (a->n_rules == 32)
                return cli_usage_error("coverage", "at most 32 --rules files");
            a->rules_files[a->n_rules++] = optarg;
            break;
        default:
            if (optopt)
                return cli_usage_error("coverage", "option '%s' needs a value", argv[optind - 1]);
            return cli_usage_error("coverage", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (a->from_json) {
        if (argc > optind)
            return cli_usage_error("coverage", "--from-json takes no plans, not '%s'", argv[optind]);
        char *in[1] = {(char *)a->from_json};
        if (cli_output_is_input(a->output, in, 1))
            return cli_usage_error("coverage", "output '%s' is the input", a->output);
        return -1;
    }
    if (argc - optind < 2)
        return cli_usage_error("coverage", "needs an upper plan and at least one lower plan");
    if (a->options.partial > a->options.covered)
        return cli_usage_error("coverage", "--partial (%g) must not be above --covered (%g)", a->options.partial,
                               a->options.covered);
    int stdin_uses = 0;
    for (int i = optind; i < argc; i++)
        stdin_uses += !strcmp(argv[i], "-");
    if (stdin_uses > 1)
        return cli_usage_error("coverage", "standard input ('-') can be read only once");
    if (cli_output_is_input(a->output, argv + optind, argc - optind))
        return cli_usage_error("coverage", "output '%s' is one of the inputs", a->output);
    return -1;
}

/* The report with the decisions file applied (serve/review_apply.c): as
 * JSON text in *text when JSON is asked for (the bytes `vnplan serve`
 * exports), else as a report in *reviewed for the other renderers. */
static int reviewed_report(vnplan_ctx *ctx, const vnplan_coverage *report, const coverage_args *a, char **text,
                           size_t *len, vnplan_coverage **reviewed) {
    char *dec = NULL, err[256];
    size_t dec_len;
    if (vn_read_file(ctx, a->decisions, (size_t)vnplan_limit(ctx, VNPLAN_LIMIT_INPUT_BYTES, -1), &dec, &dec_len))
        return cli_report(ctx, a->decisions);
    size_t json_len;
    char *json = vnplan_coverage_render(report, VNPLAN_COVERAGE_JSON, 0, &json_len);
    char *applied = json ? sv_review_apply(json, json_len, dec, dec_len, a->pretty, err, sizeof err) : NULL;
    free(json);
    free(dec);
    if (!applied) {
        cli_error("%s: %s", a->decisions, json ? err : "out of memory");
        return json ? CLI_EXIT_INPUT : CLI_EXIT_INTERNAL;
    }
    if (a->format == VNPLAN_COVERAGE_JSON && !a->xlsx) {
        *text = applied;
        *len = strlen(applied);
        return CLI_EXIT_OK;
    }
    vnplan_status st = vnplan_coverage_from_json(ctx, applied, strlen(applied), reviewed);
    free(applied);
    return st ? cli_report(ctx, a->decisions) : CLI_EXIT_OK;
}

/* Writes the report in the format asked for, with --decisions applied, to -o
 * or standard output. */
static int write_report(vnplan_ctx *ctx, const vnplan_coverage *report, const coverage_args *a) {
    size_t len = 0;
    char *text = NULL;
    vnplan_coverage *reviewed = NULL;
    if (a->decisions) {
        int st = reviewed_report(ctx, report, a, &text, &len, &reviewed);
        if (st)
            return st;
        if (reviewed)
            report = reviewed;
    }
    if (!text)
        text = a->xlsx ? cli_coverage_xlsx(report, a->lang, &len)
                       : vnplan_coverage_render(report, a->format, (a->pretty ? VNPLAN_JSON_PRETTY : 0) | a->lang, &len);
    vnplan_coverage_free(reviewed);
    int status = CLI_EXIT_OK;
    cli_output out;
    if (!text) {
        if (!a->xlsx)   /* cli_coverage_xlsx said why */
            cli_error("out of memory");
        status = CLI_EXIT_INTERNAL;
    } else if (!cli_output_open(&out, a->output)) {
        status = CLI_EXIT_OUTPUT;
    } else {
        fwrite(text, 1, len, out.fp);
        if (!cli_output_close(&out, true))
            status = CLI_EXIT_OUTPUT;
    }
    free(text);
    return status;
}

/* --from-json: a saved report rendered again. */
static int render_saved(const coverage_args *a) {
    vnplan_ctx *ctx = cli_ctx_new();
    if (!ctx)
        return CLI_EXIT_INTERNAL;
    char *data = NULL;
    size_t len;
    bool text;
    vnplan_coverage *report = NULL;
    int status = CLI_EXIT_OK;
    if (cli_read_input(ctx, a->from_json, &data, &len, &text, NULL) != VNPLAN_OK ||
        vnplan_coverage_from_json(ctx, data, len, &report) != VNPLAN_OK)
        status = cli_report(ctx, cli_input_name(a->from_json));
    free(data);
    if (!status)
        status = write_report(ctx, report, a);
    vnplan_coverage_free(report);
    vnplan_ctx_free(ctx);
    return status;
}

static int coverage_run(int argc, char **argv) {
    coverage_args a;
    memset(&a, 0, sizeof a);
    vnplan_coverage_options_init(&a.options);
    int code = parse_args(argc, argv, &a);
    if (code >= 0)
        return code;
    if (a.from_json)
        return render_saved(&a);
    vnplan_ctx *ctx = cli_ctx_new();
    if (!ctx)
        return CLI_EXIT_INTERNAL;
    vnplan_rules *rules = NULL;
    if (cli_rules_load_default(ctx, &rules) != VNPLAN_OK) {
        code = cli_report(ctx, "<default rules>");
        vnplan_ctx_free(ctx);
        return code == CLI_EXIT_INPUT ? CLI_EXIT_INTERNAL : code;
    }
    int status = CLI_EXIT_OK;
    for (int i = 0; i < a.n_rules && !status; i++)
        if (cli_rules_add_file(ctx, rules, a.rules_files[i]) != VNPLAN_OK)
            status = cli_report(ctx, a.rules_files[i]);
    /* Plans given as JSON are not extracted: only the documents count. */
    char **docs = calloc((size_t)(argc - optind) + 1, sizeof *docs);
    int n_docs = 0;
    for (int i = optind; docs && i < argc; i++) {
        const char *dot = strrchr(argv[i], '.');
        if (!dot || strcmp(dot, ".json"))
            docs[n_docs++] = argv[i];
    }
    if (docs)
        cli_rules_jit_for(rules, docs, n_docs);
    free(docs);
    const char *upper_path = argv[optind];
    int n_lower = argc - optind - 1;
    bool progress = !cli_quiet && n_lower > 1 && isatty(2);
    vnplan_plan *upper = NULL;
    vnplan_coverage_index *idx = NULL;
    vnplan_coverage_run *run = NULL;
    vnplan_coverage *report = NULL;
    if (!status && cli_open_plan(ctx, rules, upper_path, &upper) != VNPLAN_OK)
        status = cli_report(ctx, upper_path);
    /* The upper plan is indexed once, whatever the number of lower plans. */
    if (!status && vnplan_coverage_index_new(ctx, rules, upper, &idx) != VNPLAN_OK)
        status = cli_report(ctx, upper_path);
    if (!status && vnplan_coverage_start(ctx, idx, &a.options, &run) != VNPLAN_OK)
        status = cli_report(ctx, upper_path);
    /* Lower plans are read on another thread while the previous one is
     * compared; each is freed once compared. */
    plan_loader *loader = status ? NULL : plan_loader_start(rules, argv + optind + 1, n_lower, 4);
    if (!status && !loader) {
        cli_error("out of memory");
        status = CLI_EXIT_INTERNAL;
    }
    for (int i = 0; !status && i < n_lower; i++) {
        const char *path = argv[optind + 1 + i];
        if (progress)
            fprintf(stderr, "\rvnplan: coverage %d/%d %.60s\033[K", i + 1, n_lower, path);
        vnplan_plan *lower;
        vnplan_error err;
        plan_loader_next(loader, i, &lower, &err);
        if (!lower) {
            if (progress)
                fputc('\n', stderr);
            status = cli_report_error(&err, path);
        } else if (vnplan_coverage_add(ctx, run, lower) != VNPLAN_OK) {
            status = cli_report(ctx, path);
        }
        vnplan_plan_free(lower);
    }
    plan_loader_finish(loader);
    if (progress)
        fputc('\n', stderr);
    if (!status) {
        vnplan_status st = vnplan_coverage_finish(ctx, run, &report);
        run = NULL;
        if (st != VNPLAN_OK)
            status = cli_report(ctx, upper_path);
    }
    /* The sanity findings (not the deadlines, which are the report's content), one line each. */
    for (size_t i = 0; !status && !cli_quiet && i < vnplan_coverage_finding_count(report); i++) {
        const vnplan_finding *f = vnplan_coverage_finding_at(report, i);
        const char *kind = vnplan_coverage_finding_str(f, "kind"), *message = vnplan_coverage_finding_str(f, "message");
        long lower = vnplan_coverage_finding_lower(f);
        if (kind && message && strcmp(kind, "deadline") && lower >= 0 && lower < n_lower)
            cli_warn("%s: %s", argv[optind + 1 + lower], message);
    }
    if (!status)
        status = write_report(ctx, report, &a);
    vnplan_coverage_free(report);
    vnplan_coverage_run_free(run);
    vnplan_coverage_index_free(idx);
    vnplan_plan_free(upper);
    vnplan_rules_free(rules);
    vnplan_ctx_free(ctx);
    return status;
}

const cli_command cli_cmd_coverage = {"coverage", "check which tasks of an upper plan lower plans cover", coverage_run,
                                      coverage_help};
