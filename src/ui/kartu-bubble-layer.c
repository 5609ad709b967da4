/* kartu-bubble-layer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-bubble-layer"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "kartu-bubble-layer.h"
#include "kartu-map-paint.h"
#include "kartu-municipality-summary.h"

#define RADIUS_MIN      6.0
#define RADIUS_MAX      28.0
#define RADIUS_NOTHING  4.5
#define HIT_RADIUS_MIN  8.0
#define LABEL_MIN_ZOOM  8.0
#define LABEL_GAP       3.0

typedef struct
{
  KartuMunicipalitySummary *summary;
  double                    value;
  double                    radius;   /* 0: not on the map (no centroid) */
} Bubble;

/**
 * KartuBubbleLayer:
 *
 * One proportional circle per municipality, at its centroid, for one figure
 * of its #KartuMunicipalitySummary (a #KartuMapMetric): the circle's area
 * grows with the figure; municipalities where that figure is zero are small
 * grey rings, so that "nothing here yet" shows. Names appear beside the
 * circles from zoom level 8. All of it is drawn by this one widget.
 *
 * The layer takes pointer events only over its circles, so the map still pans
 * from anywhere, circles included.
 */
struct _KartuBubbleLayer
{
  ShumateLayer    parent_instance;

  GListModel     *model;
  gulong          items_changed_id;
  KartuMapMetric  metric;

  GArray         *bubbles;   /* Bubble, in model order */
  GArray         *order;     /* guint positions of placed bubbles, largest first */

  guint           hover;     /* position + 1 of the hovered bubble, or 0 */
  gint64          pressed_id;
};

G_DEFINE_FINAL_TYPE (KartuBubbleLayer, kartu_bubble_layer, SHUMATE_TYPE_LAYER)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_METRIC,
  N_PROPS
};

enum {
  MUNICIPALITY_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
bubble_clear (Bubble *bubble)
{
  g_clear_object (&bubble->summary);
}

static int
compare_by_radius (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  GArray *bubbles = user_data;
  guint pa = *(const guint *)a, pb = *(const guint *)b;
  double ra = g_array_index (bubbles, Bubble, pa).radius;
  double rb = g_array_index (bubbles, Bubble, pb).radius;

  if (ra != rb)
    return ra > rb ? -1 : 1;

  return (pa > pb) - (pa < pb);
}

static void
kartu_bubble_layer_rebuild (KartuBubbleLayer *self)
{
  double max_value = 0;

  g_array_set_size (self->bubbles, 0);
  g_array_set_size (self->order, 0);
  self->hover = 0;

  if (self->model != NULL)
    {
      guint n = g_list_model_get_n_items (self->model);

      for (guint i = 0; i < n; i++)
        {
          Bubble bubble = { .summary = g_list_model_get_item (self->model, i) };

          bubble.value = kartu_map_metric_value (self->metric, bubble.summary);
          if (kartu_municipality_summary_has_location (bubble.summary))
            max_value = MAX (max_value, bubble.value);
          g_array_append_val (self->bubbles, bubble);
        }
    }

  for (guint i = 0; i < self->bubbles->len; i++)
    {
      Bubble *bubble = &g_array_index (self->bubbles, Bubble, i);

      if (!kartu_municipality_summary_has_location (bubble->summary))
        continue;

      if (bubble->value > 0 && max_value > 0)
        bubble->radius = RADIUS_MIN + (RADIUS_MAX - RADIUS_MIN) * sqrt (bubble->value / max_value);
      else
        bubble->radius = RADIUS_NOTHING;

      g_array_append_val (self->order, i);
    }

  /* Large first, so that small circles are drawn over them and hit first. */
  g_array_sort_with_data (self->order, compare_by_radius, self->bubbles);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
can_project (KartuBubbleLayer *self)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));

  return viewport != NULL &&
         shumate_viewport_get_reference_map_source (viewport) != NULL &&
         gtk_widget_get_width (GTK_WIDGET (self)) > 0 &&
         gtk_widget_get_height (GTK_WIDGET (self)) > 0;
}

static void
bubble_position (KartuBubbleLayer *self,
                 const Bubble     *bubble,
                 double           *x,
                 double           *y)
{
  shumate_viewport_location_to_widget_coords (shumate_layer_get_viewport (SHUMATE_LAYER (self)),
                                              GTK_WIDGET (self),
                                              kartu_municipality_summary_get_latitude (bubble->summary),
                                              kartu_municipality_summary_get_longitude (bubble->summary),
                                              x, y);
}

/* Returns the position + 1 of the topmost bubble under (@x, @y), or 0. */
static guint
hit_bubble (KartuBubbleLayer *self,
            double            x,
            double            y)
{
  if (!can_project (self))
    return 0;

  for (guint i = self->order->len; i > 0; i--)
    {
      guint position = g_array_index (self->order, guint, i - 1);
      const Bubble *bubble = &g_array_index (self->bubbles, Bubble, position);
      double bx, by, r = MAX (bubble->radius, HIT_RADIUS_MIN);

      bubble_position (self, bubble, &bx, &by);
      if ((x - bx) * (x - bx) + (y - by) * (y - by) <= r * r)
        return position + 1;
    }

  return 0;
}

static gboolean
rects_overlap (const graphene_rect_t *a,
               const graphene_rect_t *b)
{
  return a->origin.x < b->origin.x + b->size.width && b->origin.x < a->origin.x + a->size.width &&
         a->origin.y < b->origin.y + b->size.height && b->origin.y < a->origin.y + a->size.height;
}

static gboolean
rect_meets_circle (const graphene_rect_t *rect,
                   const graphene_vec3_t *circle)
{
  double cx = graphene_vec3_get_x (circle), cy = graphene_vec3_get_y (circle);
  double r = graphene_vec3_get_z (circle);
  double nx = CLAMP (cx, rect->origin.x, rect->origin.x + rect->size.width);
  double ny = CLAMP (cy, rect->origin.y, rect->origin.y + rect->size.height);

  return (nx - cx) * (nx - cx) + (ny - cy) * (ny - cy) < r * r;
}

/* A name fits where it covers no other name and no other circle with something in it. */
static gboolean
label_fits (const graphene_rect_t *rect,
            GArray                *taken,
            GArray                *circles,
            guint                  own)
{
  for (guint t = 0; t < taken->len; t++)
    if (rects_overlap (rect, &g_array_index (taken, graphene_rect_t, t)))
      return FALSE;

  for (guint c = 0; c < circles->len; c++)
    if (c != own && rect_meets_circle (rect, &g_array_index (circles, graphene_vec3_t, c)))
      return FALSE;

  return TRUE;
}

static void
snapshot_labels (KartuBubbleLayer *self,
                 GtkSnapshot      *snapshot,
                 const GdkRGBA    *ink,
                 const GdkRGBA    *halo)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  g_autoptr(GArray) circles = g_array_sized_new (FALSE, FALSE, sizeof (graphene_vec3_t),
                                                 self->order->len);
  GdkRGBA faint = *ink;

  faint.alpha *= 0.7;

  for (guint i = 0; i < self->order->len; i++)
    {
      const Bubble *bubble = &g_array_index (self->bubbles, Bubble,
                                             g_array_index (self->order, guint, i));
      graphene_vec3_t circle;
      double x, y;

      bubble_position (self, bubble, &x, &y);
      /* Empty rings are small enough for a name to run over them. */
      graphene_vec3_init (&circle, x, y, bubble->value > 0 ? bubble->radius : 0);
      g_array_append_val (circles, circle);
    }

  /* Largest first: where names would collide, the busier municipality keeps its own. */
  for (guint i = 0; i < self->order->len; i++)
    {
      const Bubble *bubble = &g_array_index (self->bubbles, Bubble,
                                             g_array_index (self->order, guint, i));
      const graphene_vec3_t *circle = &g_array_index (circles, graphene_vec3_t, i);
      double x = graphene_vec3_get_x (circle), y = graphene_vec3_get_y (circle);
      g_autoptr(PangoLayout) layout = NULL;
      PangoRectangle extents;
      graphene_rect_t after, before;
      const graphene_rect_t *rect;

      if (x + RADIUS_MAX < 0 || x - RADIUS_MAX > width ||
          y + RADIUS_MAX < 0 || y - RADIUS_MAX > height)
        continue;

      layout = gtk_widget_create_pango_layout (widget,
                                               kartu_municipality_summary_get_name (bubble->summary));
      pango_layout_get_pixel_extents (layout, NULL, &extents);

      /* After the circle in reading order, else before it. */
      graphene_rect_init (&after, x + bubble->radius + LABEL_GAP, y - extents.height / 2.0,
                          extents.width, extents.height);
      graphene_rect_init (&before, x - bubble->radius - LABEL_GAP - extents.width,
                          y - extents.height / 2.0, extents.width, extents.height);
      if (rtl)
        {
          graphene_rect_t swap = after;

          after = before;
          before = swap;
        }

      if (label_fits (&after, taken, circles, i))
        rect = &after;
      else if (label_fits (&before, taken, circles, i))
        rect = &before;
      else
        continue;

      g_array_append_val (taken, *rect);
      kartu_map_paint_layout (snapshot, layout,
                              round (rect->origin.x) - extents.x,
                              round (rect->origin.y) - extents.y,
                              bubble->value > 0 ? ink : &faint, halo);
    }
}

static void
kartu_bubble_layer_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  KartuBubbleLayer *self = KARTU_BUBBLE_LAYER (widget);
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA ink, halo, fill, outline, nothing, nothing_fill;
  gboolean dark;

  if (!can_project (self) || self->order->len == 0)
    return;

  kartu_map_paint_get_ink (widget, &ink, &halo);
  dark = 0.2126 * ink.red + 0.7152 * ink.green + 0.0722 * ink.blue > 0.5;

  /* GNOME's green: translucent so that the map and overlaps show through. */
  fill = (GdkRGBA) { 0.180, 0.761, 0.494, dark ? 0.42 : 0.5 };
  outline = dark ? (GdkRGBA) { 0.341, 0.890, 0.537, 0.95 }
                 : (GdkRGBA) { 0.078, 0.443, 0.263, 0.95 };
  nothing = dark ? (GdkRGBA) { 0.75, 0.75, 0.77, 0.9 }
                 : (GdkRGBA) { 0.40, 0.40, 0.43, 0.9 };
  nothing_fill = halo;
  nothing_fill.alpha = 0.5;

  for (guint i = 0; i < self->order->len; i++)
    {
      guint position = g_array_index (self->order, guint, i);
      const Bubble *bubble = &g_array_index (self->bubbles, Bubble, position);
      gboolean hovered = self->hover == position + 1;
      double x, y, r = bubble->radius;

      bubble_position (self, bubble, &x, &y);
      if (x + r < 0 || x - r > width || y + r < 0 || y - r > height)
        continue;

      if (bubble->value > 0)
        {
          GdkRGBA f = fill;

          if (hovered)
            f.alpha = MIN (1.0, f.alpha + 0.25);
          kartu_map_paint_circle (snapshot, x, y, r, &f, &outline, hovered ? 2.5 : 1.5);
        }
      else
        {
          kartu_map_paint_circle (snapshot, x, y, r, &nothing_fill, &nothing, hovered ? 2.5 : 1.5);
        }
    }

  if (shumate_viewport_get_zoom_level (viewport) >= LABEL_MIN_ZOOM)
    snapshot_labels (self, snapshot, &ink, &halo);
}

/* Pointer events (clicks, hover, tooltips) reach the layer only over a circle. */
static gboolean
kartu_bubble_layer_contains (GtkWidget *widget,
                             double     x,
                             double     y)
{
  return hit_bubble (KARTU_BUBBLE_LAYER (widget), x, y) != 0;
}

static gboolean
kartu_bubble_layer_query_tooltip (GtkWidget  *widget,
                                  int         x,
                                  int         y,
                                  gboolean    keyboard_tooltip,
                                  GtkTooltip *tooltip)
{
  KartuBubbleLayer *self = KARTU_BUBBLE_LAYER (widget);
  g_autofree char *value = NULL;
  g_autofree char *text = NULL;
  const Bubble *bubble;
  guint hit;
  double bx, by, r;

  if (keyboard_tooltip || (hit = hit_bubble (self, x, y)) == 0)
    return FALSE;

  bubble = &g_array_index (self->bubbles, Bubble, hit - 1);
  value = kartu_map_metric_format_value (self->metric, bubble->summary);
  /* Translators: a municipality on the map and its figure, e.g. "Vilnius — 12" */
  text = g_strdup_printf (C_("map tooltip", "%s — %s"),
                          kartu_municipality_summary_get_name (bubble->summary), value);
  gtk_tooltip_set_text (tooltip, text);

  bubble_position (self, bubble, &bx, &by);
  r = MAX (bubble->radius, HIT_RADIUS_MIN);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { bx - r, by - r, 2 * r, 2 * r });

  return TRUE;
}

static void
set_hover (KartuBubbleLayer *self,
           guint             hover)
{
  if (self->hover == hover)
    return;

  self->hover = hover;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion_cb (KartuBubbleLayer         *self,
              double                    x,
              double                    y,
              GtkEventControllerMotion *controller)
{
  set_hover (self, hit_bubble (self, x, y));
}

static void
on_leave_cb (KartuBubbleLayer         *self,
             GtkEventControllerMotion *controller)
{
  set_hover (self, 0);
}

static gint64
bubble_id (KartuBubbleLayer *self,
           guint             hit)
{
  if (hit == 0)
    return -1;

  return kartu_municipality_summary_get_id (g_array_index (self->bubbles, Bubble, hit - 1).summary);
}

static void
on_pressed_cb (KartuBubbleLayer *self,
               int               n_press,
               double            x,
               double            y,
               GtkGestureClick  *gesture)
{
  /* Not claimed here: a drag that starts on a circle still pans the map. */
  self->pressed_id = n_press == 1 ? bubble_id (self, hit_bubble (self, x, y)) : -1;
}

static void
on_released_cb (KartuBubbleLayer *self,
                int               n_press,
                double            x,
                double            y,
                GtkGestureClick  *gesture)
{
  gint64 id = bubble_id (self, hit_bubble (self, x, y));

  if (id >= 0 && id == self->pressed_id)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      self->pressed_id = -1;
      g_signal_emit (self, signals [MUNICIPALITY_ACTIVATED], 0, id);
      return;
    }

  self->pressed_id = -1;
}

static void
on_stopped_cb (KartuBubbleLayer *self,
               GtkGestureClick  *gesture)
{
  self->pressed_id = -1;
}

static void
kartu_bubble_layer_constructed (GObject *object)
{
  KartuBubbleLayer *self = KARTU_BUBBLE_LAYER (object);
  ShumateViewport *viewport;

  G_OBJECT_CLASS (kartu_bubble_layer_parent_class)->constructed (object);

  viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  g_signal_connect_object (viewport, "notify", G_CALLBACK (gtk_widget_queue_draw), self,
                           G_CONNECT_SWAPPED);
}

static void
kartu_bubble_layer_dispose (GObject *object)
{
  KartuBubbleLayer *self = KARTU_BUBBLE_LAYER (object);

  if (self->model != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->model);
  g_clear_object (&self->model);
  g_array_set_size (self->bubbles, 0);
  g_array_set_size (self->order, 0);

  G_OBJECT_CLASS (kartu_bubble_layer_parent_class)->dispose (object);
}

static void
kartu_bubble_layer_finalize (GObject *object)
{
  KartuBubbleLayer *self = KARTU_BUBBLE_LAYER (object);

  g_clear_pointer (&self->bubbles, g_array_unref);
  g_clear_pointer (&self->order, g_array_unref);

  G_OBJECT_CLASS (kartu_bubble_layer_parent_class)->finalize (object);
}

static void
kartu_bubble_layer_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KartuBubbleLayer *self = KARTU_BUBBLE_LAYER (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;

    case PROP_METRIC:
      g_value_set_enum (value, self->metric);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_bubble_layer_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  KartuBubbleLayer *self = KARTU_BUBBLE_LAYER (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      kartu_bubble_layer_set_model (self, g_value_get_object (value));
      break;

    case PROP_METRIC:
      kartu_bubble_layer_set_metric (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_bubble_layer_class_init (KartuBubbleLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kartu_bubble_layer_constructed;
  object_class->dispose = kartu_bubble_layer_dispose;
  object_class->finalize = kartu_bubble_layer_finalize;
  object_class->get_property = kartu_bubble_layer_get_property;
  object_class->set_property = kartu_bubble_layer_set_property;

  widget_class->snapshot = kartu_bubble_layer_snapshot;
  widget_class->contains = kartu_bubble_layer_contains;
  widget_class->query_tooltip = kartu_bubble_layer_query_tooltip;

  /**
   * KartuBubbleLayer:model:
   *
   * The municipalities, a #GListModel of #KartuMunicipalitySummary.
   */
  properties [PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * KartuBubbleLayer:metric:
   *
   * The figure the circles' sizes show.
   */
  properties [PROP_METRIC] =
    g_param_spec_enum ("metric", NULL, NULL, KARTU_TYPE_MAP_METRIC, KARTU_MAP_METRIC_PROJECTS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KartuBubbleLayer::municipality-activated:
   * @self: the layer
   * @municipality_id: the id of the municipality clicked
   */
  signals [MUNICIPALITY_ACTIVATED] =
    g_signal_new ("municipality-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
kartu_bubble_layer_init (KartuBubbleLayer *self)
{
  GtkEventController *motion;
  GtkGesture *click;

  self->metric = KARTU_MAP_METRIC_PROJECTS;
  self->pressed_id = -1;
  self->bubbles = g_array_new (FALSE, FALSE, sizeof (Bubble));
  g_array_set_clear_func (self->bubbles, (GDestroyNotify)bubble_clear);
  self->order = g_array_new (FALSE, FALSE, sizeof (guint));

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
 * kartu_bubble_layer_new:
 * @viewport: the map's viewport
 *
 * Returns: (transfer full): a new layer, with no municipalities yet
 */
KartuBubbleLayer *
kartu_bubble_layer_new (ShumateViewport *viewport)
{
  g_return_val_if_fail (SHUMATE_IS_VIEWPORT (viewport), NULL);

  return g_object_new (KARTU_TYPE_BUBBLE_LAYER, "viewport", viewport, NULL);
}

/**
 * kartu_bubble_layer_get_model:
 * @self: a layer
 *
 * Returns: (transfer none) (nullable): the municipalities shown
 */
GListModel *
kartu_bubble_layer_get_model (KartuBubbleLayer *self)
{
  g_return_val_if_fail (KARTU_IS_BUBBLE_LAYER (self), NULL);

  return self->model;
}

static void
on_items_changed_cb (KartuBubbleLayer *self,
                     guint             position,
                     guint             removed,
                     guint             added,
                     GListModel       *model)
{
  kartu_bubble_layer_rebuild (self);
}

/**
 * kartu_bubble_layer_set_model:
 * @self: a layer
 * @model: (nullable): a #GListModel of #KartuMunicipalitySummary
 */
void
kartu_bubble_layer_set_model (KartuBubbleLayer *self,
                              GListModel       *model)
{
  g_return_if_fail (KARTU_IS_BUBBLE_LAYER (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));
  g_return_if_fail (model == NULL ||
                    g_type_is_a (g_list_model_get_item_type (model),
                                 KARTU_TYPE_MUNICIPALITY_SUMMARY));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->model);
  g_set_object (&self->model, model);
  if (model != NULL)
    self->items_changed_id = g_signal_connect_object (model, "items-changed",
                                                      G_CALLBACK (on_items_changed_cb), self,
                                                      G_CONNECT_SWAPPED);

  kartu_bubble_layer_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MODEL]);
}

KartuMapMetric
kartu_bubble_layer_get_metric (KartuBubbleLayer *self)
{
  g_return_val_if_fail (KARTU_IS_BUBBLE_LAYER (self), KARTU_MAP_METRIC_PROJECTS);

  return self->metric;
}

void
kartu_bubble_layer_set_metric (KartuBubbleLayer *self,
                               KartuMapMetric    metric)
{
  g_return_if_fail (KARTU_IS_BUBBLE_LAYER (self));

  if (self->metric == metric)
    return;

  self->metric = metric;
  kartu_bubble_layer_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_METRIC]);
}

/**
 * kartu_bubble_layer_hit_test:
 * @self: a layer
 * @x: a column in @self's coordinates
 * @y: a row in @self's coordinates
 *
 * Finds the circle under a point; where circles overlap, the smaller one,
 * which is drawn on top. Tiny circles answer within 8 pixels of their centre.
 *
 * Returns: the id of the municipality, or -1 for none
 */
gint64
kartu_bubble_layer_hit_test (KartuBubbleLayer *self,
                             double            x,
                             double            y)
{
  g_return_val_if_fail (KARTU_IS_BUBBLE_LAYER (self), -1);

  return bubble_id (self, hit_bubble (self, x, y));
}

/**
 * kartu_bubble_layer_get_radius:
 * @self: a layer
 * @position: a position in the model
 *
 * Returns: the radius in pixels of that municipality's circle, or 0 when it
 *   has no centroid to be drawn at
 */
double
kartu_bubble_layer_get_radius (KartuBubbleLayer *self,
                               guint             position)
{
  g_return_val_if_fail (KARTU_IS_BUBBLE_LAYER (self), 0);
  g_return_val_if_fail (position < self->bubbles->len, 0);

  return g_array_index (self->bubbles, Bubble, position).radius;
}
