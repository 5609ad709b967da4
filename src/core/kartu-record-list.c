/* kartu-record-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-record-list"

#include "config.h"

#include "kartu-project-private.h"
#include "kartu-record-list.h"

/**
 * KartuRecordList:
 *
 * The base of Kartu's list models: every record a subclass reads with one query, as a
 * #GListModel, read again whenever the store reports a change to one of the class's
 * watched tables.
 *
 * The whole list is held in memory and swapped on each reload. That is fine at the
 * scale of a real programme (a few thousand rows); loading in windows for 100,000 rows
 * is a later step (issue #8).
 */
typedef struct
{
  KartuStore *store;
  GPtrArray  *records;
  char       *today;
} KartuRecordListPrivate;

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (KartuRecordList, kartu_record_list, G_TYPE_OBJECT,
                                  G_ADD_PRIVATE (KartuRecordList)
                                  G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_N_ITEMS,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static GType
kartu_record_list_get_item_type (GListModel *model)
{
  return KARTU_RECORD_LIST_GET_CLASS (model)->item_type;
}

static guint
kartu_record_list_get_n_items (GListModel *model)
{
  KartuRecordList *self = KARTU_RECORD_LIST (model);
  KartuRecordListPrivate *priv = kartu_record_list_get_instance_private (self);

  return priv->records->len;
}

static gpointer
kartu_record_list_get_item (GListModel *model,
                            guint       position)
{
  KartuRecordList *self = KARTU_RECORD_LIST (model);
  KartuRecordListPrivate *priv = kartu_record_list_get_instance_private (self);

  if (position >= priv->records->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (priv->records, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = kartu_record_list_get_item_type;
  iface->get_n_items = kartu_record_list_get_n_items;
  iface->get_item = kartu_record_list_get_item;
}

static void
swap_pointers (gpointer *a,
               gpointer *b)
{
  gpointer tmp = *a;

  *a = *b;
  *b = tmp;
}

/* Swaps in @records and announces the one range that differs. With an equal function
 * the unchanged head and tail keep their old records (views keep their rows and
 * selection) and a reload that finds nothing new says nothing. */
static void
kartu_record_list_replace (KartuRecordList *self,
                           GPtrArray       *records)
{
  KartuRecordListPrivate *priv = kartu_record_list_get_instance_private (self);
  KartuRecordListClass *klass = KARTU_RECORD_LIST_GET_CLASS (self);
  g_autoptr(GPtrArray) old = g_steal_pointer (&priv->records);
  guint n_old = old->len;
  guint n_new = records->len;
  guint prefix = 0;
  guint suffix = 0;

  if (klass->equal != NULL)
    {
      while (prefix < n_old && prefix < n_new &&
             klass->equal (self, old->pdata [prefix], records->pdata [prefix]))
        prefix++;

      while (suffix < n_old - prefix && suffix < n_new - prefix &&
             klass->equal (self,
                           old->pdata [n_old - 1 - suffix],
                           records->pdata [n_new - 1 - suffix]))
        suffix++;

      /* Both arrays own their records, so trading pointers keeps every count right. */
      for (guint i = 0; i < prefix; i++)
        swap_pointers (&old->pdata [i], &records->pdata [i]);
      for (guint i = 1; i <= suffix; i++)
        swap_pointers (&old->pdata [n_old - i], &records->pdata [n_new - i]);
    }

  priv->records = g_ptr_array_ref (records);

  if (n_old - prefix - suffix > 0 || n_new - prefix - suffix > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                n_old - prefix - suffix, n_new - prefix - suffix);

  if (n_old != n_new)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);
}

/**
 * kartu_record_list_reload:
 * @self: a #KartuRecordList
 * @error: a location for a #GError
 *
 * Reads the records again. The list does this by itself when the store reports a
 * change to a table it watches; this is for callers that know better (a new day,
 * say). Emits #GListModel::items-changed at most once.
 *
 * Returns: %TRUE on success; on failure the list keeps its items
 */
gboolean
kartu_record_list_reload (KartuRecordList  *self,
                          GError          **error)
{
  KartuRecordListPrivate *priv = kartu_record_list_get_instance_private (self);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (KARTU_IS_RECORD_LIST (self), FALSE);
  g_return_val_if_fail (KARTU_RECORD_LIST_GET_CLASS (self)->load != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (priv->store != NULL &&
      !KARTU_RECORD_LIST_GET_CLASS (self)->load (self, records, error))
    return FALSE;

  kartu_record_list_replace (self, records);

  return TRUE;
}

/**
 * kartu_record_list_refresh:
 * @self: a #KartuRecordList
 *
 * Reloads for a subclass whose query changed (another day, another language),
 * where nobody could act on an error: a failure is logged and the list keeps its
 * items.
 */
void
kartu_record_list_refresh (KartuRecordList *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KARTU_IS_RECORD_LIST (self));

  if (!kartu_record_list_reload (self, &error))
    g_warning ("%s could not read its records: %s", G_OBJECT_TYPE_NAME (self), error->message);
}

static void
on_store_changed_cb (KartuRecordList *self,
                     const char      *table,
                     KartuStore      *store)
{
  /* One commit touching several watched tables emits once per table. Each emission
   * reloads, so the list is current as soon as the commit returns; with an equal
   * function the reloads after the first find nothing new and emit nothing. */
  kartu_record_list_refresh (self);
}

static void
kartu_record_list_dispose (GObject *object)
{
  KartuRecordList *self = (KartuRecordList *)object;
  KartuRecordListPrivate *priv = kartu_record_list_get_instance_private (self);

  if (priv->store != NULL)
    g_signal_handlers_disconnect_by_data (priv->store, self);
  g_clear_object (&priv->store);

  G_OBJECT_CLASS (kartu_record_list_parent_class)->dispose (object);
}

static void
kartu_record_list_finalize (GObject *object)
{
  KartuRecordList *self = (KartuRecordList *)object;
  KartuRecordListPrivate *priv = kartu_record_list_get_instance_private (self);

  g_clear_pointer (&priv->records, g_ptr_array_unref);
  g_clear_pointer (&priv->today, g_free);

  G_OBJECT_CLASS (kartu_record_list_parent_class)->finalize (object);
}

static void
kartu_record_list_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KartuRecordList *self = KARTU_RECORD_LIST (object);
  KartuRecordListPrivate *priv = kartu_record_list_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, priv->records->len);
      break;

    case PROP_TODAY:
      g_value_set_string (value, priv->today);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_record_list_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KartuRecordList *self = KARTU_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      kartu_record_list_set_store (self, g_value_get_object (value));
      break;

    case PROP_TODAY:
      kartu_record_list_set_today (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_record_list_class_init (KartuRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char * const no_tables[] = { NULL };

  object_class->dispose = kartu_record_list_dispose;
  object_class->finalize = kartu_record_list_finalize;
  object_class->get_property = kartu_record_list_get_property;
  object_class->set_property = kartu_record_list_set_property;

  klass->item_type = G_TYPE_OBJECT;
  klass->watched_tables = no_tables;

  /**
   * KartuRecordList:store:
   *
   * The programme's store, or %NULL for an empty list.
   */
  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         KARTU_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * KartuRecordList:today:
   *
   * The date (YYYY-MM-DD) the records are seen from (which deadlines are overdue,
   * which activities have been held), or %NULL for the real current date.
   */
  properties [PROP_TODAY] =
    g_param_spec_string ("today", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kartu_record_list_init (KartuRecordList *self)
{
  KartuRecordListPrivate *priv = kartu_record_list_get_instance_private (self);

  priv->records = g_ptr_array_new_with_free_func (g_object_unref);
}

KartuStore *
kartu_record_list_get_store (KartuRecordList *self)
{
  KartuRecordListPrivate *priv = kartu_record_list_get_instance_private (self);

  g_return_val_if_fail (KARTU_IS_RECORD_LIST (self), NULL);

  return priv->store;
}

/**
 * kartu_record_list_set_store:
 * @self: a #KartuRecordList
 * @store: (nullable): the programme's store
 *
 * Reads the records of @store, and follows its changes from now on.
 */
void
kartu_record_list_set_store (KartuRecordList *self,
                             KartuStore      *store)
{
  KartuRecordListPrivate *priv = kartu_record_list_get_instance_private (self);

  g_return_if_fail (KARTU_IS_RECORD_LIST (self));
  g_return_if_fail (store == NULL || KARTU_IS_STORE (store));

  if (priv->store == store)
    return;

  if (priv->store != NULL)
    g_signal_handlers_disconnect_by_data (priv->store, self);

  g_set_object (&priv->store, store);

  if (store != NULL)
    kartu_store_watch_tables (store, KARTU_RECORD_LIST_GET_CLASS (self)->watched_tables,
                              G_CALLBACK (on_store_changed_cb), self);

  kartu_record_list_refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

const char *
kartu_record_list_get_today (KartuRecordList *self)
{
  KartuRecordListPrivate *priv = kartu_record_list_get_instance_private (self);

  g_return_val_if_fail (KARTU_IS_RECORD_LIST (self), NULL);

  return priv->today;
}

/**
 * kartu_record_list_dup_effective_today:
 * @self: a #KartuRecordList
 *
 * Returns: (transfer full): #KartuRecordList:today, or the real current date
 *   when it is %NULL, as YYYY-MM-DD
 */
char *
kartu_record_list_dup_effective_today (KartuRecordList *self)
{
  KartuRecordListPrivate *priv = kartu_record_list_get_instance_private (self);

  g_return_val_if_fail (KARTU_IS_RECORD_LIST (self), NULL);

  return priv->today != NULL ? g_strdup (priv->today) : _kartu_today ();
}

/**
 * kartu_record_list_set_today:
 * @self: a #KartuRecordList
 * @today: (nullable): a date as YYYY-MM-DD, or %NULL for the real current date
 *
 * Sets the date the records are seen from, and reloads if it changed.
 */
void
kartu_record_list_set_today (KartuRecordList *self,
                             const char      *today)
{
  KartuRecordListPrivate *priv = kartu_record_list_get_instance_private (self);

  g_return_if_fail (KARTU_IS_RECORD_LIST (self));
  g_return_if_fail (today == NULL || _kartu_is_iso_date (today));

  if (g_strcmp0 (priv->today, today) == 0)
    return;

  g_free (priv->today);
  priv->today = g_strdup (today);

  kartu_record_list_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TODAY]);
}
