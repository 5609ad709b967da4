/* kartu-facilitator-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kartu-facilitator.h"
#include "kartu-record-list.h"

G_BEGIN_DECLS

#define KARTU_TYPE_FACILITATOR_LIST (kartu_facilitator_list_get_type ())

G_DECLARE_FINAL_TYPE (KartuFacilitatorList, kartu_facilitator_list,
                      KARTU, FACILITATOR_LIST, KartuRecordList)

KartuFacilitatorList *kartu_facilitator_list_new        (KartuStore            *store);
KartuStore           *kartu_facilitator_list_get_store  (KartuFacilitatorList  *self);

G_END_DECLS
