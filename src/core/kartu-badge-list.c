/* kartu-badge-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-badge-list"

#include "config.h"

#include <string.h>

#include "kartu-badge-list.h"
#include "kartu-badge-private.h"

/* The programme's badges in id order, read with one query; a programme has tens of
 * badges, so the list holds them all. */
struct _KartuBadgeList
{
  GObject     parent_instance;

  KartuStore *store;
  char       *language;
  GPtrArray  *items;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KartuBadgeList, kartu_badge_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const char * const watched_signals[] = {
  "changed::badge",
  "changed::badge_text",
  "changed::award",
};

static GType
kartu_badge_list_get_item_type (GListModel *model)
{
  return KARTU_TYPE_BADGE;
}

static guint
kartu_badge_list_get_n_items (GListModel *model)
{
  KartuBadgeList *self = KARTU_BADGE_LIST (model);

  return self->items->len;
}

static gpointer
kartu_badge_list_get_item (GListModel *model,
                           guint       position)
{
  KartuBadgeList *self = KARTU_BADGE_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = kartu_badge_list_get_item_type;
  iface->get_n_items = kartu_badge_list_get_n_items;
  iface->get_item = kartu_badge_list_get_item;
}

/* Swaps in @items, keeping the old records where nothing changed, and tells the
 * views about the one range that differs, if any. */
static void
kartu_badge_list_replace (KartuBadgeList *self,
                          GPtrArray      *items)
{
  g_autoptr(GPtrArray) old = self->items;
  guint n_old = old->len;
  guint n_new = items->len;
  guint prefix = 0;
  guint suffix = 0;

  while (prefix < n_old && prefix < n_new &&
         _kartu_badge_equal (old->pdata[prefix], items->pdata[prefix]))
    prefix++;

  while (suffix < n_old - prefix && suffix < n_new - prefix &&
         _kartu_badge_equal (old->pdata[n_old - 1 - suffix], items->pdata[n_new - 1 - suffix]))
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
 * kartu_badge_list_reload:
 * @self: a #KartuBadgeList
 * @error: a location for a #GError
 *
 * Reads the badges again. The list does this by itself when the store reports
 * a change; items-changed is emitted once, for the range that differs.
 *
 * Returns: %TRUE on success; on failure the list keeps its items
 */
gboolean
kartu_badge_list_reload (KartuBadgeList  *self,
                         GError         **error)
{
  g_autoptr(KartuStmt) stmt = NULL;
  g_autoptr(GPtrArray) items = NULL;
  int rc;

  g_return_val_if_fail (KARTU_IS_BADGE_LIST (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->store == NULL)
    return TRUE;

  stmt = kartu_store_prepare (self->store, KARTU_BADGE_SELECT "ORDER BY b.id", error);
  if (stmt == NULL)
    return FALSE;

  if (self->language != NULL)
    sqlite3_bind_text (stmt, 1, self->language, -1, SQLITE_TRANSIENT);

  items = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, _kartu_badge_new_from_stmt (stmt));

  if (rc != SQLITE_DONE)
    return kartu_store_set_error_from_db (self->store, rc, error);

  kartu_badge_list_replace (self, items);

  return TRUE;
}

static void
on_store_changed_cb (KartuBadgeList *self,
                     const char     *table,
                     KartuStore     *store)
{
  g_autoptr(GError) error = NULL;

  if (!kartu_badge_list_reload (self, &error))
    g_warning ("Could not reload the badges: %s", error->message);
}

/* The language of the user interface as badge_text stores it (“lt”), or NULL
 * in the C locale. */
static char *
get_ui_language (void)
{
  const char * const *names = g_get_language_names ();
  const char *name = names[0];
  gsize len;

  if (name == NULL || g_str_equal (name, "C") || g_str_has_prefix (name, "C.") ||
      g_str_equal (name, "POSIX"))
    return NULL;

  len = strcspn (name, "_.@");

  return len > 0 ? g_strndup (name, len) : NULL;
}

static void
kartu_badge_list_constructed (GObject *object)
{
  KartuBadgeList *self = (KartuBadgeList *)object;
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (kartu_badge_list_parent_class)->constructed (object);

  if (self->store == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (watched_signals); i++)
    g_signal_connect_object (self->store, watched_signals[i],
                             G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);

  if (!kartu_badge_list_reload (self, &error))
    g_warning ("Could not load the badges: %s", error->message);
}

static void
kartu_badge_list_dispose (GObject *object)
{
  KartuBadgeList *self = (KartuBadgeList *)object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (kartu_badge_list_parent_class)->dispose (object);
}

static void
kartu_badge_list_finalize (GObject *object)
{
  KartuBadgeList *self = (KartuBadgeList *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (kartu_badge_list_parent_class)->finalize (object);
}

static void
kartu_badge_list_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KartuBadgeList *self = KARTU_BADGE_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_badge_list_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KartuBadgeList *self = KARTU_BADGE_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_LANGUAGE:
      kartu_badge_list_set_language (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_badge_list_class_init (KartuBadgeListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = kartu_badge_list_constructed;
  object_class->dispose = kartu_badge_list_dispose;
  object_class->finalize = kartu_badge_list_finalize;
  object_class->get_property = kartu_badge_list_get_property;
  object_class->set_property = kartu_badge_list_set_property;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         KARTU_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * KartuBadgeList:language:
   *
   * The language whose badge texts (badge_text) the records show, such as
   * `lt`; %NULL shows each badge's own texts. Defaults to the language of the
   * user interface.
   */
  properties [PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kartu_badge_list_init (KartuBadgeList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->language = get_ui_language ();
}

/**
 * kartu_badge_list_new:
 * @store: the programme's store
 *
 * Returns: (transfer full): a list of every badge in @store, kept up to date as
 *   the store changes
 */
KartuBadgeList *
kartu_badge_list_new (KartuStore *store)
{
  g_return_val_if_fail (KARTU_IS_STORE (store), NULL);

  return g_object_new (KARTU_TYPE_BADGE_LIST, "store", store, NULL);
}

KartuStore *
kartu_badge_list_get_store (KartuBadgeList *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE_LIST (self), NULL);

  return self->store;
}

const char *
kartu_badge_list_get_language (KartuBadgeList *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE_LIST (self), NULL);

  return self->language;
}

void
kartu_badge_list_set_language (KartuBadgeList *self,
                               const char     *language)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KARTU_IS_BADGE_LIST (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);

  if (!kartu_badge_list_reload (self, &error))
    g_warning ("Could not reload the badges: %s", error->message);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LANGUAGE]);
}
