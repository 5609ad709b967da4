/* test-demo.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <jansson.h>
#include <math.h>
#include <string.h>

#include "kartu-demo.h"
#include "kartu-programme.h"
#include "kartu-test-util.h"

typedef KartuTestFixture Fixture;

static void
on_changed (KartuStore *store,
            const char *table,
            GHashTable *tables)
{
  g_hash_table_add (tables, g_strdup (table));
}

static void
generate (KartuStore *store,
          guint32     seed)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kartu_demo_generate (store, seed, &error));
  g_assert_no_error (error);
}

static void
test_counts (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(GHashTable) changed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KartuProgramme) programme = NULL;
  const char *written[] = {
    "programme", "municipality", "theme", "organisation", "facilitator", "facilitator_language",
    "training", "activity", "assignment", "funding_round", "round_budget", "project",
    "project_theme", "project_member", "tranche", "badge", "award", "endorsement", "change_log",
  };

  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed), changed);
  generate (fixture->store, KARTU_DEMO_SEED);

  for (guint i = 0; i < G_N_ELEMENTS (written); i++)
    {
      g_assert_cmpint (kartu_test_count (fixture->store, written [i]), >, 0);
      if (!g_hash_table_contains (changed, written [i]))
        g_error ("“%s” was written but not announced", written [i]);
    }

  g_assert_cmpint (kartu_test_count (fixture->store, "programme"), ==, 1);
  g_assert_cmpint (kartu_test_count (fixture->store, "municipality"), ==, 60);
  g_assert_cmpint (kartu_test_count (fixture->store, "organisation"), >=, 8);
  g_assert_cmpint (kartu_test_count (fixture->store, "organisation"), <=, 14);
  g_assert_cmpint (kartu_test_count (fixture->store, "facilitator"), >=, 35);
  g_assert_cmpint (kartu_test_count (fixture->store, "facilitator"), <=, 45);
  g_assert_cmpint (kartu_test_count (fixture->store, "activity"), >=, 55);
  g_assert_cmpint (kartu_test_count (fixture->store, "activity"), <=, 65);
  g_assert_cmpint (kartu_test_count (fixture->store, "funding_round"), ==, 2);
  g_assert_cmpint (kartu_test_count (fixture->store, "project"), ==, 30);
  g_assert_cmpint (kartu_test_count (fixture->store, "badge"), ==, 14);
  g_assert_cmpint (kartu_test_count (fixture->store, "endorsement"), >=, 2);
  g_assert_cmpint (kartu_test_count (fixture->store, "change_log"), ==, 1);

  g_assert_cmpint (kartu_test_query_int (fixture->store,
                                         "SELECT count(*) FROM project p JOIN funding_round r ON "
                                         "r.id = p.round_id WHERE r.name = "
                                         "'2018 social action grants'"), ==, 15);
  g_assert_cmpint (kartu_test_query_int (fixture->store,
                                         "SELECT count(*) FROM project p JOIN funding_round r ON "
                                         "r.id = p.round_id WHERE r.name = "
                                         "'2019 social action grants'"), ==, 15);

  g_assert_true (kartu_store_check_integrity (fixture->store, &error));
  g_assert_no_error (error);

  programme = kartu_programme_load (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kartu_programme_get_name (programme), ==, "Active Citizens Lithuania 2017–2019");
  g_assert_cmpstr (kartu_programme_get_country (programme), ==, "LT");
  g_assert_cmpstr (kartu_programme_get_default_currency (programme), ==, "EUR");
  g_assert_cmpstr (kartu_programme_get_starts_on (programme), ==, "2017-01-01");
  g_assert_cmpstr (kartu_programme_get_ends_on (programme), ==, "2019-12-31");
  g_assert_true (g_str_has_suffix (kartu_programme_get_issuer_email (programme), ".example.org"));
  g_assert_true (g_str_has_prefix (kartu_programme_get_issuer_url (programme), "https://"));
}

static double
haversine_km (double lat1,
              double lon1,
              double lat2,
              double lon2)
{
  double rad = G_PI / 180;
  double dlat = (lat2 - lat1) * rad;
  double dlon = (lon2 - lon1) * rad;
  double a = sin (dlat / 2) * sin (dlat / 2) +
             cos (lat1 * rad) * cos (lat2 * rad) * sin (dlon / 2) * sin (dlon / 2);

  return 6371 * 2 * atan2 (sqrt (a), sqrt (1 - a));
}

static void
check_places (KartuStore *store,
              const char *sql)
{
  const char *demo_codes[] = { "LT-21", "LT-42", "LT-49", "LT-52", "LT-57", "LT-59" };
  g_autoptr(KartuStmt) stmt = kartu_store_prepare (store, sql, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_rows = 0;

  g_assert_nonnull (stmt);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *title = (const char *)sqlite3_column_text (stmt, 0);
      const char *code = (const char *)sqlite3_column_text (stmt, 5);
      double distance;

      g_assert_cmpint (sqlite3_column_type (stmt, 1), ==, SQLITE_FLOAT);
      g_assert_nonnull (code);
      g_assert_true (g_strv_contains (demo_codes, code));
      distance = haversine_km (sqlite3_column_double (stmt, 1), sqlite3_column_double (stmt, 2),
                               sqlite3_column_double (stmt, 3), sqlite3_column_double (stmt, 4));
      if (distance > 40)
        g_error ("“%s” is %.1f km from the centre of %s", title, distance, code);

      g_hash_table_add (seen, g_strdup (code));
      n_rows++;
    }

  g_assert_cmpuint (n_rows, >, 0);
  g_assert_cmpuint (g_hash_table_size (seen), ==, G_N_ELEMENTS (demo_codes));
}

static void
test_places (Fixture       *fixture,
             gconstpointer  user_data)
{
  generate (fixture->store, KARTU_DEMO_SEED);

  check_places (fixture->store,
                "SELECT a.title, a.latitude, a.longitude, m.latitude, m.longitude, m.code "
                "FROM activity a LEFT JOIN municipality m ON m.id = a.municipality_id");
  check_places (fixture->store,
                "SELECT p.title, p.latitude, p.longitude, m.latitude, m.longitude, m.code "
                "FROM project p LEFT JOIN municipality m ON m.id = p.municipality_id");
  check_places (fixture->store,
                "SELECT o.name, m.latitude, m.longitude, m.latitude, m.longitude, m.code "
                "FROM organisation o LEFT JOIN municipality m ON m.id = o.municipality_id");

  g_assert_cmpint (kartu_test_query_int (fixture->store,
                                         "SELECT count(*) FROM activity WHERE starts_on < "
                                         "'2017-01-01' OR ends_on > '2019-12-31'"), ==, 0);
}

static void
test_money (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(KartuStmt) stmt = NULL;

  generate (fixture->store, KARTU_DEMO_SEED);

  stmt = kartu_store_prepare (fixture->store,
                              "SELECT p.title, p.status, p.requested_minor, p.approved_minor, "
                              "p.currency, "
                              "(SELECT coalesce (sum (amount_minor), 0) FROM tranche t "
                              " WHERE t.project_id = p.id AND t.paid_on IS NOT NULL), "
                              "(SELECT coalesce (sum (amount_minor), 0) FROM tranche t "
                              " WHERE t.project_id = p.id), "
                              "(SELECT count(*) FROM tranche t WHERE t.project_id = p.id) "
                              "FROM project p",
                              NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *title = (const char *)sqlite3_column_text (stmt, 0);
      const char *status = (const char *)sqlite3_column_text (stmt, 1);
      gint64 requested = sqlite3_column_int64 (stmt, 2);
      gint64 paid = sqlite3_column_int64 (stmt, 5);
      gint64 planned = sqlite3_column_int64 (stmt, 6);
      gint64 n_tranches = sqlite3_column_int64 (stmt, 7);

      g_test_message ("%s: %s", title, status);
      g_assert_cmpstr ((const char *)sqlite3_column_text (stmt, 4), ==, "EUR");
      g_assert_cmpint (requested, >=, 30000);
      g_assert_cmpint (requested, <=, 250000);

      if (sqlite3_column_type (stmt, 3) == SQLITE_NULL)
        {
          g_assert_cmpint (n_tranches, ==, 0);
          continue;
        }

      g_assert_cmpint (sqlite3_column_int64 (stmt, 3), <=, requested);
      g_assert_cmpint (sqlite3_column_int64 (stmt, 3), >, 0);
      g_assert_cmpint (paid, <=, sqlite3_column_int64 (stmt, 3));
      g_assert_cmpint (planned, <=, sqlite3_column_int64 (stmt, 3));
      g_assert_cmpint (n_tranches, >=, 1);
      g_assert_cmpint (n_tranches, <=, 3);
      if (g_str_equal (status, "closed"))
        g_assert_cmpint (paid, ==, sqlite3_column_int64 (stmt, 3));
    }
  sqlite3_reset (stmt);

  /* The pipeline is spread out, and some money is late. */
  g_assert_cmpint (kartu_test_query_int (fixture->store,
                                         "SELECT count(*) FROM tranche WHERE paid_on IS NULL "
                                         "AND planned_on < '" KARTU_DEMO_TODAY "'"), >, 0);
  g_assert_cmpint (kartu_test_query_int (fixture->store,
                                         "SELECT count(*) FROM tranche WHERE paid_on > "
                                         "'" KARTU_DEMO_TODAY "'"), ==, 0);
  g_assert_cmpint (kartu_test_query_int (fixture->store,
                                         "SELECT count(*) FROM tranche WHERE paid_on IS NULL "
                                         "AND planned_on >= '" KARTU_DEMO_TODAY "'"), >, 0);
  g_assert_cmpint (kartu_test_query_int (fixture->store,
                                         "SELECT count(*) FROM project p JOIN funding_round r ON "
                                         "r.id = p.round_id WHERE r.name LIKE '2018%' AND p.status "
                                         "= 'closed'"), >=, 10);
  g_assert_cmpint (kartu_test_query_int (fixture->store,
                                         "SELECT count(DISTINCT status) FROM project p JOIN "
                                         "funding_round r ON r.id = p.round_id WHERE r.name LIKE "
                                         "'2019%'"), >=, 6);
  g_assert_cmpint (kartu_test_query_int (fixture->store,
                                         "SELECT count(*) FROM project WHERE lead_facilitator_id "
                                         "IS NULL AND lead_organisation_id IS NULL"), ==, 0);
  g_assert_cmpint (kartu_test_query_int (fixture->store,
                                         "SELECT count(*) FROM project p WHERE NOT EXISTS "
                                         "(SELECT 1 FROM project_theme t WHERE t.project_id = "
                                         "p.id)"), ==, 0);
  g_assert_cmpint (kartu_test_query_int (fixture->store,
                                         "SELECT sum (amount_minor) FROM round_budget"), >,
                   kartu_test_query_int (fixture->store,
                                         "SELECT sum (approved_minor) FROM project") / 2);
}

static void
test_people (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(GRegex) phone = g_regex_new ("^\\+370 6\\d\\d \\d{5}$", 0, 0, NULL);
  g_autoptr(GRegex) email = g_regex_new ("^[a-z.]+@example\\.(org|net|com)$", 0, 0, NULL);
  g_autoptr(KartuStmt) stmt = NULL;
  const char *languages[] = { "lt", "pl", "ru", "en" };
  const char *statuses[] = { "paused", "left", "in_training" };

  generate (fixture->store, KARTU_DEMO_SEED);

  stmt = kartu_store_prepare (fixture->store,
                              "SELECT full_name, email, phone, gender, consent_on, consent_purpose "
                              "FROM facilitator", NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *)sqlite3_column_text (stmt, 0);

      g_assert_true (g_utf8_validate (name, -1, NULL));
      g_assert_nonnull (strchr (name, ' '));
      if (!g_regex_match (email, (const char *)sqlite3_column_text (stmt, 1), 0, NULL))
        g_error ("%s has the email %s", name, sqlite3_column_text (stmt, 1));
      if (!g_regex_match (phone, (const char *)sqlite3_column_text (stmt, 2), 0, NULL))
        g_error ("%s has the phone %s", name, sqlite3_column_text (stmt, 2));
      g_assert_nonnull (sqlite3_column_text (stmt, 3));
      g_assert_nonnull (sqlite3_column_text (stmt, 4));
      g_assert_nonnull (sqlite3_column_text (stmt, 5));
    }
  sqlite3_reset (stmt);

  g_assert_cmpint (kartu_test_query_int (fixture->store,
                                         "SELECT count(*) FROM facilitator WHERE status = "
                                         "'active'"), >,
                   kartu_test_count (fixture->store, "facilitator") / 2);
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM facilitator "
                                              "WHERE status = '%s'",
                                              statuses [i]);

      g_assert_cmpint (kartu_test_query_int (fixture->store, sql), >, 0);
    }

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM facilitator_language "
                                              "WHERE language = '%s'", languages [i]);

      g_assert_cmpint (kartu_test_query_int (fixture->store, sql), >, 3);
    }

  /* Every toolkit module was trained, each completion tied to its workshop. */
  g_assert_cmpint (kartu_test_query_int (fixture->store,
                                         "SELECT count(DISTINCT module) FROM training WHERE module "
                                         "IN ('identity_culture', 'intercultural_dialogue', "
                                         "'local_global_community', "
                                         "'social_action_planning')"), ==, 4);
  g_assert_cmpint (kartu_test_query_int (fixture->store,
                                         "SELECT count(*) FROM training t LEFT JOIN activity a ON "
                                         "a.id = t.activity_id WHERE a.kind IS NOT "
                                         "'facilitator_training' OR t.completed_on != "
                                         "a.ends_on"), ==, 0);
  g_assert_cmpint (kartu_test_query_int (fixture->store,
                                         "SELECT count(*) FROM activity a WHERE kind != "
                                         "'facilitator_training' AND NOT EXISTS (SELECT 1 FROM "
                                         "assignment s WHERE s.activity_id = a.id)"), ==, 0);
  g_assert_cmpint (kartu_test_query_int (fixture->store,
                                         "SELECT count(DISTINCT kind) FROM activity"), ==, 6);
}

static const char *
design_text (json_t     *design,
             const char *key)
{
  const char *text = json_string_value (json_object_get (design, key));

  g_assert_nonnull (text);

  return text;
}

static void
test_badges (Fixture       *fixture,
             gconstpointer  user_data)
{
  const char *shapes[] = { "circle", "hexagon", "shield", "rosette", "rounded-square", NULL };
  g_autoptr(GRegex) colour = g_regex_new ("^#[0-9a-f]{6}$", 0, 0, NULL);
  g_autoptr(KartuStmt) stmt = NULL;
  guint n_key_competences = 0;

  generate (fixture->store, KARTU_DEMO_SEED);

  stmt = kartu_store_prepare (fixture->store,
                              "SELECT name, category, tags, alignment, design, template_key FROM "
                              "badge",
                              NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *)sqlite3_column_text (stmt, 0);
      const char *category = (const char *)sqlite3_column_text (stmt, 1);
      json_t *tags = json_loads ((const char *)sqlite3_column_text (stmt, 2), 0, NULL);
      json_t *alignment = json_loads ((const char *)sqlite3_column_text (stmt, 3), 0, NULL);
      json_t *design = json_loads ((const char *)sqlite3_column_text (stmt, 4), 0, NULL);
      json_t *stars;

      g_test_message ("%s", name);
      g_assert_true (json_is_array (tags) && json_array_size (tags) > 0);
      g_assert_true (json_is_array (alignment) && json_array_size (alignment) > 0);
      g_assert_true (json_is_object (design));
      g_assert_true (g_strv_contains (shapes, design_text (design, "shape")));
      g_assert_true (g_regex_match (colour, design_text (design, "fill"), 0, NULL));
      g_assert_true (g_regex_match (colour, design_text (design, "border"), 0, NULL));
      g_assert_true (g_str_has_suffix (design_text (design, "icon"), "-symbolic"));
      g_assert_true (json_is_string (json_object_get (design, "banner")));
      g_assert_true (json_is_boolean (json_object_get (design, "ribbon")));
      stars = json_object_get (design, "stars");
      g_assert_true (json_is_integer (stars));
      g_assert_cmpint (json_integer_value (stars), >=, 0);
      g_assert_cmpint (json_integer_value (stars), <=, 3);
      g_assert_nonnull (sqlite3_column_text (stmt, 5));

      for (gsize i = 0; i < json_array_size (alignment); i++)
        {
          json_t *entry = json_array_get (alignment, i);

          g_assert_nonnull (json_string_value (json_object_get (entry, "targetName")));
          g_assert_true (g_str_has_prefix (json_string_value (json_object_get (entry, "targetUrl")),
                                           "https://eur-lex.europa.eu/"));
        }

      if (g_str_equal (category, "competence"))
        n_key_competences++;
      else
        g_assert_true (g_str_equal (category, "module") || g_str_equal (category, "role"));

      json_decref (tags);
      json_decref (alignment);
      json_decref (design);
    }
  sqlite3_reset (stmt);

  g_assert_cmpuint (n_key_competences, ==, 8);
  g_assert_cmpint (kartu_test_query_int (fixture->store,
                                         "SELECT count(*) FROM badge WHERE category = "
                                         "'module'"), ==, 4);
  g_assert_cmpint (kartu_test_query_int (fixture->store,
                                         "SELECT count(*) FROM badge WHERE category = "
                                         "'role'"), ==, 2);
  g_assert_cmpint (kartu_test_query_int (fixture->store,
                                         "SELECT count(*) FROM award WHERE revoked_at IS NOT "
                                         "NULL"), ==, 1);
  g_assert_cmpint (kartu_test_query_int (fixture->store,
                                         "SELECT count(*) FROM award WHERE evidence_narrative IS "
                                         "NOT NULL"), >, 0);
  g_assert_cmpint (kartu_test_query_int (fixture->store,
                                         "SELECT count(*) FROM award WHERE issued_on > "
                                         "'" KARTU_DEMO_TODAY "'"), ==, 0);
  g_assert_cmpint (kartu_test_query_int (fixture->store,
                                         "SELECT count(*) FROM award a JOIN badge b ON b.id = "
                                         "a.badge_id WHERE b.template_key = "
                                         "'role-social-action-leader'"), >, 0);

  /* Each recipient hash is sha256 of the facilitator's email and the award's salt. */
  g_clear_pointer (&stmt, kartu_stmt_release);
  stmt = kartu_store_prepare (fixture->store,
                              "SELECT f.email, a.recipient_salt, a.recipient_hash FROM award a "
                              "JOIN facilitator f ON f.id = a.facilitator_id",
                              NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *salted = g_strconcat ((const char *)sqlite3_column_text (stmt, 0),
                                             (const char *)sqlite3_column_text (stmt, 1), NULL);
      g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, salted, -1);
      g_autofree char *hash = g_strconcat ("sha256$", digest, NULL);

      g_assert_cmpstr ((const char *)sqlite3_column_text (stmt, 2), ==, hash);
      g_assert_cmpint (strlen ((const char *)sqlite3_column_text (stmt, 1)), ==, 16);
    }
  sqlite3_reset (stmt);
}

static char *
fingerprint (KartuStore *store)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(KartuStmt) stmt = NULL;

  stmt = kartu_store_prepare (store,
                              "SELECT p.title, p.status, p.requested_minor, "
                              "coalesce (p.approved_minor, -1), p.starts_on, p.latitude, "
                              "(SELECT group_concat (amount_minor || '@' || planned_on || '@' || "
                              " coalesce (paid_on, ''), ';') FROM tranche t WHERE t.project_id = "
                              "p.id), "
                              "(SELECT full_name FROM facilitator f WHERE f.id = "
                              "p.lead_facilitator_id) "
                              "FROM project p ORDER BY p.id",
                              NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        g_string_append_printf (out, "%s|", sqlite3_column_text (stmt, i));
      g_string_append_c (out, '\n');
    }
  sqlite3_reset (stmt);

  g_clear_pointer (&stmt, kartu_stmt_release);
  stmt = kartu_store_prepare (store,
                              "SELECT a.title, a.latitude, a.participants_female, "
                              "(SELECT group_concat (facilitator_id || role, ',') FROM "
                              "assignment s "
                              " WHERE s.activity_id = a.id) FROM activity a ORDER BY a.id",
                              NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        g_string_append_printf (out, "%s|", sqlite3_column_text (stmt, i));
      g_string_append_c (out, '\n');
    }
  sqlite3_reset (stmt);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_deterministic (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(KartuStore) again = kartu_test_open_store (fixture->dir, "again.kartu");
  g_autoptr(KartuStore) other = kartu_test_open_store (fixture->dir, "other.kartu");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;

  generate (fixture->store, KARTU_DEMO_SEED);
  generate (again, KARTU_DEMO_SEED);
  generate (other, KARTU_DEMO_SEED + 1);

  first = fingerprint (fixture->store);
  second = fingerprint (again);
  third = fingerprint (other);

  g_assert_cmpuint (strlen (first), >, 1000);
  g_assert_cmpstr (first, ==, second);
  g_assert_cmpstr (first, !=, third);
}

static void
test_refuses_existing (Fixture       *fixture,
                       gconstpointer  user_data)
{
  const char *tables[] = {
    "programme", "municipality", "theme", "organisation", "facilitator", "activity",
    "project", "tranche", "badge", "award", "change_log",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(KartuProgramme) programme = NULL;
  gint64 before[G_N_ELEMENTS (tables)];

  programme = kartu_programme_create (fixture->store, "Active Citizens Bangladesh", "BD", "BDT",
                                      &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    before [i] = kartu_test_count (fixture->store, tables [i]);

  g_assert_false (kartu_demo_generate (fixture->store, KARTU_DEMO_SEED, &error));
  g_assert_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_EXISTS);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_assert_cmpint (kartu_test_count (fixture->store, tables [i]), ==, before [i]);

  g_clear_object (&programme);
  programme = kartu_programme_load (fixture->store, NULL);
  g_assert_cmpstr (kartu_programme_get_name (programme), ==, "Active Citizens Bangladesh");
}

/* A failure half way leaves nothing behind: the whole demo is one transaction. */
static void
test_rolls_back (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  /* Make the reference data lack a municipality the demo needs. */
  g_assert_true (kartu_store_exec (fixture->store,
                                   "CREATE TRIGGER no_visaginas BEFORE INSERT ON municipality "
                                   "WHEN NEW.code = 'LT-59' BEGIN SELECT RAISE (IGNORE); END;",
                                   &error));
  g_assert_no_error (error);

  g_assert_false (kartu_demo_generate (fixture->store, KARTU_DEMO_SEED, &error));
  g_assert_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "LT-59"));

  g_assert_cmpint (kartu_test_count (fixture->store, "programme"), ==, 0);
  g_assert_cmpint (kartu_test_count (fixture->store, "municipality"), ==, 0);
  g_assert_cmpint (kartu_test_count (fixture->store, "theme"), ==, 0);
  g_assert_cmpint (kartu_test_count (fixture->store, "change_log"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  kartu_test_add ("/demo/counts", NULL, test_counts);
  kartu_test_add ("/demo/places", NULL, test_places);
  kartu_test_add ("/demo/money", NULL, test_money);
  kartu_test_add ("/demo/people", NULL, test_people);
  kartu_test_add ("/demo/badges", NULL, test_badges);
  kartu_test_add ("/demo/deterministic", NULL, test_deterministic);
  kartu_test_add ("/demo/refuses-existing", NULL, test_refuses_existing);
  kartu_test_add ("/demo/rolls-back", NULL, test_rolls_back);

  return g_test_run ();
}
