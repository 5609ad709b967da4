/* kartu-municipality-summary-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-municipality-summary-list"

#include "config.h"

#include "kartu-municipality-summary-list.h"
#include "kartu-municipality-summary-private.h"
#include "kartu-project-private.h"

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

  char            *today;
};

G_DEFINE_FINAL_TYPE (KartuMunicipalitySummaryList, kartu_municipality_summary_list,
                     KARTU_TYPE_RECORD_LIST)

enum {
  PROP_0,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Tables whose changes can alter a row of the list. */
static const char * const watched_tables[] = {
  "programme", "municipality", "activity", "project", "tranche", "facilitator", NULL,
};

static gboolean
kartu_municipality_summary_list_load (KartuRecordList  *list,
                                      GPtrArray        *records,
                                      GError          **error)
{
  KartuMunicipalitySummaryList *self = KARTU_MUNICIPALITY_SUMMARY_LIST (list);
  KartuStore *store = kartu_record_list_get_store (list);
  g_autoptr(KartuStmt) stmt = NULL;
  g_autofree char *today = self->today ? g_strdup (self->today) : _kartu_today ();
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
kartu_municipality_summary_list_finalize (GObject *object)
{
  KartuMunicipalitySummaryList *self = (KartuMunicipalitySummaryList *)object;

  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (kartu_municipality_summary_list_parent_class)->finalize (object);
}

static void
kartu_municipality_summary_list_get_property (GObject    *object,
                                              guint       prop_id,
                                              GValue     *value,
                                              GParamSpec *pspec)
{
  KartuMunicipalitySummaryList *self = KARTU_MUNICIPALITY_SUMMARY_LIST (object);

  switch (prop_id)
    {
    case PROP_TODAY:
      g_value_set_string (value, self->today);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_municipality_summary_list_set_property (GObject      *object,
                                              guint         prop_id,
                                              const GValue *value,
                                              GParamSpec   *pspec)
{
  KartuMunicipalitySummaryList *self = KARTU_MUNICIPALITY_SUMMARY_LIST (object);

  switch (prop_id)
    {
    case PROP_TODAY:
      kartu_municipality_summary_list_set_today (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_municipality_summary_list_class_init (KartuMunicipalitySummaryListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KartuRecordListClass *list_class = KARTU_RECORD_LIST_CLASS (klass);

  object_class->finalize = kartu_municipality_summary_list_finalize;
  object_class->get_property = kartu_municipality_summary_list_get_property;
  object_class->set_property = kartu_municipality_summary_list_set_property;

  list_class->item_type = KARTU_TYPE_MUNICIPALITY_SUMMARY;
  list_class->watched_tables = watched_tables;
  list_class->load = kartu_municipality_summary_list_load;

  /**
   * KartuMunicipalitySummaryList:today:
   *
   * The date (YYYY-MM-DD) up to which activities count as held, or %NULL for
   * the real current date.
   */
  properties [PROP_TODAY] =
    g_param_spec_string ("today", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
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

KartuStore *
kartu_municipality_summary_list_get_store (KartuMunicipalitySummaryList *self)
{
  g_return_val_if_fail (KARTU_IS_MUNICIPALITY_SUMMARY_LIST (self), NULL);

  return kartu_record_list_get_store (KARTU_RECORD_LIST (self));
}

void
kartu_municipality_summary_list_set_store (KartuMunicipalitySummaryList *self,
                                           KartuStore                   *store)
{
  g_return_if_fail (KARTU_IS_MUNICIPALITY_SUMMARY_LIST (self));

  kartu_record_list_set_store (KARTU_RECORD_LIST (self), store);
}

const char *
kartu_municipality_summary_list_get_today (KartuMunicipalitySummaryList *self)
{
  g_return_val_if_fail (KARTU_IS_MUNICIPALITY_SUMMARY_LIST (self), NULL);

  return self->today;
}

/**
 * kartu_municipality_summary_list_set_today:
 * @self: the list
 * @today: (nullable): a date as YYYY-MM-DD, or %NULL for the real current date
 *
 * Sets the date up to which activities count as held, and reloads.
 */
void
kartu_municipality_summary_list_set_today (KartuMunicipalitySummaryList *self,
                                           const char                   *today)
{
  g_return_if_fail (KARTU_IS_MUNICIPALITY_SUMMARY_LIST (self));
  g_return_if_fail (today == NULL || _kartu_is_iso_date (today));

  if (g_strcmp0 (self->today, today) == 0)
    return;

  g_free (self->today);
  self->today = g_strdup (today);

  kartu_record_list_refresh (KARTU_RECORD_LIST (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TODAY]);
}
