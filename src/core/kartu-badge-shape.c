/* kartu-badge-shape.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-badge-shape"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kartu-badge-shape.h"

static const char * const shape_names[] = {
  [KARTU_BADGE_SHAPE_CIRCLE]  = "circle",
  [KARTU_BADGE_SHAPE_HEXAGON] = "hexagon",
  [KARTU_BADGE_SHAPE_SHIELD]  = "shield",
  [KARTU_BADGE_SHAPE_SQUARE]  = "square",
  [KARTU_BADGE_SHAPE_ROSETTE] = "rosette",
};

/**
 * kartu_badge_shape_from_string:
 * @name: (nullable): a shape name as stored in a badge design, e.g. `hexagon`
 * @shape: (out): where to store the shape
 *
 * Returns: whether @name is a known shape; @shape is untouched otherwise
 */
gboolean
kartu_badge_shape_from_string (const char      *name,
                               KartuBadgeShape *shape)
{
  g_return_val_if_fail (shape != NULL, FALSE);

  if (name == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (shape_names); i++)
    {
      if (g_str_equal (name, shape_names[i]))
        {
          *shape = (KartuBadgeShape)i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
kartu_badge_shape_to_string (KartuBadgeShape shape)
{
  g_return_val_if_fail (shape <= KARTU_BADGE_SHAPE_ROSETTE, NULL);

  return shape_names[shape];
}

static void
append_polygon (cairo_t *cr,
                guint    n_points,
                double   outer,
                double   inner,
                double   cx,
                double   cy)
{
  for (guint i = 0; i < n_points; i++)
    {
      double radius = (i % 2 == 0) ? outer : inner;
      double angle = -G_PI / 2 + 2 * G_PI * i / n_points;

      if (i == 0)
        cairo_move_to (cr, cx + radius * cos (angle), cy + radius * sin (angle));
      else
        cairo_line_to (cr, cx + radius * cos (angle), cy + radius * sin (angle));
    }
  cairo_close_path (cr);
}

/**
 * kartu_badge_shape_append_path:
 * @cr: a cairo context
 * @shape: the shape
 * @x: left edge of the box
 * @y: top edge of the box
 * @size: width and height of the box
 *
 * Appends the outline of @shape, fitted into the square box, to the current
 * path of @cr as a closed sub-path. Nothing is drawn.
 */
void
kartu_badge_shape_append_path (cairo_t         *cr,
                               KartuBadgeShape  shape,
                               double           x,
                               double           y,
                               double           size)
{
  double r = size / 2;
  double cx = x + r;
  double cy = y + r;

  g_return_if_fail (cr != NULL);

  switch (shape)
    {
    case KARTU_BADGE_SHAPE_HEXAGON:
      {
        /* Pointy side up, as badges usually stand. */
        double dx = r * sqrt (3) / 2;

        cairo_move_to (cr, cx, y);
        cairo_line_to (cr, cx + dx, cy - r / 2);
        cairo_line_to (cr, cx + dx, cy + r / 2);
        cairo_line_to (cr, cx, y + size);
        cairo_line_to (cr, cx - dx, cy + r / 2);
        cairo_line_to (cr, cx - dx, cy - r / 2);
        cairo_close_path (cr);
      }
      break;

    case KARTU_BADGE_SHAPE_SHIELD:
      cairo_move_to (cr, cx, y);
      cairo_line_to (cr, x + 0.92 * size, y + 0.12 * size);
      cairo_line_to (cr, x + 0.92 * size, y + 0.48 * size);
      cairo_curve_to (cr,
                      x + 0.92 * size, y + 0.76 * size,
                      x + 0.72 * size, y + 0.90 * size,
                      cx, y + size);
      cairo_curve_to (cr,
                      x + 0.28 * size, y + 0.90 * size,
                      x + 0.08 * size, y + 0.76 * size,
                      x + 0.08 * size, y + 0.48 * size);
      cairo_line_to (cr, x + 0.08 * size, y + 0.12 * size);
      cairo_close_path (cr);
      break;

    case KARTU_BADGE_SHAPE_SQUARE:
      {
        double radius = 0.2 * size;

        cairo_new_sub_path (cr);
        cairo_arc (cr, x + size - radius, y + radius, radius, -G_PI / 2, 0);
        cairo_arc (cr, x + size - radius, y + size - radius, radius, 0, G_PI / 2);
        cairo_arc (cr, x + radius, y + size - radius, radius, G_PI / 2, G_PI);
        cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
        cairo_close_path (cr);
      }
      break;

    case KARTU_BADGE_SHAPE_ROSETTE:
      /* Sixteen points round the edge, like a rosette or an embossed seal. */
      append_polygon (cr, 32, r, r * 0.88, cx, cy);
      break;

    case KARTU_BADGE_SHAPE_CIRCLE:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
      cairo_close_path (cr);
      break;
    }
}

/**
 * kartu_badge_shape_border_width:
 * @size: the size of the badge
 *
 * Returns: the width of the border line kartu_badge_shape_draw() strokes
 */
double
kartu_badge_shape_border_width (double size)
{
  return MAX (1.0, size * 0.06);
}

/**
 * kartu_badge_shape_draw:
 * @cr: a cairo context
 * @shape: the shape
 * @x: left edge of the box
 * @y: top edge of the box
 * @size: width and height of the box
 * @fill: (nullable): fill colour as `#rrggbb`; invalid or %NULL uses the default
 * @border: (nullable): border colour as `#rrggbb`; invalid or %NULL uses the default
 *
 * Fills @shape and strokes its border, all inside the box.
 */
void
kartu_badge_shape_draw (cairo_t         *cr,
                        KartuBadgeShape  shape,
                        double           x,
                        double           y,
                        double           size,
                        const char      *fill,
                        const char      *border)
{
  double line = kartu_badge_shape_border_width (size);
  double red, green, blue;

  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  cairo_new_path (cr);
  /* Inset by half the line so that the stroke stays inside the box. */
  kartu_badge_shape_append_path (cr, shape, x + line / 2, y + line / 2, size - line);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  if (!kartu_badge_colour_parse (fill, &red, &green, &blue))
    kartu_badge_colour_parse (KARTU_BADGE_DEFAULT_FILL, &red, &green, &blue);
  cairo_set_source_rgb (cr, red, green, blue);
  cairo_fill_preserve (cr);

  if (!kartu_badge_colour_parse (border, &red, &green, &blue))
    kartu_badge_colour_parse (KARTU_BADGE_DEFAULT_BORDER, &red, &green, &blue);
  cairo_set_source_rgb (cr, red, green, blue);
  cairo_set_line_width (cr, line);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/**
 * kartu_badge_colour_parse:
 * @text: (nullable): a colour as `#rrggbb` or `#rgb`
 * @red: (out): red, 0 to 1
 * @green: (out): green, 0 to 1
 * @blue: (out): blue, 0 to 1
 *
 * Returns: whether @text is such a colour; the outputs are untouched otherwise
 */
gboolean
kartu_badge_colour_parse (const char *text,
                          double     *red,
                          double     *green,
                          double     *blue)
{
  guint digits[6];
  gsize len;

  g_return_val_if_fail (red != NULL && green != NULL && blue != NULL, FALSE);

  if (text == NULL || text[0] != '#')
    return FALSE;

  len = strlen (text + 1);
  if (len != 3 && len != 6)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    {
      int value = g_ascii_xdigit_value (text[1 + i]);

      if (value < 0)
        return FALSE;
      digits[i] = value;
    }

  if (len == 3)
    {
      *red = digits[0] * 17 / 255.0;
      *green = digits[1] * 17 / 255.0;
      *blue = digits[2] * 17 / 255.0;
    }
  else
    {
      *red = (digits[0] * 16 + digits[1]) / 255.0;
      *green = (digits[2] * 16 + digits[3]) / 255.0;
      *blue = (digits[4] * 16 + digits[5]) / 255.0;
    }

  return TRUE;
}

/**
 * kartu_badge_colour_is_dark:
 * @colour: (nullable): a colour as `#rrggbb`
 *
 * Tells whether light or dark marks read better on @colour, by the WCAG
 * relative luminance; an invalid colour counts as the default fill.
 *
 * Returns: %TRUE when white reads better on @colour than black
 */
gboolean
kartu_badge_colour_is_dark (const char *colour)
{
  double rgb[3];
  double luminance = 0;
  static const double weights[3] = { 0.2126, 0.7152, 0.0722 };

  if (!kartu_badge_colour_parse (colour, &rgb[0], &rgb[1], &rgb[2]))
    kartu_badge_colour_parse (KARTU_BADGE_DEFAULT_FILL, &rgb[0], &rgb[1], &rgb[2]);

  for (guint i = 0; i < 3; i++)
    {
      double c = rgb[i] <= 0.04045 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4);

      luminance += weights[i] * c;
    }

  /* Where the contrast with white (1.05 / (L + 0.05)) beats that with black. */
  return luminance < 0.179;
}
