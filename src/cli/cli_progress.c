/* The batch progress line (one line, fitted to the terminal's width) and the
 * summary line at the end of a batch. */
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"

/* Columns of the terminal on stderr; 80 when it does not say. */
static int terminal_columns(void) {
    struct winsize ws;
    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return 80;
}

/* Bytes of `s` to print in at most `cols` columns: counted in characters
 * (a Vietnamese letter is 2 or 3 bytes, one column), cut on a character
 * boundary. */
static size_t fit_prefix(const char *s, int cols) {
    size_t i = 0;
    int used = 0;
    while (s[i] && used < cols) {
        i++;
        while (((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        used++;
    }
    return i;
}

void cli_progress(const char *verb, int k, int n, const char *path) {
    char head[64];
    int len = snprintf(head, sizeof head, "vnplan: %s %d/%d ", verb, k, n);
    /* One column is left free: a line that fills the width wraps on some terminals. */
    int room = terminal_columns() - len - 1;
    size_t bytes = room > 0 ? fit_prefix(path, room) : 0;
    fprintf(stderr, "\r%s%.*s\033[K", head, (int)bytes, path);
}

double cli_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void cli_batch_summary(const char *verb, int done, int failed, double seconds) {
    fprintf(stderr, "vnplan: %s: %d done, %d failed, %.1f s\n", verb, done, failed, seconds);
}
