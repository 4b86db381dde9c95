/*
 * Throughput of the text stage on real Vietnamese text (not a test).
 *
 *   cc -O2 -I include tools/bench_text.c build-text/libvnplan.a -lutf8proc -o /tmp/bench_text
 *   /tmp/bench_text ../shared/seeds/000_bb248476218ca2e2.txt ...   (all the seeds)
 *
 * The files are concatenated and repeated to about 64 MB; each stage runs on
 * the whole buffer, one thread, best of 3 runs. Inputs: the NFC display
 * text; its NFD form (the slow path); for detection, the folded key (pure
 * ASCII, so the detector scans it all instead of stopping at the first
 * Unicode-only letter).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <utf8proc.h>

#include "vnplan/text.h"

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *d = malloc((size_t)n + 1);
    if (d && fread(d, 1, (size_t)n, f) != (size_t)n) {
        free(d);
        d = NULL;
    }
    fclose(f);
    *len = (size_t)n;
    return d;
}

int main(int argc, char **argv) {
    size_t one_len = 0;
    char *one = NULL;
    for (int i = 1; i < argc; i++) {
        size_t n;
        char *d = slurp(argv[i], &n);
        if (!d) {
            fprintf(stderr, "cannot read %s\n", argv[i]);
            return 1;
        }
        one = realloc(one, one_len + n);
        memcpy(one + one_len, d, n);
        one_len += n;
        free(d);
    }
    if (!one_len) {
        fprintf(stderr, "usage: bench_text FILE...\n");
        return 2;
    }
    /* Start from display text, so the input is what the stage sees on clean NFC. */
    size_t clean_len;
    char *clean = vnplan_text_display(one, one_len, VNPLAN_TONES_KEEP, &clean_len, NULL);
    size_t reps = (64u << 20) / clean_len + 1, len = clean_len * reps;
    char *big = malloc(len + 1);
    for (size_t r = 0; r < reps; r++)
        memcpy(big + r * clean_len, clean, clean_len);
    big[len] = 0;
    printf("input: %zu bytes (%zu copies of %zu bytes of NFC display text)\n", len, reps, clean_len);

    utf8proc_uint8_t *nfd = utf8proc_NFD((const utf8proc_uint8_t *)big);
    size_t nfd_len = strlen((const char *)nfd);
    vnplan_key folded;
    vnplan_text_key(big, len, VNPLAN_KEY_FOLDED, &folded);

    const char *names[] = {"display --tones keep", "display --tones old", "display --tones new",
                           "display, NFD input", "match key", "folded key",
                           "tokens (on the match key)", "detect (ASCII text)"};
    for (int stage = 0; stage < 8; stage++) {
        double best = 1e9;
        size_t in_len = stage == 3 ? nfd_len : stage == 7 ? folded.len : len;
        for (int run = 0; run < 3; run++) {
            double t0 = now();
            size_t out_len = 0;
            if (stage < 3) {
                free(vnplan_text_display(big, len, (vnplan_tones)stage, &out_len, NULL));
            } else if (stage == 3) {
                free(vnplan_text_display((const char *)nfd, nfd_len, VNPLAN_TONES_KEEP, &out_len, NULL));
            } else if (stage < 6) {
                vnplan_key k;
                vnplan_text_key(big, len, stage == 4 ? VNPLAN_KEY_MATCH : VNPLAN_KEY_FOLDED, &k);
                vnplan_key_free(&k);
            } else if (stage == 6) {
                vnplan_key k;
                vnplan_text_key(big, len, VNPLAN_KEY_MATCH, &k);
                t0 = now();
                vnplan_token *t = NULL;
                vnplan_text_tokens(k.text, k.len, &t);
                free(t);
                vnplan_key_free(&k);
            } else if (vnplan_text_detect(folded.text, folded.len) != VNPLAN_ENC_UTF8) {
                printf("unexpected detection\n");
            }
            double dt = now() - t0;
            if (dt < best)
                best = dt;
        }
        printf("%-28s %8.1f MB/s\n", names[stage], (double)in_len / best / 1e6);
    }
    vnplan_key_free(&folded);
    free(nfd);
    free(big);
    free(clean);
    free(one);
    return 0;
}
