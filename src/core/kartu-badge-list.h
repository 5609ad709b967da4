/* kartu-badge-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kartu-badge.h"
#include "kartu-record-list.h"

G_BEGIN_DECLS

#define KARTU_TYPE_BADGE_LIST (kartu_badge_list_get_type ())

G_DECLARE_FINAL_TYPE (KartuBadgeList, kartu_badge_list, KARTU, BADGE_LIST, KartuRecordList)

KartuBadgeList *kartu_badge_list_new           (KartuStore      *store);
KartuStore     *kartu_badge_list_get_store     (KartuBadgeList  *self);
const char     *kartu_badge_list_get_language  (KartuBadgeList  *self);
void            kartu_badge_list_set_language  (KartuBadgeList  *self,
                                                const char      *language);

G_END_DECLS
