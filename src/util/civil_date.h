/*
 * Calendar arithmetic on ISO dates, for deadlines counted in days ("chậm
 * nhất sau 15 ngày kể từ ngày ban hành"): proleptic Gregorian days since
 * 1970-01-01 (H. Hinnant's algorithms), no time zones, no holidays.
 */
#ifndef VN_CIVIL_DATE_H
#define VN_CIVIL_DATE_H

#include <stdbool.h>

/* Days since 1970-01-01 of year y, month m (1..12), day d (1..31). */
long vn_days_from_civil(long y, unsigned m, unsigned d);

/* The ISO date "YYYY-MM-DD" of day z since 1970-01-01, into out. */
void vn_civil_from_days(long z, char out[32]);

/* A full ISO date "YYYY-MM-DD" as days, or false (a year or a month alone,
 * a malformed date, NULL). */
bool vn_full_date(const char *s, long *days);

#endif
