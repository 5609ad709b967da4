/* kartu-projects-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kartu-project-list.h"
#include "kartu-store.h"

G_BEGIN_DECLS

#define KARTU_TYPE_PROJECTS_PAGE (kartu_projects_page_get_type ())

G_DECLARE_FINAL_TYPE (KartuProjectsPage, kartu_projects_page, KARTU, PROJECTS_PAGE, AdwBin)

GtkWidget        *kartu_projects_page_new          (void);
KartuStore       *kartu_projects_page_get_store    (KartuProjectsPage *self);
void              kartu_projects_page_set_store    (KartuProjectsPage *self,
                                                    KartuStore        *store);
GListModel       *kartu_projects_page_get_model    (KartuProjectsPage *self);
KartuProjectList *kartu_projects_page_get_projects (KartuProjectsPage *self);
gboolean          kartu_projects_page_is_empty     (KartuProjectsPage *self);
void              kartu_projects_page_set_today    (KartuProjectsPage *self,
                                                    const char        *today);

G_END_DECLS
