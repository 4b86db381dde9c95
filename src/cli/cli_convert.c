#define _XOPEN_SOURCE 700
#include "cli/cli_convert.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "util/ctx.h"
#include "util/file.h"

/* LibreOffice gets this long to convert one file. */
enum { CONVERT_SECONDS = 120 };

static bool enabled;

void cli_convert_enable(void) { enabled = true; }

bool cli_convert_enabled(void) {
    const char *env = getenv("VNPLAN_CONVERT");
    return enabled || (env && strcmp(env, "soffice") == 0);
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

static bool write_all(const char *path, const char *data, size_t len) {
    FILE *fp = fopen(path, "wb");
    if (!fp)
        return false;
    bool ok = fwrite(data, 1, len, fp) == len;
    return fclose(fp) == 0 && ok;
}

/* Runs soffice and waits at most CONVERT_SECONDS; returns its exit status,
 * -1 when it could not run, -2 on a time-out (it is killed). */
static int run_soffice(const char *dir) {
    char profile[4200], input[4200];
    snprintf(profile, sizeof profile, "-env:UserInstallation=file://%s/profile", dir);
    snprintf(input, sizeof input, "%s/input.doc", dir);
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        setpgid(0, 0);
        int devnull = open("/dev/null", O_RDWR);
        if (devnull >= 0) {
            dup2(devnull, 0);
            dup2(devnull, 1);
            dup2(devnull, 2);
        }
        execlp("soffice", "soffice", "--headless", "--norestore", "--nolockcheck", profile,
               "--convert-to", "docx:MS Word 2007 XML", "--outdir", dir, input, (char *)NULL);
        _exit(127);
    }
    setpgid(pid, pid);
    time_t deadline = time(NULL) + CONVERT_SECONDS;
    for (;;) {
        int status;
        pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid)
            return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        if (r < 0 && errno != EINTR)
            return -1;
        if (time(NULL) > deadline) {
            kill(-pid, SIGKILL);
            waitpid(pid, &status, 0);
            return -2;
        }
        struct timespec ts = {0, 50 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
}

vnplan_status cli_convert_doc(vnplan_ctx *ctx, const char *name, const char *data, size_t len,
                              char **out, size_t *out_len) {
    *out = NULL;
    *out_len = 0;
    const char *tmp = getenv("TMPDIR");
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/vnplan-convert-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir))
        return vn_fail(ctx, VNPLAN_EIO, name, "cannot create a temporary directory: %s", strerror(errno));
    char input[4200], output[4200];
    snprintf(input, sizeof input, "%s/input.doc", dir);
    snprintf(output, sizeof output, "%s/input.docx", dir);
    vnplan_status st = VNPLAN_OK;
    if (!write_all(input, data, len)) {
        st = vn_fail(ctx, VNPLAN_EIO, name, "cannot write a temporary copy for conversion");
    } else {
        int rc = run_soffice(dir);
        if (rc == -2)
            st = vn_fail(ctx, VNPLAN_EFORMAT, name,
                         "LibreOffice did not convert the .doc within %d seconds", CONVERT_SECONDS);
        else if (rc == 127 || rc == -1)
            st = vn_fail(ctx, VNPLAN_EUNSUPPORTED, name,
                         "cannot convert the .doc: 'soffice' is not installed (Debian package "
                         "libreoffice-writer-nogui)");
        else if (access(output, R_OK) != 0)
            st = vn_fail(ctx, VNPLAN_EFORMAT, name,
                         "LibreOffice could not convert the .doc (exit status %d)", rc);
        else
            st = vn_read_file(ctx, output, (size_t)vnplan_limit(ctx, VNPLAN_LIMIT_INPUT_BYTES, -1), out,
                              out_len);
    }
    nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    return st;
}
