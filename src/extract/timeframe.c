/* Timeframes: a time cell or phrase read into {text, kind, start, end}, by
 * the time.* rules (docs/rules.md, "Timeframes"); a year the text leaves
 * out is the plan's. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract_internal.h"
#include "util/civil_date.h"

static int quarter_of(const char *p, size_t n) {
    if (n == 1 && p[0] >= '1' && p[0] <= '4')
        return p[0] - '0';
    if (n == 1 && p[0] == 'I') return 1;
    if (n == 2 && !strncmp(p, "II", 2)) return 2;
    if (n == 3 && !strncmp(p, "III", 3)) return 3;
    if (n == 2 && !strncmp(p, "IV", 2)) return 4;
    return 0;
}

static const char *const quarter_end[] = {"", "03-31", "06-30", "09-30", "12-31"};
static const char *const quarter_start[] = {"", "01-01", "04-01", "07-01", "10-01"};

static int days_in_month(int y, int m) {
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return m >= 1 && m <= 12 ? d[m - 1] : 31;
}

static int group_int(const vn_match *m, const char *name) {
    const char *p;
    size_t n;
    return vn_match_group(m, name, &p, &n) ? atoi(p) : 0;
}

/* The plan's year, for a timeframe that leaves it out ("Trước 10/5", "Quý
 * II"): the year of its date, else the first year its title names ("... năm
 * 2026" when the date is left blank); 0 when neither says. */
static int plan_year(const ex *e) {
    /* A plan for "năm 2026" issued in December 2025 is 2026's. */
    const char *t = json_string_value(json_object_get(e->metadata, "title"));
    vn_match m;
    if (t && vn_rule_match(e->rules, "meta.title_year", t, strlen(t), 0, &m)) {
        int y = group_int(&m, "year");
        if (y)
            return y;
    }
    const char *date = json_string_value(json_object_get(e->metadata, "date"));
    if (date && strlen(date) >= 4)
        return atoi(date);
    for (; t && *t; t++)
        if ((t[0] == '1' || t[0] == '2') && (t[1] == '9' || t[1] == '0') && isdigit((unsigned char)t[2]) &&
            isdigit((unsigned char)t[3]) && !isdigit((unsigned char)t[4]))
            return atoi(t);
    return 0;
}

/* The years the plan covers: "giai đoạn 2026 - 2030" (or any "2026-2030")
 * in its title, else its year alone; false when neither is known. */
static bool plan_period(const ex *e, int *from, int *to) {
    const char *t = json_string_value(json_object_get(e->metadata, "title"));
    for (const char *p = t; p && *p; p++) {
        if (!isdigit((unsigned char)p[0]) || (p > t && isdigit((unsigned char)p[-1])))
            continue;
        char *end;
        long a = strtol(p, &end, 10);
        const char *q = end;
        while (*q == ' ')
            q++;
        if (end - p != 4 || !(*q == '-' || !strncmp(q, "\xE2\x80\x93", 3)))   /* - or en dash */
            continue;
        q += *q == '-' ? 1 : 3;
        while (*q == ' ')
            q++;
        long b = strtol(q, &end, 10);
        if (end - q == 4 && b > a && b - a <= 20 && a >= 1900) {
            *from = (int)a;
            *to = (int)b;
            return true;
        }
    }
    *from = *to = plan_year(e);
    return *from > 0;
}

/* The year group of a timeframe match, or the plan's year when it has none. */
static int year_of(const ex *e, const vn_match *m) {
    int y = group_int(m, "year");
    return y ? y : plan_year(e);
}

/* The rules of timeframes with dates of their own, in the order they are
 * tried, and the kind each gives. */
static const struct {
    const char *rule, *kind;
} dated_rules[] = {{"time.quarter", "quarter"},     {"time.day_month", "date"}, {"time.month_range", "during"},
                   {"time.month", "month"},         {"time.date", "date"}};

/* start and end of a match of dated_rules[r]; false when the text does not
 * give a valid date (nor the plan its year). */
static bool dated(const ex *e, size_t r, const vn_match *m, char start[40], char end[40]) {
    const char *p;
    size_t n;
    int y = year_of(e, m), mo = group_int(m, "month"), d = group_int(m, "day");
    if (!y)
        return false;
    switch (r) {
    case 0: {
        int q = vn_match_group(m, "q", &p, &n) ? quarter_of(p, n) : 0;
        int q2 = vn_match_group(m, "q2", &p, &n) ? quarter_of(p, n) : q;
        if (!q || q2 < q)
            return false;
        snprintf(start, 40, "%04d-%s", y, quarter_start[q]);
        snprintf(end, 40, "%04d-%s", y, quarter_end[q2]);
        return true;
    }
    case 1:
    case 4:
        if (mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo))
            return false;
        snprintf(start, 40, "%04d-%02d-%02d", y, mo, d);
        snprintf(end, 40, "%s", start);
        return true;
    case 2: {
        int m2 = group_int(m, "month2");
        if (mo < 1 || mo > 12 || m2 < mo || m2 > 12)
            return false;
        snprintf(start, 40, "%04d-%02d-01", y, mo);
        snprintf(end, 40, "%04d-%02d-%02d", y, m2, days_in_month(y, m2));
        return true;
    }
    default:
        if (mo < 1 || mo > 12)
            return false;
        snprintf(start, 40, "%04d-%02d-01", y, mo);
        snprintf(end, 40, "%04d-%02d-%02d", y, mo, days_in_month(y, mo));
        return true;
    }
}

/* The end of a match of time.before_month (`month` 1) or time.before_date
 * (0); false when the year is not known or the date is not valid. */
static bool before_end(const ex *e, bool month, const vn_match *m, char end[40]) {
    const char *p;
    size_t n;
    int y = year_of(e, m), mo = group_int(m, "month"), d = group_int(m, "day");
    if (month) {
        /* "trước tháng 9": the end of August; "chậm nhất trong tháng 9": of September */
        if (!vn_match_group(m, "latest", &p, &n) && --mo == 0) {
            mo = 12;
            y--;
        }
        d = y > 0 && mo >= 1 && mo <= 12 ? days_in_month(y, mo) : 0;
    }
    if (y <= 0 || mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo))
        return false;
    snprintf(end, 40, "%04d-%02d-%02d", y, mo, d);
    return true;
}

/* A text naming more dates after the first ("Từ ngày 01/8/2024 đến
 * 31/12/2024", "Tháng 01/2026; tháng 5/2026") runs to the latest of them:
 * end moves there, and the kind becomes "during". */
static void extend_end(const ex *e, const char *flat, size_t len, size_t from, char end[40], const char **kind) {
    for (size_t r = 0; r < sizeof dated_rules / sizeof dated_rules[0]; r++) {
        vn_match m;
        for (size_t at = from; at < len && vn_rule_match(e->rules, dated_rules[r].rule, flat, len, at, &m);) {
            size_t s, en;
            vn_match_span(&m, &s, &en);
            char s2[40], e2[40];
            if (dated(e, r, &m, s2, e2) && strcmp(e2, end) > 0) {
                snprintf(end, 40, "%s", e2);
                *kind = "during";
            }
            at = en > at ? en : at + 1;
        }
    }
    static const char *const before_rules[] = {"time.before_date", "time.before_month"};
    for (int r = 0; r < 2; r++) {
        vn_match m;
        for (size_t at = from; at < len && vn_rule_match(e->rules, before_rules[r], flat, len, at, &m);) {
            size_t s, en;
            vn_match_span(&m, &s, &en);
            char e2[40];
            if (before_end(e, r == 1, &m, e2) && strcmp(e2, end) > 0) {
                snprintf(end, 40, "%s", e2);
                *kind = "during";
            }
            at = en > at ? en : at + 1;
        }
    }
}

/* A deadline after an earlier date ("Ban hành kế hoạch trong tháng 01/2026, tổ
 * chức kiểm tra chậm nhất trong tháng 6/2026"): from that date to the
 * deadline, and on to any later one. */
static void before_span(const ex *e, const char *flat, size_t len, const vn_match *m, char start[40], char end[40],
                        const char **kind) {
    size_t bs, be;
    vn_match_span(m, &bs, &be);
    vn_match d;
    char s2[40], e2[40];
    for (size_t r = 0; end[0] && r < sizeof dated_rules / sizeof dated_rules[0]; r++)
        if (vn_rule_match(e->rules, dated_rules[r].rule, flat, bs, 0, &d) && dated(e, r, &d, s2, e2) &&
            strcmp(s2, end) <= 0 && (!start[0] || strcmp(s2, start) < 0)) {
            snprintf(start, 40, "%s", s2);
            *kind = "during";
        }
    /* "Từ ngày 30/01 đến 05/02/2026": a start without a year takes the end's */
    if (end[0] && !start[0] && vn_rule_match(e->rules, "time.from_day_month", flat, bs, 0, &d)) {
        int y = atoi(end), mo = group_int(&d, "month"), dd = group_int(&d, "day");
        char s3[40];
        snprintf(s3, sizeof s3, "%04d-%02d-%02d", y, mo, dd);
        if (strcmp(s3, end) > 0)
            y--;
        if (mo >= 1 && mo <= 12 && dd >= 1 && dd <= days_in_month(y, mo)) {
            snprintf(start, 40, "%04d-%02d-%02d", y, mo, dd);
            *kind = "during";
        }
    }
    if (end[0] && start[0])
        extend_end(e, flat, len, be, end, kind);
}

/* The longest span a plan's timeframe covers, in years (a strategy "đến năm 2045, tầm nhìn
 * 2050" from 2021 runs 30). */
enum { MAX_SPAN_YEARS = 35 };

json_t *ex_timeframe(const ex *e, const char *text) {
    json_t *tf = json_object();
    char *flat = text ? ex_flat(text, strlen(text)) : NULL;
    json_object_set_new(tf, "text", flat && *flat ? json_string(flat) : json_null());
    const char *kind = "unknown";
    char start[40] = "", end[40] = "";
    vn_match m;
    size_t len = flat ? strlen(flat) : 0;
    const char *p;
    size_t n;
    if (!flat || !*flat) {
        kind = "unknown";
    } else if (vn_rule_match(e->rules, "time.by_reference", flat, len, 0, &m)) {
        kind = "during";
    } else if (vn_rule_match(e->rules, "time.recurring", flat, len, 0, &m)) {
        kind = "continuous";
    } else if (vn_rule_match(e->rules, "time.from_year", flat, len, 0, &m)) {
        kind = "during";
        snprintf(start, sizeof start, "%04d-01-01", group_int(&m, "year"));
    } else if (vn_rule_match(e->rules, "time.year_range", flat, len, 0, &m)) {
        int y1 = group_int(&m, "year"), y2 = group_int(&m, "year2");
        kind = "during";
        if (y2 >= y1) {
            snprintf(start, sizeof start, "%04d-01-01", y1);
            snprintf(end, sizeof end, "%04d-12-31", y2);
        }
    } else if (vn_rule_match(e->rules, "time.before_year", flat, len, 0, &m)) {
        int y = group_int(&m, "year") - !vn_match_group(&m, "latest", &p, &n);
        kind = "before";
        snprintf(end, sizeof end, "%04d-12-31", y);
        before_span(e, flat, len, &m, start, end, &kind);
    } else if (vn_rule_match(e->rules, "time.before_month", flat, len, 0, &m)) {
        kind = "before";
        if (before_end(e, true, &m, end))
            before_span(e, flat, len, &m, start, end, &kind);
    } else if (vn_rule_match(e->rules, "time.before_quarter", flat, len, 0, &m)) {
        int q = vn_match_group(&m, "q", &p, &n) ? quarter_of(p, n) : 0;
        int y = year_of(e, &m);
        kind = "before";
        if (!y)
            q = 0;   /* no year in the text nor in the plan */
        if (q == 1)
            snprintf(end, sizeof end, "%04d-12-31", y - 1);
        else if (q > 1)
            snprintf(end, sizeof end, "%04d-%s", y, quarter_end[q - 1]);
    } else if (vn_rule_match(e->rules, "time.half", flat, len, 0, &m)) {
        kind = "during";
        int y = year_of(e, &m);
        bool first = vn_match_group(&m, "first", &p, &n);
        if (y) {
            snprintf(start, sizeof start, "%04d-%s", y, first ? "01-01" : "07-01");
            snprintf(end, sizeof end, "%04d-%s", y, first ? "06-30" : "12-31");
        }
    } else if (vn_rule_match(e->rules, "time.after_issue", flat, len, 0, &m)) {
        /* "Chậm nhất sau 15 ngày kể từ ngày ban hành": the plan's date plus
         * the days, when the date is known in full; working days are not
         * counted without the holiday calendar. */
        kind = "before";
        long issued;
        int days = group_int(&m, "days");
        if (!vn_match_group(&m, "working", &p, &n) && days > 0 && days <= 3660 &&
            vn_full_date(json_string_value(json_object_get(e->metadata, "date")), &issued))
            vn_civil_from_days(issued + days, end);
    } else if (vn_rule_match(e->rules, "time.before_date", flat, len, 0, &m)) {
        kind = "before";
        /* "Tháng 6/2025 và trước ngày 15/11/2025": from the date before it */
        if (before_end(e, false, &m, end))
            before_span(e, flat, len, &m, start, end, &kind);
    } else {
        /* The dated kinds: the first rule that matches, then any later date. */
        bool found = false;
        for (size_t r = 0; !found && r < sizeof dated_rules / sizeof dated_rules[0]; r++) {
            if (!vn_rule_match(e->rules, dated_rules[r].rule, flat, len, 0, &m))
                continue;
            found = true;
            kind = dated_rules[r].kind;
            size_t s, en;
            vn_match_span(&m, &s, &en);
            if (dated(e, r, &m, start, end))
                extend_end(e, flat, len, en, end, &kind);
            else
                start[0] = end[0] = '\0';
        }
        if (found) {
            /* kind and dates set */
        } else if (vn_rule_match(e->rules, "time.continuous", flat, len, 0, &m)) {
            kind = "continuous";
        } else if (vn_rule_match(e->rules, "time.year", flat, len, 0, &m)) {
            int y = year_of(e, &m);
            kind = "year";
            snprintf(start, sizeof start, "%04d-01-01", y);
            snprintf(end, sizeof end, "%04d-12-31", y);
        } else if (vn_rule_match(e->rules, "time.during", flat, len, 0, &m)) {
            kind = "during";
        }
    }
    int y1, y2;
    if (!start[0] && !end[0] && (!strcmp(kind, "continuous") || !strcmp(kind, "during")) &&
        vn_rule_match(e->rules, "time.this_year", flat, len, 0, &m) &&
        !vn_rule_match(e->rules, "time.by_reference", flat, len, 0, &m) &&
        !vn_rule_match(e->rules, "time.recurring", flat, len, 0, &m) && plan_period(e, &y1, &y2)) {
        snprintf(start, sizeof start, "%04d-01-01", y1);
        snprintf(end, sizeof end, "%04d-12-31", y2);
    }
    /* Two dates further apart than any plan runs are not its span: an anniversary's
     * "(14/10/1930 - 14/10/2026)" names the dates it celebrates. */
    if (start[0] && end[0] && atoi(end) - atoi(start) > MAX_SPAN_YEARS)
        start[0] = end[0] = '\0';
    json_object_set_new(tf, "kind", json_string(kind));
    json_object_set_new(tf, "start", start[0] ? json_string(start) : json_null());
    json_object_set_new(tf, "end", end[0] ? json_string(end) : json_null());
    free(flat);
    return tf;
}
