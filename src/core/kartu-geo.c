/* kartu-geo.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-geo"

#include "config.h"

#include <glib/gi18n.h>

#include "kartu-csv.h"
#include "kartu-geo.h"

typedef struct
{
  const char *code;
  const char *name;
  const char *currency;
} Country;

static const Country countries[] = {
  { "LT", N_("Lithuania"),  "EUR" },
  { "LV", N_("Latvia"),     "EUR" },
  { "AL", N_("Albania"),    "ALL" },
  { "BD", N_("Bangladesh"), "BDT" },
};

static const char * const country_codes[] = { "LT", "LV", "AL", "BD", NULL };

enum {
  COLUMN_CODE,
  COLUMN_NAME,
  COLUMN_NATIVE_NAME,
  COLUMN_LATITUDE,
  COLUMN_LONGITUDE,
  N_COLUMNS
};

static const char * const column_names[N_COLUMNS] = {
  "code", "name", "native_name", "latitude", "longitude",
};

static const Country *
find_country (const char *code)
{
  if (code == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (countries); i++)
    if (g_strcmp0 (countries [i].code, code) == 0)
      return &countries [i];

  return NULL;
}

/**
 * kartu_geo_list_countries:
 *
 * Returns: (transfer none): the ISO 3166-1 alpha-2 codes of the countries Kartu
 *   ships municipality reference data for, %NULL-terminated
 */
const char * const *
kartu_geo_list_countries (void)
{
  return country_codes;
}

gboolean
kartu_geo_is_supported (const char *country)
{
  return find_country (country) != NULL;
}

/**
 * kartu_geo_country_name:
 * @country: an ISO 3166-1 alpha-2 code
 *
 * Returns: (nullable): the translated name of a supported country, or %NULL
 */
const char *
kartu_geo_country_name (const char *country)
{
  const Country *found = find_country (country);

  return found != NULL ? _(found->name) : NULL;
}

/**
 * kartu_geo_default_currency:
 * @country: an ISO 3166-1 alpha-2 code
 *
 * Returns: (nullable): the ISO 4217 code of the country's currency, or %NULL
 */
const char *
kartu_geo_default_currency (const char *country)
{
  const Country *found = find_country (country);

  return found != NULL ? found->currency : NULL;
}

static gboolean
parse_coordinate (const char *text,
                  double      limit,
                  double     *value)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  char *end = NULL;

  if (stripped [0] == '\0')
    return FALSE;

  *value = g_ascii_strtod (stripped, &end);

  return end != NULL && *end == '\0' && *value >= -limit && *value <= limit;
}

static gboolean
insert_row (KartuStore          *store,
            const char          *country,
            const char * const  *row,
            const int           *columns,
            guint                line,
            gboolean            *inserted,
            GError             **error)
{
  g_autoptr(KartuStmt) stmt = NULL;
  g_autofree char *uuid = NULL;
  const char *code = row [columns [COLUMN_CODE]];
  const char *name = row [columns [COLUMN_NAME]];
  const char *native_name = row [columns [COLUMN_NATIVE_NAME]];
  const char *latitude = row [columns [COLUMN_LATITUDE]];
  const char *longitude = row [columns [COLUMN_LONGITUDE]];
  double lat = 0, lon = 0;
  gboolean has_coordinate;

  if (name [0] == '\0')
    {
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_INVALID,
                   _("Line %u has no municipality name."), line);
      return FALSE;
    }

  has_coordinate = latitude [0] != '\0' || longitude [0] != '\0';
  if (has_coordinate &&
      (!parse_coordinate (latitude, 90, &lat) || !parse_coordinate (longitude, 180, &lon)))
    {
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_INVALID,
                   _("Line %u has an invalid latitude or longitude."), line);
      return FALSE;
    }

  stmt = kartu_store_prepare (store,
                              "INSERT INTO municipality "
                              "(uuid, country, code, name, native_name, latitude, longitude) "
                              "SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7 "
                              "WHERE NOT EXISTS (SELECT 1 FROM municipality "
                              "WHERE country = ?2 AND (code = ?3 OR name = ?4))",
                              error);
  if (stmt == NULL)
    return FALSE;

  uuid = g_uuid_string_random ();
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, country, -1, SQLITE_TRANSIENT);
  if (code [0] != '\0')
    sqlite3_bind_text (stmt, 3, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, name, -1, SQLITE_TRANSIENT);
  if (native_name [0] != '\0')
    sqlite3_bind_text (stmt, 5, native_name, -1, SQLITE_TRANSIENT);
  if (has_coordinate)
    {
      sqlite3_bind_double (stmt, 6, lat);
      sqlite3_bind_double (stmt, 7, lon);
    }

  if (!kartu_store_step_done (store, stmt, error))
    return FALSE;

  *inserted = sqlite3_changes (kartu_store_get_db (store)) > 0;

  return TRUE;
}

static gboolean
load_rows (KartuStore      *store,
           const char      *country,
           KartuCsvReader  *reader,
           guint           *n_inserted,
           GError         **error)
{
  g_auto(GStrv) header = NULL;
  int columns[N_COLUMNS];

  if (!kartu_csv_reader_read_row (reader, &header, error))
    return FALSE;

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      columns [i] = header != NULL ? kartu_csv_find_column ((const char * const *)header,
                                                            column_names [i])
                                   : -1;
      if (columns [i] < 0)
        {
          g_set_error (error, KARTU_CSV_ERROR, KARTU_CSV_ERROR_MISSING_COLUMN,
                       _("The “%s” column is missing."), column_names [i]);
          return FALSE;
        }
    }

  for (;;)
    {
      g_auto(GStrv) row = NULL;
      gboolean inserted = FALSE;

      if (!kartu_csv_reader_read_row (reader, &row, error))
        return FALSE;

      if (row == NULL)
        break;

      if (!insert_row (store, country, (const char * const *)row, columns,
                       kartu_csv_reader_get_line (reader), &inserted, error))
        return FALSE;

      if (inserted)
        (*n_inserted)++;
    }

  return TRUE;
}

/**
 * kartu_geo_load_reference:
 * @store: a store
 * @country: a supported ISO 3166-1 alpha-2 code
 * @error: a location for a #GError
 *
 * Adds the municipalities Kartu ships for @country to @store, in one transaction.
 * Municipalities already present (by code, or by name) are left as they are, so
 * loading twice adds nothing.
 *
 * Returns: %TRUE on success
 */
gboolean
kartu_geo_load_reference (KartuStore  *store,
                          const char  *country,
                          GError     **error)
{
  g_autoptr(KartuCsvReader) reader = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *resource = NULL;
  guint n_inserted = 0;

  g_return_val_if_fail (KARTU_IS_STORE (store), FALSE);
  g_return_val_if_fail (country != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kartu_geo_is_supported (country))
    {
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_INVALID,
                   _("Kartu has no municipality list for the country “%s”."), country);
      return FALSE;
    }

  resource = g_strdup_printf ("/io/github/kartu/Kartu/core/geo/%s.csv", country);
  bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (bytes == NULL)
    goto failure;

  reader = kartu_csv_reader_new (bytes);

  if (!kartu_store_begin (store, &local_error))
    goto failure;

  if (!load_rows (store, country, reader, &n_inserted, &local_error))
    {
      kartu_store_rollback (store);
      goto failure;
    }

  if (n_inserted > 0)
    kartu_store_mark_changed (store, "municipality");

  if (!kartu_store_commit (store, &local_error))
    goto failure;

  return TRUE;

failure:
  g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                              /* Translators: %s is a country's name, e.g. “Latvia” */
                              _("Could not load the municipality list (%s): "),
                              kartu_geo_country_name (country));
  return FALSE;
}
