/* kartu-programme.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-programme"

#include "config.h"

#include <glib/gi18n.h>
#include <jansson.h>
#include <stdlib.h>

#include "kartu-geo.h"
#include "kartu-programme.h"

struct _KartuProgramme
{
  GObject  parent_instance;

  char    *uuid;
  char    *name;
  char    *country;
  char    *default_currency;
  char    *starts_on;
  char    *ends_on;
  char    *issuer_name;
  char    *issuer_url;
  char    *issuer_email;
};

G_DEFINE_FINAL_TYPE (KartuProgramme, kartu_programme, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_NAME,
  PROP_COUNTRY,
  PROP_DEFAULT_CURRENCY,
  PROP_STARTS_ON,
  PROP_ENDS_ON,
  PROP_ISSUER_NAME,
  PROP_ISSUER_URL,
  PROP_ISSUER_EMAIL,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

typedef struct
{
  const char *code;
  const char *name;
} Theme;

/* The English names are what the database stores; kartu_theme_label() translates. */
static const Theme themes[] = {
  { "local_decision_making", N_("Local decision-making") },
  { "environment",           N_("Environment") },
  { "climate_change",        N_("Climate change") },
  { "community_cohesion",    N_("Community cohesion") },
  { "livelihoods",           N_("Livelihoods") },
  { "literacy",              N_("Literacy") },
  { "gender_equality",       N_("Gender equality") },
  { "youth",                 N_("Youth") },
  { "other",                 N_("Other") },
};

static const char * const theme_codes[] = {
  "local_decision_making", "environment", "climate_change", "community_cohesion",
  "livelihoods", "literacy", "gender_equality", "youth", "other", NULL
};

G_STATIC_ASSERT (G_N_ELEMENTS (themes) + 1 == G_N_ELEMENTS (theme_codes));

/**
 * kartu_theme_list_codes:
 *
 * Returns: (transfer none): the codes of the default project themes, in display
 *   order, %NULL-terminated
 */
const char * const *
kartu_theme_list_codes (void)
{
  return theme_codes;
}

/**
 * kartu_theme_label:
 * @code: a theme code
 *
 * Returns: (nullable): the translated label of a default theme, or %NULL when
 *   @code is not one of them
 */
const char *
kartu_theme_label (const char *code)
{
  if (code == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (themes); i++)
    if (g_str_equal (themes [i].code, code))
      return _(themes [i].name);

  return NULL;
}

static void
kartu_programme_finalize (GObject *object)
{
  KartuProgramme *self = (KartuProgramme *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->default_currency, g_free);
  g_clear_pointer (&self->starts_on, g_free);
  g_clear_pointer (&self->ends_on, g_free);
  g_clear_pointer (&self->issuer_name, g_free);
  g_clear_pointer (&self->issuer_url, g_free);
  g_clear_pointer (&self->issuer_email, g_free);

  G_OBJECT_CLASS (kartu_programme_parent_class)->finalize (object);
}

static char **
field_for_property (KartuProgramme *self,
                    guint           prop_id)
{
  switch (prop_id)
    {
    case PROP_UUID:             return &self->uuid;
    case PROP_NAME:             return &self->name;
    case PROP_COUNTRY:          return &self->country;
    case PROP_DEFAULT_CURRENCY: return &self->default_currency;
    case PROP_STARTS_ON:        return &self->starts_on;
    case PROP_ENDS_ON:          return &self->ends_on;
    case PROP_ISSUER_NAME:      return &self->issuer_name;
    case PROP_ISSUER_URL:       return &self->issuer_url;
    case PROP_ISSUER_EMAIL:     return &self->issuer_email;
    default:                    return NULL;
    }
}

static void
kartu_programme_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  char **field = field_for_property (KARTU_PROGRAMME (object), prop_id);

  if (field == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  g_value_set_string (value, *field);
}

static void
kartu_programme_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  char **field = field_for_property (KARTU_PROGRAMME (object), prop_id);

  if (field == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  g_free (*field);
  *field = g_value_dup_string (value);
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                              G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
kartu_programme_class_init (KartuProgrammeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kartu_programme_finalize;
  object_class->get_property = kartu_programme_get_property;
  object_class->set_property = kartu_programme_set_property;

  properties [PROP_UUID] = string_property ("uuid");
  properties [PROP_NAME] = string_property ("name");
  properties [PROP_COUNTRY] = string_property ("country");
  properties [PROP_DEFAULT_CURRENCY] = string_property ("default-currency");
  properties [PROP_STARTS_ON] = string_property ("starts-on");
  properties [PROP_ENDS_ON] = string_property ("ends-on");
  properties [PROP_ISSUER_NAME] = string_property ("issuer-name");
  properties [PROP_ISSUER_URL] = string_property ("issuer-url");
  properties [PROP_ISSUER_EMAIL] = string_property ("issuer-email");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kartu_programme_init (KartuProgramme *self)
{
}

/**
 * kartu_programme_is_valid_currency:
 * @currency: (nullable): a currency code
 *
 * Returns: whether @currency has the form of an ISO 4217 code (three capital letters)
 */
gboolean
kartu_programme_is_valid_currency (const char *currency)
{
  if (currency == NULL)
    return FALSE;

  for (guint i = 0; i < 3; i++)
    if (!g_ascii_isupper (currency [i]))
      return FALSE;

  return currency [3] == '\0';
}

/**
 * kartu_programme_exists:
 * @store: a store
 * @error: a location for a #GError
 *
 * Returns: whether @store holds a programme; %FALSE with @error set if it cannot tell
 */
gboolean
kartu_programme_exists (KartuStore  *store,
                        GError     **error)
{
  g_autoptr(KartuStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KARTU_IS_STORE (store), FALSE);

  stmt = kartu_store_prepare (store, "SELECT 1 FROM programme WHERE id = 1", error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    kartu_store_set_error_from_db (store, rc, error);

  return FALSE;
}

static const char *
column_text (KartuStmt *stmt,
             int        column)
{
  return (const char *)sqlite3_column_text (stmt, column);
}

/**
 * kartu_programme_load:
 * @store: a store
 * @error: a location for a #GError
 *
 * Returns: (transfer full): the programme of @store, or %NULL with @error set
 *   (%KARTU_STORE_ERROR_NOT_FOUND when the programme has not been set up yet)
 */
KartuProgramme *
kartu_programme_load (KartuStore  *store,
                      GError     **error)
{
  g_autoptr(KartuStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KARTU_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = kartu_store_prepare (store,
                              "SELECT uuid, name, country, default_currency, starts_on, ends_on, "
                              "issuer_name, issuer_url, issuer_email FROM programme WHERE id = 1",
                              error);
  if (stmt == NULL)
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_NOT_FOUND,
                   _("The programme has not been set up yet."));
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      kartu_store_set_error_from_db (store, rc, error);
      return NULL;
    }

  return g_object_new (KARTU_TYPE_PROGRAMME,
                       "uuid", column_text (stmt, 0),
                       "name", column_text (stmt, 1),
                       "country", column_text (stmt, 2),
                       "default-currency", column_text (stmt, 3),
                       "starts-on", column_text (stmt, 4),
                       "ends-on", column_text (stmt, 5),
                       "issuer-name", column_text (stmt, 6),
                       "issuer-url", column_text (stmt, 7),
                       "issuer-email", column_text (stmt, 8),
                       NULL);
}

static gboolean
insert_programme (KartuStore  *store,
                  const char  *uuid,
                  const char  *name,
                  const char  *country,
                  const char  *currency,
                  GError     **error)
{
  g_autoptr(KartuStmt) stmt = NULL;

  stmt = kartu_store_prepare (store,
                              "INSERT INTO programme (id, uuid, name, country, default_currency) "
                              "VALUES (1, ?, ?, ?, ?)",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, country, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, currency, -1, SQLITE_TRANSIENT);

  if (!kartu_store_step_done (store, stmt, error))
    return FALSE;

  kartu_store_mark_changed (store, "programme");

  return TRUE;
}

static gboolean
insert_themes (KartuStore  *store,
               GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (themes); i++)
    {
      g_autoptr(KartuStmt) stmt = NULL;
      g_autofree char *uuid = g_uuid_string_random ();

      stmt = kartu_store_prepare (store,
                                  "INSERT INTO theme (uuid, code, name, position) "
                                  "SELECT ?1, ?2, ?3, ?4 "
                                  "WHERE NOT EXISTS (SELECT 1 FROM theme WHERE code = ?2)",
                                  error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, themes [i].code, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, themes [i].name, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 4, i);

      if (!kartu_store_step_done (store, stmt, error))
        return FALSE;
    }

  kartu_store_mark_changed (store, "theme");

  return TRUE;
}

static char *
creation_detail (const char *name,
                 const char *country,
                 const char *currency)
{
  json_t *detail = json_pack ("{s:s, s:s, s:s}",
                              "name", name, "country", country, "default_currency", currency);
  char *text = json_dumps (detail, JSON_COMPACT);

  json_decref (detail);

  return text;
}

/**
 * kartu_programme_create:
 * @store: a store without a programme
 * @name: the programme's name
 * @country: a supported ISO 3166-1 alpha-2 code (see kartu_geo_list_countries())
 * @currency: the ISO 4217 code of the programme's default currency
 * @error: a location for a #GError
 *
 * Sets up the programme of @store in one transaction: its record, the country's
 * municipalities and the default project themes.
 *
 * Returns: (transfer full): the new programme, or %NULL with @error set
 */
KartuProgramme *
kartu_programme_create (KartuStore  *store,
                        const char  *name,
                        const char  *country,
                        const char  *currency,
                        GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *stripped = NULL;
  g_autofree char *uuid = NULL;
  char *detail = NULL;
  gboolean ok;

  g_return_val_if_fail (KARTU_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stripped = g_strstrip (g_strdup (name != NULL ? name : ""));
  if (stripped [0] == '\0')
    {
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_INVALID,
                   _("The programme needs a name."));
      return NULL;
    }

  if (!kartu_geo_is_supported (country))
    {
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_INVALID,
                   _("Kartu does not support the country “%s” yet."), country ? country : "");
      return NULL;
    }

  if (!kartu_programme_is_valid_currency (currency))
    {
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_INVALID,
                   _("“%s” is not a currency code: use the three capital letters of ISO 4217, "
                     "such as EUR."),
                   currency ? currency : "");
      return NULL;
    }

  if (kartu_programme_exists (store, &local_error))
    {
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_EXISTS,
                   _("This file already holds a programme; each file holds one."));
      return NULL;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (!kartu_store_begin (store, error))
    return NULL;

  uuid = g_uuid_string_random ();
  detail = creation_detail (stripped, country, currency);

  ok = insert_programme (store, uuid, stripped, country, currency, error) &&
       kartu_geo_load_reference (store, country, error) &&
       insert_themes (store, error) &&
       kartu_store_log_change (store, "programme", uuid, "insert", detail, error);

  free (detail);

  if (!ok)
    {
      kartu_store_rollback (store);
      return NULL;
    }

  if (!kartu_store_commit (store, error))
    return NULL;

  return kartu_programme_load (store, error);
}

const char *
kartu_programme_get_uuid (KartuProgramme *self)
{
  g_return_val_if_fail (KARTU_IS_PROGRAMME (self), NULL);

  return self->uuid;
}

const char *
kartu_programme_get_name (KartuProgramme *self)
{
  g_return_val_if_fail (KARTU_IS_PROGRAMME (self), NULL);

  return self->name;
}

const char *
kartu_programme_get_country (KartuProgramme *self)
{
  g_return_val_if_fail (KARTU_IS_PROGRAMME (self), NULL);

  return self->country;
}

const char *
kartu_programme_get_default_currency (KartuProgramme *self)
{
  g_return_val_if_fail (KARTU_IS_PROGRAMME (self), NULL);

  return self->default_currency;
}

const char *
kartu_programme_get_starts_on (KartuProgramme *self)
{
  g_return_val_if_fail (KARTU_IS_PROGRAMME (self), NULL);

  return self->starts_on;
}

const char *
kartu_programme_get_ends_on (KartuProgramme *self)
{
  g_return_val_if_fail (KARTU_IS_PROGRAMME (self), NULL);

  return self->ends_on;
}

const char *
kartu_programme_get_issuer_name (KartuProgramme *self)
{
  g_return_val_if_fail (KARTU_IS_PROGRAMME (self), NULL);

  return self->issuer_name;
}

const char *
kartu_programme_get_issuer_url (KartuProgramme *self)
{
  g_return_val_if_fail (KARTU_IS_PROGRAMME (self), NULL);

  return self->issuer_url;
}

const char *
kartu_programme_get_issuer_email (KartuProgramme *self)
{
  g_return_val_if_fail (KARTU_IS_PROGRAMME (self), NULL);

  return self->issuer_email;
}
