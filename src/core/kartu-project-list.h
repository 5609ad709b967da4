/* kartu-project-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kartu-project.h"
#include "kartu-record-list.h"

G_BEGIN_DECLS

#define KARTU_TYPE_PROJECT_LIST (kartu_project_list_get_type ())

G_DECLARE_FINAL_TYPE (KartuProjectList, kartu_project_list, KARTU, PROJECT_LIST, KartuRecordList)

KartuProjectList *kartu_project_list_new       (KartuStore        *store);
KartuStore       *kartu_project_list_get_store (KartuProjectList  *self);
void              kartu_project_list_set_store (KartuProjectList  *self,
                                                KartuStore        *store);

G_END_DECLS
