/* kartu-municipality-summary-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-municipality-summary-list"

#include "config.h"

#include "kartu-municipality-summary-list.h"
#include "kartu-municipality-summary-private.h"

/**
 * KartuMunicipalitySummaryList:
 *
 * Every municipality of the programme's country as a #GListModel of
 * #KartuMunicipalitySummary, by name. A summary has no equality check, so each
 * reload replaces every item.
 */
struct _KartuMunicipalitySummaryList
{
  KartuRecordList  parent_instance;
};

G_DEFINE_FINAL_TYPE (KartuMunicipalitySummaryList, kartu_municipality_summary_list,
                     KARTU_TYPE_RECORD_LIST)

/* Tables whose changes can alter a row of the list. */
static const char * const watched_tables[] = {
  "programme", "municipality", "activity", "project", "tranche", "facilitator", NULL,
};

static gboolean
kartu_municipality_summary_list_load (KartuRecordList  *list,
                                      GPtrArray        *records,
                                      GError          **error)
{
  KartuStore *store = kartu_record_list_get_store (list);
  g_autoptr(KartuStmt) stmt = NULL;
  g_autofree char *today = kartu_record_list_dup_effective_today (list);
  int rc;

  stmt = kartu_store_prepare (store, KARTU_MUNICIPALITY_SUMMARY_SELECT "ORDER BY m.name, m.id",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (records, _kartu_municipality_summary_new_from_row (stmt));

  if (rc != SQLITE_DONE)
    return kartu_store_set_error_from_db (store, rc, error);

  return TRUE;
}

static void
kartu_municipality_summary_list_class_init (KartuMunicipalitySummaryListClass *klass)
{
  KartuRecordListClass *list_class = KARTU_RECORD_LIST_CLASS (klass);

  list_class->item_type = KARTU_TYPE_MUNICIPALITY_SUMMARY;
  list_class->watched_tables = watched_tables;
  list_class->load = kartu_municipality_summary_list_load;
}

static void
kartu_municipality_summary_list_init (KartuMunicipalitySummaryList *self)
{
}

/**
 * kartu_municipality_summary_list_new:
 * @store: (nullable): the programme's store
 *
 * Returns: (transfer full): a list of the municipalities of @store's programme
 */
KartuMunicipalitySummaryList *
kartu_municipality_summary_list_new (KartuStore *store)
{
  g_return_val_if_fail (store == NULL || KARTU_IS_STORE (store), NULL);

  return g_object_new (KARTU_TYPE_MUNICIPALITY_SUMMARY_LIST, "store", store, NULL);
}

void
kartu_municipality_summary_list_set_store (KartuMunicipalitySummaryList *self,
                                           KartuStore                   *store)
{
  g_return_if_fail (KARTU_IS_MUNICIPALITY_SUMMARY_LIST (self));

  kartu_record_list_set_store (KARTU_RECORD_LIST (self), store);
}
