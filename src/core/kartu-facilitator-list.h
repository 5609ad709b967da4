/* kartu-facilitator-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kartu-facilitator.h"
#include "kartu-store.h"

G_BEGIN_DECLS

#define KARTU_TYPE_FACILITATOR_LIST (kartu_facilitator_list_get_type ())

G_DECLARE_FINAL_TYPE (KartuFacilitatorList, kartu_facilitator_list, KARTU, FACILITATOR_LIST, GObject)

KartuFacilitatorList *kartu_facilitator_list_new        (KartuStore            *store);
KartuStore           *kartu_facilitator_list_get_store  (KartuFacilitatorList  *self);
gboolean              kartu_facilitator_list_reload     (KartuFacilitatorList  *self,
                                                         GError               **error);

G_END_DECLS
