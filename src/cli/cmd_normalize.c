/* vnplan normalize: the text stage on plain text files. */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "util/buf.h"
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
          "Exit status: 0 ok, 1 an input could not be read, 2 usage error, 3 internal error.\n",
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

/* Normalises one input into out. Returns false on out of memory. */
static bool normalize_text(const char *name, const char *data, size_t len,
                           const normalize_opts *o, vn_buf *out) {
    vnplan_encoding enc = o->from;
    if (enc == VNPLAN_ENC_AUTO) {
        enc = vnplan_text_detect(data, len);
        if (enc != VNPLAN_ENC_UTF8)
            cli_warn("%s: text looks %s-encoded; decoded (use --from utf8 to keep it)", name,
                     encoding_name(enc));
    }
    char *decoded = NULL;
    size_t dlen = len;
    if (enc != VNPLAN_ENC_UTF8) {
        decoded = vnplan_text_decode(enc, o->caps, data, len, &dlen);
        if (!decoded)
            return false;
        data = decoded;
    }
    size_t n_invalid = 0, disp_len = 0;
    char *display = vnplan_text_display(data, dlen, o->tones, &disp_len, &n_invalid);
    free(decoded);
    if (!display)
        return false;
    if (n_invalid)
        cli_warn("%s: %zu invalid UTF-8 sequences replaced with U+FFFD", name, n_invalid);
    if (o->key < 0) {
        vn_buf_append(out, display, disp_len);
    } else {
        vnplan_key key;
        if (vnplan_text_key(display, disp_len, (vnplan_key_kind)o->key, &key) != VNPLAN_OK) {
            free(display);
            return false;
        }
        vn_buf_append(out, key.text, key.len);
        vnplan_key_free(&key);
    }
    free(display);
    return !out->failed;
}

static int normalize_run(int argc, char **argv) {
    normalize_opts o = {VNPLAN_TONES_KEEP, VNPLAN_ENC_AUTO, false, -1};
    const char *output = NULL;
    int first_file = argc;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = NULL;
        if (strcmp(a, "--") == 0) {
            first_file = i + 1;
            break;
        }
        if (a[0] != '-' || strcmp(a, "-") == 0) {
            first_file = i;
            break;
        }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            normalize_help(stdout);
            return CLI_EXIT_OK;
        } else if (strcmp(a, "--key") == 0) {
            o.key = VNPLAN_KEY_MATCH;
        } else if (strcmp(a, "--folded") == 0) {
            o.key = VNPLAN_KEY_FOLDED;
        } else if (strcmp(a, "--caps") == 0) {
            o.caps = true;
        } else if (strcmp(a, "--quiet") == 0 || strcmp(a, "-q") == 0) {
            cli_quiet = true;
        } else if (strcmp(a, "--tones") == 0 || strncmp(a, "--tones=", 8) == 0) {
            val = a[7] == '=' ? a + 8 : (i + 1 < argc ? argv[++i] : NULL);
            if (!val)
                return cli_usage_error("normalize", "--tones needs keep, old or new");
            if (!parse_tones(val, &o.tones))
                return cli_usage_error("normalize", "unknown tone style '%s' (keep, old, new)", val);
        } else if (strcmp(a, "--from") == 0 || strncmp(a, "--from=", 7) == 0) {
            val = a[6] == '=' ? a + 7 : (i + 1 < argc ? argv[++i] : NULL);
            if (!val)
                return cli_usage_error("normalize", "--from needs an encoding");
            if (!parse_encoding(val, &o.from))
                return cli_usage_error("normalize",
                                       "unknown encoding '%s' (auto, utf8, tcvn3, vni, viqr)", val);
        } else if (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) {
            if (i + 1 >= argc)
                return cli_usage_error("normalize", "%s needs a file name", a);
            output = argv[++i];
        } else {
            return cli_usage_error("normalize", "unknown option '%s'", a);
        }
    }

    vnplan_ctx *ctx = vnplan_ctx_new();
    if (!ctx) {
        cli_error("out of memory");
        return CLI_EXIT_INTERNAL;
    }
    size_t max_bytes = (size_t)vn_limit(ctx, VNPLAN_LIMIT_INPUT_BYTES);
    cli_output out;
    if (!cli_output_open(&out, output)) {
        vnplan_ctx_free(ctx);
        return CLI_EXIT_INTERNAL;
    }
    int rc = CLI_EXIT_OK;
    vn_buf result = VN_BUF_INIT;
    int n_files = argc - first_file;
    for (int i = 0; i < (n_files > 0 ? n_files : 1) && rc != CLI_EXIT_INTERNAL; i++) {
        const char *path = n_files > 0 ? argv[first_file + i] : "-";
        const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
        char *data = NULL;
        size_t len = 0;
        vnplan_ctx_clear_error(ctx);
        if (vn_read_file(ctx, path, max_bytes, &data, &len) != VNPLAN_OK) {
            int code = cli_report(ctx, name);
            if (code > rc)
                rc = code;
            continue;
        }
        vn_buf_clear(&result);
        if (!normalize_text(name, data, len, &o, &result)) {
            cli_error("%s: out of memory", name);
            rc = CLI_EXIT_INTERNAL;
        } else if (result.len && fwrite(result.data, 1, result.len, out.fp) != result.len) {
            rc = CLI_EXIT_INTERNAL;  /* reported by cli_output_close */
        }
        free(data);
    }
    vn_buf_free(&result);
    vnplan_ctx_free(ctx);
    /* Like the other commands, a failed input leaves no output file. */
    if (!cli_output_close(&out, rc == CLI_EXIT_OK) && rc == CLI_EXIT_OK)
        rc = CLI_EXIT_INTERNAL;
    return rc;
}

const cli_command cli_cmd_normalize = {"normalize",
                                       "normalise Vietnamese text (NFC, tone marks, legacy fonts)",
                                       normalize_run, normalize_help};
