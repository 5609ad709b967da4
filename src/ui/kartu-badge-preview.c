/* kartu-badge-preview.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-badge-preview"

#include "config.h"

#include "kartu-badge-preview.h"
#include "kartu-badge-shape.h"

/* A badge drawn small from its design: the shape filled and bordered, the
 * symbolic icon in the middle. The full badge image (banner, ribbon, stars,
 * text) is the core renderer's job. */
struct _KartuBadgePreview
{
  GtkWidget  parent_instance;

  char      *shape;
  char      *fill_colour;
  char      *border_colour;
  char      *icon_name;
  int        pixel_size;
};

G_DEFINE_FINAL_TYPE (KartuBadgePreview, kartu_badge_preview, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SHAPE,
  PROP_FILL_COLOUR,
  PROP_BORDER_COLOUR,
  PROP_ICON_NAME,
  PROP_PIXEL_SIZE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
kartu_badge_preview_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  KartuBadgePreview *self = KARTU_BADGE_PREVIEW (widget);

  *minimum = *natural = self->pixel_size;
}

static void
kartu_badge_preview_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  KartuBadgePreview *self = KARTU_BADGE_PREVIEW (widget);
  g_autoptr(GtkIconPaintable) icon = NULL;
  KartuBadgeShape shape = KARTU_BADGE_SHAPE_CIRCLE;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double size = MIN (width, height);
  double x = (width - size) / 2;
  double y = (height - size) / 2;
  int icon_size;
  double icon_y;
  GdkRGBA ink;
  cairo_t *cr;

  if (size < 1)
    return;

  kartu_badge_shape_from_string (self->shape, &shape);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x, y, size, size));
  kartu_badge_shape_draw (cr, shape, x, y, size, self->fill_colour, self->border_colour);
  cairo_destroy (cr);

  icon_size = (int)(size * 0.45);
  if (icon_size < 8)
    return;

  icon = gtk_icon_theme_lookup_icon (gtk_icon_theme_get_for_display (gtk_widget_get_display (widget)),
                                     self->icon_name != NULL ? self->icon_name : KARTU_BADGE_DEFAULT_ICON,
                                     NULL,
                                     icon_size,
                                     gtk_widget_get_scale_factor (widget),
                                     gtk_widget_get_direction (widget),
                                     0);

  if (kartu_badge_colour_is_dark (self->fill_colour))
    ink = (GdkRGBA) { 1, 1, 1, 1 };
  else
    ink = (GdkRGBA) { 0, 0, 0, 0.8 };

  /* A shield's body sits above its point: centre the icon there. */
  icon_y = y + (size - icon_size) / 2 - (shape == KARTU_BADGE_SHAPE_SHIELD ? size * 0.05 : 0);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((int)(x + (size - icon_size) / 2), (int)icon_y));
  gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), snapshot,
                                            icon_size, icon_size, &ink, 1);
  gtk_snapshot_restore (snapshot);
}

static void
kartu_badge_preview_finalize (GObject *object)
{
  KartuBadgePreview *self = (KartuBadgePreview *)object;

  g_clear_pointer (&self->shape, g_free);
  g_clear_pointer (&self->fill_colour, g_free);
  g_clear_pointer (&self->border_colour, g_free);
  g_clear_pointer (&self->icon_name, g_free);

  G_OBJECT_CLASS (kartu_badge_preview_parent_class)->finalize (object);
}

static void
kartu_badge_preview_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KartuBadgePreview *self = KARTU_BADGE_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_SHAPE:
      g_value_set_string (value, self->shape);
      break;

    case PROP_FILL_COLOUR:
      g_value_set_string (value, self->fill_colour);
      break;

    case PROP_BORDER_COLOUR:
      g_value_set_string (value, self->border_colour);
      break;

    case PROP_ICON_NAME:
      g_value_set_string (value, self->icon_name);
      break;

    case PROP_PIXEL_SIZE:
      g_value_set_int (value, self->pixel_size);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_badge_preview_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KartuBadgePreview *self = KARTU_BADGE_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_SHAPE:
      kartu_badge_preview_set_shape (self, g_value_get_string (value));
      break;

    case PROP_FILL_COLOUR:
      kartu_badge_preview_set_fill_colour (self, g_value_get_string (value));
      break;

    case PROP_BORDER_COLOUR:
      kartu_badge_preview_set_border_colour (self, g_value_get_string (value));
      break;

    case PROP_ICON_NAME:
      kartu_badge_preview_set_icon_name (self, g_value_get_string (value));
      break;

    case PROP_PIXEL_SIZE:
      kartu_badge_preview_set_pixel_size (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_badge_preview_class_init (KartuBadgePreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kartu_badge_preview_finalize;
  object_class->get_property = kartu_badge_preview_get_property;
  object_class->set_property = kartu_badge_preview_set_property;

  widget_class->measure = kartu_badge_preview_measure;
  widget_class->snapshot = kartu_badge_preview_snapshot;

  properties [PROP_SHAPE] =
    g_param_spec_string ("shape", NULL, NULL, NULL, flags);
  properties [PROP_FILL_COLOUR] =
    g_param_spec_string ("fill-colour", NULL, NULL, NULL, flags);
  properties [PROP_BORDER_COLOUR] =
    g_param_spec_string ("border-colour", NULL, NULL, NULL, flags);
  properties [PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL, flags);
  properties [PROP_PIXEL_SIZE] =
    g_param_spec_int ("pixel-size", NULL, NULL, 16, 512, 64, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "badgepreview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kartu_badge_preview_init (KartuBadgePreview *self)
{
  self->pixel_size = 64;
}

GtkWidget *
kartu_badge_preview_new (void)
{
  return g_object_new (KARTU_TYPE_BADGE_PREVIEW, NULL);
}

static void
set_string (KartuBadgePreview  *self,
            char              **field,
            const char         *value,
            guint               prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
}

const char *
kartu_badge_preview_get_shape (KartuBadgePreview *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE_PREVIEW (self), NULL);

  return self->shape;
}

/**
 * kartu_badge_preview_set_shape:
 * @self: a #KartuBadgePreview
 * @shape: (nullable): a shape name such as `hexagon`; unknown names draw a circle
 */
void
kartu_badge_preview_set_shape (KartuBadgePreview *self,
                               const char        *shape)
{
  g_return_if_fail (KARTU_IS_BADGE_PREVIEW (self));

  set_string (self, &self->shape, shape, PROP_SHAPE);
}

const char *
kartu_badge_preview_get_fill_colour (KartuBadgePreview *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE_PREVIEW (self), NULL);

  return self->fill_colour;
}

/**
 * kartu_badge_preview_set_fill_colour:
 * @self: a #KartuBadgePreview
 * @colour: (nullable): `#rrggbb`; %NULL or an invalid colour draws the default
 */
void
kartu_badge_preview_set_fill_colour (KartuBadgePreview *self,
                                     const char        *colour)
{
  g_return_if_fail (KARTU_IS_BADGE_PREVIEW (self));

  set_string (self, &self->fill_colour, colour, PROP_FILL_COLOUR);
}

const char *
kartu_badge_preview_get_border_colour (KartuBadgePreview *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE_PREVIEW (self), NULL);

  return self->border_colour;
}

void
kartu_badge_preview_set_border_colour (KartuBadgePreview *self,
                                       const char        *colour)
{
  g_return_if_fail (KARTU_IS_BADGE_PREVIEW (self));

  set_string (self, &self->border_colour, colour, PROP_BORDER_COLOUR);
}

const char *
kartu_badge_preview_get_icon_name (KartuBadgePreview *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE_PREVIEW (self), NULL);

  return self->icon_name;
}

void
kartu_badge_preview_set_icon_name (KartuBadgePreview *self,
                                   const char        *icon_name)
{
  g_return_if_fail (KARTU_IS_BADGE_PREVIEW (self));

  set_string (self, &self->icon_name, icon_name, PROP_ICON_NAME);
}

int
kartu_badge_preview_get_pixel_size (KartuBadgePreview *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE_PREVIEW (self), 0);

  return self->pixel_size;
}

void
kartu_badge_preview_set_pixel_size (KartuBadgePreview *self,
                                    int                pixel_size)
{
  g_return_if_fail (KARTU_IS_BADGE_PREVIEW (self));
  g_return_if_fail (pixel_size >= 16 && pixel_size <= 512);

  if (self->pixel_size == pixel_size)
    return;

  self->pixel_size = pixel_size;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PIXEL_SIZE]);
}
