/* test-cluster.c — activities and projects grouped per zoom level
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "kartu-cluster.h"
#include "kartu-mercator.h"

/* Lithuania, roughly. */
#define LT_MIN_LAT 53.9
#define LT_MAX_LAT 56.45
#define LT_MIN_LON 20.9
#define LT_MAX_LON 26.85

static GArray *
random_points (guint32 seed,
               guint   n,
               double  min_lat,
               double  min_lon,
               double  max_lat,
               double  max_lon)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GArray *points = g_array_sized_new (FALSE, FALSE, sizeof (KartuMapPoint), n);

  g_array_set_clear_func (points, (GDestroyNotify)kartu_map_point_clear);

  for (guint i = 0; i < n; i++)
    {
      KartuMapPoint point = {
        .id = i + 1,
        .latitude = g_rand_double_range (rand, min_lat, max_lat),
        .longitude = g_rand_double_range (rand, min_lon, max_lon),
        .title = g_strdup_printf ("Point %u", i + 1),
        .kind = g_rand_int_range (rand, 0, 3) == 0 ? KARTU_MAP_POINT_PROJECT
                                                   : KARTU_MAP_POINT_ACTIVITY,
      };

      g_array_append_val (points, point);
    }

  return points;
}

static GArray *
query_world (KartuClusterIndex *index,
             guint              zoom)
{
  return kartu_cluster_index_query (index, zoom, -90, -180, 90, 180);
}

static void
assert_counts_add_up (GArray *clusters,
                      guint   n_points,
                      guint   n_projects)
{
  guint total = 0, projects = 0;

  for (guint c = 0; c < clusters->len; c++)
    {
      const KartuCluster *cluster = &g_array_index (clusters, KartuCluster, c);

      g_assert_cmpuint (cluster->count, >, 0);
      g_assert_cmpuint (cluster->n_activities + cluster->n_projects, ==, cluster->count);
      total += cluster->count;
      projects += cluster->n_projects;
    }

  g_assert_cmpuint (total, ==, n_points);
  g_assert_cmpuint (projects, ==, n_projects);
}

static guint
count_projects (GArray *points)
{
  guint n = 0;

  for (guint i = 0; i < points->len; i++)
    if (g_array_index (points, KartuMapPoint, i).kind == KARTU_MAP_POINT_PROJECT)
      n++;

  return n;
}

static void
test_empty (void)
{
  g_autoptr(KartuClusterIndex) index = kartu_cluster_index_new (NULL, 0);
  g_autoptr(GArray) clusters = query_world (index, 3);

  g_assert_cmpuint (kartu_cluster_index_get_n_points (index), ==, 0);
  g_assert_cmpuint (clusters->len, ==, 0);
  g_assert_cmpuint (kartu_cluster_index_get_n_clusters (index, 0), ==, 0);
  g_assert_cmpuint (kartu_cluster_index_get_n_clusters (index, 40), ==, 0);
}

/* Every zoom level has every point once; a cell's points stay in one cell when zooming
 * out (cells nest), so the number of clusters never grows towards zoom 0. */
static void
test_counts_across_zooms (void)
{
  g_autoptr(GArray) points = random_points (7, 3000, LT_MIN_LAT, LT_MIN_LON,
                                            LT_MAX_LAT, LT_MAX_LON);
  g_autoptr(KartuClusterIndex) index = kartu_cluster_index_new ((KartuMapPoint *)points->data,
                                                                points->len);
  guint n_projects = count_projects (points);
  guint previous = 0;

  g_assert_cmpuint (n_projects, >, 0);
  g_assert_cmpuint (n_projects, <, points->len);

  for (guint zoom = 0; zoom <= KARTU_CLUSTER_MAX_ZOOM; zoom++)
    {
      g_autoptr(GArray) clusters = query_world (index, zoom);

      assert_counts_add_up (clusters, points->len, n_projects);
      g_assert_cmpuint (clusters->len, ==, kartu_cluster_index_get_n_clusters (index, zoom));
      g_assert_cmpuint (clusters->len, >=, previous);
      previous = clusters->len;
    }

  /* Lithuania spans at most two cells of the whole world at zoom 0, and at zoom 20 no two
   * random points share a 48-pixel cell (≈ 7 m). */
  g_assert_cmpuint (kartu_cluster_index_get_n_clusters (index, 0), <=, 2);
  g_assert_cmpuint (kartu_cluster_index_get_n_clusters (index, KARTU_CLUSTER_MAX_ZOOM), ==,
                    points->len);
  /* Beyond the last level is the last level. */
  g_assert_cmpuint (kartu_cluster_index_get_n_clusters (index, 30), ==, points->len);
}

static const KartuCluster *
find_cluster_with (GArray *clusters,
                   gint64  first_id)
{
  for (guint c = 0; c < clusters->len; c++)
    if (g_array_index (clusters, KartuCluster, c).first_id == first_id)
      return &g_array_index (clusters, KartuCluster, c);

  return NULL;
}

/* Two points 10 pixels apart at zoom 5, either side of a cell's middle: one cluster up to
 * zoom 5, two from zoom 6 on, where that middle becomes a cell border. */
static void
test_merge_and_split (void)
{
  double cx = 48 * 100 + 24, cy = 48 * 60 + 24;   /* a cell's centre at zoom 5 */
  KartuMapPoint points [3] = {
    { .id = 11, .kind = KARTU_MAP_POINT_PROJECT, .title = (char *)"North-west" },
    { .id = 12, .kind = KARTU_MAP_POINT_ACTIVITY, .title = (char *)"South-east" },
    { .id = 13, .kind = KARTU_MAP_POINT_ACTIVITY },
  };
  g_autoptr(KartuClusterIndex) index = NULL;

  kartu_mercator_unproject (cx - 5, cy - 5, 5, 256, &points [0].latitude, &points [0].longitude);
  kartu_mercator_unproject (cx + 5, cy + 5, 5, 256, &points [1].latitude, &points [1].longitude);
  /* Far away, even at zoom 0: Sydney. */
  points [2].latitude = -33.8688;
  points [2].longitude = 151.2093;

  index = kartu_cluster_index_new (points, G_N_ELEMENTS (points));

  for (guint zoom = 0; zoom <= KARTU_CLUSTER_MAX_ZOOM; zoom++)
    {
      g_autoptr(GArray) clusters = query_world (index, zoom);
      const KartuCluster *pair = find_cluster_with (clusters, 11);

      g_assert_nonnull (pair);
      if (zoom <= 5)
        {
          g_assert_cmpuint (clusters->len, ==, 2);
          g_assert_cmpuint (pair->count, ==, 2);
          g_assert_cmpuint (pair->n_projects, ==, 1);
          g_assert_cmpuint (pair->kind_of_first, ==, KARTU_MAP_POINT_PROJECT);
          g_assert_cmpuint (pair->first_index, ==, 0);
          g_assert_cmpfloat_with_epsilon (pair->latitude,
                                          (points [0].latitude + points [1].latitude) / 2,
                                          1e-12);
          g_assert_cmpfloat_with_epsilon (pair->longitude,
                                          (points [0].longitude + points [1].longitude) / 2,
                                          1e-12);
          g_assert_cmpuint (kartu_cluster_index_get_expansion_zoom (index, zoom, pair), ==, 6);
        }
      else
        {
          const KartuCluster *other = find_cluster_with (clusters, 12);

          g_assert_cmpuint (clusters->len, ==, 3);
          g_assert_cmpuint (pair->count, ==, 1);
          g_assert_cmpfloat (pair->latitude, ==, points [0].latitude);
          g_assert_nonnull (other);
          g_assert_cmpuint (other->count, ==, 1);
          g_assert_cmpuint (other->kind_of_first, ==, KARTU_MAP_POINT_ACTIVITY);
          g_assert_cmpuint (other->first_index, ==, 1);
        }
    }

  /* The titles are the index's own copies. */
  g_assert_cmpstr (kartu_cluster_index_get_point (index, 0)->title, ==, "North-west");
  g_assert_true (kartu_cluster_index_get_point (index, 0)->title != points [0].title);
  g_assert_null (kartu_cluster_index_get_point (index, 2)->title);
}

static void
test_same_place (void)
{
  KartuMapPoint points [4];
  g_autoptr(KartuClusterIndex) index = NULL;
  g_autoptr(GArray) clusters = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    points [i] = (KartuMapPoint) { .id = 100 + i, .latitude = 55.7033, .longitude = 21.1443 };

  index = kartu_cluster_index_new (points, G_N_ELEMENTS (points));
  clusters = query_world (index, KARTU_CLUSTER_MAX_ZOOM);

  g_assert_cmpuint (clusters->len, ==, 1);
  g_assert_cmpuint (g_array_index (clusters, KartuCluster, 0).count, ==, 4);
  g_assert_cmpuint (g_array_index (clusters, KartuCluster, 0).first_id, ==, 100);
  g_assert_cmpuint (kartu_cluster_index_get_expansion_zoom (index, 8,
                                                            &g_array_index (clusters, KartuCluster, 0)),
                    ==, G_MAXUINT);
}

static int
compare_first_index (gconstpointer a,
                     gconstpointer b)
{
  const KartuCluster *ca = a, *cb = b;

  return (ca->first_index > cb->first_index) - (ca->first_index < cb->first_index);
}

static gboolean
inside (const KartuCluster *cluster,
        double              min_lat,
        double              min_lon,
        double              max_lat,
        double              max_lon)
{
  gboolean in_lon = min_lon <= max_lon
                    ? cluster->longitude >= min_lon && cluster->longitude <= max_lon
                    : cluster->longitude >= min_lon || cluster->longitude <= max_lon;

  return in_lon && cluster->latitude >= min_lat && cluster->latitude <= max_lat;
}

static void
assert_same_clusters (GArray *a,
                      GArray *b)
{
  g_array_sort (a, compare_first_index);
  g_array_sort (b, compare_first_index);

  g_assert_cmpuint (a->len, ==, b->len);
  for (guint c = 0; c < a->len; c++)
    {
      g_assert_cmpuint (g_array_index (a, KartuCluster, c).first_index, ==,
                        g_array_index (b, KartuCluster, c).first_index);
      g_assert_cmpuint (g_array_index (a, KartuCluster, c).count, ==,
                        g_array_index (b, KartuCluster, c).count);
    }
}

static void
test_viewport (void)
{
  static const KartuMapPoint places [] = {
    { 1, 54.6872, 25.2797, (char *)"Vilnius", KARTU_MAP_POINT_ACTIVITY },
    { 2, 54.8985, 23.9036, (char *)"Kaunas", KARTU_MAP_POINT_PROJECT },
    { 3, 55.7033, 21.1443, (char *)"Klaipėda", KARTU_MAP_POINT_ACTIVITY },
    { 4, 41.3275, 19.8187, (char *)"Tirana", KARTU_MAP_POINT_ACTIVITY },
    { 5, -17.7134, 178.0650, (char *)"Suva", KARTU_MAP_POINT_PROJECT },
    { 6, -13.8333, -171.7500, (char *)"Apia", KARTU_MAP_POINT_ACTIVITY },
  };
  g_autoptr(KartuClusterIndex) index = kartu_cluster_index_new (places, G_N_ELEMENTS (places));
  g_autoptr(GArray) lithuania = NULL;
  g_autoptr(GArray) pacific = NULL;
  g_autoptr(GArray) none = NULL;
  g_autoptr(GArray) eastern_lt = NULL;

  lithuania = kartu_cluster_index_query (index, 10, LT_MIN_LAT, LT_MIN_LON, LT_MAX_LAT, LT_MAX_LON);
  g_array_sort (lithuania, compare_first_index);
  g_assert_cmpuint (lithuania->len, ==, 3);
  g_assert_cmpint (g_array_index (lithuania, KartuCluster, 0).first_id, ==, 1);
  g_assert_cmpint (g_array_index (lithuania, KartuCluster, 1).first_id, ==, 2);
  g_assert_cmpint (g_array_index (lithuania, KartuCluster, 2).first_id, ==, 3);

  eastern_lt = kartu_cluster_index_query (index, 10, 54.0, 24.5, 55.0, 26.0);
  g_assert_cmpuint (eastern_lt->len, ==, 1);
  g_assert_cmpint (g_array_index (eastern_lt, KartuCluster, 0).first_id, ==, 1);

  /* Across the antimeridian: west bound greater than the east one. */
  pacific = kartu_cluster_index_query (index, 6, -30, 170, 0, -165);
  g_array_sort (pacific, compare_first_index);
  g_assert_cmpuint (pacific->len, ==, 2);
  g_assert_cmpint (g_array_index (pacific, KartuCluster, 0).first_id, ==, 5);
  g_assert_cmpint (g_array_index (pacific, KartuCluster, 1).first_id, ==, 6);

  /* South above north: nothing. */
  none = kartu_cluster_index_query (index, 6, 60, 20, 50, 30);
  g_assert_cmpuint (none->len, ==, 0);
}

/* Small and large bounds, at every zoom: the grid walk and the scan must both give what
 * filtering the whole world gives. */
static void
test_viewport_random (void)
{
  g_autoptr(GArray) points = random_points (11, 2000, 35, -20, 70, 45);
  g_autoptr(KartuClusterIndex) index = kartu_cluster_index_new ((KartuMapPoint *)points->data,
                                                                points->len);
  g_autoptr(GRand) rand = g_rand_new_with_seed (12);

  for (guint round = 0; round < 400; round++)
    {
      guint zoom = g_rand_int_range (rand, 0, KARTU_CLUSTER_MAX_ZOOM + 1);
      double span = g_rand_double_range (rand, 0.01, 40);
      double min_lat = g_rand_double_range (rand, 30, 70);
      double min_lon = g_rand_double_range (rand, -25, 45);
      double max_lat = MIN (min_lat + span / 2, 85);
      double max_lon = min_lon + span;
      g_autoptr(GArray) world = query_world (index, zoom);
      g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (KartuCluster));
      g_autoptr(GArray) got = NULL;

      for (guint c = 0; c < world->len; c++)
        if (inside (&g_array_index (world, KartuCluster, c), min_lat, min_lon, max_lat, max_lon))
          g_array_append_val (expected, g_array_index (world, KartuCluster, c));

      got = kartu_cluster_index_query (index, zoom, min_lat, min_lon, max_lat, max_lon);
      assert_same_clusters (got, expected);
    }
}

static void
test_large (void)
{
  g_autoptr(GArray) points = random_points (20240601, 20000, LT_MIN_LAT, LT_MIN_LON,
                                            LT_MAX_LAT, LT_MAX_LON);
  g_autoptr(KartuClusterIndex) index = NULL;
  guint n_projects = count_projects (points);
  gint64 start, built, per_level [KARTU_CLUSTER_MAX_ZOOM + 1];
  gint64 query_start, query_time;
  guint n_in_view = 0;

  start = g_get_monotonic_time ();
  index = kartu_cluster_index_new ((KartuMapPoint *)points->data, points->len);
  built = g_get_monotonic_time () - start;

  for (guint zoom = 0; zoom <= KARTU_CLUSTER_MAX_ZOOM; zoom++)
    {
      start = g_get_monotonic_time ();
      kartu_cluster_index_get_n_clusters (index, zoom);
      per_level [zoom] = g_get_monotonic_time () - start;
    }

  /* About an 800 × 600 window over Vilnius at zoom 12, a hundred times. */
  query_start = g_get_monotonic_time ();
  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(GArray) clusters = kartu_cluster_index_query (index, 12, 54.62, 25.14, 54.75, 25.42);

      n_in_view = clusters->len;
    }
  query_time = (g_get_monotonic_time () - query_start) / 100;

  g_test_message ("20000 points: index %.2f ms; level 0 %.2f ms, level 7 %.2f ms, "
                  "level 12 %.2f ms, level 20 %.2f ms; zoom 12 viewport (%u clusters) %.3f ms",
                  built / 1000.0, per_level [0] / 1000.0, per_level [7] / 1000.0,
                  per_level [12] / 1000.0, per_level [20] / 1000.0, n_in_view,
                  query_time / 1000.0);

  g_assert_cmpuint (n_in_view, >, 0);
  for (guint zoom = 0; zoom <= KARTU_CLUSTER_MAX_ZOOM; zoom += 4)
    {
      g_autoptr(GArray) clusters = query_world (index, zoom);

      assert_counts_add_up (clusters, points->len, n_projects);
    }
  g_assert_cmpuint (kartu_cluster_index_get_n_clusters (index, 6), <,
                    kartu_cluster_index_get_n_clusters (index, 12));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cluster/empty", test_empty);
  g_test_add_func ("/cluster/counts-across-zooms", test_counts_across_zooms);
  g_test_add_func ("/cluster/merge-and-split", test_merge_and_split);
  g_test_add_func ("/cluster/same-place", test_same_place);
  g_test_add_func ("/cluster/viewport", test_viewport);
  g_test_add_func ("/cluster/viewport-random", test_viewport_random);
  g_test_add_func ("/cluster/large", test_large);

  return g_test_run ();
}
