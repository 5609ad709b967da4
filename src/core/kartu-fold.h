/* kartu-fold.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *kartu_fold           (const char *text);
gboolean  kartu_fold_contains  (const char *folded_text,
                                const char *folded_query);

G_END_DECLS
