/* kartu-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-format"

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "kartu-format.h"

/**
 * kartu_format_date:
 * @iso_date: (nullable): a date as `YYYY-MM-DD`
 *
 * Returns: (transfer full): the date in the locale's short format, or an
 *   empty string for %NULL or a malformed date
 */
char *
kartu_format_date (const char *iso_date)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *stamp = NULL;

  if (iso_date == NULL || *iso_date == '\0')
    return g_strdup ("");

  stamp = g_strdup_printf ("%sT00:00:00Z", iso_date);
  dt = g_date_time_new_from_iso8601 (stamp, NULL);
  if (dt == NULL)
    return g_strdup ("");

  return g_date_time_format (dt, "%x");
}

/**
 * kartu_format_count:
 * @value: a whole number
 *
 * Returns: (transfer full): @value with the locale's digit grouping
 */
char *
kartu_format_count (gint64 value)
{
  char buf [64];

  /* The ' flag groups digits as LC_NUMERIC says. */
  g_snprintf (buf, sizeof buf, "%'" G_GINT64_FORMAT, value);

  return g_strdup (buf);
}
