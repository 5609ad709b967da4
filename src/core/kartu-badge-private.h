/* kartu-badge-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "kartu-badge.h"

G_BEGIN_DECLS

/* One row per badge, its texts in the language bound to ?1 where badge_text has
 * them (NULL binds none) and its award counts. Append a WHERE or ORDER BY on b.*. */
#define KARTU_BADGE_SELECT \
  "SELECT b.id, b.uuid, coalesce (t.name, b.name), coalesce (t.short_name, b.short_name), " \
  "       coalesce (t.description, b.description), coalesce (t.criteria, b.criteria), " \
  "       b.category, b.tags, b.design, coalesce (a.awarded, 0), coalesce (a.revoked, 0), " \
  "       a.last_awarded " \
  "FROM badge b " \
  "LEFT JOIN badge_text t ON t.badge_id = b.id AND t.language = ?1 " \
  "LEFT JOIN (SELECT badge_id, " \
  "                  count (*) FILTER (WHERE revoked_at IS NULL) AS awarded, " \
  "                  count (*) FILTER (WHERE revoked_at IS NOT NULL) AS revoked, " \
  "                  max (issued_on) FILTER (WHERE revoked_at IS NULL) AS last_awarded " \
  "           FROM award GROUP BY badge_id) a " \
  "       ON a.badge_id = b.id "

KartuBadge *_kartu_badge_new_from_stmt (sqlite3_stmt *stmt);
gboolean    _kartu_badge_equal         (KartuBadge   *a,
                                        KartuBadge   *b);

G_END_DECLS
