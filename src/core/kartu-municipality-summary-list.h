/* kartu-municipality-summary-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kartu-municipality-summary.h"
#include "kartu-record-list.h"

G_BEGIN_DECLS

#define KARTU_TYPE_MUNICIPALITY_SUMMARY_LIST (kartu_municipality_summary_list_get_type ())

G_DECLARE_FINAL_TYPE (KartuMunicipalitySummaryList, kartu_municipality_summary_list,
                      KARTU, MUNICIPALITY_SUMMARY_LIST, KartuRecordList)

KartuMunicipalitySummaryList *kartu_municipality_summary_list_new       (KartuStore                    *store);
void                          kartu_municipality_summary_list_set_store (KartuMunicipalitySummaryList  *self,
                                                                         KartuStore                    *store);

G_END_DECLS
