/* test-map-layers.c — the dashboard map's bubbles and points, in a real window under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <shumate/shumate.h>
#include <string.h>

#include "kartu-bubble-layer.h"
#include "kartu-map-metric.h"
#include "kartu-municipality-summary-list.h"
#include "kartu-points-layer.h"
#include "kartu-test-util.h"

#define UUID "lower (hex (randomblob (18)))"

/* Web-Mercator maths for the viewport, and no tiles: nothing is ever downloaded. */
#define TEST_TYPE_SOURCE (test_source_get_type ())
G_DECLARE_FINAL_TYPE (TestSource, test_source, TEST, SOURCE, ShumateMapSource)

struct _TestSource
{
  ShumateMapSource parent_instance;
};

G_DEFINE_FINAL_TYPE (TestSource, test_source, SHUMATE_TYPE_MAP_SOURCE)

static void
test_source_fill_tile_async (ShumateMapSource    *source,
                             ShumateTile         *tile,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_task_report_new_error (source, callback, user_data, test_source_fill_tile_async,
                           G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "No tiles in tests");
}

static void
test_source_class_init (TestSourceClass *klass)
{
  SHUMATE_MAP_SOURCE_CLASS (klass)->fill_tile_async = test_source_fill_tile_async;
}

static void
test_source_init (TestSource *self)
{
}

/* Vilnius: 3 projects (two approved), 1 activity; Kaunas: 1 project, 4 activities;
 * Klaipėda: nothing yet; Utena: no centroid. */
static const char programme_sql[] =
  "INSERT INTO programme (id, uuid, name, country, default_currency) "
  "  VALUES (1, " UUID ", 'Active Citizens Lithuania', 'LT', 'EUR');"
  "INSERT INTO municipality (id, uuid, country, code, name, latitude, longitude) VALUES "
  "  (1, " UUID ", 'LT', '13', 'Vilnius', 54.6872, 25.2797),"
  "  (2, " UUID ", 'LT', '19', 'Kaunas', 54.8985, 23.9036),"
  "  (3, " UUID ", 'LT', '21', 'Klaipėda', 55.7033, 21.1443),"
  "  (4, " UUID ", 'LT', '43', 'Utena', NULL, NULL);"
  "INSERT INTO project (uuid, title, municipality_id, status, currency, approved_minor) VALUES "
  "  (" UUID ", 'P1', 1, 'approved', 'EUR', 300000),"
  "  (" UUID ", 'P2', 1, 'closed', 'EUR', 100000),"
  "  (" UUID ", 'P3', 1, 'idea', 'EUR', NULL),"
  "  (" UUID ", 'P4', 2, 'submitted', 'EUR', NULL);"
  "INSERT INTO activity (uuid, kind, title, starts_on, ends_on, municipality_id) VALUES "
  "  (" UUID ", 'meeting', 'A1', '2018-01-10', '2018-01-10', 1),"
  "  (" UUID ", 'meeting', 'A2', '2018-01-10', '2018-01-10', 2),"
  "  (" UUID ", 'meeting', 'A3', '2018-01-11', '2018-01-11', 2),"
  "  (" UUID ", 'meeting', 'A4', '2018-01-12', '2018-01-12', 2),"
  "  (" UUID ", 'meeting', 'A5', '2018-01-13', '2018-01-13', 2);";

typedef struct
{
  char                         *dir;
  KartuStore                   *store;
  KartuMunicipalitySummaryList *summaries;
  GtkWindow                    *window;
  ShumateMap                   *map;
  ShumateViewport              *viewport;
  KartuBubbleLayer             *bubbles;
  KartuPointsLayer             *points;
} Fixture;

static void
pump (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the layer is laid out at the window's size. */
static void
wait_for_size (GtkWidget *widget,
               int        width,
               int        height)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (10, timeout_cb, &timed_out);

  while (!timed_out && (gtk_widget_get_width (widget) != width ||
                        gtk_widget_get_height (widget) != height))
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (timed_out);
  g_source_remove (id);
  pump ();
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(ShumateMapSource) source = NULL;

  fixture->dir = kartu_test_make_tmpdir ("test-map-layers");
  fixture->store = kartu_test_open_store (fixture->dir, "programme.kartu");
  kartu_test_exec (fixture->store, programme_sql);
  fixture->summaries = kartu_municipality_summary_list_new (fixture->store);
  kartu_record_list_set_today (KARTU_RECORD_LIST (fixture->summaries), "2018-06-01");

  source = g_object_new (TEST_TYPE_SOURCE,
                         "id", "test", "name", "Test", "tile-size", 256,
                         "min-zoom-level", 0, "max-zoom-level", 19,
                         NULL);
  fixture->map = shumate_map_new ();
  fixture->viewport = shumate_map_get_viewport (fixture->map);
  shumate_viewport_set_reference_map_source (fixture->viewport, source);
  shumate_viewport_set_max_zoom_level (fixture->viewport, 19);
  shumate_viewport_set_zoom_level (fixture->viewport, 7);
  shumate_location_set_location (SHUMATE_LOCATION (fixture->viewport), 55.2, 23.9);

  fixture->bubbles = kartu_bubble_layer_new (fixture->viewport);
  kartu_bubble_layer_set_model (fixture->bubbles, G_LIST_MODEL (fixture->summaries));
  shumate_map_add_layer (fixture->map, SHUMATE_LAYER (fixture->bubbles));
  fixture->points = kartu_points_layer_new (fixture->map);
  shumate_map_add_layer (fixture->map, SHUMATE_LAYER (fixture->points));

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_decorated (fixture->window, FALSE);
  gtk_window_set_default_size (fixture->window, 800, 600);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->map));
  gtk_window_present (fixture->window);

  wait_for_size (GTK_WIDGET (fixture->bubbles), 800, 600);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_object_add_weak_pointer (G_OBJECT (fixture->bubbles), (gpointer *)&fixture->bubbles);
  g_object_add_weak_pointer (G_OBJECT (fixture->points), (gpointer *)&fixture->points);

  gtk_window_destroy (fixture->window);
  pump ();

  g_assert_null (fixture->bubbles);
  g_assert_null (fixture->points);
  g_assert_finalize_object (fixture->summaries);
  kartu_test_close_store (fixture->store, fixture->dir);
}

static guint
position_of (Fixture    *fixture,
             const char *name)
{
  GListModel *model = G_LIST_MODEL (fixture->summaries);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KartuMunicipalitySummary) summary = g_list_model_get_item (model, i);

      if (g_str_equal (kartu_municipality_summary_get_name (summary), name))
        return i;
    }

  g_assert_not_reached ();
}

static double
radius_of (Fixture    *fixture,
           const char *name)
{
  return kartu_bubble_layer_get_radius (fixture->bubbles, position_of (fixture, name));
}

static void
centre_of (Fixture *fixture,
           double   latitude,
           double   longitude,
           double  *x,
           double  *y)
{
  shumate_viewport_location_to_widget_coords (fixture->viewport, GTK_WIDGET (fixture->bubbles),
                                              latitude, longitude, x, y);
}

static void
count_cb (guint *counter)
{
  (*counter)++;
}

static void
test_bubbles_metric (Fixture       *fixture,
                     gconstpointer  user_data)
{
  /* The radius grows with the square root of the figure, from 6 to 28 pixels. */
  const double biggest = 28, smallest = 6, nothing = 4.5;
  guint notified = 0;

  g_signal_connect_swapped (fixture->bubbles, "notify::metric", G_CALLBACK (count_cb), &notified);

  g_assert_cmpint (kartu_bubble_layer_get_metric (fixture->bubbles), ==, KARTU_MAP_METRIC_PROJECTS);
  g_assert_cmpfloat_with_epsilon (radius_of (fixture, "Vilnius"), biggest, 1e-9);
  g_assert_cmpfloat_with_epsilon (radius_of (fixture, "Kaunas"),
                                  smallest + (biggest - smallest) * sqrt (1.0 / 3), 1e-9);
  g_assert_cmpfloat_with_epsilon (radius_of (fixture, "Klaipėda"), nothing, 1e-9);
  g_assert_cmpfloat (radius_of (fixture, "Utena"), ==, 0);

  kartu_bubble_layer_set_metric (fixture->bubbles, KARTU_MAP_METRIC_ACTIVITIES);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpfloat_with_epsilon (radius_of (fixture, "Kaunas"), biggest, 1e-9);
  g_assert_cmpfloat_with_epsilon (radius_of (fixture, "Vilnius"),
                                  smallest + (biggest - smallest) * sqrt (1.0 / 4), 1e-9);
  g_assert_cmpfloat (radius_of (fixture, "Vilnius"), <, radius_of (fixture, "Kaunas"));
  g_assert_cmpfloat_with_epsilon (radius_of (fixture, "Klaipėda"), nothing, 1e-9);

  kartu_bubble_layer_set_metric (fixture->bubbles, KARTU_MAP_METRIC_ACTIVITIES);
  g_assert_cmpuint (notified, ==, 1);

  /* Only Vilnius has grants approved: Kaunas has nothing to show for this figure. */
  g_object_set (fixture->bubbles, "metric", KARTU_MAP_METRIC_APPROVED, NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpfloat_with_epsilon (radius_of (fixture, "Vilnius"), biggest, 1e-9);
  g_assert_cmpfloat_with_epsilon (radius_of (fixture, "Kaunas"), nothing, 1e-9);

  /* The model changing resizes the circles: Klaipėda gets two projects, the most. */
  kartu_bubble_layer_set_metric (fixture->bubbles, KARTU_MAP_METRIC_PROJECTS);
  kartu_test_write (fixture->store,
                    "INSERT INTO project (uuid, title, municipality_id, status, currency) VALUES "
                    "  (" UUID ", 'P5', 3, 'idea', 'EUR'), (" UUID ", 'P6', 3, 'idea', 'EUR'),"
                    "  (" UUID ", 'P7', 3, 'idea', 'EUR'), (" UUID ", 'P8', 3, 'idea', 'EUR')",
                    "project", NULL);
  g_assert_cmpfloat_with_epsilon (radius_of (fixture, "Klaipėda"), biggest, 1e-9);
  g_assert_cmpfloat_with_epsilon (radius_of (fixture, "Vilnius"),
                                  smallest + (biggest - smallest) * sqrt (3.0 / 4), 1e-9);

  g_assert_cmpstr (kartu_map_metric_label (KARTU_MAP_METRIC_APPROVED), ==, "Grants approved");
  g_assert_cmpstr (kartu_map_metric_label (KARTU_MAP_METRIC_PARTICIPANTS), ==,
                   "Participants reached");
}

static GtkGesture *
click_gesture (gpointer layer)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (layer));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        return GTK_GESTURE (controller);
    }

  g_assert_not_reached ();
}

/* The handlers of a press and a release, as the gesture calls them. */
static void
click (gpointer layer,
       double   press_x,
       double   press_y,
       double   release_x,
       double   release_y)
{
  GtkGesture *gesture = click_gesture (layer);

  g_signal_emit_by_name (gesture, "pressed", 1, press_x, press_y);
  g_signal_emit_by_name (gesture, "released", 1, release_x, release_y);
}

static void
on_municipality_activated_cb (KartuBubbleLayer *layer,
                              gint64            id,
                              GArray           *ids)
{
  g_array_append_val (ids, id);
}

static void
test_bubbles_hit (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkWidget *map = GTK_WIDGET (fixture->map);
  double x, y, kx, ky, qx, qy;

  g_signal_connect (fixture->bubbles, "municipality-activated",
                    G_CALLBACK (on_municipality_activated_cb), ids);

  centre_of (fixture, 54.6872, 25.2797, &x, &y);
  g_assert_cmpfloat (x, >, 0);
  g_assert_cmpfloat (x, <, 800);
  g_assert_cmpint (kartu_bubble_layer_hit_test (fixture->bubbles, x, y), ==, 1);
  g_assert_cmpint (kartu_bubble_layer_hit_test (fixture->bubbles, x + 20, y - 15), ==, 1);
  g_assert_cmpint (kartu_bubble_layer_hit_test (fixture->bubbles, x + 30, y), ==, -1);
  g_assert_cmpint (kartu_bubble_layer_hit_test (fixture->bubbles, 5, 5), ==, -1);

  /* Klaipėda has nothing yet: a small ring, still a target. */
  centre_of (fixture, 55.7033, 21.1443, &kx, &ky);
  g_assert_cmpint (kartu_bubble_layer_hit_test (fixture->bubbles, kx, ky), ==, 3);
  g_assert_cmpint (kartu_bubble_layer_hit_test (fixture->bubbles, kx + 6, ky), ==, 3);
  g_assert_cmpint (kartu_bubble_layer_hit_test (fixture->bubbles, kx + 12, ky), ==, -1);

  /* Pointer events go to the layer over a circle, and to the map everywhere else. */
  g_assert_true (gtk_widget_pick (map, x, y, GTK_PICK_DEFAULT) == GTK_WIDGET (fixture->bubbles));
  g_assert_true (gtk_widget_pick (map, kx, ky, GTK_PICK_DEFAULT) == GTK_WIDGET (fixture->bubbles));
  g_assert_true (gtk_widget_pick (map, 5, 5, GTK_PICK_DEFAULT) == map);

  /* A click activates; a press on one circle released on another does not. */
  click (fixture->bubbles, x, y, x + 2, y + 1);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, 1);
  click (fixture->bubbles, x, y, kx, ky);
  click (fixture->bubbles, 5, 5, 5, 5);
  g_assert_cmpuint (ids->len, ==, 1);
  click (fixture->bubbles, kx, ky, kx, ky);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, 3);

  /* Zooming in moves the circles apart; their sizes stay. */
  shumate_viewport_set_zoom_level (fixture->viewport, 9);
  pump ();
  centre_of (fixture, 54.8985, 23.9036, &qx, &qy);
  g_assert_cmpint (kartu_bubble_layer_hit_test (fixture->bubbles, qx, qy), ==, 2);
  g_assert_cmpint (kartu_bubble_layer_hit_test (fixture->bubbles, x, y), !=, 2);

  /* Without a model, nothing to hit. */
  kartu_bubble_layer_set_model (fixture->bubbles, NULL);
  g_assert_cmpint (kartu_bubble_layer_hit_test (fixture->bubbles, qx, qy), ==, -1);
  g_assert_true (gtk_widget_pick (map, qx, qy, GTK_PICK_DEFAULT) == map);
}

static GArray *
random_points (guint n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240601);
  GArray *points = g_array_sized_new (FALSE, FALSE, sizeof (KartuMapPoint), n);

  g_array_set_clear_func (points, (GDestroyNotify)kartu_map_point_clear);
  for (guint i = 0; i < n; i++)
    {
      KartuMapPoint point = {
        .id = i + 1,
        .latitude = g_rand_double_range (rand, 53.9, 56.45),
        .longitude = g_rand_double_range (rand, 20.9, 26.85),
        .title = g_strdup_printf ("Workshop %u", i + 1),
        .kind = i % 4 == 0 ? KARTU_MAP_POINT_PROJECT : KARTU_MAP_POINT_ACTIVITY,
      };

      g_array_append_val (points, point);
    }

  return points;
}

static void
test_points_many (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GArray) points = random_points (20000);
  g_autoptr(GArray) world6 = NULL;
  KartuClusterIndex *index;
  KartuCluster cluster = { 0 };
  gint64 start, set_time, first_time;
  guint at6, at9, total = 0;
  double x, y;

  start = g_get_monotonic_time ();
  kartu_points_layer_set_points (fixture->points, (KartuMapPoint *)points->data, points->len);
  set_time = g_get_monotonic_time () - start;

  start = g_get_monotonic_time ();
  shumate_viewport_set_zoom_level (fixture->viewport, 6);
  at6 = kartu_points_layer_get_n_visible (fixture->points);
  first_time = g_get_monotonic_time () - start;

  /* At zoom 12 the window shows a few dozen single points; zoom 9 fills it with groups. */
  shumate_viewport_set_zoom_level (fixture->viewport, 9);
  at9 = kartu_points_layer_get_n_visible (fixture->points);

  g_test_message ("20000 points: set_points %.2f ms, first clustering at zoom 6 %.2f ms; "
                  "%u groups and dots drawn at zoom 6, %u at zoom 9",
                  set_time / 1000.0, first_time / 1000.0, at6, at9);

  index = kartu_points_layer_get_index (fixture->points);
  g_assert_nonnull (index);
  g_assert_cmpuint (kartu_cluster_index_get_n_points (index), ==, 20000);
  g_assert_cmpuint (kartu_cluster_index_get_n_clusters (index, 6), <,
                    kartu_cluster_index_get_n_clusters (index, 12));
  g_assert_cmpuint (at6, >, 0);
  g_assert_cmpuint (at6, <, at9);

  /* At zoom 6 the whole country is in view: every point is in a drawn group. */
  shumate_viewport_set_zoom_level (fixture->viewport, 6);
  world6 = kartu_cluster_index_query (index, 6, -90, -180, 90, 180);
  for (guint i = 0; i < world6->len; i++)
    total += g_array_index (world6, KartuCluster, i).count;
  g_assert_cmpuint (total, ==, 20000);
  g_assert_cmpuint (kartu_points_layer_get_n_visible (fixture->points), ==, world6->len);

  /* The points layer is above the bubbles: over a group, it gets the events. */
  cluster = g_array_index (world6, KartuCluster, 0);
  shumate_viewport_location_to_widget_coords (fixture->viewport, GTK_WIDGET (fixture->points),
                                              cluster.latitude, cluster.longitude, &x, &y);
  memset (&cluster, 0, sizeof cluster);
  g_assert_true (kartu_points_layer_hit_test (fixture->points, x, y, &cluster));
  g_assert_cmpuint (cluster.count, >, 1);
  g_assert_true (gtk_widget_pick (GTK_WIDGET (fixture->map), x, y, GTK_PICK_DEFAULT) ==
                 GTK_WIDGET (fixture->points));
  g_assert_false (kartu_points_layer_hit_test (fixture->points, 3, 3, NULL));

  /* A click on a group zooms in to where it comes apart, centred on it. */
  {
    guint expected = kartu_cluster_index_get_expansion_zoom (index, 6, &cluster);

    g_assert_cmpuint (expected, >, 6);
    click (fixture->points, x, y, x, y);
    g_assert_cmpfloat (shumate_viewport_get_zoom_level (fixture->viewport), ==, expected);
    g_assert_cmpfloat_with_epsilon (shumate_location_get_latitude (SHUMATE_LOCATION (fixture->viewport)),
                                    cluster.latitude, 1e-9);
    g_assert_cmpfloat_with_epsilon (shumate_location_get_longitude (SHUMATE_LOCATION (fixture->viewport)),
                                    cluster.longitude, 1e-9);
  }
}

static void
on_point_activated_cb (KartuPointsLayer *layer,
                       guint             kind,
                       gint64            id,
                       GArray           *activated)
{
  gint64 pair [2] = { kind, id };

  g_array_append_vals (activated, pair, 2);
}

static void
test_points_single (Fixture       *fixture,
                    gconstpointer  user_data)
{
  const KartuMapPoint points [] = {
    { 41, 54.70, 25.30, (char *)"Town hall meeting", KARTU_MAP_POINT_ACTIVITY },
    { 42, 55.90, 21.10, (char *)"Clean river", KARTU_MAP_POINT_PROJECT },
    /* Two at one place: zooming never pulls them apart. */
    { 43, 54.90, 23.90, (char *)"Same place, first", KARTU_MAP_POINT_ACTIVITY },
    { 44, 54.90, 23.90, (char *)"Same place, second", KARTU_MAP_POINT_PROJECT },
  };
  g_autoptr(GArray) activated = g_array_new (FALSE, FALSE, sizeof (gint64));
  KartuCluster cluster;
  double x, y;

  g_signal_connect (fixture->points, "point-activated", G_CALLBACK (on_point_activated_cb),
                    activated);
  kartu_points_layer_set_points (fixture->points, points, G_N_ELEMENTS (points));
  g_assert_cmpuint (kartu_points_layer_get_n_visible (fixture->points), ==, 3);

  shumate_viewport_location_to_widget_coords (fixture->viewport, GTK_WIDGET (fixture->points),
                                              55.90, 21.10, &x, &y);
  g_assert_true (kartu_points_layer_hit_test (fixture->points, x + 3, y - 3, &cluster));
  g_assert_cmpuint (cluster.count, ==, 1);
  g_assert_cmpint (cluster.first_id, ==, 42);
  click (fixture->points, x, y, x, y);
  g_assert_cmpuint (activated->len, ==, 2);
  g_assert_cmpint (g_array_index (activated, gint64, 0), ==, KARTU_MAP_POINT_PROJECT);
  g_assert_cmpint (g_array_index (activated, gint64, 1), ==, 42);

  /* The pair opens its first point instead of zooming forever. */
  shumate_viewport_location_to_widget_coords (fixture->viewport, GTK_WIDGET (fixture->points),
                                              54.90, 23.90, &x, &y);
  g_assert_true (kartu_points_layer_hit_test (fixture->points, x, y, &cluster));
  g_assert_cmpuint (cluster.count, ==, 2);
  click (fixture->points, x, y, x, y);
  g_assert_cmpuint (activated->len, ==, 4);
  g_assert_cmpint (g_array_index (activated, gint64, 2), ==, KARTU_MAP_POINT_ACTIVITY);
  g_assert_cmpint (g_array_index (activated, gint64, 3), ==, 43);
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (fixture->viewport), ==, 7);

  /* Panning moves the dots. */
  shumate_location_set_location (SHUMATE_LOCATION (fixture->viewport), 41.33, 19.82);
  g_assert_cmpuint (kartu_points_layer_get_n_visible (fixture->points), ==, 0);

  kartu_points_layer_set_points (fixture->points, NULL, 0);
  g_assert_cmpuint (kartu_points_layer_get_n_visible (fixture->points), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  /* Go-to animations finish at once, so a click's zoom can be checked right away. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add ("/map-layers/bubbles/metric", Fixture, NULL,
              fixture_set_up, test_bubbles_metric, fixture_tear_down);
  g_test_add ("/map-layers/bubbles/hit", Fixture, NULL,
              fixture_set_up, test_bubbles_hit, fixture_tear_down);
  g_test_add ("/map-layers/points/many", Fixture, NULL,
              fixture_set_up, test_points_many, fixture_tear_down);
  g_test_add ("/map-layers/points/single", Fixture, NULL,
              fixture_set_up, test_points_single, fixture_tear_down);

  return g_test_run ();
}
