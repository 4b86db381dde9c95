/* Output files of the commands: standard output, a device written in place,
 * or a regular file replaced atomically.
 *
 * A regular file is written into an anonymous file in the target's directory
 * (O_TMPFILE), which gets a name only when the command succeeds: it is linked
 * under a temporary name and renamed over the target at once. A run that
 * fails, or is killed, even by SIGKILL, leaves nothing behind; only a kill in
 * the instant between the link and the rename can leave a FILE.tmp-XXXXXX.
 * Where O_TMPFILE is not available (old kernels, some file systems, no /proc)
 * the file is made under the temporary name from the start, and removed on
 * failure and on SIGINT, SIGTERM and SIGHUP.
 *
 * A symbolic link is written through, not replaced: the file it points to is
 * the target. Every write error (a full disk, /dev/full, a closed pipe) is
 * reported once, naming the output, and fails the command with
 * CLI_EXIT_OUTPUT. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"

/* The named temporary output file of this process, removed if a signal ends
 * the run. Only async-signal-safe calls happen in the handler. */
static char *volatile pending_tmp;

static void remove_pending_and_die(int sig) {
    char *tmp = pending_tmp;
    if (tmp)
        unlink(tmp);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void watch_pending(char *tmp) {
    pending_tmp = tmp;
    signal(SIGINT, remove_pending_and_die);
    signal(SIGTERM, remove_pending_and_die);
    signal(SIGHUP, remove_pending_and_die);
}

static const char *display_name(const cli_output *out) { return out->name ? out->name : "<stdout>"; }

static bool in_special_tree(const char *p) { return !strncmp(p, "/proc/", 6) || !strncmp(p, "/dev/", 5); }

/* The file a path names once its symbolic links are followed: the path
 * itself when it is not a link. A dangling link gives the path it points to,
 * so that the file is created there. *special tells whether the path or a
 * link on the way is under /proc or /dev (/dev/stdout -> /proc/self/fd/1):
 * such a file is written in place, never replaced. Returns NULL (errno set)
 * on a loop or out of memory. */
static char *resolve_links(const char *path, bool *special) {
    char *cur = strdup(path);
    *special = in_special_tree(path);
    for (int hops = 0; cur && hops < 40; hops++) {
        struct stat st;
        if (lstat(cur, &st) != 0 || !S_ISLNK(st.st_mode))
            return cur;
        char target[PATH_MAX];
        ssize_t n = readlink(cur, target, sizeof target - 1);
        if (n < 0) {
            free(cur);
            return NULL;
        }
        target[n] = '\0';
        char *next;
        const char *slash = strrchr(cur, '/');
        if (target[0] == '/' || !slash) {
            next = strdup(target);
        } else {
            size_t dir = (size_t)(slash - cur) + 1;
            next = malloc(dir + (size_t)n + 1);
            if (next) {
                memcpy(next, cur, dir);
                memcpy(next + dir, target, (size_t)n + 1);
            }
        }
        free(cur);
        cur = next;
        if (cur && in_special_tree(cur))
            *special = true;
    }
    if (cur) {
        free(cur);
        errno = ELOOP;
    }
    return NULL;
}

/* The directory part of a path ("." when it has none). */
static char *dir_of(const char *path) {
    const char *slash = strrchr(path, '/');
    if (!slash)
        return strdup(".");
    if (slash == path)
        return strdup("/");
    return strndup(path, (size_t)(slash - path));
}

static mode_t file_mode(void) {
    mode_t mask = umask(0);
    umask(mask);
    return 0666 & ~mask;
}

/* An anonymous file in the target's directory; -1 when the system has none. */
static int open_anonymous(const char *path) {
#ifdef O_TMPFILE
    if (access("/proc/self/fd", X_OK) != 0)
        return -1;
    char *dir = dir_of(path);
    if (!dir)
        return -1;
    int fd = open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, file_mode());
    free(dir);
    return fd;
#else
    (void)path;
    return -1;
#endif
}

static void free_names(cli_output *out) {
    free(out->name);
    free(out->path);
    free(out->tmp);
    out->name = out->path = out->tmp = NULL;
}

bool cli_output_open(cli_output *out, const char *path) {
    memset(out, 0, sizeof *out);
    if (!path || strcmp(path, "-") == 0) {
        out->fp = stdout;
        return true;
    }
    bool special = false;
    out->name = strdup(path);
    out->path = resolve_links(path, &special);
    if (!out->name || !out->path) {
        cli_error("%s: cannot open for writing: %s", path, strerror(errno ? errno : ENOMEM));
        free_names(out);
        return false;
    }
    /* An existing file that is not a regular file (/dev/null, a FIFO, a
     * terminal), or one reached through /proc or /dev (/dev/stdout), is
     * written directly: renaming over it would replace it. */
    struct stat st;
    if (stat(path, &st) == 0 && (!S_ISREG(st.st_mode) || special)) {
        if (S_ISDIR(st.st_mode)) {
            cli_error("%s: cannot write output: it is a directory", path);
            free_names(out);
            return false;
        }
        out->fp = fopen(path, "w");
        if (!out->fp) {
            cli_error("%s: cannot open for writing: %s", path, strerror(errno));
            free_names(out);
            return false;
        }
        out->direct = true;
        return true;
    }
    size_t n = strlen(out->path);
    out->tmp = malloc(n + sizeof ".tmp-XXXXXX");
    if (!out->tmp) {
        cli_error("%s: out of memory", path);
        free_names(out);
        return false;
    }
    memcpy(out->tmp, out->path, n);
    memcpy(out->tmp + n, ".tmp-XXXXXX", sizeof ".tmp-XXXXXX");
    int fd = open_anonymous(out->path);
    out->anonymous = fd >= 0;
    if (!out->anonymous) {
        fd = mkstemp(out->tmp);
        if (fd < 0) {
            cli_error("%s: cannot create output: %s", path, strerror(errno));
            free_names(out);
            return false;
        }
        /* mkstemp creates the file 0600; give it the mode a plain fopen would. */
        fchmod(fd, file_mode());
        watch_pending(out->tmp);
    }
    out->fp = fdopen(fd, "w");
    if (!out->fp) {
        cli_error("%s: cannot create output: %s", path, strerror(errno));
        close(fd);
        if (!out->anonymous) {
            unlink(out->tmp);
            pending_tmp = NULL;
        }
        free_names(out);
        return false;
    }
    return true;
}

bool cli_output_failed(cli_output *out) {
    if (out->error)
        return true;
    if (out->fp && ferror(out->fp)) {
        out->error = errno ? errno : EIO;
        return true;
    }
    return false;
}

/* Flushes the stream; true when everything written so far reached the file. */
static bool flush_ok(cli_output *out) {
    if (cli_output_failed(out))
        return false;
    if (fflush(out->fp) != 0 || ferror(out->fp)) {
        out->error = errno ? errno : EIO;
        return false;
    }
    return true;
}

static void report_write_error(const cli_output *out) {
    cli_error("%s: write error: %s", display_name(out), strerror(out->error ? out->error : EIO));
}

/* Gives the anonymous file its temporary name, then renames it over the
 * target. */
static bool link_into_place(cli_output *out) {
#ifdef O_TMPFILE
    char proc[64];
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", fileno(out->fp));
    size_t n = strlen(out->tmp) - 6;
    for (int attempt = 0; attempt < 100; attempt++) {
        /* A fresh "XXXXXX" for each attempt, as mkstemp would pick. */
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        unsigned long r = (unsigned long)ts.tv_nsec ^ ((unsigned long)ts.tv_sec << 20) ^
                          ((unsigned long)getpid() << 8) ^ ((unsigned long)attempt * 2654435761UL) ^
                          (unsigned long)(uintptr_t)out;
        static const char digits[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        for (int i = 0; i < 6; i++, r /= 62)
            out->tmp[n + (size_t)i] = digits[r % 62];
        watch_pending(out->tmp);
        if (linkat(AT_FDCWD, proc, AT_FDCWD, out->tmp, AT_SYMLINK_FOLLOW) == 0)
            break;
        pending_tmp = NULL;
        if (errno != EEXIST)
            return false;
    }
    if (!pending_tmp) {
        errno = EEXIST;
        return false;
    }
#endif
    if (rename(out->tmp, out->path) != 0) {
        int e = errno;
        unlink(out->tmp);
        pending_tmp = NULL;
        errno = e;
        return false;
    }
    pending_tmp = NULL;
    return true;
}

bool cli_output_close(cli_output *out, bool success) {
    bool ok = true;
    if (!out->name) {   /* standard output */
        if (!flush_ok(out)) {
            report_write_error(out);
            ok = false;
        }
        memset(out, 0, sizeof *out);
        return ok;
    }
    if (!flush_ok(out) || (!out->direct && fsync(fileno(out->fp)) != 0 && (out->error = errno))) {
        /* A write error is worth reporting even when the command failed
         * for another reason: the output is not what it should be. */
        report_write_error(out);
        ok = false;
    }
    /* Everything is on disk: an anonymous file is linked while its
     * descriptor is still open (the link goes through /proc/self/fd). */
    if (success && ok && out->anonymous && !link_into_place(out)) {
        cli_error("%s: cannot write output: %s", display_name(out), strerror(errno));
        ok = false;
    }
    if (fclose(out->fp) != 0 && ok && !out->anonymous) {
        out->error = errno;
        report_write_error(out);
        ok = false;
    }
    if (!out->direct && !out->anonymous) {
        if (success && ok && rename(out->tmp, out->path) != 0) {
            cli_error("%s: cannot write output: %s", display_name(out), strerror(errno));
            ok = false;
        }
        if (!success || !ok)
            unlink(out->tmp);
    }
    pending_tmp = NULL;
    free_names(out);
    memset(out, 0, sizeof *out);
    return ok;
}

bool cli_output_is_input(const char *output, char *const *files, int n) {
    struct stat o, f;
    if (!output || strcmp(output, "-") == 0 || stat(output, &o) != 0 || !S_ISREG(o.st_mode))
        return false;
    for (int i = 0; i < n; i++)
        if (strcmp(files[i], "-") && stat(files[i], &f) == 0 && f.st_dev == o.st_dev && f.st_ino == o.st_ino)
            return true;
    return false;
}
