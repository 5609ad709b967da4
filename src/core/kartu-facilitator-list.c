/* kartu-facilitator-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-facilitator-list"

#include "config.h"

#include "kartu-facilitator-list.h"
#include "kartu-facilitator-private.h"

/* Every facilitator of the programme, in id order (views sort), read with one query.
 * It holds the whole table in memory: windowed loading for programmes with tens of
 * thousands of facilitators comes with the FTS5 search and paging work (issues #5, #8). */
struct _KartuFacilitatorList
{
  GObject     parent_instance;

  KartuStore *store;
  GPtrArray  *items;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KartuFacilitatorList, kartu_facilitator_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Tables whose changes alter what a row shows. */
static const char * const watched_signals[] = {
  "changed::facilitator",
  "changed::facilitator_language",
  "changed::training",
  "changed::assignment",
  "changed::activity",
  "changed::award",
  "changed::organisation",
  "changed::municipality",
};

static GType
kartu_facilitator_list_get_item_type (GListModel *model)
{
  return KARTU_TYPE_FACILITATOR;
}

static guint
kartu_facilitator_list_get_n_items (GListModel *model)
{
  KartuFacilitatorList *self = KARTU_FACILITATOR_LIST (model);

  return self->items->len;
}

static gpointer
kartu_facilitator_list_get_item (GListModel *model,
                                 guint       position)
{
  KartuFacilitatorList *self = KARTU_FACILITATOR_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = kartu_facilitator_list_get_item_type;
  iface->get_n_items = kartu_facilitator_list_get_n_items;
  iface->get_item = kartu_facilitator_list_get_item;
}

/* Swaps in @items, keeping the old records where nothing changed, and tells the
 * views about the one range that differs, if any. */
static void
kartu_facilitator_list_replace (KartuFacilitatorList *self,
                                GPtrArray            *items)
{
  g_autoptr(GPtrArray) old = self->items;
  guint n_old = old->len;
  guint n_new = items->len;
  guint prefix = 0;
  guint suffix = 0;

  while (prefix < n_old && prefix < n_new &&
         _kartu_facilitator_equal (old->pdata[prefix], items->pdata[prefix]))
    prefix++;

  while (suffix < n_old - prefix && suffix < n_new - prefix &&
         _kartu_facilitator_equal (old->pdata[n_old - 1 - suffix], items->pdata[n_new - 1 - suffix]))
    suffix++;

  for (guint i = 0; i < prefix; i++)
    {
      g_object_unref (items->pdata[i]);
      items->pdata[i] = g_object_ref (old->pdata[i]);
    }
  for (guint i = 1; i <= suffix; i++)
    {
      g_object_unref (items->pdata[n_new - i]);
      items->pdata[n_new - i] = g_object_ref (old->pdata[n_old - i]);
    }

  self->items = g_ptr_array_ref (items);

  if (n_old - prefix - suffix > 0 || n_new - prefix - suffix > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                n_old - prefix - suffix, n_new - prefix - suffix);
}

/**
 * kartu_facilitator_list_reload:
 * @self: a #KartuFacilitatorList
 * @error: a location for a #GError
 *
 * Reads the facilitators again. The list does this by itself when the store
 * reports a change; items-changed is emitted once, for the range that differs.
 *
 * Returns: %TRUE on success; on failure the list keeps its items
 */
gboolean
kartu_facilitator_list_reload (KartuFacilitatorList  *self,
                               GError               **error)
{
  g_autoptr(KartuStmt) stmt = NULL;
  g_autoptr(GPtrArray) items = NULL;
  int rc;

  g_return_val_if_fail (KARTU_IS_FACILITATOR_LIST (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->store == NULL)
    return TRUE;

  stmt = kartu_store_prepare (self->store, KARTU_FACILITATOR_SELECT "ORDER BY f.id", error);
  if (stmt == NULL)
    return FALSE;

  items = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, _kartu_facilitator_new_from_stmt (stmt));

  if (rc != SQLITE_DONE)
    return kartu_store_set_error_from_db (self->store, rc, error);

  kartu_facilitator_list_replace (self, items);

  return TRUE;
}

static void
on_store_changed_cb (KartuFacilitatorList *self,
                     const char           *table,
                     KartuStore           *store)
{
  g_autoptr(GError) error = NULL;

  /* One commit touching several tables emits once per table; the reloads after
   * the first find nothing new and so emit no items-changed. */
  if (!kartu_facilitator_list_reload (self, &error))
    g_warning ("Could not reload the facilitators: %s", error->message);
}

static void
kartu_facilitator_list_constructed (GObject *object)
{
  KartuFacilitatorList *self = (KartuFacilitatorList *)object;
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (kartu_facilitator_list_parent_class)->constructed (object);

  if (self->store == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (watched_signals); i++)
    g_signal_connect_object (self->store, watched_signals[i],
                             G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);

  if (!kartu_facilitator_list_reload (self, &error))
    g_warning ("Could not load the facilitators: %s", error->message);
}

static void
kartu_facilitator_list_dispose (GObject *object)
{
  KartuFacilitatorList *self = (KartuFacilitatorList *)object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (kartu_facilitator_list_parent_class)->dispose (object);
}

static void
kartu_facilitator_list_finalize (GObject *object)
{
  KartuFacilitatorList *self = (KartuFacilitatorList *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (kartu_facilitator_list_parent_class)->finalize (object);
}

static void
kartu_facilitator_list_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  KartuFacilitatorList *self = KARTU_FACILITATOR_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_facilitator_list_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  KartuFacilitatorList *self = KARTU_FACILITATOR_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_facilitator_list_class_init (KartuFacilitatorListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = kartu_facilitator_list_constructed;
  object_class->dispose = kartu_facilitator_list_dispose;
  object_class->finalize = kartu_facilitator_list_finalize;
  object_class->get_property = kartu_facilitator_list_get_property;
  object_class->set_property = kartu_facilitator_list_set_property;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         KARTU_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kartu_facilitator_list_init (KartuFacilitatorList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * kartu_facilitator_list_new:
 * @store: the programme's store
 *
 * Returns: (transfer full): a list of every facilitator in @store, kept up to
 *   date as the store changes
 */
KartuFacilitatorList *
kartu_facilitator_list_new (KartuStore *store)
{
  g_return_val_if_fail (KARTU_IS_STORE (store), NULL);

  return g_object_new (KARTU_TYPE_FACILITATOR_LIST, "store", store, NULL);
}

KartuStore *
kartu_facilitator_list_get_store (KartuFacilitatorList *self)
{
  g_return_val_if_fail (KARTU_IS_FACILITATOR_LIST (self), NULL);

  return self->store;
}
