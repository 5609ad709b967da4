/* kartu-format.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *kartu_format_date   (const char *iso_date);
char *kartu_format_count  (gint64      value);

G_END_DECLS
