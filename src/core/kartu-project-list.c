/* kartu-project-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-project-list"

#include "config.h"

#include "kartu-project-list.h"
#include "kartu-project-private.h"

/**
 * KartuProjectList:
 *
 * Every project of the programme as a #GListModel of #KartuProject, in id order.
 * A project has no equality check, so each reload replaces every item: views must
 * not rely on keeping a row across a change.
 */
struct _KartuProjectList
{
  KartuRecordList  parent_instance;
};

G_DEFINE_FINAL_TYPE (KartuProjectList, kartu_project_list, KARTU_TYPE_RECORD_LIST)

/* Tables whose changes can alter a row of the list. */
static const char * const watched_tables[] = {
  "project", "tranche", "municipality", "facilitator", "organisation", "funding_round", NULL,
};

static gboolean
kartu_project_list_load (KartuRecordList  *list,
                         GPtrArray        *records,
                         GError          **error)
{
  KartuStore *store = kartu_record_list_get_store (list);
  g_autoptr(KartuStmt) stmt = NULL;
  g_autofree char *today = kartu_record_list_dup_effective_today (list);
  int rc;

  stmt = kartu_store_prepare (store, KARTU_PROJECT_SELECT "ORDER BY p.id", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (records, _kartu_project_new_from_row (stmt, today));

  if (rc != SQLITE_DONE)
    return kartu_store_set_error_from_db (store, rc, error);

  return TRUE;
}

static void
kartu_project_list_class_init (KartuProjectListClass *klass)
{
  KartuRecordListClass *list_class = KARTU_RECORD_LIST_CLASS (klass);

  list_class->item_type = KARTU_TYPE_PROJECT;
  list_class->watched_tables = watched_tables;
  list_class->load = kartu_project_list_load;
}

static void
kartu_project_list_init (KartuProjectList *self)
{
}

/**
 * kartu_project_list_new:
 * @store: (nullable): the programme's store
 *
 * Returns: (transfer full): a list of the projects in @store
 */
KartuProjectList *
kartu_project_list_new (KartuStore *store)
{
  g_return_val_if_fail (store == NULL || KARTU_IS_STORE (store), NULL);

  return g_object_new (KARTU_TYPE_PROJECT_LIST, "store", store, NULL);
}

KartuStore *
kartu_project_list_get_store (KartuProjectList *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT_LIST (self), NULL);

  return kartu_record_list_get_store (KARTU_RECORD_LIST (self));
}

void
kartu_project_list_set_store (KartuProjectList *self,
                              KartuStore       *store)
{
  g_return_if_fail (KARTU_IS_PROJECT_LIST (self));

  kartu_record_list_set_store (KARTU_RECORD_LIST (self), store);
}
