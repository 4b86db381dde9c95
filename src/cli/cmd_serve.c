/* vnplan serve: the plan register and review desk in a browser (src/serve, docs/serve.md). */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "serve/auth.h"
#include "serve/serve.h"

enum { DEFAULT_MAX_UPLOAD = 20 * 1024 * 1024 };

static void serve_help(FILE *out) {
    fputs("Usage: vnplan serve [options]\n"
          "\n"
          "Serves the plan register and review desk over HTTP: upload plans (.docx,\n"
          ".txt, .doc when LibreOffice is installed), run coverage, record reviewers'\n"
          "decisions. Data lives in one SQLite file. docs/serve.md has the HTTP interface\n"
          "and how to run it for a province.\n"
          "\n"
          "Options:\n"
          "  --listen ADDR:PORT  address and port (default 127.0.0.1:8080; IPv6 in\n"
          "                      brackets, [::1]:8080; port 0 picks a free one,\n"
          "                      printed on stderr)\n"
          "  --db FILE           the database (default vnplan.sqlite)\n"
          "  --max-upload BYTES  largest request body (default 20971520)\n"
          "  --users FILE        require HTTP Basic sign-in with the users of FILE (lines\n"
          "                      NAME:pbkdf2-sha256:ITERATIONS:SALT_HEX:HASH_HEX)\n"
          "  --hash-password NAME  print a --users line for NAME with the password read\n"
          "                      from standard input (one line), and exit\n"
          "  -h, --help          this help\n"
          "\n"
          "The server stops cleanly on SIGINT or SIGTERM.\n"
          "Exit status: 0 stopped by a signal, 1 the users file is unreadable or\n"
          "wrong, 2 usage error, 3 the database or the address could not be opened.\n",
          out);
}

/* ADDR:PORT with ADDR an IPv4 address or an IPv6 one in brackets
 * ("[::1]:8080", as in URLs); the host is returned without the brackets. */
static bool parse_listen(const char *s, char *host, size_t n, unsigned *port) {
    const char *colon = strrchr(s, ':');
    if (!colon || colon == s)
        return false;
    const char *start = s, *stop = colon;
    if (*s == '[') {
        if (colon[-1] != ']' || colon - s < 3)
            return false;
        start = s + 1;
        stop = colon - 1;
    }
    if ((size_t)(stop - start) >= n || (memchr(start, ':', (size_t)(stop - start)) && *s != '['))
        return false;  /* "::1:80" is ambiguous: IPv6 wants its brackets */
    char *end;
    errno = 0;
    unsigned long p = strtoul(colon + 1, &end, 10);
    if (errno || end == colon + 1 || *end || p > 65535)
        return false;
    memcpy(host, start, (size_t)(stop - start));
    host[stop - start] = '\0';
    *port = (unsigned)p;
    return true;
}

/* LibreOffice on PATH: .doc uploads are converted. */
static bool have_soffice(void) {
    const char *path = getenv("PATH");
    if (!path)
        return false;
    char *copy = strdup(path), *save = NULL;
    bool found = false;
    for (char *dir = copy ? strtok_r(copy, ":", &save) : NULL; dir && !found; dir = strtok_r(NULL, ":", &save)) {
        char full[4200];
        snprintf(full, sizeof full, "%s/soffice", dir);
        found = access(full, X_OK) == 0;
    }
    free(copy);
    return found;
}

static int hash_password(const char *name) {
    char password[1024];
    if (!fgets(password, sizeof password, stdin) || !password[0]) {
        cli_error("serve: --hash-password reads the password from standard input");
        return CLI_EXIT_INPUT;
    }
    password[strcspn(password, "\r\n")] = '\0';
    char *line = sv_users_line(name, password);
    if (!line)
        return cli_usage_error("serve", "--hash-password wants a name of 1 to 100 bytes without ':'");
    printf("%s\n", line);
    free(line);
    return CLI_EXIT_OK;
}

static int serve_run(int argc, char **argv) {
    static const struct option opts[] = {{"help", no_argument, NULL, 'h'},
                                         {"listen", required_argument, NULL, 'l'},
                                         {"db", required_argument, NULL, 'd'},
                                         {"max-upload", required_argument, NULL, 'm'},
                                         {"quiet", no_argument, NULL, 'q'},
                                         {"users", required_argument, NULL, 'U'},
                                         {"hash-password", required_argument, NULL, 'H'},
                                         {NULL, 0, NULL, 0}};
    const char *users_file = NULL;
    char host[64] = "127.0.0.1";
    unsigned port = 8080;
    sv_config cfg = {.db_path = "vnplan.sqlite", .max_upload = DEFAULT_MAX_UPLOAD};
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (c) {
        case 'h':
            serve_help(stdout);
            return CLI_EXIT_OK;
        case 'l':
            if (!parse_listen(optarg, host, sizeof host, &port))
                return cli_usage_error("serve", "--listen wants ADDRESS:PORT, not '%s'", optarg);
            break;
        case 'd':
            cfg.db_path = optarg;
            break;
        case 'm': {
            char *end;
            errno = 0;
            unsigned long long v = strtoull(optarg, &end, 10);
            if (errno || end == optarg || *end || v == 0 || v > (1ULL << 32))
                return cli_usage_error("serve", "--max-upload wants a byte count (1 to 4294967296), not '%s'",
                                       optarg);
            cfg.max_upload = (size_t)v;
            break;
        }
        case 'q':
            cli_quiet = true;
            break;
        case 'U':
            users_file = optarg;
            break;
        case 'H':
            return hash_password(optarg);
        default:
            return cli_usage_error("serve", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind < argc)
        return cli_usage_error("serve", "serve takes no files ('%s')", argv[optind]);
    char err[512];
    if (!sv_db_init(cfg.db_path, err, sizeof err)) {
        cli_error("%s: %s", cfg.db_path, err);
        return CLI_EXIT_INTERNAL;
    }
    if (users_file && !(cfg.users = sv_users_load(users_file, err, sizeof err))) {
        cli_error("%s: %s", users_file, err);
        return CLI_EXIT_INPUT;
    }
    vnplan_ctx *ctx = cli_ctx_new();
    struct vnplan_rules *rules = NULL;
    if (!ctx || cli_rules_load_default(ctx, &rules)) {
        int rc = ctx ? cli_report(ctx, "rules") : CLI_EXIT_INTERNAL;
        vnplan_ctx_free(ctx);
        sv_users_free(cfg.users);
        return rc;
    }
    vnplan_ctx_free(ctx);
    cfg.rules = rules;
    cfg.can_convert = have_soffice();
    int rc = sv_run(&cfg, host, port);
    vnplan_rules_free(rules);
    sv_users_free(cfg.users);
    return rc;
}

const cli_command cli_cmd_serve = {"serve", "serve the plan register and review desk over HTTP", serve_run,
                                   serve_help};
