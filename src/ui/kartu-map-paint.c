/* kartu-map-paint.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-map-paint"

#include "config.h"

#include "kartu-map-paint.h"

/* A disc and its ring, as render nodes rather than cairo: GTK draws hundreds of these per
 * frame far faster than one cairo node with as many arcs. */
void
kartu_map_paint_circle (GtkSnapshot   *snapshot,
                        double         x,
                        double         y,
                        double         radius,
                        const GdkRGBA *fill,
                        const GdkRGBA *outline,
                        double         outline_width)
{
  GskRoundedRect disc;

  gsk_rounded_rect_init_from_rect (&disc,
                                   &GRAPHENE_RECT_INIT (x - radius, y - radius,
                                                        2 * radius, 2 * radius),
                                   radius);

  if (fill != NULL)
    {
      gtk_snapshot_push_rounded_clip (snapshot, &disc);
      gtk_snapshot_append_color (snapshot, fill, &disc.bounds);
      gtk_snapshot_pop (snapshot);
    }

  if (outline != NULL && outline_width > 0)
    {
      const float widths [4] = { outline_width, outline_width, outline_width, outline_width };
      const GdkRGBA colors [4] = { *outline, *outline, *outline, *outline };

      gtk_snapshot_append_border (snapshot, &disc, widths, colors);
    }
}

/* Text at (@x, @y), its top left, with a halo that keeps it legible over any map. */
void
kartu_map_paint_layout (GtkSnapshot   *snapshot,
                        PangoLayout   *layout,
                        double         x,
                        double         y,
                        const GdkRGBA *ink,
                        const GdkRGBA *halo)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));

  if (halo != NULL)
    {
      const GskShadow shadows [] = {
        { *halo, -1, 0, 0.5 },
        { *halo, 1, 0, 0.5 },
        { *halo, 0, -1, 0.5 },
        { *halo, 0, 1, 0.5 },
        { *halo, 0, 0, 3 },
      };

      gtk_snapshot_push_shadow (snapshot, shadows, G_N_ELEMENTS (shadows));
      gtk_snapshot_append_layout (snapshot, layout, ink);
      gtk_snapshot_pop (snapshot);
    }
  else
    {
      gtk_snapshot_append_layout (snapshot, layout, ink);
    }

  gtk_snapshot_restore (snapshot);
}

/* The theme's text colour for @widget, and a halo that contrasts with it. */
void
kartu_map_paint_get_ink (GtkWidget *widget,
                         GdkRGBA   *ink,
                         GdkRGBA   *halo)
{
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), ink);

  if (0.2126 * ink->red + 0.7152 * ink->green + 0.0722 * ink->blue > 0.5)
    *halo = (GdkRGBA) { 0.12, 0.12, 0.14, 0.85 };
  else
    *halo = (GdkRGBA) { 1, 1, 1, 0.9 };
}
