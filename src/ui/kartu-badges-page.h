/* kartu-badges-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kartu-store.h"

G_BEGIN_DECLS

#define KARTU_TYPE_BADGES_PAGE (kartu_badges_page_get_type ())

G_DECLARE_FINAL_TYPE (KartuBadgesPage, kartu_badges_page, KARTU, BADGES_PAGE, GtkWidget)

GtkWidget  *kartu_badges_page_new        (void);
KartuStore *kartu_badges_page_get_store  (KartuBadgesPage *self);
void        kartu_badges_page_set_store  (KartuBadgesPage *self,
                                          KartuStore      *store);
GListModel *kartu_badges_page_get_model  (KartuBadgesPage *self);

G_END_DECLS
