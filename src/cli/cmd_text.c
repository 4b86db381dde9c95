/*
 * vnplan text / vnplan dump: the document model as text or as JSON.
 *
 * `text` streams a package (reader/block_stream.h): each top-level block is
 * rendered and written as it is read, so a very large document takes
 * bounded memory. `dump` needs the whole model and reads it whole.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/cli_input.h"
#include "reader/block_stream.h"
#include "reader/text_render.h"
#include "util/ctx.h"
#include "util/spool.h"

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
          "  -q, --quiet no warnings\n"
          "  -h, --help  this help\n"
          "\n"
          "Exit status: 0 ok, 1 a file could not be read (the others are still\n"
          "printed), 2 usage error, 3 internal error,\n"
          "4 the output could not be written.\n",
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
          "  -q, --quiet no warnings\n"
          "  -h, --help  this help\n"
          "\n"
          "Exit status: 0 ok, 1 a file could not be read, 2 usage error, 3 internal error,\n"
          "4 the output could not be written.\n",
          out);
}

/* --- the text of one document on its way to the output --- */

enum { WRITE_BYTES = 64 * 1024 };

/* A document that fails half-way (its XML broken after some blocks were
 * streamed) must leave no trace, as when it was read whole before printing.
 * With -o FILE the text goes to the temporary output file as it comes and
 * is cut off again on failure. Standard output (or a device written in
 * place) cannot be taken back, so there the text is held until the document
 * is complete, in a spool (memory, then a temporary file; in memory after
 * all if none can be made). */
typedef struct doc_text {
    vnplan_ctx *ctx;
    FILE *out;
    bool cut_back;        /* out is our temporary file: write now, truncate to `start` on failure */
    long start;
    vn_text_renderer r;
    vn_buf buf;           /* rendered, not written or held yet */
    vn_spool hold;        /* held text (not cut_back) */
} doc_text;

/* `separate`: a blank line first, between this document and the previous one. */
static void doc_text_begin(doc_text *t, vnplan_ctx *ctx, const cli_output *out, bool separate) {
    memset(t, 0, sizeof *t);
    t->ctx = ctx;
    t->out = out->fp;
    t->start = out->path && !out->direct ? ftell(out->fp) : -1;
    t->cut_back = t->start >= 0;
    vn_text_render_begin(&t->r);
    vn_buf_init(&t->buf);
    vn_spool_init(&t->hold);
    t->hold.memory_fallback = true;
    if (separate)
        vn_buf_putc(&t->buf, '\n');
}

/* Writes the rendered text to the output and empties the buffer. */
static void doc_text_put(doc_text *t) {
    if (t->buf.len)
        fwrite(t->buf.data, 1, t->buf.len, t->out);
    vn_buf_clear(&t->buf);
}

/* The sink of the streaming reader (and of a plain-text document's blocks). */
static vnplan_status doc_text_block(void *ud, const vnplan_block *b, bool cont, bool more) {
    (void)cont, (void)more;   /* chunks of a table render as the whole table */
    doc_text *t = ud;
    vn_text_render_block(&t->r, &t->buf, b);
    if (t->buf.failed)
        return vn_fail_nomem(t->ctx);
    if (t->buf.len >= WRITE_BYTES) {
        if (t->cut_back)
            doc_text_put(t);
        else
            vn_spool_take(&t->hold, &t->buf);
    }
    return t->hold.failed ? vn_fail(t->ctx, VNPLAN_EIO, NULL, "cannot hold the text, in memory or in a temporary file")
                          : VNPLAN_OK;
}

/* The document is complete: everything goes out. Returns false (after
 * reporting) when the held text cannot be copied out; a failed write to the
 * output also shows when it is closed. */
static bool doc_text_commit(doc_text *t, const char *file) {
    bool ok = vn_spool_copy(&t->hold, 0, t->out);
    if (!ok)
        cli_error("%s: cannot copy the held text to the output", file);
    vn_spool_free(&t->hold);
    doc_text_put(t);
    vn_buf_free(&t->buf);
    return ok;
}

/* The document failed: what was written or held of it goes. Returns false
 * (after reporting) when the output could not be cut back: then it must
 * not be kept. */
static bool doc_text_abort(doc_text *t) {
    bool ok = !t->cut_back || (fflush(t->out) == 0 && ftruncate(fileno(t->out), t->start) == 0 &&
                               fseek(t->out, t->start, SEEK_SET) == 0);
    if (!ok)
        cli_error("cannot take back the text of a failed file from the output: %s", strerror(errno));
    vn_spool_free(&t->hold);
    vn_buf_free(&t->buf);
    return ok;
}

/* Reads `path` as cli_open_document does (the same size limit, plain text
 * by its name, a legacy .doc converted when asked), handing the blocks to t:
 * a package streamed, plain text from the whole (small) document. */
static vnplan_status text_open(vnplan_ctx *ctx, const char *path, doc_text *t, vnplan_document **doc) {
    *doc = NULL;
    char *data;
    size_t len;
    bool text;
    vnplan_status st = cli_read_input(ctx, path, &data, &len, &text, NULL);
    if (st)
        return st;
    if (text) {
        st = vnplan_document_from_text(ctx, data, len, doc);
        for (size_t i = 0; !st && i < (*doc)->n_blocks; i++)
            st = doc_text_block(t, &(*doc)->blocks[i], false, false);
        if (st) {
            vnplan_document_free(*doc);
            *doc = NULL;
        }
    } else {
        vn_block_sink sink = {t, doc_text_block};
        st = vn_document_stream_memory(ctx, data, len, cli_input_name(path), &sink, doc);
    }
    free(data);
    return st;
}

/* `vnplan text`: every file streamed to the output. *keep turns false when
 * the output holds part of a failed file. */
static int text_files(vnplan_ctx *ctx, cli_output *out, char **files, int n, int *printed, bool *keep) {
    int status = CLI_EXIT_OK;
    for (int i = 0; i < n && !cli_output_failed(out); i++) {
        vnplan_document *doc = NULL;
        doc_text t;
        vnplan_ctx_clear_error(ctx);
        doc_text_begin(&t, ctx, out, *printed > 0);
        if (text_open(ctx, files[i], &t, &doc) != VNPLAN_OK) {
            int code = cli_report(ctx, files[i]);
            if (!doc_text_abort(&t)) {
                *keep = false;
                code = CLI_EXIT_INTERNAL;
            }
            if (code > status)
                status = code;
            continue;
        }
        for (size_t w = 0; w < doc->n_warnings; w++)
            cli_warn("%s: %s", files[i], doc->warnings[w]);
        vnplan_document_free(doc);
        if (!doc_text_commit(&t, files[i]))
            status = CLI_EXIT_INTERNAL;
        (*printed)++;
    }
    return status;
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
    while ((c = getopt_long(argc, argv, "hqo:", opts, NULL)) != -1) {
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
    if (optind >= argc) {
        /* No FILE: standard input when it is not a terminal. */
        char **in;
        int n_in;
        if (!cli_stdin_as_input(&in, &n_in))
            return cli_usage_error(name, "no input file (use '-' for standard input)");
        argv = in;
        argc = n_in;
        optind = 0;
    }
    if (cli_output_is_input(output, argv + optind, argc - optind))
        return cli_usage_error(name, "output '%s' is one of the inputs", output);
    vnplan_ctx *ctx = cli_ctx_new();
    if (!ctx) {
        cli_error("out of memory");
        return CLI_EXIT_INTERNAL;
    }
    cli_output out;
    if (!cli_output_open(&out, output)) {
        vnplan_ctx_free(ctx);
        return CLI_EXIT_OUTPUT;
    }
    int status = CLI_EXIT_OK;
    int printed = 0;
    bool keep = true;
    if (!json)
        status = text_files(ctx, &out, argv + optind, argc - optind, &printed, &keep);
    for (int i = optind; json && i < argc && !cli_output_failed(&out); i++) {
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
        char *s = vnplan_document_to_json(doc, !compact, &len);
        vnplan_document_free(doc);
        if (!s) {
            cli_error("%s: out of memory", argv[i]);
            status = CLI_EXIT_INTERNAL;
            continue;
        }
        printed++;
        fwrite(s, 1, len, out.fp);
        fputc('\n', out.fp);
        free(s);
    }
    /* Output is kept when some files were read; nothing at all is an error. */
    bool ok = cli_output_close(&out, keep && (printed > 0 || status == CLI_EXIT_OK));
    vnplan_ctx_free(ctx);
    return ok ? status : CLI_EXIT_OUTPUT;
}

static int text_run(int argc, char **argv) { return run(argc, argv, false); }
static int dump_run(int argc, char **argv) { return run(argc, argv, true); }

const cli_command cli_cmd_text = {"text", "print a document as plain text with its numbering",
                                  text_run, text_help};
const cli_command cli_cmd_dump = {"dump", "print the document model as JSON", dump_run, dump_help};
