/* kartu-dashboard-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kartu-map-view.h"

#include "kartu-dashboard.h"
#include "kartu-municipality-summary-list.h"
#include "kartu-store.h"

G_BEGIN_DECLS

#define KARTU_TYPE_DASHBOARD_PAGE (kartu_dashboard_page_get_type ())

G_DECLARE_FINAL_TYPE (KartuDashboardPage, kartu_dashboard_page, KARTU, DASHBOARD_PAGE, AdwBin)

GtkWidget                    *kartu_dashboard_page_new            (void);
KartuStore                   *kartu_dashboard_page_get_store      (KartuDashboardPage *self);
void                          kartu_dashboard_page_set_store      (KartuDashboardPage *self,
                                                                   KartuStore         *store);
GListModel                   *kartu_dashboard_page_get_model      (KartuDashboardPage *self);
KartuDashboard               *kartu_dashboard_page_get_dashboard  (KartuDashboardPage *self);
KartuMunicipalitySummaryList *kartu_dashboard_page_get_summaries  (KartuDashboardPage *self);
void                          kartu_dashboard_page_set_today      (KartuDashboardPage *self,
                                                                   const char         *today);

KartuMapView                 *kartu_dashboard_page_get_map_view   (KartuDashboardPage *self);

G_END_DECLS
