/* kartu-project-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kartu-project.h"
#include "kartu-store.h"

G_BEGIN_DECLS

/* One row per project with everything a KartuProject shows: names through joins, and the
 * paid sum (tranches in the project's own currency) and earliest unpaid tranche from two
 * grouped subqueries, so a whole list is one query. Append WHERE/ORDER BY as needed. */
#define KARTU_PROJECT_SELECT \
  "SELECT p.id, p.uuid, p.title, p.summary, p.municipality_id, m.name, " \
  "       coalesce (f.full_name, o.name), p.round_id, r.name, p.status, p.currency, " \
  "       p.requested_minor, p.approved_minor, coalesce (paid.minor, 0), " \
  "       unpaid.planned_on, p.report_due_on " \
  "FROM project AS p " \
  "LEFT JOIN municipality AS m ON m.id = p.municipality_id " \
  "LEFT JOIN facilitator AS f ON f.id = p.lead_facilitator_id " \
  "LEFT JOIN organisation AS o ON o.id = p.lead_organisation_id " \
  "LEFT JOIN funding_round AS r ON r.id = p.round_id " \
  "LEFT JOIN (SELECT project_id, currency, sum (amount_minor) AS minor FROM tranche " \
  "           WHERE paid_on IS NOT NULL GROUP BY project_id, currency) AS paid " \
  "       ON paid.project_id = p.id AND paid.currency = p.currency " \
  "LEFT JOIN (SELECT project_id, min (planned_on) AS planned_on FROM tranche " \
  "           WHERE paid_on IS NULL GROUP BY project_id) AS unpaid " \
  "       ON unpaid.project_id = p.id "

/* "Today" comes from the lists and summaries so that tests and the demo programme
 * (2017–2019) can fix it; these give the real date and check a given one. */
char         *_kartu_today                (void);
gboolean      _kartu_is_iso_date          (const char *text);

/* @today is "YYYY-MM-DD": a deadline before it is overdue. */
KartuProject *_kartu_project_new_from_row (KartuStmt  *stmt,
                                           const char *today);

G_END_DECLS
