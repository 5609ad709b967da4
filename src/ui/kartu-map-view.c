/* kartu-map-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-map-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "kartu-basemap-source.h"
#include "kartu-bubble-layer.h"
#include "kartu-map-points.h"
#include "kartu-map-view.h"
#include "kartu-mercator.h"
#include "kartu-municipality-summary.h"
#include "kartu-points-layer.h"

/* The dashboard's map: the offline basemap, a circle per municipality sized by the
 * chosen figure, and the programme's activities and projects as clustered points. */

#define FIT_MARGIN 48.0

struct _KartuMapView
{
  AdwBin             parent_instance;

  KartuStore        *store;
  GListModel        *summaries;
  KartuMapMetric     metric;
  gboolean           framed;
  guint              frame_tick;

  ShumateMap        *map;
  ShumateScale      *scale;
  ShumateLicense    *license;
  GtkDropDown       *metric_dropdown;

  KartuBasemapSource *source;
  ShumateMapLayer   *base_layer;
  KartuBubbleLayer  *bubbles;
  KartuPointsLayer  *points;
};

G_DEFINE_FINAL_TYPE (KartuMapView, kartu_map_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_METRIC,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void kartu_map_view_queue_frame (KartuMapView *self);

static const KartuMapMetric metrics[] = {
  KARTU_MAP_METRIC_PROJECTS,
  KARTU_MAP_METRIC_APPROVED,
  KARTU_MAP_METRIC_ACTIVITIES,
  KARTU_MAP_METRIC_PARTICIPANTS,
  KARTU_MAP_METRIC_FACILITATORS,
};

static void
kartu_map_view_load_points (KartuMapView *self)
{
  g_autoptr(GArray) points = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store != NULL && !(points = kartu_map_points_load (self->store, &error)))
    g_warning ("Could not load the map’s points: %s", error->message);

  if (points != NULL)
    kartu_points_layer_set_points (self->points, (const KartuMapPoint *)(gpointer)points->data, points->len);
  else
    kartu_points_layer_set_points (self->points, NULL, 0);
}

/* Shows every municipality of the programme's country, whatever the window's size. */
static void
kartu_map_view_frame (KartuMapView *self)
{
  ShumateViewport *viewport = shumate_map_get_viewport (self->map);
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  double width = gtk_widget_get_width (GTK_WIDGET (self->map));
  double height = gtk_widget_get_height (GTK_WIDGET (self->map));
  double zoom, lat, lon;
  guint n;

  if (self->summaries == NULL || width <= 0 || height <= 0)
    return;

  n = g_list_model_get_n_items (self->summaries);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KartuMunicipalitySummary) summary = g_list_model_get_item (self->summaries, i);
      double x, y;

      if (!kartu_municipality_summary_has_location (summary))
        continue;

      /* World pixels at zoom 0: the zoom that fits follows from the extent. */
      kartu_mercator_project (kartu_municipality_summary_get_latitude (summary),
                              kartu_municipality_summary_get_longitude (summary),
                              0, 256, &x, &y);
      min_x = MIN (min_x, x);
      max_x = MAX (max_x, x);
      min_y = MIN (min_y, y);
      max_y = MAX (max_y, y);
    }

  if (min_x > max_x)
    return;

  zoom = log2 (MIN ((width - 2 * FIT_MARGIN) / MAX (max_x - min_x, 1e-6),
                    (height - 2 * FIT_MARGIN) / MAX (max_y - min_y, 1e-6)));
  zoom = CLAMP (zoom, shumate_viewport_get_min_zoom_level (viewport), 10.0);

  kartu_mercator_unproject ((min_x + max_x) / 2, (min_y + max_y) / 2, 0, 256, &lat, &lon);
  shumate_viewport_set_zoom_level (viewport, zoom);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), lat, lon);

  self->framed = TRUE;
}

static void
on_summaries_changed_cb (KartuMapView *self,
                         guint         position,
                         guint         removed,
                         guint         added,
                         GListModel   *model)
{
  /* A new programme gets framed anew; later edits leave the view where people put it. */
  kartu_map_view_queue_frame (self);
}

static void
on_store_changed_cb (KartuStore   *store,
                     const char   *table,
                     KartuMapView *self)
{
  kartu_map_view_load_points (self);
}

static void
on_metric_selected_cb (KartuMapView *self)
{
  guint selected = gtk_drop_down_get_selected (self->metric_dropdown);

  if (selected < G_N_ELEMENTS (metrics))
    kartu_map_view_set_metric (self, metrics [selected]);
}

static void
on_dark_changed_cb (KartuMapView    *self,
                    GParamSpec      *pspec,
                    AdwStyleManager *style_manager)
{
  g_object_set (self->source, "dark", adw_style_manager_get_dark (style_manager), NULL);
}

static gboolean
frame_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  KartuMapView *self = KARTU_MAP_VIEW (widget);

  /* Waits for the first frame where the map has a size. */
  if (!self->framed)
    kartu_map_view_frame (self);
  if (!self->framed && self->store != NULL)
    return G_SOURCE_CONTINUE;

  self->frame_tick = 0;

  return G_SOURCE_REMOVE;
}

static void
kartu_map_view_queue_frame (KartuMapView *self)
{
  if (self->framed || self->frame_tick != 0 || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  self->frame_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), frame_tick_cb, NULL, NULL);
}

static void
kartu_map_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (kartu_map_view_parent_class)->map (widget);

  kartu_map_view_queue_frame (KARTU_MAP_VIEW (widget));
}

static void
kartu_map_view_unmap (GtkWidget *widget)
{
  KartuMapView *self = KARTU_MAP_VIEW (widget);

  if (self->frame_tick != 0)
    {
      gtk_widget_remove_tick_callback (widget, self->frame_tick);
      self->frame_tick = 0;
    }

  GTK_WIDGET_CLASS (kartu_map_view_parent_class)->unmap (widget);
}

static void
kartu_map_view_dispose (GObject *object)
{
  KartuMapView *self = (KartuMapView *)object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_clear_object (&self->store);
  if (self->summaries != NULL)
    g_signal_handlers_disconnect_by_func (self->summaries, on_summaries_changed_cb, self);
  g_clear_object (&self->summaries);

  gtk_widget_dispose_template (GTK_WIDGET (self), KARTU_TYPE_MAP_VIEW);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (kartu_map_view_parent_class)->dispose (object);
}

static void
kartu_map_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KartuMapView *self = KARTU_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_METRIC:
      g_value_set_enum (value, self->metric);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_map_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KartuMapView *self = KARTU_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_METRIC:
      kartu_map_view_set_metric (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_map_view_class_init (KartuMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kartu_map_view_dispose;
  object_class->get_property = kartu_map_view_get_property;
  object_class->set_property = kartu_map_view_set_property;

  widget_class->map = kartu_map_view_map;
  widget_class->unmap = kartu_map_view_unmap;

  properties [PROP_METRIC] =
    g_param_spec_enum ("metric", NULL, NULL,
                       KARTU_TYPE_MAP_METRIC,
                       KARTU_MAP_METRIC_PROJECTS,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/kartu/Kartu/ui/kartu-map-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KartuMapView, map);
  gtk_widget_class_bind_template_child (widget_class, KartuMapView, scale);
  gtk_widget_class_bind_template_child (widget_class, KartuMapView, license);
  gtk_widget_class_bind_template_child (widget_class, KartuMapView, metric_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, on_metric_selected_cb);

  g_type_ensure (SHUMATE_TYPE_MAP);
  g_type_ensure (SHUMATE_TYPE_SCALE);
  g_type_ensure (SHUMATE_TYPE_LICENSE);
}

static void
kartu_map_view_init (KartuMapView *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  ShumateViewport *viewport;

  gtk_widget_init_template (GTK_WIDGET (self));

  viewport = shumate_map_get_viewport (self->map);
  shumate_scale_set_viewport (self->scale, viewport);

  self->source = kartu_basemap_source_new ();
  shumate_viewport_set_reference_map_source (viewport, SHUMATE_MAP_SOURCE (self->source));
  shumate_viewport_set_min_zoom_level (viewport, shumate_map_source_get_min_zoom_level (SHUMATE_MAP_SOURCE (self->source)));
  shumate_viewport_set_max_zoom_level (viewport, shumate_map_source_get_max_zoom_level (SHUMATE_MAP_SOURCE (self->source)));
  shumate_license_append_map_source (self->license, SHUMATE_MAP_SOURCE (self->source));

  self->base_layer = shumate_map_layer_new (SHUMATE_MAP_SOURCE (self->source), viewport);
  shumate_map_add_layer (self->map, SHUMATE_LAYER (self->base_layer));
  self->bubbles = kartu_bubble_layer_new (viewport);
  shumate_map_add_layer (self->map, SHUMATE_LAYER (self->bubbles));
  self->points = kartu_points_layer_new (self->map);
  shumate_map_add_layer (self->map, SHUMATE_LAYER (self->points));

  g_signal_connect_object (style_manager, "notify::dark", G_CALLBACK (on_dark_changed_cb), self,
                           G_CONNECT_SWAPPED);
  on_dark_changed_cb (self, NULL, style_manager);

  for (guint i = 0; i < G_N_ELEMENTS (metrics); i++)
    gtk_string_list_append (labels, kartu_map_metric_label (metrics [i]));
  gtk_drop_down_set_model (self->metric_dropdown, G_LIST_MODEL (labels));
}

void
kartu_map_view_set_store (KartuMapView *self,
                          KartuStore   *store)
{
  g_return_if_fail (KARTU_IS_MAP_VIEW (self));
  g_return_if_fail (store == NULL || KARTU_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      g_signal_connect_object (store, "changed::activity", G_CALLBACK (on_store_changed_cb), self, 0);
      g_signal_connect_object (store, "changed::project", G_CALLBACK (on_store_changed_cb), self, 0);
    }

  self->framed = FALSE;
  kartu_map_view_load_points (self);
  kartu_map_view_queue_frame (self);
}

void
kartu_map_view_set_summaries (KartuMapView *self,
                              GListModel   *summaries)
{
  g_return_if_fail (KARTU_IS_MAP_VIEW (self));
  g_return_if_fail (summaries == NULL || G_IS_LIST_MODEL (summaries));

  if (self->summaries != NULL)
    g_signal_handlers_disconnect_by_func (self->summaries, on_summaries_changed_cb, self);
  g_set_object (&self->summaries, summaries);
  if (summaries != NULL)
    g_signal_connect_object (summaries, "items-changed", G_CALLBACK (on_summaries_changed_cb), self,
                             G_CONNECT_SWAPPED);

  kartu_bubble_layer_set_model (self->bubbles, summaries);
}

KartuMapMetric
kartu_map_view_get_metric (KartuMapView *self)
{
  g_return_val_if_fail (KARTU_IS_MAP_VIEW (self), KARTU_MAP_METRIC_PROJECTS);

  return self->metric;
}

void
kartu_map_view_set_metric (KartuMapView   *self,
                           KartuMapMetric  metric)
{
  g_return_if_fail (KARTU_IS_MAP_VIEW (self));

  if (self->metric == metric)
    return;

  self->metric = metric;
  kartu_bubble_layer_set_metric (self->bubbles, metric);

  for (guint i = 0; i < G_N_ELEMENTS (metrics); i++)
    if (metrics [i] == metric)
      gtk_drop_down_set_selected (self->metric_dropdown, i);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_METRIC]);
}

ShumateMap *
kartu_map_view_get_map (KartuMapView *self)
{
  g_return_val_if_fail (KARTU_IS_MAP_VIEW (self), NULL);

  return self->map;
}

GtkWidget *
kartu_map_view_get_bubbles (KartuMapView *self)
{
  g_return_val_if_fail (KARTU_IS_MAP_VIEW (self), NULL);

  return GTK_WIDGET (self->bubbles);
}

GtkWidget *
kartu_map_view_get_points (KartuMapView *self)
{
  g_return_val_if_fail (KARTU_IS_MAP_VIEW (self), NULL);

  return GTK_WIDGET (self->points);
}
