/* The SQLite database: WAL mode, schema versioned with user_version and
 * migrated in order, one connection per request. */
#include <stdio.h>

#include "serve/serve.h"

/* migrations[i] takes the schema from version i to i+1. Append only. */
static const char *const migrations[] = {
    "CREATE TABLE plans(id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, filename TEXT,"
    " issuer TEXT, number TEXT, date TEXT, title TEXT, n_tasks INTEGER NOT NULL,"
    " warnings TEXT NOT NULL, json TEXT NOT NULL, created TEXT NOT NULL);"
    "CREATE TABLE runs(id INTEGER PRIMARY KEY, upper_id INTEGER NOT NULL REFERENCES plans(id),"
    " lowers TEXT NOT NULL, report TEXT NOT NULL, created TEXT NOT NULL);"
    "CREATE TABLE decisions(id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id),"
    " upper_task TEXT NOT NULL, upper_hash TEXT NOT NULL, lower_task TEXT, lower_hash TEXT,"
    " action TEXT NOT NULL CHECK(action IN ('confirm','reject','pick','status')),"
    " status TEXT, note TEXT, who TEXT NOT NULL, at TEXT NOT NULL,"
    " review INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX decisions_run ON decisions(run_id, upper_task);",
};
enum { SCHEMA_VERSION = sizeof migrations / sizeof migrations[0] };

sqlite3 *sv_db_open(const char *path) {
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return NULL;
    }
    sqlite3_busy_timeout(db, 10000);
    sqlite3_exec(db, "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;", NULL, NULL, NULL);
    return db;
}

static int user_version(sqlite3 *db) {
    sqlite3_stmt *st;
    int v = -1;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return v;
}

bool sv_db_init(const char *path, char *err, size_t errsize) {
    sqlite3 *db = sv_db_open(path);
    if (!db) {
        snprintf(err, errsize, "cannot open the database");
        return false;
    }
    bool ok = false;
    char *msg = NULL;
    if (sqlite3_exec(db, "PRAGMA journal_mode=WAL", NULL, NULL, &msg) != SQLITE_OK)
        goto out;
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, &msg) != SQLITE_OK)
        goto out;
    int v = user_version(db);
    if (v < 0 || v > SCHEMA_VERSION) {
        snprintf(err, errsize, "schema version %d is newer than this vnplan's (%d)", v, SCHEMA_VERSION);
        sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
        sqlite3_close(db);
        return false;
    }
    for (; v < SCHEMA_VERSION; v++) {
        if (sqlite3_exec(db, migrations[v], NULL, NULL, &msg) != SQLITE_OK)
            break;
        char set[64];
        snprintf(set, sizeof set, "PRAGMA user_version=%d", v + 1);
        if (sqlite3_exec(db, set, NULL, NULL, &msg) != SQLITE_OK)
            break;
    }
    if (v == SCHEMA_VERSION && sqlite3_exec(db, "COMMIT", NULL, NULL, &msg) == SQLITE_OK)
        ok = true;
    else
        sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
out:
    if (!ok)
        snprintf(err, errsize, "%s", msg ? msg : sqlite3_errmsg(db));
    sqlite3_free(msg);
    sqlite3_close(db);
    return ok;
}
