/* kartu-facilitator-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "kartu-facilitator.h"

G_BEGIN_DECLS

/* One row per facilitator with everything the record shows, without per-row queries:
 * grouped subqueries are joined once. Append a WHERE or ORDER BY on f.*. */
#define KARTU_FACILITATOR_SELECT \
  "SELECT f.id, f.uuid, f.full_name, f.email, f.phone, o.name, m.name, f.status, " \
  "       l.codes, coalesce (t.modules, 0), s.last_activity, coalesce (s.activities, 0), " \
  "       coalesce (w.badges, 0) " \
  "FROM facilitator f " \
  "LEFT JOIN organisation o ON o.id = f.organisation_id " \
  "LEFT JOIN municipality m ON m.id = f.municipality_id " \
  "LEFT JOIN (SELECT facilitator_id, group_concat (language, ',') AS codes " \
  "           FROM facilitator_language GROUP BY facilitator_id) l " \
  "       ON l.facilitator_id = f.id " \
  "LEFT JOIN (SELECT facilitator_id, count (DISTINCT module) AS modules " \
  "           FROM training " \
  "           WHERE module IN ('identity_culture', 'intercultural_dialogue', " \
  "                            'local_global_community', 'social_action_planning') " \
  "           GROUP BY facilitator_id) t " \
  "       ON t.facilitator_id = f.id " \
  "LEFT JOIN (SELECT a.facilitator_id, max (v.starts_on) AS last_activity, " \
  "                  count (*) AS activities " \
  "           FROM assignment a JOIN activity v ON v.id = a.activity_id " \
  "           GROUP BY a.facilitator_id) s " \
  "       ON s.facilitator_id = f.id " \
  "LEFT JOIN (SELECT facilitator_id, count (*) AS badges " \
  "           FROM award " \
  "           WHERE revoked_at IS NULL AND facilitator_id IS NOT NULL " \
  "           GROUP BY facilitator_id) w " \
  "       ON w.facilitator_id = f.id "

KartuFacilitator *_kartu_facilitator_new_from_stmt (sqlite3_stmt     *stmt);
gboolean          _kartu_facilitator_equal         (KartuFacilitator *a,
                                                    KartuFacilitator *b);

G_END_DECLS
