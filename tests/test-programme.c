/* test-programme.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kartu-geo.h"
#include "kartu-programme.h"
#include "kartu-test-util.h"

typedef KartuTestFixture Fixture;

static void
on_changed (KartuStore *store,
            const char *table,
            guint      *n_emissions)
{
  (*n_emissions)++;
}

static void
test_create (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KartuProgramme) programme = NULL;
  g_autoptr(KartuProgramme) loaded = NULL;
  g_autofree char *name = NULL;
  const char * const *codes;
  guint n_municipality_changes = 0;
  guint n_theme_changes = 0;

  g_signal_connect (fixture->store, "changed::municipality", G_CALLBACK (on_changed),
                    &n_municipality_changes);
  g_signal_connect (fixture->store, "changed::theme", G_CALLBACK (on_changed), &n_theme_changes);

  programme = kartu_programme_create (fixture->store, "  Active Citizens Latvia  ", "LV", "EUR",
                                      &error);
  g_assert_no_error (error);
  g_assert_true (KARTU_IS_PROGRAMME (programme));

  g_assert_cmpstr (kartu_programme_get_name (programme), ==, "Active Citizens Latvia");
  g_assert_cmpstr (kartu_programme_get_country (programme), ==, "LV");
  g_assert_cmpstr (kartu_programme_get_default_currency (programme), ==, "EUR");
  g_assert_cmpint (strlen (kartu_programme_get_uuid (programme)), ==, 36);
  g_assert_null (kartu_programme_get_starts_on (programme));
  g_assert_null (kartu_programme_get_issuer_email (programme));
  g_object_get (programme, "name", &name, NULL);
  g_assert_cmpstr (name, ==, "Active Citizens Latvia");

  g_assert_cmpint (kartu_test_count (fixture->store, "programme"), ==, 1);
  g_assert_cmpint (kartu_test_count (fixture->store, "municipality"), ==, 43);
  g_assert_cmpint (kartu_test_count (fixture->store, "theme"), ==, 9);
  g_assert_cmpint (kartu_test_count (fixture->store, "change_log"), ==, 1);
  g_assert_cmpint (kartu_test_query_int_bound (fixture->store,
                                               "SELECT count(*) FROM change_log "
                                               "WHERE entity = 'programme' AND action = 'insert' "
                                               "AND entity_uuid = ?",
                                               kartu_programme_get_uuid (programme)), ==, 1);
  g_assert_cmpuint (n_municipality_changes, ==, 1);
  g_assert_cmpuint (n_theme_changes, ==, 1);

  codes = kartu_theme_list_codes ();
  g_assert_cmpuint (g_strv_length ((GStrv)codes), ==, 9);
  for (guint i = 0; codes [i] != NULL; i++)
    {
      g_assert_cmpint (kartu_test_query_int_bound (fixture->store,
                                                   "SELECT count(*) FROM theme WHERE code = ?",
                                                   codes [i]), ==, 1);
      g_assert_cmpint (kartu_test_query_int_bound (fixture->store,
                                                   "SELECT position FROM theme WHERE code = ?",
                                                   codes [i]), ==, i);
      g_assert_nonnull (kartu_theme_label (codes [i]));
    }

  loaded = kartu_programme_load (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kartu_programme_get_uuid (loaded), ==, kartu_programme_get_uuid (programme));
  g_assert_cmpstr (kartu_programme_get_name (loaded), ==, "Active Citizens Latvia");
}

static void
test_load_missing (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KartuProgramme) programme = kartu_programme_load (fixture->store, &error);

  g_assert_null (programme);
  g_assert_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_NOT_FOUND);
  g_assert_false (kartu_programme_exists (fixture->store, NULL));
}

typedef struct
{
  const char *name;
  const char *programme;
  const char *country;
  const char *currency;
} Refusal;

static const Refusal refusals[] = {
  { "empty-name",        "",           "LT", "EUR" },
  { "blank-name",        "  \t ",      "LT", "EUR" },
  { "null-name",         NULL,         "LT", "EUR" },
  { "unknown-country",   "Programme",  "FR", "EUR" },
  { "lowercase-country", "Programme",  "lt", "EUR" },
  { "null-country",      "Programme",  NULL, "EUR" },
  { "lowercase-currency","Programme",  "LT", "eur" },
  { "short-currency",    "Programme",  "LT", "EU" },
  { "long-currency",     "Programme",  "LT", "EURO" },
  { "digit-currency",    "Programme",  "LT", "E1R" },
  { "null-currency",     "Programme",  "LT", NULL },
};

static void
test_refusal (Fixture       *fixture,
              gconstpointer  user_data)
{
  const Refusal *refusal = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KartuProgramme) programme = NULL;

  programme = kartu_programme_create (fixture->store, refusal->programme, refusal->country,
                                      refusal->currency, &error);
  g_assert_null (programme);
  g_assert_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, !=, "");

  g_assert_cmpint (kartu_test_count (fixture->store, "programme"), ==, 0);
  g_assert_cmpint (kartu_test_count (fixture->store, "municipality"), ==, 0);
  g_assert_cmpint (kartu_test_count (fixture->store, "theme"), ==, 0);
  g_assert_cmpint (kartu_test_count (fixture->store, "change_log"), ==, 0);
}

static void
test_refuse_second (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KartuProgramme) first = NULL;
  g_autoptr(KartuProgramme) second = NULL;
  g_autoptr(KartuProgramme) loaded = NULL;

  first = kartu_programme_create (fixture->store, "Active Citizens Albania", "AL", "ALL", &error);
  g_assert_no_error (error);

  second = kartu_programme_create (fixture->store, "Active Citizens Bangladesh", "BD", "BDT",
                                   &error);
  g_assert_null (second);
  g_assert_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_EXISTS);

  g_assert_cmpint (kartu_test_count (fixture->store, "programme"), ==, 1);
  g_assert_cmpint (kartu_test_count (fixture->store, "municipality"), ==, 61);
  g_assert_cmpint (kartu_test_count (fixture->store, "theme"), ==, 9);
  g_assert_cmpint (kartu_test_count (fixture->store, "change_log"), ==, 1);

  loaded = kartu_programme_load (fixture->store, NULL);
  g_assert_cmpstr (kartu_programme_get_name (loaded), ==, "Active Citizens Albania");
  g_assert_cmpstr (kartu_programme_get_default_currency (loaded), ==, "ALL");
}

typedef struct
{
  const char *country;
  const char *currency;
  gint64      n_municipalities;
  double      min_lat, max_lat, min_lon, max_lon;
} Reference;

/* Bounding boxes of the countries, with a little margin. */
static const Reference references[] = {
  { "LT", "EUR", 60, 53.85, 56.50, 20.90, 26.90 },
  { "LV", "EUR", 43, 55.65, 58.10, 20.95, 28.25 },
  { "AL", "ALL", 61, 39.60, 42.70, 19.25, 21.10 },
  { "BD", "BDT", 64, 20.60, 26.70, 88.00, 92.70 },
};

static void
test_reference (Fixture       *fixture,
                gconstpointer  user_data)
{
  const Reference *ref = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KartuStmt) stmt = NULL;
  guint n_changes = 0;
  guint n_rows = 0;

  g_signal_connect (fixture->store, "changed::municipality", G_CALLBACK (on_changed), &n_changes);

  g_assert_true (kartu_geo_load_reference (fixture->store, ref->country, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kartu_test_count (fixture->store, "municipality"), ==, ref->n_municipalities);
  g_assert_cmpuint (n_changes, ==, 1);

  stmt = kartu_store_prepare (fixture->store,
                              "SELECT name, latitude, longitude, country, code, uuid FROM "
                              "municipality",
                              NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *)sqlite3_column_text (stmt, 0);
      double lat, lon;

      g_assert_cmpint (sqlite3_column_type (stmt, 1), ==, SQLITE_FLOAT);
      lat = sqlite3_column_double (stmt, 1);
      lon = sqlite3_column_double (stmt, 2);
      if (lat < ref->min_lat || lat > ref->max_lat || lon < ref->min_lon || lon > ref->max_lon)
        g_error ("%s (%f, %f) is outside %s", name, lat, lon, ref->country);

      g_assert_cmpstr ((const char *)sqlite3_column_text (stmt, 3), ==, ref->country);
      if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
        g_assert_cmpint (sqlite3_column_bytes (stmt, 4), >, 0);
      g_assert_cmpint (sqlite3_column_bytes (stmt, 5), ==, 36);
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, ref->n_municipalities);
  sqlite3_reset (stmt);

  /* Loading again adds nothing and announces nothing. */
  g_assert_true (kartu_geo_load_reference (fixture->store, ref->country, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kartu_test_count (fixture->store, "municipality"), ==, ref->n_municipalities);
  g_assert_cmpuint (n_changes, ==, 1);

  g_assert_cmpstr (kartu_geo_default_currency (ref->country), ==, ref->currency);
  g_assert_true (kartu_geo_is_supported (ref->country));
}

static void
test_reference_keeps_edits (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kartu_geo_load_reference (fixture->store, "LT", &error));
  g_assert_no_error (error);

  /* A coordinator renamed one municipality and removed another: reloading restores
   * the removed one and leaves the renamed one (matched by code) alone. */
  g_assert_true (kartu_store_exec (fixture->store,
                                   "UPDATE municipality SET name = 'Vilnius' WHERE code = 'LT-57';"
                                   "DELETE FROM municipality WHERE code = 'LT-59';",
                                   &error));
  g_assert_no_error (error);
  g_assert_cmpint (kartu_test_count (fixture->store, "municipality"), ==, 59);

  g_assert_true (kartu_geo_load_reference (fixture->store, "LT", &error));
  g_assert_no_error (error);
  g_assert_cmpint (kartu_test_count (fixture->store, "municipality"), ==, 60);
  g_assert_cmpint (kartu_test_query_int_bound (fixture->store,
                                               "SELECT count(*) FROM municipality WHERE code = ?",
                                               "LT-57"), ==, 1);
  g_assert_cmpint (kartu_test_query_int_bound (fixture->store,
                                               "SELECT count(*) FROM municipality WHERE name = ?",
                                               "Vilnius"), ==, 1);
}

static void
test_reference_unsupported (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (kartu_geo_load_reference (fixture->store, "EE", &error));
  g_assert_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_INVALID);
  g_assert_cmpint (kartu_test_count (fixture->store, "municipality"), ==, 0);
}

static void
test_countries (void)
{
  const char * const *codes = kartu_geo_list_countries ();
  const char *expected[] = { "LT", "LV", "AL", "BD" };
  const char *names[] = { "Lithuania", "Latvia", "Albania", "Bangladesh" };

  g_assert_cmpuint (g_strv_length ((GStrv)codes), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpstr (codes [i], ==, expected [i]);
      g_assert_cmpstr (kartu_geo_country_name (codes [i]), ==, names [i]);
    }

  g_assert_null (kartu_geo_country_name ("EE"));
  g_assert_null (kartu_geo_country_name (NULL));
  g_assert_null (kartu_geo_default_currency ("GB"));
  g_assert_false (kartu_geo_is_supported ("lt"));
}

static void
test_theme_labels (void)
{
  g_assert_cmpstr (kartu_theme_label ("local_decision_making"), ==, "Local decision-making");
  g_assert_cmpstr (kartu_theme_label ("youth"), ==, "Youth");
  g_assert_null (kartu_theme_label ("sports"));
  g_assert_null (kartu_theme_label (NULL));
}

static void
test_currency_codes (void)
{
  g_assert_true (kartu_programme_is_valid_currency ("EUR"));
  g_assert_true (kartu_programme_is_valid_currency ("BDT"));
  g_assert_false (kartu_programme_is_valid_currency ("Eur"));
  g_assert_false (kartu_programme_is_valid_currency (""));
  g_assert_false (kartu_programme_is_valid_currency ("EU"));
  g_assert_false (kartu_programme_is_valid_currency (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  kartu_test_add ("/programme/create", NULL, test_create);
  kartu_test_add ("/programme/load-missing", NULL, test_load_missing);
  kartu_test_add ("/programme/refuse-second", NULL, test_refuse_second);

  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *path = g_strdup_printf ("/programme/refuse/%s", refusals [i].name);

      kartu_test_add (path, &refusals [i], test_refusal);
    }

  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    {
      g_autofree char *path = g_strdup_printf ("/geo/reference/%s", references [i].country);

      kartu_test_add (path, &references [i], test_reference);
    }

  kartu_test_add ("/geo/reference-keeps-edits", NULL, test_reference_keeps_edits);
  kartu_test_add ("/geo/reference-unsupported", NULL, test_reference_unsupported);
  g_test_add_func ("/geo/countries", test_countries);
  g_test_add_func ("/programme/theme-labels", test_theme_labels);
  g_test_add_func ("/programme/currency-codes", test_currency_codes);

  return g_test_run ();
}
