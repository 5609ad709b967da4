/* kartu-facilitator-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-facilitator-list"

#include "config.h"

#include "kartu-facilitator-list.h"
#include "kartu-facilitator-private.h"

/* Every facilitator of the programme, in id order (views sort). Windowed loading for
 * programmes with tens of thousands of facilitators comes with the FTS5 search and
 * paging work (issues #5, #8). */
struct _KartuFacilitatorList
{
  KartuRecordList parent_instance;
};

G_DEFINE_FINAL_TYPE (KartuFacilitatorList, kartu_facilitator_list, KARTU_TYPE_RECORD_LIST)

/* Tables whose changes alter what a row shows. */
static const char * const watched_tables[] = {
  "facilitator", "facilitator_language", "training", "assignment", "activity", "award",
  "organisation", "municipality", NULL,
};

static gboolean
kartu_facilitator_list_load (KartuRecordList  *list,
                             GPtrArray        *records,
                             GError          **error)
{
  KartuStore *store = kartu_record_list_get_store (list);
  g_autoptr(KartuStmt) stmt = NULL;
  int rc;

  stmt = kartu_store_prepare (store, KARTU_FACILITATOR_SELECT "ORDER BY f.id", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (records, _kartu_facilitator_new_from_stmt (stmt));

  if (rc != SQLITE_DONE)
    return kartu_store_set_error_from_db (store, rc, error);

  return TRUE;
}

static gboolean
kartu_facilitator_list_equal (KartuRecordList *list,
                              gpointer         old_record,
                              gpointer         new_record)
{
  return _kartu_facilitator_equal (old_record, new_record);
}

static void
kartu_facilitator_list_class_init (KartuFacilitatorListClass *klass)
{
  KartuRecordListClass *list_class = KARTU_RECORD_LIST_CLASS (klass);

  list_class->item_type = KARTU_TYPE_FACILITATOR;
  list_class->watched_tables = watched_tables;
  list_class->load = kartu_facilitator_list_load;
  list_class->equal = kartu_facilitator_list_equal;
}

static void
kartu_facilitator_list_init (KartuFacilitatorList *self)
{
}

/**
 * kartu_facilitator_list_new:
 * @store: (nullable): the programme’s store, or %NULL for an empty list
 *
 * Returns: (transfer full): a list of every facilitator in @store, kept up to
 *   date as the store changes
 */
KartuFacilitatorList *
kartu_facilitator_list_new (KartuStore *store)
{
  g_return_val_if_fail (store == NULL || KARTU_IS_STORE (store), NULL);

  return g_object_new (KARTU_TYPE_FACILITATOR_LIST, "store", store, NULL);
}

KartuStore *
kartu_facilitator_list_get_store (KartuFacilitatorList *self)
{
  g_return_val_if_fail (KARTU_IS_FACILITATOR_LIST (self), NULL);

  return kartu_record_list_get_store (KARTU_RECORD_LIST (self));
}
