/* kartu-facilitators-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kartu-store.h"

G_BEGIN_DECLS

#define KARTU_TYPE_FACILITATORS_PAGE (kartu_facilitators_page_get_type ())

G_DECLARE_FINAL_TYPE (KartuFacilitatorsPage, kartu_facilitators_page, KARTU, FACILITATORS_PAGE, GtkWidget)

GtkWidget  *kartu_facilitators_page_new        (void);
KartuStore *kartu_facilitators_page_get_store  (KartuFacilitatorsPage *self);
void        kartu_facilitators_page_set_store  (KartuFacilitatorsPage *self,
                                                KartuStore            *store);
GListModel *kartu_facilitators_page_get_model  (KartuFacilitatorsPage *self);

G_END_DECLS
