/* kartu-facilitator.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-facilitator"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "kartu-facilitator-private.h"
#include "kartu-fold.h"
#include "kartu-format.h"

/* A read-only snapshot of one facilitator row and its aggregates, as the lists show
 * it; the list models replace records when rows change. */
struct _KartuFacilitator
{
  GObject   parent_instance;

  gint64    id;
  char     *uuid;
  char     *full_name;
  char     *email;
  char     *phone;
  char     *organisation;
  char     *municipality;
  char     *status;
  char    **language_codes;
  char     *languages;
  char     *last_activity;
  int       modules;
  int       activities;
  int       badges;

  /* Computed on first use. */
  char     *modules_text;
  char     *last_activity_text;
  char     *search_key;
};

G_DEFINE_FINAL_TYPE (KartuFacilitator, kartu_facilitator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_FULL_NAME,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_ORGANISATION,
  PROP_MUNICIPALITY,
  PROP_LANGUAGES,
  PROP_LANGUAGE_CODES,
  PROP_MODULES,
  PROP_MODULES_TEXT,
  PROP_STATUS,
  PROP_STATUS_LABEL,
  PROP_LAST_ACTIVITY,
  PROP_LAST_ACTIVITY_TEXT,
  PROP_BADGES,
  PROP_ACTIVITIES,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const struct {
  const char *code;
  const char *name;
} languages[] = {
  /* Translators: language names are joined into a list in a table cell, e.g. “Lithuanian,
   * Polish”: write them as they would stand in such a list */
  { "be", N_("Belarusian") },
  { "bn", N_("Bengali") },
  { "de", N_("German") },
  { "en", N_("English") },
  { "fr", N_("French") },
  { "lt", N_("Lithuanian") },
  { "lv", N_("Latvian") },
  { "pl", N_("Polish") },
  { "ru", N_("Russian") },
  { "sq", N_("Albanian") },
  { "uk", N_("Ukrainian") },
};

static const struct {
  const char *code;
  const char *label;
} statuses[] = {
  { "candidate",   NC_("facilitator status", "Candidate") },
  { "in_training", NC_("facilitator status", "In training") },
  { "active",      NC_("facilitator status", "Active") },
  { "paused",      NC_("facilitator status", "Paused") },
  { "left",        NC_("facilitator status", "Left") },
};

/**
 * kartu_language_name:
 * @iso639_1: an ISO 639-1 language code such as `lt`
 *
 * Returns: the language's name in the user's language, or @iso639_1 itself
 *   when the language is not one Kartu knows
 */
const char *
kartu_language_name (const char *iso639_1)
{
  g_return_val_if_fail (iso639_1 != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      if (g_str_equal (languages[i].code, iso639_1))
        return _(languages[i].name);
    }

  return iso639_1;
}

/**
 * kartu_facilitator_status_label:
 * @status: a facilitator status code such as `in_training`
 *
 * Returns: the status as people read it, translated, or @status itself when
 *   it is not a known code
 */
const char *
kartu_facilitator_status_label (const char *status)
{
  g_return_val_if_fail (status != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      if (g_str_equal (statuses[i].code, status))
        return g_dpgettext2 (GETTEXT_PACKAGE, "facilitator status", statuses[i].label);
    }

  return status;
}

static void
kartu_facilitator_finalize (GObject *object)
{
  KartuFacilitator *self = (KartuFacilitator *)object;

  g_free (self->uuid);
  g_free (self->full_name);
  g_free (self->email);
  g_free (self->phone);
  g_free (self->organisation);
  g_free (self->municipality);
  g_free (self->status);
  g_strfreev (self->language_codes);
  g_free (self->languages);
  g_free (self->last_activity);
  g_free (self->modules_text);
  g_free (self->last_activity_text);
  g_free (self->search_key);

  G_OBJECT_CLASS (kartu_facilitator_parent_class)->finalize (object);
}

static void
kartu_facilitator_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KartuFacilitator *self = KARTU_FACILITATOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_FULL_NAME:
      g_value_set_string (value, self->full_name);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    case PROP_ORGANISATION:
      g_value_set_string (value, self->organisation);
      break;

    case PROP_MUNICIPALITY:
      g_value_set_string (value, self->municipality);
      break;

    case PROP_LANGUAGES:
      g_value_set_string (value, self->languages);
      break;

    case PROP_LANGUAGE_CODES:
      g_value_set_boxed (value, self->language_codes);
      break;

    case PROP_MODULES:
      g_value_set_int (value, self->modules);
      break;

    case PROP_MODULES_TEXT:
      g_value_set_string (value, kartu_facilitator_get_modules_text (self));
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_STATUS_LABEL:
      g_value_set_string (value, kartu_facilitator_get_status_label (self));
      break;

    case PROP_LAST_ACTIVITY:
      g_value_set_string (value, self->last_activity);
      break;

    case PROP_LAST_ACTIVITY_TEXT:
      g_value_set_string (value, kartu_facilitator_get_last_activity_text (self));
      break;

    case PROP_BADGES:
      g_value_set_int (value, self->badges);
      break;

    case PROP_ACTIVITIES:
      g_value_set_int (value, self->activities);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_facilitator_class_init (KartuFacilitatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kartu_facilitator_finalize;
  object_class->get_property = kartu_facilitator_get_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  properties [PROP_FULL_NAME] =
    g_param_spec_string ("full-name", NULL, NULL, NULL, flags);
  properties [PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, NULL, flags);
  properties [PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, NULL, flags);
  properties [PROP_ORGANISATION] =
    g_param_spec_string ("organisation", NULL, NULL, NULL, flags);
  properties [PROP_MUNICIPALITY] =
    g_param_spec_string ("municipality", NULL, NULL, NULL, flags);
  properties [PROP_LANGUAGES] =
    g_param_spec_string ("languages", NULL, NULL, NULL, flags);
  properties [PROP_LANGUAGE_CODES] =
    g_param_spec_boxed ("language-codes", NULL, NULL, G_TYPE_STRV, flags);
  properties [PROP_MODULES] =
    g_param_spec_int ("modules", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties [PROP_MODULES_TEXT] =
    g_param_spec_string ("modules-text", NULL, NULL, NULL, flags);
  properties [PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, NULL, flags);
  properties [PROP_STATUS_LABEL] =
    g_param_spec_string ("status-label", NULL, NULL, NULL, flags);
  properties [PROP_LAST_ACTIVITY] =
    g_param_spec_string ("last-activity", NULL, NULL, NULL, flags);
  properties [PROP_LAST_ACTIVITY_TEXT] =
    g_param_spec_string ("last-activity-text", NULL, NULL, NULL, flags);
  properties [PROP_BADGES] =
    g_param_spec_int ("badges", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties [PROP_ACTIVITIES] =
    g_param_spec_int ("activities", NULL, NULL, 0, G_MAXINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kartu_facilitator_init (KartuFacilitator *self)
{
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *)sqlite3_column_text (stmt, column));
}

static int
compare_language_names (gconstpointer a,
                        gconstpointer b)
{
  const char *code_a = *(const char * const *)a;
  const char *code_b = *(const char * const *)b;
  int cmp = g_utf8_collate (kartu_language_name (code_a), kartu_language_name (code_b));

  return cmp != 0 ? cmp : g_strcmp0 (code_a, code_b);
}

static void
set_languages (KartuFacilitator *self,
               const char       *codes)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint n_codes;

  if (codes == NULL || *codes == '\0')
    {
      self->language_codes = g_new0 (char *, 1);
      self->languages = g_strdup ("");
      return;
    }

  /* group_concat() promises no order: sort by name so the text is stable. */
  self->language_codes = g_strsplit (codes, ",", -1);
  n_codes = g_strv_length (self->language_codes);
  qsort (self->language_codes, n_codes, sizeof (char *), compare_language_names);

  for (guint i = 0; i < n_codes; i++)
    {
      if (i > 0)
        /* Translators: the separator between language names, as in “Lithuanian, Polish” */
        g_string_append (names, _(", "));
      g_string_append (names, kartu_language_name (self->language_codes[i]));
    }

  self->languages = g_string_free (g_steal_pointer (&names), FALSE);
}

/* @stmt is positioned on a row of KARTU_FACILITATOR_SELECT. */
KartuFacilitator *
_kartu_facilitator_new_from_stmt (sqlite3_stmt *stmt)
{
  KartuFacilitator *self;

  g_return_val_if_fail (stmt != NULL, NULL);

  self = g_object_new (KARTU_TYPE_FACILITATOR, NULL);
  self->id = sqlite3_column_int64 (stmt, 0);
  self->uuid = dup_column (stmt, 1);
  self->full_name = dup_column (stmt, 2);
  self->email = dup_column (stmt, 3);
  self->phone = dup_column (stmt, 4);
  self->organisation = dup_column (stmt, 5);
  self->municipality = dup_column (stmt, 6);
  self->status = dup_column (stmt, 7);
  set_languages (self, (const char *)sqlite3_column_text (stmt, 8));
  self->modules = sqlite3_column_int (stmt, 9);
  self->last_activity = dup_column (stmt, 10);
  self->activities = sqlite3_column_int (stmt, 11);
  self->badges = sqlite3_column_int (stmt, 12);

  return self;
}

gboolean
_kartu_facilitator_equal (KartuFacilitator *a,
                          KartuFacilitator *b)
{
  g_return_val_if_fail (KARTU_IS_FACILITATOR (a), FALSE);
  g_return_val_if_fail (KARTU_IS_FACILITATOR (b), FALSE);

  return a->id == b->id &&
         a->modules == b->modules &&
         a->activities == b->activities &&
         a->badges == b->badges &&
         g_strcmp0 (a->uuid, b->uuid) == 0 &&
         g_strcmp0 (a->full_name, b->full_name) == 0 &&
         g_strcmp0 (a->email, b->email) == 0 &&
         g_strcmp0 (a->phone, b->phone) == 0 &&
         g_strcmp0 (a->organisation, b->organisation) == 0 &&
         g_strcmp0 (a->municipality, b->municipality) == 0 &&
         g_strcmp0 (a->status, b->status) == 0 &&
         g_strcmp0 (a->languages, b->languages) == 0 &&
         g_strcmp0 (a->last_activity, b->last_activity) == 0;
}

gint64
kartu_facilitator_get_id (KartuFacilitator *self)
{
  g_return_val_if_fail (KARTU_IS_FACILITATOR (self), 0);

  return self->id;
}

const char *
kartu_facilitator_get_uuid (KartuFacilitator *self)
{
  g_return_val_if_fail (KARTU_IS_FACILITATOR (self), NULL);

  return self->uuid;
}

const char *
kartu_facilitator_get_full_name (KartuFacilitator *self)
{
  g_return_val_if_fail (KARTU_IS_FACILITATOR (self), NULL);

  return self->full_name;
}

const char *
kartu_facilitator_get_email (KartuFacilitator *self)
{
  g_return_val_if_fail (KARTU_IS_FACILITATOR (self), NULL);

  return self->email;
}

const char *
kartu_facilitator_get_phone (KartuFacilitator *self)
{
  g_return_val_if_fail (KARTU_IS_FACILITATOR (self), NULL);

  return self->phone;
}

/**
 * kartu_facilitator_get_organisation:
 * @self: a #KartuFacilitator
 *
 * Returns: (nullable): the name of the facilitator's organisation
 */
const char *
kartu_facilitator_get_organisation (KartuFacilitator *self)
{
  g_return_val_if_fail (KARTU_IS_FACILITATOR (self), NULL);

  return self->organisation;
}

/**
 * kartu_facilitator_get_municipality:
 * @self: a #KartuFacilitator
 *
 * Returns: (nullable): the name of the municipality the facilitator works in
 */
const char *
kartu_facilitator_get_municipality (KartuFacilitator *self)
{
  g_return_val_if_fail (KARTU_IS_FACILITATOR (self), NULL);

  return self->municipality;
}

/**
 * kartu_facilitator_get_languages:
 * @self: a #KartuFacilitator
 *
 * Returns: the names of the languages the facilitator works in, translated,
 *   sorted and comma-separated; empty when none is recorded
 */
const char *
kartu_facilitator_get_languages (KartuFacilitator *self)
{
  g_return_val_if_fail (KARTU_IS_FACILITATOR (self), NULL);

  return self->languages;
}

/**
 * kartu_facilitator_get_language_codes:
 * @self: a #KartuFacilitator
 *
 * Returns: (transfer none): the ISO 639 codes, in the order of
 *   kartu_facilitator_get_languages()
 */
const char * const *
kartu_facilitator_get_language_codes (KartuFacilitator *self)
{
  g_return_val_if_fail (KARTU_IS_FACILITATOR (self), NULL);

  return (const char * const *)self->language_codes;
}

/**
 * kartu_facilitator_get_modules:
 * @self: a #KartuFacilitator
 *
 * Returns: how many of the %KARTU_FACILITATOR_N_MODULES toolkit modules the
 *   facilitator has completed
 */
int
kartu_facilitator_get_modules (KartuFacilitator *self)
{
  g_return_val_if_fail (KARTU_IS_FACILITATOR (self), 0);

  return self->modules;
}

const char *
kartu_facilitator_get_modules_text (KartuFacilitator *self)
{
  g_return_val_if_fail (KARTU_IS_FACILITATOR (self), NULL);

  if (self->modules_text == NULL)
    /* Translators: toolkit modules a facilitator completed, e.g. “3 of 4” */
    self->modules_text = g_strdup_printf (_("%d of %d"), self->modules, KARTU_FACILITATOR_N_MODULES);

  return self->modules_text;
}

const char *
kartu_facilitator_get_status (KartuFacilitator *self)
{
  g_return_val_if_fail (KARTU_IS_FACILITATOR (self), NULL);

  return self->status;
}

const char *
kartu_facilitator_get_status_label (KartuFacilitator *self)
{
  g_return_val_if_fail (KARTU_IS_FACILITATOR (self), NULL);

  return self->status != NULL ? kartu_facilitator_status_label (self->status) : NULL;
}

/**
 * kartu_facilitator_get_last_activity:
 * @self: a #KartuFacilitator
 *
 * Returns: (nullable): the start date (`YYYY-MM-DD`) of the latest activity the
 *   facilitator was assigned to
 */
const char *
kartu_facilitator_get_last_activity (KartuFacilitator *self)
{
  g_return_val_if_fail (KARTU_IS_FACILITATOR (self), NULL);

  return self->last_activity;
}

/**
 * kartu_facilitator_get_last_activity_text:
 * @self: a #KartuFacilitator
 *
 * Returns: the last activity's date in the locale's format; empty when none
 */
const char *
kartu_facilitator_get_last_activity_text (KartuFacilitator *self)
{
  g_return_val_if_fail (KARTU_IS_FACILITATOR (self), NULL);

  if (self->last_activity_text == NULL)
    self->last_activity_text = kartu_format_date (self->last_activity);

  return self->last_activity_text;
}

/**
 * kartu_facilitator_get_badges:
 * @self: a #KartuFacilitator
 *
 * Returns: how many badges the facilitator holds (awards not revoked)
 */
int
kartu_facilitator_get_badges (KartuFacilitator *self)
{
  g_return_val_if_fail (KARTU_IS_FACILITATOR (self), 0);

  return self->badges;
}

/**
 * kartu_facilitator_get_activities:
 * @self: a #KartuFacilitator
 *
 * Returns: how many activities the facilitator was assigned to
 */
int
kartu_facilitator_get_activities (KartuFacilitator *self)
{
  g_return_val_if_fail (KARTU_IS_FACILITATOR (self), 0);

  return self->activities;
}

/**
 * kartu_facilitator_matches:
 * @self: a #KartuFacilitator
 * @folded_query: (nullable): a query folded with kartu_fold()
 *
 * Returns: whether @folded_query occurs, ignoring case and accents, in the
 *   facilitator's name, email, organisation, municipality or languages
 */
gboolean
kartu_facilitator_matches (KartuFacilitator *self,
                           const char       *folded_query)
{
  g_return_val_if_fail (KARTU_IS_FACILITATOR (self), FALSE);

  if (folded_query == NULL || *folded_query == '\0')
    return TRUE;

  if (self->search_key == NULL)
    {
      /* Newlines keep a query from matching across two fields. */
      g_autofree char *text = g_strjoin ("\n",
                                         self->full_name ? self->full_name : "",
                                         self->email ? self->email : "",
                                         self->organisation ? self->organisation : "",
                                         self->municipality ? self->municipality : "",
                                         self->languages,
                                         NULL);

      self->search_key = kartu_fold (text);
    }

  return kartu_fold_contains (self->search_key, folded_query);
}
