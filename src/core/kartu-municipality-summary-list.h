/* kartu-municipality-summary-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kartu-municipality-summary.h"
#include "kartu-store.h"

G_BEGIN_DECLS

#define KARTU_TYPE_MUNICIPALITY_SUMMARY_LIST (kartu_municipality_summary_list_get_type ())

G_DECLARE_FINAL_TYPE (KartuMunicipalitySummaryList, kartu_municipality_summary_list,
                      KARTU, MUNICIPALITY_SUMMARY_LIST, GObject)

KartuMunicipalitySummaryList *kartu_municipality_summary_list_new       (KartuStore                    *store);
KartuStore                   *kartu_municipality_summary_list_get_store (KartuMunicipalitySummaryList  *self);
void                          kartu_municipality_summary_list_set_store (KartuMunicipalitySummaryList  *self,
                                                                         KartuStore                    *store);
const char                   *kartu_municipality_summary_list_get_today (KartuMunicipalitySummaryList  *self);
void                          kartu_municipality_summary_list_set_today (KartuMunicipalitySummaryList  *self,
                                                                         const char                    *today);
gboolean                      kartu_municipality_summary_list_reload    (KartuMunicipalitySummaryList  *self,
                                                                         GError                       **error);

G_END_DECLS
