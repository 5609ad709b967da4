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
 * Every project of the programme as a #GListModel of #KartuProject, read with one
 * query and read again whenever the store reports a change to a table it shows.
 *
 * The whole list is held in memory and replaced on each change. That is fine at the
 * scale of a real programme (a few thousand projects); loading in windows for
 * 100,000 rows is a later step (issue #8).
 */
struct _KartuProjectList
{
  GObject     parent_instance;

  KartuStore *store;
  char       *today;
  GPtrArray  *items;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KartuProjectList, kartu_project_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_TODAY,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Tables whose changes can alter a row of the list. */
static const char * const watched_tables[] = {
  "project", "tranche", "municipality", "facilitator", "organisation", "funding_round",
};

static GType
kartu_project_list_get_item_type (GListModel *model)
{
  return KARTU_TYPE_PROJECT;
}

static guint
kartu_project_list_get_n_items (GListModel *model)
{
  return KARTU_PROJECT_LIST (model)->items->len;
}

static gpointer
kartu_project_list_get_item (GListModel *model,
                             guint       position)
{
  KartuProjectList *self = KARTU_PROJECT_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = kartu_project_list_get_item_type;
  iface->get_n_items = kartu_project_list_get_n_items;
  iface->get_item = kartu_project_list_get_item;
}

static void
kartu_project_list_replace (KartuProjectList *self,
                            GPtrArray        *items)
{
  g_autoptr(GPtrArray) old = self->items;
  guint removed = old->len;

  self->items = g_ptr_array_ref (items);

  if (removed > 0 || items->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, items->len);

  if (removed != items->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);
}

/**
 * kartu_project_list_reload:
 * @self: the list
 * @error: a location for a #GError
 *
 * Reads the projects again. The list reloads by itself when the store changes;
 * this is for callers that know better (a new day, say). On success the list
 * emits #GListModel::items-changed once, replacing all items.
 *
 * Returns: %TRUE on success; on failure the list keeps its items
 */
gboolean
kartu_project_list_reload (KartuProjectList  *self,
                           GError           **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (KARTU_IS_PROJECT_LIST (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->store != NULL)
    {
      g_autoptr(KartuStmt) stmt = NULL;
      g_autofree char *today = self->today ? g_strdup (self->today) : _kartu_today ();
      int rc;

      stmt = kartu_store_prepare (self->store, KARTU_PROJECT_SELECT "ORDER BY p.id", error);
      if (stmt == NULL)
        return FALSE;

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_ptr_array_add (items, _kartu_project_new_from_row (stmt, today));

      if (rc != SQLITE_DONE)
        return kartu_store_set_error_from_db (self->store, rc, error);
    }

  kartu_project_list_replace (self, items);

  return TRUE;
}

static void
on_store_changed_cb (KartuProjectList *self,
                     const char       *table,
                     KartuStore       *store)
{
  g_autoptr(GError) error = NULL;

  if (!kartu_project_list_reload (self, &error))
    g_warning ("Could not read the projects again after a change to %s: %s",
               table, error->message);
}

static void
kartu_project_list_dispose (GObject *object)
{
  KartuProjectList *self = (KartuProjectList *)object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kartu_project_list_parent_class)->dispose (object);
}

static void
kartu_project_list_finalize (GObject *object)
{
  KartuProjectList *self = (KartuProjectList *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (kartu_project_list_parent_class)->finalize (object);
}

static void
kartu_project_list_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KartuProjectList *self = KARTU_PROJECT_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_TODAY:
      g_value_set_string (value, self->today);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_project_list_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  KartuProjectList *self = KARTU_PROJECT_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      kartu_project_list_set_store (self, g_value_get_object (value));
      break;

    case PROP_TODAY:
      kartu_project_list_set_today (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_project_list_class_init (KartuProjectListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kartu_project_list_dispose;
  object_class->finalize = kartu_project_list_finalize;
  object_class->get_property = kartu_project_list_get_property;
  object_class->set_property = kartu_project_list_set_property;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         KARTU_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * KartuProjectList:today:
   *
   * The date (YYYY-MM-DD) deadlines are compared with, or %NULL for the real
   * current date.
   */
  properties [PROP_TODAY] =
    g_param_spec_string ("today", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kartu_project_list_init (KartuProjectList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
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

  return self->store;
}

void
kartu_project_list_set_store (KartuProjectList *self,
                              KartuStore       *store)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KARTU_IS_PROJECT_LIST (self));
  g_return_if_fail (store == NULL || KARTU_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_set_object (&self->store, store);

  if (store != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (watched_tables); i++)
        {
          g_autofree char *signal = g_strconcat ("changed::", watched_tables [i], NULL);

          g_signal_connect_object (store, signal, G_CALLBACK (on_store_changed_cb), self,
                                   G_CONNECT_SWAPPED);
        }
    }

  if (!kartu_project_list_reload (self, &error))
    g_warning ("Could not read the projects: %s", error->message);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

const char *
kartu_project_list_get_today (KartuProjectList *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT_LIST (self), NULL);

  return self->today;
}

/**
 * kartu_project_list_set_today:
 * @self: the list
 * @today: (nullable): a date as YYYY-MM-DD, or %NULL for the real current date
 *
 * Sets the date that decides which deadlines are overdue, and reloads.
 */
void
kartu_project_list_set_today (KartuProjectList *self,
                              const char       *today)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KARTU_IS_PROJECT_LIST (self));
  g_return_if_fail (today == NULL || _kartu_is_iso_date (today));

  if (g_strcmp0 (self->today, today) == 0)
    return;

  g_free (self->today);
  self->today = g_strdup (today);

  if (self->store != NULL && !kartu_project_list_reload (self, &error))
    g_warning ("Could not read the projects: %s", error->message);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TODAY]);
}
