/*
 * The floor under vnplan's reading time (tools/bench): the same documents
 * inflated by libzip (zip_fread, 64 KiB at a time) and parsed by libxml2's
 * SAX2 push parser with empty callbacks, in one process, with the options
 * the reader uses. Every .xml and .rels part of each package is read, as
 * vnplan reads them all. No model, no rules, no output: what is left of
 * vnplan's time above this is vnplan's own work.
 *   bench_floor [-n REPEAT] FILE...
 * Prints the seconds per document and the parts and bytes parsed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libxml/parser.h>
#include <zip.h>

enum { CHUNK = 64 * 1024 };

static void on_start(void *ud, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri, int nb_ns,
                     const xmlChar **ns, int nb_attrs, int nb_defaulted, const xmlChar **attrs) {
    (void)ud, (void)local, (void)prefix, (void)uri, (void)nb_ns, (void)ns, (void)nb_attrs, (void)nb_defaulted,
        (void)attrs;
}
static void on_end(void *ud, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri) {
    (void)ud, (void)local, (void)prefix, (void)uri;
}
static void on_text(void *ud, const xmlChar *s, int len) { (void)ud, (void)s, (void)len; }
static void on_error(void *ud, xmlErrorPtr e) { (void)ud, (void)e; }

static char *slurp(const char *path, size_t *len) {
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    rewind(fp);
    char *data = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (data && fread(data, 1, (size_t)n, fp) != (size_t)n) {
        free(data);
        data = NULL;
    }
    fclose(fp);
    *len = (size_t)n;
    return data;
}

static int ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && !strcmp(s + n - k, suffix);
}

/* Inflates and parses every XML part of the package in data[0..len). */
static int read_package(const char *data, size_t len, xmlSAXHandler *sax, size_t *parts, size_t *bytes) {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src = zip_source_buffer_create(data, len, 0, &err);
    zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err) : NULL;
    if (!za) {
        if (src)
            zip_source_free(src);
        zip_error_fini(&err);
        return -1;
    }
    static char buf[CHUNK];
    zip_int64_t n = zip_get_num_entries(za, 0);
    for (zip_int64_t i = 0; i < n; i++) {
        const char *name = zip_get_name(za, (zip_uint64_t)i, 0);
        if (!name || !(ends_with(name, ".xml") || ends_with(name, ".rels")))
            continue;
        zip_file_t *zf = zip_fopen_index(za, (zip_uint64_t)i, 0);
        if (!zf)
            continue;
        xmlParserCtxtPtr pc = NULL;
        zip_int64_t got;
        while ((got = zip_fread(zf, buf, sizeof buf)) > 0) {
            *bytes += (size_t)got;
            if (!pc) {
                pc = xmlCreatePushParserCtxt(sax, NULL, buf, (int)got, name);
                if (pc)
                    xmlCtxtUseOptions(pc, XML_PARSE_NONET);
            } else {
                xmlParseChunk(pc, buf, (int)got, 0);
            }
        }
        if (pc) {
            xmlParseChunk(pc, NULL, 0, 1);
            xmlFreeParserCtxt(pc);
        }
        zip_fclose(zf);
        (*parts)++;
    }
    zip_discard(za);
    zip_error_fini(&err);
    return 0;
}

int main(int argc, char **argv) {
    int repeat = 1, first = 1;
    if (argc > 2 && !strcmp(argv[1], "-n")) {
        repeat = atoi(argv[2]);
        first = 3;
    }
    if (first >= argc || repeat < 1) {
        fprintf(stderr, "usage: bench_floor [-n REPEAT] FILE...\n");
        return 2;
    }
    xmlInitParser();
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;
    sax.endElementNs = on_end;
    sax.characters = on_text;
    sax.cdataBlock = on_text;
    sax.ignorableWhitespace = on_text;
    sax.serror = on_error;
    size_t docs = 0, parts = 0, bytes = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int r = 0; r < repeat; r++)
        for (int i = first; i < argc; i++) {
            size_t len;
            char *data = slurp(argv[i], &len);   /* read like vnplan reads its input: whole */
            if (!data || read_package(data, len, &sax, &parts, &bytes) < 0)
                fprintf(stderr, "bench_floor: %s: cannot read\n", argv[i]);
            free(data);
            docs++;
        }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("%.6f s per document (%zu documents, %zu parts, %.1f MB inflated, %.3f s)\n", s / (double)docs, docs,
           parts, (double)bytes / 1e6, s);
    return 0;
}
