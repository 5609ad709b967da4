/* kartu-points-layer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-points-layer"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "kartu-format.h"
#include "kartu-map-paint.h"
#include "kartu-mercator.h"
#include "kartu-points-layer.h"

#define POINT_RADIUS        6.0
#define HIT_RADIUS_MIN      8.0
#define CLUSTER_RADIUS_MIN  11.0
#define CLUSTER_RADIUS_MAX  26.0
#define CLUSTER_HALO        4.0
#define CLUSTER_RING        4.0

typedef struct
{
  KartuCluster cluster;
  double       x;
  double       y;
  double       radius;
} Placed;

/* What the visible clusters were computed for. */
typedef struct
{
  double latitude;
  double longitude;
  double zoom;
  double rotation;
  int    width;
  int    height;
} View;

/**
 * KartuPointsLayer:
 *
 * Activities and projects as dots, grouped into numbered circles where they
 * crowd (see #KartuClusterIndex), all drawn in one snapshot. Clicking a group
 * zooms in until it comes apart; clicking a dot emits
 * #KartuPointsLayer::point-activated.
 *
 * The layer takes pointer events only over what it draws, so the map still
 * pans from anywhere and the layers below still get their clicks.
 */
struct _KartuPointsLayer
{
  ShumateLayer       parent_instance;

  ShumateMap        *map;      /* weak: the map owns the layer */
  KartuClusterIndex *index;

  GArray            *visible;  /* Placed, drawing order: largest first */
  GHashTable        *sprites;  /* a group's look (see group_sprite ()) → GdkTexture */
  View               view;
  gboolean           visible_valid;

  guint              hover;    /* position + 1 in @visible, or 0 */
  gboolean           pressed;
  KartuCluster       pressed_cluster;
};

G_DEFINE_FINAL_TYPE (KartuPointsLayer, kartu_points_layer, SHUMATE_TYPE_LAYER)

enum {
  PROP_0,
  PROP_MAP,
  N_PROPS
};

enum {
  POINT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static const GdkRGBA activity_colour = { 0.208, 0.518, 0.894, 1 };   /* GNOME blue */
static const GdkRGBA project_colour = { 0.902, 0.380, 0.000, 1 };    /* GNOME orange */
static const GdkRGBA white = { 1, 1, 1, 1 };
static const GdkRGBA shadow = { 0, 0, 0, 0.3 };

static double
cluster_radius (const KartuCluster *cluster)
{
  if (cluster->count <= 1)
    return POINT_RADIUS;

  return MIN (CLUSTER_RADIUS_MIN + 4.0 * log10 (cluster->count), CLUSTER_RADIUS_MAX);
}

static gboolean
can_project (KartuPointsLayer *self)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));

  return viewport != NULL &&
         shumate_viewport_get_reference_map_source (viewport) != NULL &&
         gtk_widget_get_width (GTK_WIDGET (self)) > 0 &&
         gtk_widget_get_height (GTK_WIDGET (self)) > 0;
}

static void
invalidate (KartuPointsLayer *self)
{
  self->visible_valid = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
view_equal (const View *a,
            const View *b)
{
  return a->latitude == b->latitude && a->longitude == b->longitude && a->zoom == b->zoom &&
         a->rotation == b->rotation && a->width == b->width && a->height == b->height;
}

/* How many zoom levels the viewport is ahead of a 256-pixel-tile map: the grid cells are
 * 48 pixels of that map. */
static double
tile_offset (ShumateViewport *viewport)
{
  ShumateMapSource *source = shumate_viewport_get_reference_map_source (viewport);
  guint tile_size = shumate_map_source_get_tile_size (source);

  return tile_size > 0 ? log2 (tile_size / 256.0) : 0;
}

/* The clusters' zoom level for a viewport zoom, rounded down: cells then look 48 to 96
 * pixels wide. */
static guint
cluster_level (ShumateViewport *viewport,
               double           zoom)
{
  double level = floor (zoom + tile_offset (viewport) + 1e-9);

  return (guint)CLAMP (level, 0, KARTU_CLUSTER_MAX_ZOOM);
}

static double
wrap_longitude (double longitude)
{
  return fmod (fmod (longitude + 180.0, 360.0) + 360.0, 360.0) - 180.0;
}

static int
compare_by_radius (gconstpointer a,
                   gconstpointer b)
{
  const Placed *pa = a, *pb = b;

  if (pa->radius != pb->radius)
    return pa->radius > pb->radius ? -1 : 1;

  return (pa->cluster.first_index > pb->cluster.first_index) -
         (pa->cluster.first_index < pb->cluster.first_index);
}

/* The clusters that fall on the widget, and where. */
static void
ensure_visible (KartuPointsLayer *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  g_autoptr(GArray) clusters = NULL;
  double cx, cy, scale, half, size, min_lat, max_lat, min_lon, max_lon;
  View view;
  guint zoom;

  if (!can_project (self) || self->index == NULL)
    {
      g_array_set_size (self->visible, 0);
      self->visible_valid = FALSE;
      return;
    }

  view = (View) {
    .latitude = shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
    .longitude = shumate_location_get_longitude (SHUMATE_LOCATION (viewport)),
    .zoom = shumate_viewport_get_zoom_level (viewport),
    .rotation = shumate_viewport_get_rotation (viewport),
    .width = gtk_widget_get_width (widget),
    .height = gtk_widget_get_height (widget),
  };

  if (self->visible_valid && view_equal (&view, &self->view))
    return;

  self->view = view;
  self->visible_valid = TRUE;
  self->hover = 0;
  g_array_set_size (self->visible, 0);

  zoom = cluster_level (viewport, view.zoom);
  scale = exp2 (view.zoom + tile_offset (viewport) - zoom);
  size = ldexp (256.0, (int)zoom);
  kartu_mercator_project (view.latitude, view.longitude, zoom, 256, &cx, &cy);

  /* Half the diagonal, whatever the rotation, plus room for circles cut by the edges. */
  half = (hypot (view.width, view.height) / 2 + CLUSTER_RADIUS_MAX + CLUSTER_HALO) / scale;
  kartu_mercator_unproject (cx, cy + half, zoom, 256, &min_lat, &min_lon);
  kartu_mercator_unproject (cx, cy - half, zoom, 256, &max_lat, &max_lon);

  if (2 * half >= size)
    {
      min_lon = -180.0;
      max_lon = 180.0;
    }
  else
    {
      double unused;

      kartu_mercator_unproject (cx - half, cy, zoom, 256, &unused, &min_lon);
      kartu_mercator_unproject (cx + half, cy, zoom, 256, &unused, &max_lon);
      min_lon = wrap_longitude (min_lon);
      max_lon = wrap_longitude (max_lon);
    }

  clusters = kartu_cluster_index_query (self->index, zoom, min_lat, min_lon, max_lat, max_lon);

  for (guint i = 0; i < clusters->len; i++)
    {
      Placed placed = { .cluster = g_array_index (clusters, KartuCluster, i) };
      double reach;

      placed.radius = cluster_radius (&placed.cluster);
      reach = placed.radius + CLUSTER_HALO;
      shumate_viewport_location_to_widget_coords (viewport, widget,
                                                  placed.cluster.latitude,
                                                  placed.cluster.longitude,
                                                  &placed.x, &placed.y);
      if (placed.x + reach < 0 || placed.x - reach > view.width ||
          placed.y + reach < 0 || placed.y - reach > view.height)
        continue;

      g_array_append_val (self->visible, placed);
    }

  /* Groups under single dots: the dots stay visible and clickable. */
  g_array_sort (self->visible, compare_by_radius);
}

static const Placed *
hit_placed (KartuPointsLayer *self,
            double            x,
            double            y,
            guint            *position)
{
  ensure_visible (self);

  for (guint i = self->visible->len; i > 0; i--)
    {
      const Placed *placed = &g_array_index (self->visible, Placed, i - 1);
      double r = MAX (placed->radius, HIT_RADIUS_MIN);

      if ((x - placed->x) * (x - placed->x) + (y - placed->y) * (y - placed->y) <= r * r)
        {
          if (position != NULL)
            *position = i - 1;
          return placed;
        }
    }

  return NULL;
}

static const GdkRGBA *
kind_colour (guint kind)
{
  return kind == KARTU_MAP_POINT_PROJECT ? &project_colour : &activity_colour;
}

/* Twelfths of the ring: close enough to read a share at a glance, few enough to cache. */
#define SHARE_STEPS 12

/* A group's disc drawn once into a texture: a halo, a ring split between activities and
 * projects like a doughnut chart, and a face for the count. Conic gradients or arcs per
 * frame cost the cairo renderer about twice the time of a screenful of textures. */
static GdkTexture *
group_sprite (KartuPointsLayer *self,
              int               radius,
              guint             share_step,
              gboolean          hovered,
              const GdkRGBA    *face,
              int               scale)
{
  guint key = (guint)radius | share_step << 6 | (guint)hovered << 10 |
              (guint)(face->red > 0.5) << 11 | (guint)MIN (scale, 8) << 12;
  double centre = radius + CLUSTER_HALO;
  double share = (double)share_step / SHARE_STEPS;
  const GdkRGBA *major = share >= 0.5 ? &activity_colour : &project_colour;
  int size = (int)ceil (2 * centre * scale);
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  GdkTexture *texture;
  cairo_t *cr;

  texture = g_hash_table_lookup (self->sprites, GUINT_TO_POINTER (key));
  if (texture != NULL)
    return texture;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);

  cairo_set_source_rgba (cr, major->red, major->green, major->blue, hovered ? 0.45 : 0.25);
  cairo_arc (cr, centre, centre, centre, 0, 2 * G_PI);
  cairo_fill (cr);

  /* Activities clockwise from the top, projects the rest. */
  if (share_step > 0)
    {
      gdk_cairo_set_source_rgba (cr, &activity_colour);
      cairo_move_to (cr, centre, centre);
      cairo_arc (cr, centre, centre, radius, -G_PI / 2, -G_PI / 2 + 2 * G_PI * share);
      cairo_close_path (cr);
      cairo_fill (cr);
    }
  if (share_step < SHARE_STEPS)
    {
      gdk_cairo_set_source_rgba (cr, &project_colour);
      cairo_move_to (cr, centre, centre);
      cairo_arc (cr, centre, centre, radius, -G_PI / 2 + 2 * G_PI * share, 3 * G_PI / 2);
      cairo_close_path (cr);
      cairo_fill (cr);
    }

  gdk_cairo_set_source_rgba (cr, face);
  cairo_arc (cr, centre, centre, radius - CLUSTER_RING, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_destroy (cr);

  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize)cairo_image_surface_get_stride (surface) * size);
  texture = gdk_memory_texture_new (size, size, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);

  if (g_hash_table_size (self->sprites) > 512)
    g_hash_table_remove_all (self->sprites);
  g_hash_table_insert (self->sprites, GUINT_TO_POINTER (key), texture);

  return texture;
}

static void
snapshot_group (KartuPointsLayer *self,
                GtkSnapshot      *snapshot,
                const Placed     *placed,
                gboolean          hovered,
                PangoLayout      *layout,
                const GdkRGBA    *ink,
                const GdkRGBA    *face)
{
  const KartuCluster *cluster = &placed->cluster;
  int radius = (int)round (placed->radius);
  guint share_step = (guint)round ((double)SHARE_STEPS * cluster->n_activities / cluster->count);
  double centre = radius + CLUSTER_HALO;
  g_autofree char *count = kartu_format_count (cluster->count);
  PangoRectangle extents;

  /* A mixed group shows both colours, however small one share is. */
  if (cluster->n_activities > 0 && cluster->n_projects > 0)
    share_step = CLAMP (share_step, 1, SHARE_STEPS - 1);

  gtk_snapshot_append_texture (snapshot,
                               group_sprite (self, radius, share_step, hovered, face,
                                             gtk_widget_get_scale_factor (GTK_WIDGET (self))),
                               &GRAPHENE_RECT_INIT (placed->x - centre, placed->y - centre,
                                                    2 * centre, 2 * centre));

  pango_layout_set_text (layout, count, -1);
  pango_layout_get_pixel_extents (layout, NULL, &extents);
  kartu_map_paint_layout (snapshot, layout,
                          round (placed->x - extents.width / 2.0) - extents.x,
                          round (placed->y - extents.height / 2.0) - extents.y,
                          ink, NULL);
}

static void
kartu_points_layer_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  KartuPointsLayer *self = KARTU_POINTS_LAYER (widget);
  g_autoptr(PangoLayout) layout = NULL;
  PangoAttrList *attrs;
  GdkRGBA ink, face;

  ensure_visible (self);
  if (self->visible->len == 0)
    return;

  /* The count reads like the theme's text on the theme's background. */
  kartu_map_paint_get_ink (widget, &ink, &face);
  face.alpha = 1;

  layout = gtk_widget_create_pango_layout (widget, NULL);
  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_attr_list_insert (attrs, pango_attr_scale_new (0.8));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  for (guint i = 0; i < self->visible->len; i++)
    {
      const Placed *placed = &g_array_index (self->visible, Placed, i);
      gboolean hovered = self->hover == i + 1;

      if (placed->cluster.count > 1)
        snapshot_group (self, snapshot, placed, hovered, layout, &ink, &face);
      else
        {
          double r = hovered ? placed->radius + 1.5 : placed->radius;

          /* A faint shadow keeps the white edge visible on pale ground. */
          kartu_map_paint_circle (snapshot, placed->x, placed->y, r + 1, &shadow, NULL, 0);
          kartu_map_paint_circle (snapshot, placed->x, placed->y, r,
                                  kind_colour (placed->cluster.kind_of_first), &white, 1.5);
        }
    }
}

static gboolean
kartu_points_layer_contains (GtkWidget *widget,
                             double     x,
                             double     y)
{
  return hit_placed (KARTU_POINTS_LAYER (widget), x, y, NULL) != NULL;
}

static gboolean
kartu_points_layer_query_tooltip (GtkWidget  *widget,
                                  int         x,
                                  int         y,
                                  gboolean    keyboard_tooltip,
                                  GtkTooltip *tooltip)
{
  KartuPointsLayer *self = KARTU_POINTS_LAYER (widget);
  const Placed *placed;
  double r;

  if (keyboard_tooltip || (placed = hit_placed (self, x, y, NULL)) == NULL)
    return FALSE;

  if (placed->cluster.count == 1)
    {
      const KartuMapPoint *point = kartu_cluster_index_get_point (self->index,
                                                                  placed->cluster.first_index);

      if (point->title == NULL)
        return FALSE;

      gtk_tooltip_set_text (tooltip, point->title);
    }
  else
    {
      g_autoptr(GString) text = g_string_new (NULL);
      const KartuCluster *cluster = &placed->cluster;

      if (cluster->n_activities > 0)
        {
          g_autofree char *n = kartu_format_count (cluster->n_activities);

          g_string_append_printf (text, ngettext ("%s activity", "%s activities",
                                                  cluster->n_activities), n);
        }
      if (cluster->n_projects > 0)
        {
          g_autofree char *n = kartu_format_count (cluster->n_projects);

          if (text->len > 0)
            g_string_append_c (text, '\n');
          g_string_append_printf (text, ngettext ("%s project", "%s projects",
                                                  cluster->n_projects), n);
        }

      gtk_tooltip_set_text (tooltip, text->str);
    }

  r = MAX (placed->radius, HIT_RADIUS_MIN);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { placed->x - r, placed->y - r, 2 * r, 2 * r });

  return TRUE;
}

static void
set_hover (KartuPointsLayer *self,
           guint             hover)
{
  if (self->hover == hover)
    return;

  self->hover = hover;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion_cb (KartuPointsLayer         *self,
              double                    x,
              double                    y,
              GtkEventControllerMotion *controller)
{
  guint position;

  set_hover (self, hit_placed (self, x, y, &position) != NULL ? position + 1 : 0);
}

static void
on_leave_cb (KartuPointsLayer         *self,
             GtkEventControllerMotion *controller)
{
  set_hover (self, 0);
}

static void
activate_first (KartuPointsLayer   *self,
                const KartuCluster *cluster)
{
  g_signal_emit (self, signals [POINT_ACTIVATED], 0,
                 (guint)cluster->kind_of_first, cluster->first_id);
}

static void
zoom_into (KartuPointsLayer   *self,
           const KartuCluster *cluster)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  guint level = cluster_level (viewport, shumate_viewport_get_zoom_level (viewport));
  guint expansion = kartu_cluster_index_get_expansion_zoom (self->index, level, cluster);
  double target = expansion - tile_offset (viewport);

  /* Points at one place never come apart: open the first of them instead. */
  if (expansion == G_MAXUINT || target > shumate_viewport_get_max_zoom_level (viewport))
    {
      activate_first (self, cluster);
      return;
    }

  if (self->map != NULL)
    {
      /* libshumate's own default grows with the zoom level, to seconds: too slow here. */
      guint duration = shumate_map_get_go_to_duration (self->map);

      shumate_map_go_to_full_with_duration (self->map, cluster->latitude, cluster->longitude,
                                            target, duration > 0 ? duration : 500);
    }
  else
    {
      shumate_viewport_set_zoom_level (viewport, target);
      shumate_location_set_location (SHUMATE_LOCATION (viewport),
                                     cluster->latitude, cluster->longitude);
    }
}

static void
on_pressed_cb (KartuPointsLayer *self,
               int               n_press,
               double            x,
               double            y,
               GtkGestureClick  *gesture)
{
  const Placed *placed = n_press == 1 ? hit_placed (self, x, y, NULL) : NULL;

  /* Not claimed here: a drag that starts on a dot still pans the map. */
  self->pressed = placed != NULL;
  if (placed != NULL)
    self->pressed_cluster = placed->cluster;
}

static void
on_released_cb (KartuPointsLayer *self,
                int               n_press,
                double            x,
                double            y,
                GtkGestureClick  *gesture)
{
  const Placed *placed = hit_placed (self, x, y, NULL);
  KartuCluster cluster;

  if (!self->pressed || placed == NULL ||
      placed->cluster.first_index != self->pressed_cluster.first_index ||
      placed->cluster.count != self->pressed_cluster.count)
    {
      self->pressed = FALSE;
      return;
    }

  self->pressed = FALSE;
  cluster = placed->cluster;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);

  if (cluster.count == 1)
    activate_first (self, &cluster);
  else
    zoom_into (self, &cluster);
}

static void
on_stopped_cb (KartuPointsLayer *self,
               GtkGestureClick  *gesture)
{
  self->pressed = FALSE;
}

static void
kartu_points_layer_constructed (GObject *object)
{
  KartuPointsLayer *self = KARTU_POINTS_LAYER (object);

  G_OBJECT_CLASS (kartu_points_layer_parent_class)->constructed (object);

  g_signal_connect_object (shumate_layer_get_viewport (SHUMATE_LAYER (self)), "notify",
                           G_CALLBACK (invalidate), self, G_CONNECT_SWAPPED);
}

static void
kartu_points_layer_dispose (GObject *object)
{
  KartuPointsLayer *self = KARTU_POINTS_LAYER (object);

  g_clear_weak_pointer (&self->map);
  g_clear_pointer (&self->index, kartu_cluster_index_unref);
  g_array_set_size (self->visible, 0);
  self->visible_valid = FALSE;

  G_OBJECT_CLASS (kartu_points_layer_parent_class)->dispose (object);
}

static void
kartu_points_layer_finalize (GObject *object)
{
  KartuPointsLayer *self = KARTU_POINTS_LAYER (object);

  g_clear_pointer (&self->visible, g_array_unref);
  g_clear_pointer (&self->sprites, g_hash_table_unref);

  G_OBJECT_CLASS (kartu_points_layer_parent_class)->finalize (object);
}

static void
kartu_points_layer_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KartuPointsLayer *self = KARTU_POINTS_LAYER (object);

  switch (prop_id)
    {
    case PROP_MAP:
      g_value_set_object (value, self->map);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_points_layer_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  KartuPointsLayer *self = KARTU_POINTS_LAYER (object);

  switch (prop_id)
    {
    case PROP_MAP:
      g_set_weak_pointer (&self->map, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_points_layer_class_init (KartuPointsLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kartu_points_layer_constructed;
  object_class->dispose = kartu_points_layer_dispose;
  object_class->finalize = kartu_points_layer_finalize;
  object_class->get_property = kartu_points_layer_get_property;
  object_class->set_property = kartu_points_layer_set_property;

  widget_class->snapshot = kartu_points_layer_snapshot;
  widget_class->contains = kartu_points_layer_contains;
  widget_class->query_tooltip = kartu_points_layer_query_tooltip;

  /**
   * KartuPointsLayer:map:
   *
   * The map the layer is on, which a click on a group moves. Without one,
   * the layer sets the viewport directly.
   */
  properties [PROP_MAP] =
    g_param_spec_object ("map", NULL, NULL, SHUMATE_TYPE_MAP,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KartuPointsLayer::point-activated:
   * @self: the layer
   * @kind: a #KartuMapPointKind
   * @id: the activity's or project's id
   *
   * A dot was clicked, or a group of points at one place that zooming cannot
   * pull apart (then @id is the first of them).
   */
  signals [POINT_ACTIVATED] =
    g_signal_new ("point-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_INT64);
}

static void
kartu_points_layer_init (KartuPointsLayer *self)
{
  GtkEventController *motion;
  GtkGesture *click;

  self->visible = g_array_new (FALSE, FALSE, sizeof (Placed));
  self->sprites = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");

  click = gtk_gesture_click_new ();
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (on_pressed_cb), self);
  g_signal_connect_swapped (click, "released", G_CALLBACK (on_released_cb), self);
  g_signal_connect_swapped (click, "stopped", G_CALLBACK (on_stopped_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (motion, "enter", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
}

/**
 * kartu_points_layer_new:
 * @map: the map the layer goes on
 *
 * Returns: (transfer full): a new layer on @map's viewport, with no points yet
 */
KartuPointsLayer *
kartu_points_layer_new (ShumateMap *map)
{
  g_return_val_if_fail (SHUMATE_IS_MAP (map), NULL);

  return g_object_new (KARTU_TYPE_POINTS_LAYER,
                       "map", map,
                       "viewport", shumate_map_get_viewport (map),
                       NULL);
}

/**
 * kartu_points_layer_get_map:
 * @self: a layer
 *
 * Returns: (transfer none) (nullable): the map
 */
ShumateMap *
kartu_points_layer_get_map (KartuPointsLayer *self)
{
  g_return_val_if_fail (KARTU_IS_POINTS_LAYER (self), NULL);

  return self->map;
}

/**
 * kartu_points_layer_set_points:
 * @self: a layer
 * @points: (array length=n_points): activities and projects
 * @n_points: how many
 *
 * Replaces the points shown; @points is copied.
 */
void
kartu_points_layer_set_points (KartuPointsLayer    *self,
                               const KartuMapPoint *points,
                               gsize                n_points)
{
  g_return_if_fail (KARTU_IS_POINTS_LAYER (self));
  g_return_if_fail (points != NULL || n_points == 0);

  g_clear_pointer (&self->index, kartu_cluster_index_unref);
  self->index = kartu_cluster_index_new (points, n_points);
  self->pressed = FALSE;
  invalidate (self);
}

/**
 * kartu_points_layer_get_index:
 * @self: a layer
 *
 * Returns: (transfer none) (nullable): the clusters of the points shown
 */
KartuClusterIndex *
kartu_points_layer_get_index (KartuPointsLayer *self)
{
  g_return_val_if_fail (KARTU_IS_POINTS_LAYER (self), NULL);

  return self->index;
}

/**
 * kartu_points_layer_get_n_visible:
 * @self: a layer
 *
 * Returns: how many dots and groups the layer draws at the viewport's
 *   current position and zoom
 */
guint
kartu_points_layer_get_n_visible (KartuPointsLayer *self)
{
  g_return_val_if_fail (KARTU_IS_POINTS_LAYER (self), 0);

  ensure_visible (self);

  return self->visible->len;
}

/**
 * kartu_points_layer_hit_test:
 * @self: a layer
 * @x: a column in @self's coordinates
 * @y: a row in @self's coordinates
 * @cluster: (out) (optional): where to store the dot or group found
 *
 * Returns: %TRUE when a dot or a group is under (@x, @y)
 */
gboolean
kartu_points_layer_hit_test (KartuPointsLayer *self,
                             double            x,
                             double            y,
                             KartuCluster     *cluster)
{
  const Placed *placed;

  g_return_val_if_fail (KARTU_IS_POINTS_LAYER (self), FALSE);

  placed = hit_placed (self, x, y, NULL);
  if (placed != NULL && cluster != NULL)
    *cluster = placed->cluster;

  return placed != NULL;
}
