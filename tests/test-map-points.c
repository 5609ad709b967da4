/* test-map-points.c — the activities and projects the map places
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kartu-cluster.h"
#include "kartu-map-points.h"
#include "kartu-test-util.h"

#define UUID "lower (hex (randomblob (18)))"

static const char places_sql[] =
  "INSERT INTO programme (id, uuid, name, country, default_currency) "
  "  VALUES (1, " UUID ", 'Active Citizens Lithuania', 'LT', 'EUR');"
  "INSERT INTO municipality (id, uuid, country, code, name) "
  "  VALUES (1, " UUID ", 'LT', '13', 'Vilnius');"
  "INSERT INTO activity (id, uuid, kind, title, starts_on, ends_on, municipality_id, "
  "                      latitude, longitude) VALUES "
  "  (7, " UUID ", 'meeting', 'Town hall', '2018-02-01', '2018-02-01', 1, 54.6872, 25.2797),"
  "  (3, " UUID ", 'community_workshop', 'Nowhere yet', '2018-02-01', '2018-02-01', 1, "
  "   NULL, NULL),"
  "  (5, " UUID ", 'community_workshop', 'Užupis', '2018-03-01', '2018-03-01', NULL, "
  "   54.6800, 25.2970);"
  "INSERT INTO project (id, uuid, title, municipality_id, status, currency, latitude, "
  "                     longitude) VALUES "
  "  (2, " UUID ", 'Clean river', 1, 'idea', 'EUR', 54.7000, 25.2500),"
  "  (1, " UUID ", 'No place', 1, 'idea', 'EUR', NULL, NULL);";

static void
test_load (KartuTestFixture *fixture,
           gconstpointer     user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) points = NULL;
  const KartuMapPoint *p;

  kartu_test_exec (fixture->store, places_sql);

  points = kartu_map_points_load (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (points);
  g_assert_cmpuint (points->len, ==, 3);

  /* Activities first, by id; then projects. */
  p = &g_array_index (points, KartuMapPoint, 0);
  g_assert_cmpint (p->id, ==, 5);
  g_assert_cmpint (p->kind, ==, KARTU_MAP_POINT_ACTIVITY);
  g_assert_cmpstr (p->title, ==, "Užupis");
  g_assert_cmpfloat (p->latitude, ==, 54.68);
  g_assert_cmpfloat (p->longitude, ==, 25.297);

  p = &g_array_index (points, KartuMapPoint, 1);
  g_assert_cmpint (p->id, ==, 7);
  g_assert_cmpint (p->kind, ==, KARTU_MAP_POINT_ACTIVITY);
  g_assert_cmpstr (p->title, ==, "Town hall");

  p = &g_array_index (points, KartuMapPoint, 2);
  g_assert_cmpint (p->id, ==, 2);
  g_assert_cmpint (p->kind, ==, KARTU_MAP_POINT_PROJECT);
  g_assert_cmpstr (p->title, ==, "Clean river");
  g_assert_cmpfloat (p->latitude, ==, 54.7);
  g_assert_cmpfloat (p->longitude, ==, 25.25);
}

static void
test_load_empty (KartuTestFixture *fixture,
                 gconstpointer     user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) points = kartu_map_points_load (fixture->store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (points);
  g_assert_cmpuint (points->len, ==, 0);
}

/* 15,000 activities and 5,000 projects spread over Lithuania, all placed. */
static const char many_sql[] =
  "INSERT INTO programme (id, uuid, name, country, default_currency) "
  "  VALUES (1, " UUID ", 'Active Citizens Lithuania', 'LT', 'EUR');"
  "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 15000) "
  "INSERT INTO activity (uuid, kind, title, starts_on, ends_on, latitude, longitude) "
  "  SELECT " UUID ", 'community_workshop', 'Community workshop number ' || i, "
  "         '2018-02-01', '2018-02-01', 54.0 + (i % 241) / 100.0, 21.0 + (i % 587) / 100.0 "
  "  FROM n;"
  "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
  "INSERT INTO project (uuid, title, status, currency, latitude, longitude) "
  "  SELECT " UUID ", 'Social action project ' || i, 'idea', 'EUR', "
  "         54.0 + (i % 239) / 100.0, 21.0 + (i % 583) / 100.0 "
  "  FROM n;";

static void
test_load_many (KartuTestFixture *fixture,
                gconstpointer     user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) points = NULL;
  g_autoptr(KartuClusterIndex) index = NULL;
  gint64 start, loaded, indexed;
  guint n_projects = 0;

  kartu_test_exec (fixture->store, many_sql);

  start = g_get_monotonic_time ();
  points = kartu_map_points_load (fixture->store, &error);
  loaded = g_get_monotonic_time () - start;
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  index = kartu_cluster_index_new ((KartuMapPoint *)points->data, points->len);
  kartu_cluster_index_get_n_clusters (index, 7);
  indexed = g_get_monotonic_time () - start;

  g_test_message ("20000 placed rows: loaded in %.2f ms, indexed and clustered at zoom 7 "
                  "in %.2f ms", loaded / 1000.0, indexed / 1000.0);

  g_assert_cmpuint (points->len, ==, 20000);
  for (guint i = 0; i < points->len; i++)
    {
      const KartuMapPoint *p = &g_array_index (points, KartuMapPoint, i);

      g_assert_nonnull (p->title);
      if (p->kind == KARTU_MAP_POINT_PROJECT)
        n_projects++;
    }
  g_assert_cmpuint (n_projects, ==, 5000);
  g_assert_cmpuint (g_array_index (points, KartuMapPoint, 14999).kind, ==, KARTU_MAP_POINT_ACTIVITY);
  g_assert_cmpuint (g_array_index (points, KartuMapPoint, 15000).kind, ==, KARTU_MAP_POINT_PROJECT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  kartu_test_add ("/map-points/load", NULL, test_load);
  kartu_test_add ("/map-points/load-empty", NULL, test_load_empty);
  kartu_test_add ("/map-points/load-many", NULL, test_load_many);

  return g_test_run ();
}
