/* kartu-municipality-summary-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kartu-municipality-summary.h"
#include "kartu-store.h"

G_BEGIN_DECLS

/* Every municipality of the programme's country, those with nothing yet included (with
 * zeros), one query: each figure comes from a grouped subquery joined on the municipality.
 * ?1 is today (YYYY-MM-DD): activities count from the day they start. Money is in the
 * programme's default currency only; approved amounts of rejected or withdrawn projects
 * do not count. Facilitators are the active ones based in the municipality. The centroid
 * (columns 10 and 11) is NULL when the municipality has no place. */
#define KARTU_MUNICIPALITY_SUMMARY_SELECT \
  "SELECT m.id, m.name, m.native_name, coalesce (a.n, 0), coalesce (a.people, 0), " \
  "       coalesce (p.n, 0), coalesce (f.n, 0), pr.default_currency, " \
  "       coalesce (p.approved, 0), coalesce (t.paid, 0), m.latitude, m.longitude " \
  "FROM programme AS pr " \
  "JOIN municipality AS m ON m.country = pr.country " \
  "LEFT JOIN (SELECT municipality_id, count (*) AS n, " \
  "                  sum (participants_female + participants_male + participants_other) AS people " \
  "           FROM activity WHERE starts_on <= ?1 GROUP BY municipality_id) AS a " \
  "       ON a.municipality_id = m.id " \
  "LEFT JOIN (SELECT pj.municipality_id, count (*) AS n, " \
  "                  sum (CASE WHEN pj.currency = pg.default_currency " \
  "                             AND pj.status NOT IN ('rejected', 'withdrawn') " \
  "                            THEN pj.approved_minor END) AS approved " \
  "           FROM project AS pj JOIN programme AS pg ON pg.id = 1 " \
  "           GROUP BY pj.municipality_id) AS p " \
  "       ON p.municipality_id = m.id " \
  "LEFT JOIN (SELECT municipality_id, count (*) AS n FROM facilitator " \
  "           WHERE status = 'active' GROUP BY municipality_id) AS f " \
  "       ON f.municipality_id = m.id " \
  "LEFT JOIN (SELECT pj.municipality_id, sum (tr.amount_minor) AS paid " \
  "           FROM tranche AS tr " \
  "           JOIN project AS pj ON pj.id = tr.project_id " \
  "           JOIN programme AS pg ON pg.id = 1 AND pg.default_currency = tr.currency " \
  "           WHERE tr.paid_on IS NOT NULL GROUP BY pj.municipality_id) AS t " \
  "       ON t.municipality_id = m.id " \
  "WHERE pr.id = 1 "

KartuMunicipalitySummary *_kartu_municipality_summary_new_from_row (KartuStmt *stmt);

G_END_DECLS
