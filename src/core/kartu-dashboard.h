/* kartu-dashboard.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kartu-money.h"
#include "kartu-store.h"

G_BEGIN_DECLS

#define KARTU_TYPE_DASHBOARD (kartu_dashboard_get_type ())

G_DECLARE_FINAL_TYPE (KartuDashboard, kartu_dashboard, KARTU, DASHBOARD, GObject)

KartuDashboard   *kartu_dashboard_new                      (KartuStore      *store);
KartuStore       *kartu_dashboard_get_store                (KartuDashboard  *self);
void              kartu_dashboard_set_store                (KartuDashboard  *self,
                                                            KartuStore      *store);
const char       *kartu_dashboard_get_today                (KartuDashboard  *self);
void              kartu_dashboard_set_today                (KartuDashboard  *self,
                                                            const char      *today);
gboolean          kartu_dashboard_reload                   (KartuDashboard  *self,
                                                            GError         **error);
gint64            kartu_dashboard_get_facilitators_active  (KartuDashboard  *self);
gint64            kartu_dashboard_get_activities_held      (KartuDashboard  *self);
gint64            kartu_dashboard_get_participants_reached (KartuDashboard  *self);
gint64            kartu_dashboard_get_projects             (KartuDashboard  *self);
gint64            kartu_dashboard_get_projects_in_status   (KartuDashboard  *self,
                                                            const char      *status);
const char       *kartu_dashboard_get_status_breakdown     (KartuDashboard  *self);
const char       *kartu_dashboard_get_currency             (KartuDashboard  *self);
KartuMoneyTotals *kartu_dashboard_get_approved             (KartuDashboard  *self);
KartuMoneyTotals *kartu_dashboard_get_paid                 (KartuDashboard  *self);
const char       *kartu_dashboard_get_approved_text        (KartuDashboard  *self);
const char       *kartu_dashboard_get_paid_text            (KartuDashboard  *self);

G_END_DECLS
