/* bench-map.c — frame times of the dashboard map while panning: the basemap alone,
 * with a KartuPointsLayer, and with the same points as ShumateMarker widgets (issue #3).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <shumate/shumate.h>
#include <stdio.h>
#include <stdlib.h>

#include "kartu-basemap-source.h"
#include "kartu-map-points.h"
#include "kartu-points-layer.h"

/* Method: a tick callback pans the viewport by PAN_STEP pixels in every frame's update
 * phase.  Not every frame clock cycle paints: on X11 GDK holds the next paint until the
 * server has taken the previous one, so a cycle's own update-to-after-paint time would
 * mix painted and empty cycles.  Instead, on each after-paint of a cycle that did paint
 * (the clock's "paint" signal fired), the handler waits for the X server to finish
 * drawing (gdk_display_sync, since the cairo renderer draws partly in the server) and
 * records the time since the previous painted frame: the interval between frames the
 * user sees while panning, layout + snapshot + render + pacing (never under the
 * refresh interval).  Every measured run pans the same path (east, then back west) from
 * the same centre, after a few unmeasured settle frames, and after an unmeasured warm-up
 * run over that path so the basemap's tiles are already drawn. */

#define CENTRE_LATITUDE  55.2
#define CENTRE_LONGITUDE 23.9
#define ZOOM             7.0
#define PAN_STEP         4.0
#define SETTLE_FRAMES    3
#define SEED             20240601

/* Lithuania's bounding box. */
#define MIN_LATITUDE  53.90
#define MAX_LATITUDE  56.45
#define MIN_LONGITUDE 20.95
#define MAX_LONGITUDE 26.85

typedef enum
{
  PHASE_WAIT,
  PHASE_WARM_UP,
  PHASE_EMPTY,
  PHASE_POINTS,
  PHASE_MARKERS,
  PHASE_DONE,
} Phase;

typedef struct
{
  GMainLoop          *loop;
  GtkWidget          *window;
  ShumateMap         *map;
  ShumateViewport    *viewport;
  GdkFrameClock      *clock;
  gulong              paint_id;
  gulong              after_paint_id;

  guint               n_frames;
  guint               n_points;
  GArray             *points_data;

  Phase               phase;
  guint               frame;
  gboolean            painted;
  gint64              last_paint_time;
  GArray             *pending;

  GArray             *empty_ms;
  GArray             *points_ms;
  GArray             *markers_ms;
  double              set_points_ms;
  double              add_markers_ms;
  guint               n_visible;

  KartuPointsLayer   *points;
  ShumateMarkerLayer *markers;

  gboolean            failed;
} Bench;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Nearest-rank percentile of @samples, which gets sorted. */
static double
percentile (GArray *samples,
            double  p)
{
  guint rank;

  if (samples->len == 0)
    return 0;

  g_array_sort (samples, compare_doubles);
  rank = (guint) ceil (p / 100.0 * samples->len);
  rank = CLAMP (rank, 1, samples->len);

  return g_array_index (samples, double, rank - 1);
}

static double
elapsed_ms (gint64 since)
{
  return (g_get_monotonic_time () - since) / 1000.0;
}

static GArray *
make_points (guint n_points)
{
  GArray *points = g_array_sized_new (FALSE, TRUE, sizeof (KartuMapPoint), n_points);
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);

  g_array_set_clear_func (points, (GDestroyNotify) kartu_map_point_clear);

  for (guint i = 0; i < n_points; i++)
    {
      KartuMapPoint point = { 0, };

      point.id = i + 1;
      point.latitude = g_rand_double_range (rand, MIN_LATITUDE, MAX_LATITUDE);
      point.longitude = g_rand_double_range (rand, MIN_LONGITUDE, MAX_LONGITUDE);
      point.kind = g_rand_boolean (rand) ? KARTU_MAP_POINT_ACTIVITY : KARTU_MAP_POINT_PROJECT;
      point.title = g_strdup_printf ("%s %u",
                                     point.kind == KARTU_MAP_POINT_ACTIVITY ? "Activity" : "Project",
                                     i + 1);
      g_array_append_val (points, point);
    }

  return points;
}

static void
add_points_layer (Bench *bench)
{
  gint64 start;

  bench->points = kartu_points_layer_new (bench->map);
  shumate_map_add_layer (bench->map, SHUMATE_LAYER (bench->points));

  start = g_get_monotonic_time ();
  kartu_points_layer_set_points (bench->points,
                                 (const KartuMapPoint *) (gpointer) bench->points_data->data,
                                 bench->points_data->len);
  bench->set_points_ms = elapsed_ms (start);
}

static void
add_marker_layer (Bench *bench)
{
  gint64 start;

  bench->markers = shumate_marker_layer_new (bench->viewport);
  shumate_map_add_layer (bench->map, SHUMATE_LAYER (bench->markers));

  start = g_get_monotonic_time ();
  for (guint i = 0; i < bench->points_data->len; i++)
    {
      const KartuMapPoint *point = &g_array_index (bench->points_data, KartuMapPoint, i);
      ShumateMarker *marker = shumate_marker_new ();
      GtkWidget *dot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      gtk_widget_add_css_class (dot, point->kind == KARTU_MAP_POINT_ACTIVITY ? "bench-activity" : "bench-project");
      shumate_marker_set_child (marker, dot);
      shumate_location_set_location (SHUMATE_LOCATION (marker), point->latitude, point->longitude);
      shumate_marker_layer_add_marker (bench->markers, marker);
    }
  bench->add_markers_ms = elapsed_ms (start);
}

/* Leaves the run that just ended and sets up the next one's layers. */
static void
next_phase (Bench *bench)
{
  switch (bench->phase)
    {
    case PHASE_WAIT:
      bench->phase = PHASE_WARM_UP;
      break;

    case PHASE_WARM_UP:
      bench->phase = PHASE_EMPTY;
      break;

    case PHASE_EMPTY:
      add_points_layer (bench);
      bench->phase = PHASE_POINTS;
      break;

    case PHASE_POINTS:
      bench->n_visible = kartu_points_layer_get_n_visible (bench->points);
      shumate_map_remove_layer (bench->map, SHUMATE_LAYER (bench->points));
      bench->points = NULL;
      add_marker_layer (bench);
      bench->phase = PHASE_MARKERS;
      break;

    case PHASE_MARKERS:
    case PHASE_DONE:
    default:
      bench->phase = PHASE_DONE;
      g_main_loop_quit (bench->loop);
      break;
    }

  bench->frame = 0;
}

static GArray *
phase_samples (Bench *bench)
{
  switch (bench->phase)
    {
    case PHASE_EMPTY:
      return bench->empty_ms;
    case PHASE_POINTS:
      return bench->points_ms;
    case PHASE_MARKERS:
      return bench->markers_ms;
    case PHASE_WAIT:
    case PHASE_WARM_UP:
    case PHASE_DONE:
    default:
      return NULL;
    }
}

static void
on_paint_cb (GdkFrameClock *clock,
             Bench         *bench)
{
  bench->painted = TRUE;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Bench         *bench)
{
  gint64 now;

  if (!bench->painted)
    return;
  bench->painted = FALSE;

  gdk_display_sync (gtk_widget_get_display (bench->window));
  now = g_get_monotonic_time ();
  if (bench->pending != NULL && bench->last_paint_time != 0)
    {
      double ms = (now - bench->last_paint_time) / 1000.0;

      g_array_append_val (bench->pending, ms);
    }
  bench->last_paint_time = now;
  bench->pending = NULL;
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  Bench *bench = user_data;
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double dx, latitude, longitude;
  guint k;

  if (bench->phase == PHASE_DONE)
    return G_SOURCE_REMOVE;

  if (bench->phase == PHASE_WAIT)
    {
      if (width <= 0 || height <= 0)
        return G_SOURCE_CONTINUE;

      bench->clock = g_object_ref (clock);
      bench->paint_id = g_signal_connect (clock, "paint", G_CALLBACK (on_paint_cb), bench);
      bench->after_paint_id = g_signal_connect (clock, "after-paint",
                                                G_CALLBACK (on_after_paint_cb), bench);
      next_phase (bench);
    }

  bench->frame++;
  bench->pending = NULL;

  /* Each run starts from the centre, and the frames that follow a layer change
   * are not measured. */
  if (bench->frame <= SETTLE_FRAMES)
    {
      if (bench->frame == 1)
        shumate_location_set_location (SHUMATE_LOCATION (bench->viewport),
                                       CENTRE_LATITUDE, CENTRE_LONGITUDE);
      return G_SOURCE_CONTINUE;
    }

  k = bench->frame - SETTLE_FRAMES - 1;
  if (k >= bench->n_frames)
    {
      next_phase (bench);
      return bench->phase == PHASE_DONE ? G_SOURCE_REMOVE : G_SOURCE_CONTINUE;
    }

  /* East for the first half of the run, then back west. */
  dx = k < (bench->n_frames + 1) / 2 ? PAN_STEP : -PAN_STEP;

  bench->pending = phase_samples (bench);
  shumate_viewport_widget_coords_to_location (bench->viewport, widget,
                                              width / 2 + dx, height / 2,
                                              &latitude, &longitude);
  shumate_location_set_location (SHUMATE_LOCATION (bench->viewport), latitude, longitude);

  return G_SOURCE_CONTINUE;
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  Bench *bench = user_data;

  g_printerr ("bench-map: timed out in phase %d, frame %u\n", bench->phase, bench->frame);
  bench->failed = TRUE;
  g_main_loop_quit (bench->loop);

  return G_SOURCE_REMOVE;
}

static void
print_frames (const char *name,
              GArray     *samples)
{
  double p95 = percentile (samples, 95);
  double median = percentile (samples, 50);

  printf ("pan-frame-%s-median %.2f ms (target: none; %u painted frames)\n", name, median, samples->len);
  printf ("pan-frame-%s-p95 %.2f ms (target: none)\n", name, p95);
}

static void
load_css (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  static const char css[] =
    ".bench-activity, .bench-project { min-width: 10px; min-height: 10px; border-radius: 5px; }\n"
    ".bench-activity { background-color: #3584e4; }\n"
    ".bench-project { background-color: #e66100; }\n";

  gtk_css_provider_load_from_data (provider, css, -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KartuBasemapSource) source = NULL;
  ShumateMapLayer *base_layer;
  Bench bench = { 0, };
  int n_points = 20000;
  int n_frames = 120;
  guint timeout_id;
  const GOptionEntry entries[] = {
    { "points", 0, 0, G_OPTION_ARG_INT, &n_points, "How many points (default 20000)", "N" },
    { "frames", 0, 0, G_OPTION_ARG_INT, &n_frames, "Measured frames per run (default 120)", "N" },
    { NULL }
  };

  context = g_option_context_new ("- benchmark the dashboard map");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-map: %s\n", error->message);
      return EXIT_FAILURE;
    }
  if (n_points < 1 || n_frames < 1)
    {
      g_printerr ("bench-map: --points and --frames must be positive\n");
      return EXIT_FAILURE;
    }

  gtk_init ();
  adw_init ();
  load_css ();

  bench.n_points = n_points;
  bench.n_frames = n_frames;
  bench.loop = g_main_loop_new (NULL, FALSE);
  bench.points_data = make_points (bench.n_points);
  bench.empty_ms = g_array_new (FALSE, FALSE, sizeof (double));
  bench.points_ms = g_array_new (FALSE, FALSE, sizeof (double));
  bench.markers_ms = g_array_new (FALSE, FALSE, sizeof (double));

  /* The basemap exactly as KartuMapView sets it up. */
  bench.map = shumate_map_new ();
  bench.viewport = shumate_map_get_viewport (bench.map);
  source = kartu_basemap_source_new ();
  shumate_viewport_set_reference_map_source (bench.viewport, SHUMATE_MAP_SOURCE (source));
  shumate_viewport_set_min_zoom_level (bench.viewport, shumate_map_source_get_min_zoom_level (SHUMATE_MAP_SOURCE (source)));
  shumate_viewport_set_max_zoom_level (bench.viewport, shumate_map_source_get_max_zoom_level (SHUMATE_MAP_SOURCE (source)));
  base_layer = shumate_map_layer_new (SHUMATE_MAP_SOURCE (source), bench.viewport);
  shumate_map_add_layer (bench.map, SHUMATE_LAYER (base_layer));
  shumate_viewport_set_zoom_level (bench.viewport, ZOOM);
  shumate_location_set_location (SHUMATE_LOCATION (bench.viewport), CENTRE_LATITUDE, CENTRE_LONGITUDE);

  bench.window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (bench.window), 1024, 768);
  gtk_window_set_child (GTK_WINDOW (bench.window), GTK_WIDGET (bench.map));
  gtk_widget_add_tick_callback (GTK_WIDGET (bench.map), tick_cb, &bench, NULL);
  timeout_id = g_timeout_add_seconds (600, on_timeout_cb, &bench);
  gtk_window_present (GTK_WINDOW (bench.window));

  g_main_loop_run (bench.loop);

  if (!bench.failed)
    g_source_remove (timeout_id);

  if (!bench.failed && (bench.empty_ms->len == 0 || bench.points_ms->len == 0 || bench.markers_ms->len == 0))
    {
      g_printerr ("bench-map: a run painted no frames\n");
      bench.failed = TRUE;
    }

  if (!bench.failed && bench.n_visible == 0)
    {
      g_printerr ("bench-map: the points layer showed no points\n");
      bench.failed = TRUE;
    }

  if (!bench.failed)
    {
      double empty = percentile (bench.empty_ms, 50);
      double points = percentile (bench.points_ms, 50);
      double markers = percentile (bench.markers_ms, 50);

      printf ("points %u count (target: none)\n", bench.n_points);
      print_frames ("empty", bench.empty_ms);
      printf ("points-layer-set-points %.2f ms (target: < 100 ms for 20000 points)\n", bench.set_points_ms);
      print_frames ("points-layer", bench.points_ms);
      printf ("marker-layer-add-markers %.2f ms (target: none)\n", bench.add_markers_ms);
      print_frames ("markers", bench.markers_ms);
      printf ("ratio-points-layer/empty %.2f x (target: <= 1.3, medians)\n", points / MAX (empty, 1e-6));
      printf ("ratio-markers/points-layer %.2f x (target: >= 3, medians)\n", markers / MAX (points, 1e-6));
    }

  if (bench.clock != NULL)
    {
      g_clear_signal_handler (&bench.paint_id, bench.clock);
      g_clear_signal_handler (&bench.after_paint_id, bench.clock);
      g_clear_object (&bench.clock);
    }
  gtk_window_destroy (GTK_WINDOW (bench.window));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_array_unref (bench.points_data);
  g_array_unref (bench.empty_ms);
  g_array_unref (bench.points_ms);
  g_array_unref (bench.markers_ms);
  g_main_loop_unref (bench.loop);

  return bench.failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
