/* kartu-badge-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-badge-list"

#include "config.h"

#include <string.h>

#include "kartu-badge-list.h"
#include "kartu-badge-private.h"

/* The programme's badges in id order; a programme has tens of them. */
struct _KartuBadgeList
{
  KartuRecordList  parent_instance;

  char            *language;
};

G_DEFINE_FINAL_TYPE (KartuBadgeList, kartu_badge_list, KARTU_TYPE_RECORD_LIST)

enum {
  PROP_0,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const char * const watched_tables[] = {
  "badge", "badge_text", "award", NULL,
};

static gboolean
kartu_badge_list_load (KartuRecordList  *list,
                       GPtrArray        *records,
                       GError          **error)
{
  KartuBadgeList *self = KARTU_BADGE_LIST (list);
  KartuStore *store = kartu_record_list_get_store (list);
  g_autoptr(KartuStmt) stmt = NULL;
  int rc;

  stmt = kartu_store_prepare (store, KARTU_BADGE_SELECT "ORDER BY b.id", error);
  if (stmt == NULL)
    return FALSE;

  if (self->language != NULL)
    sqlite3_bind_text (stmt, 1, self->language, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (records, _kartu_badge_new_from_stmt (stmt));

  if (rc != SQLITE_DONE)
    return kartu_store_set_error_from_db (store, rc, error);

  return TRUE;
}

static gboolean
kartu_badge_list_equal (KartuRecordList *list,
                        gpointer         old_record,
                        gpointer         new_record)
{
  return _kartu_badge_equal (old_record, new_record);
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
kartu_badge_list_finalize (GObject *object)
{
  KartuBadgeList *self = (KartuBadgeList *)object;

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
  KartuRecordListClass *list_class = KARTU_RECORD_LIST_CLASS (klass);

  object_class->finalize = kartu_badge_list_finalize;
  object_class->get_property = kartu_badge_list_get_property;
  object_class->set_property = kartu_badge_list_set_property;

  list_class->item_type = KARTU_TYPE_BADGE;
  list_class->watched_tables = watched_tables;
  list_class->load = kartu_badge_list_load;
  list_class->equal = kartu_badge_list_equal;

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
  self->language = get_ui_language ();
}

/**
 * kartu_badge_list_new:
 * @store: (nullable): the programme’s store, or %NULL for an empty list
 *
 * Returns: (transfer full): a list of every badge in @store, kept up to date as
 *   the store changes
 */
KartuBadgeList *
kartu_badge_list_new (KartuStore *store)
{
  g_return_val_if_fail (store == NULL || KARTU_IS_STORE (store), NULL);

  return g_object_new (KARTU_TYPE_BADGE_LIST, "store", store, NULL);
}

KartuStore *
kartu_badge_list_get_store (KartuBadgeList *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE_LIST (self), NULL);

  return kartu_record_list_get_store (KARTU_RECORD_LIST (self));
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
  g_return_if_fail (KARTU_IS_BADGE_LIST (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);

  kartu_record_list_refresh (KARTU_RECORD_LIST (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LANGUAGE]);
}
