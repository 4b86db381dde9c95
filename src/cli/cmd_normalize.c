/* vnplan normalize: the text stage on plain text files. */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "util/ctx.h"
#include "util/file.h"
#include "vnplan/text.h"

static void normalize_help(FILE *out) {
    fputs("Usage: vnplan normalize [options] [FILE...]\n"
          "\n"
          "Normalises Vietnamese text: legacy TCVN3/VNI/VIQR decoded, NFC, lookalike and\n"
          "invisible characters fixed, spaces collapsed, tone marks placed by the rules.\n"
          "Reads each FILE (standard input when none or '-') and writes the display text,\n"
          "or its match key, to standard output.\n"
          "\n"
          "Options:\n"
          "  --tones keep|old|new   tone placement in open oa/oe/uy syllables: as written\n"
          "                         (default), old style (hòa, thủy) or new style (hoà, thuỷ);\n"
          "                         misplaced tones (qúy, ngòai) are repaired in every mode\n"
          "  --from ENCODING        the input's encoding: auto (default: detect TCVN3 and\n"
          "                         VNI shown as Windows-1252, else UTF-8), utf8, tcvn3,\n"
          "                         vni, viqr\n"
          "  --caps                 upper-case decoded legacy text (.VnTimeH-style fonts)\n"
          "  --key                  print the match key instead of the display text\n"
          "  --folded               print the folded key (no diacritics, đ -> d)\n"
          "  -o FILE                write to FILE (atomically) instead of standard output\n"
          "  --quiet                no warnings (detected encodings, invalid UTF-8)\n"
          "  -h, --help             this help\n"
          "\n"
          "Exit status: 0 ok, 1 an input could not be read, 2 usage error, 3 internal error,\n"
          "4 the output could not be written.\n",
          out);
}

typedef struct normalize_opts {
    vnplan_tones tones;
    vnplan_encoding from;
    bool caps;
    int key;   /* -1 display text, else a vnplan_key_kind */
} normalize_opts;

static bool parse_tones(const char *s, vnplan_tones *t) {
    if (strcmp(s, "keep") == 0)
        *t = VNPLAN_TONES_KEEP;
    else if (strcmp(s, "old") == 0)
        *t = VNPLAN_TONES_OLD;
    else if (strcmp(s, "new") == 0)
        *t = VNPLAN_TONES_NEW;
    else
        return false;
    return true;
}

static bool parse_encoding(const char *s, vnplan_encoding *e) {
    static const struct {
        const char *name;
        vnplan_encoding enc;
    } names[] = {{"auto", VNPLAN_ENC_AUTO}, {"utf8", VNPLAN_ENC_UTF8},   {"utf-8", VNPLAN_ENC_UTF8},
                 {"tcvn3", VNPLAN_ENC_TCVN3}, {"vni", VNPLAN_ENC_VNI}, {"viqr", VNPLAN_ENC_VIQR}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(s, names[i].name) == 0) {
            *e = names[i].enc;
            return true;
        }
    return false;
}

static const char *encoding_name(vnplan_encoding e) {
    switch (e) {
    case VNPLAN_ENC_TCVN3: return "TCVN3";
    case VNPLAN_ENC_VNI: return "VNI";
    case VNPLAN_ENC_VIQR: return "VIQR";
    default: return "UTF-8";
    }
}

/* Input is normalised a run of whole lines at a time, so that memory stays
 * bounded by the chunk whatever the size of the file: every step (legacy
 * decoding, the display form, the keys) works within a line. */
enum { CHUNK_BYTES = 64 * 1024 };

/* The end of the chunk that starts at `start`: past the last newline within
 * CHUNK_BYTES, or past the first newline after that when the line is longer. */
static size_t chunk_end(const char *data, size_t len, size_t start) {
    if (len - start <= CHUNK_BYTES)
        return len;
    size_t limit = start + CHUNK_BYTES;
    for (size_t i = limit; i > start; i--)
        if (data[i - 1] == '\n')
            return i;
    const char *nl = memchr(data + limit, '\n', len - limit);
    return nl ? (size_t)(nl - data) + 1 : len;
}

/* The longest line of data[0..len), in bytes, without its newline. */
static size_t longest_line(const char *data, size_t len) {
    size_t longest = 0, i = 0;
    while (i < len) {
        const char *nl = memchr(data + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - data) : len;
        if (end - i > longest)
            longest = end - i;
        i = end + 1;
    }
    return longest;
}

/* Normalises one chunk and writes it. Returns false on out of memory. */
static bool normalize_chunk(const char *data, size_t len, vnplan_encoding enc, const normalize_opts *o,
                            size_t *n_invalid, FILE *out) {
    char *decoded = NULL;
    size_t dlen = len;
    if (enc != VNPLAN_ENC_UTF8) {
        decoded = vnplan_text_decode(enc, o->caps, data, len, &dlen);
        if (!decoded)
            return false;
        data = decoded;
    }
    size_t invalid = 0, disp_len = 0;
    char *display = vnplan_text_display(data, dlen, o->tones, &disp_len, &invalid);
    free(decoded);
    if (!display)
        return false;
    *n_invalid += invalid;
    if (o->key < 0) {
        fwrite(display, 1, disp_len, out);
    } else {
        vnplan_key key;
        if (vnplan_text_key(display, disp_len, (vnplan_key_kind)o->key, &key) != VNPLAN_OK) {
            free(display);
            return false;
        }
        fwrite(key.text, 1, key.len, out);
        vnplan_key_free(&key);
    }
    free(display);
    return true;
}

/* Normalises one input to out. Returns an exit code (after reporting). */
static int normalize_text(vnplan_ctx *ctx, const char *name, const char *data, size_t len,
                          const normalize_opts *o, cli_output *out) {
    size_t max_line = (size_t)vn_limit(ctx, VNPLAN_LIMIT_PARAGRAPH_BYTES);
    if (longest_line(data, len) > max_line) {
        cli_error("%s: a line is longer than %zu bytes (limit max-paragraph-bytes)", name, max_line);
        return CLI_EXIT_INPUT;
    }
    vnplan_encoding enc = o->from;
    if (enc == VNPLAN_ENC_AUTO) {
        enc = vnplan_text_detect(data, len);
        if (enc != VNPLAN_ENC_UTF8)
            cli_warn("%s: text looks %s-encoded; decoded (use --from utf8 to keep it)", name,
                     encoding_name(enc));
    }
    size_t n_invalid = 0;
    for (size_t start = 0; start < len && !cli_output_failed(out);) {
        size_t end = chunk_end(data, len, start);
        if (!normalize_chunk(data + start, end - start, enc, o, &n_invalid, out->fp)) {
            cli_error("%s: out of memory", name);
            return CLI_EXIT_INTERNAL;
        }
        start = end;
    }
    if (n_invalid)
        cli_warn("%s: %zu invalid UTF-8 sequences replaced with U+FFFD", name, n_invalid);
    return CLI_EXIT_OK;
}

/* Options may come before or after the files, as in the other commands;
 * "--" ends them. Returns -1 when the command should run, else an exit code. */
static int parse_args(int argc, char **argv, normalize_opts *o, const char **output, char **files,
                      int *n_files) {
    bool options = true;
    *n_files = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = NULL;
        if (!options || a[0] != '-' || strcmp(a, "-") == 0) {
            files[(*n_files)++] = argv[i];
        } else if (strcmp(a, "--") == 0) {
            options = false;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            normalize_help(stdout);
            return CLI_EXIT_OK;
        } else if (strcmp(a, "--key") == 0) {
            o->key = VNPLAN_KEY_MATCH;
        } else if (strcmp(a, "--folded") == 0) {
            o->key = VNPLAN_KEY_FOLDED;
        } else if (strcmp(a, "--caps") == 0) {
            o->caps = true;
        } else if (strcmp(a, "--quiet") == 0 || strcmp(a, "-q") == 0) {
            cli_quiet = true;
        } else if (strcmp(a, "--tones") == 0 || strncmp(a, "--tones=", 8) == 0) {
            val = a[7] == '=' ? a + 8 : (i + 1 < argc ? argv[++i] : NULL);
            if (!val)
                return cli_usage_error("normalize", "--tones needs keep, old or new");
            if (!parse_tones(val, &o->tones))
                return cli_usage_error("normalize", "unknown tone style '%s' (keep, old, new)", val);
        } else if (strcmp(a, "--from") == 0 || strncmp(a, "--from=", 7) == 0) {
            val = a[6] == '=' ? a + 7 : (i + 1 < argc ? argv[++i] : NULL);
            if (!val)
                return cli_usage_error("normalize", "--from needs an encoding");
            if (!parse_encoding(val, &o->from))
                return cli_usage_error("normalize",
                                       "unknown encoding '%s' (auto, utf8, tcvn3, vni, viqr)", val);
        } else if (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0 || strncmp(a, "--output=", 9) == 0) {
            val = a[8] == '=' ? a + 9 : (i + 1 < argc ? argv[++i] : NULL);
            if (!val)
                return cli_usage_error("normalize", "%s needs a file name", a);
            *output = val;
        } else {
            return cli_usage_error("normalize", "unknown option '%s'", a);
        }
    }
    if (*n_files == 0)
        files[(*n_files)++] = "-";
    int stdin_uses = 0;
    for (int i = 0; i < *n_files; i++)
        stdin_uses += !strcmp(files[i], "-");
    if (stdin_uses > 1)
        return cli_usage_error("normalize", "standard input ('-') can be read only once");
    if (cli_output_is_input(*output, files, *n_files))
        return cli_usage_error("normalize", "output '%s' is one of the inputs", *output);
    return -1;
}

static int normalize_run(int argc, char **argv) {
    normalize_opts o = {VNPLAN_TONES_KEEP, VNPLAN_ENC_AUTO, false, -1};
    const char *output = NULL;
    char **files = calloc((size_t)argc + 1, sizeof *files);
    if (!files) {
        cli_error("out of memory");
        return CLI_EXIT_INTERNAL;
    }
    int n_files;
    int rc = parse_args(argc, argv, &o, &output, files, &n_files);
    if (rc >= 0) {
        free(files);
        return rc;
    }
    vnplan_ctx *ctx = cli_ctx_new();
    if (!ctx) {
        free(files);
        cli_error("out of memory");
        return CLI_EXIT_INTERNAL;
    }
    size_t max_bytes = (size_t)vn_limit(ctx, VNPLAN_LIMIT_INPUT_BYTES);
    cli_output out;
    if (!cli_output_open(&out, output)) {
        vnplan_ctx_free(ctx);
        free(files);
        return CLI_EXIT_OUTPUT;
    }
    rc = CLI_EXIT_OK;
    for (int i = 0; i < n_files && rc != CLI_EXIT_INTERNAL && !cli_output_failed(&out); i++) {
        const char *path = files[i];
        const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
        char *data = NULL;
        size_t len = 0;
        vnplan_ctx_clear_error(ctx);
        int code = vn_read_file(ctx, path, max_bytes, &data, &len) == VNPLAN_OK
                       ? normalize_text(ctx, name, data, len, &o, &out)
                       : cli_report(ctx, name);
        if (code > rc)
            rc = code;
        free(data);
    }
    vnplan_ctx_free(ctx);
    free(files);
    /* Like the other commands, a failed input leaves no output file. */
    if (!cli_output_close(&out, rc == CLI_EXIT_OK))
        rc = CLI_EXIT_OUTPUT;
    return rc;
}

const cli_command cli_cmd_normalize = {"normalize",
                                       "normalise Vietnamese text (NFC, tone marks, legacy fonts)",
                                       normalize_run, normalize_help};
