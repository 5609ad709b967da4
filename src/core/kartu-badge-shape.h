/* kartu-badge-shape.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KARTU_BADGE_SHAPE_CIRCLE,
  KARTU_BADGE_SHAPE_HEXAGON,
  KARTU_BADGE_SHAPE_SHIELD,
  KARTU_BADGE_SHAPE_SQUARE,
  KARTU_BADGE_SHAPE_ROSETTE,
} KartuBadgeShape;

#define KARTU_BADGE_DEFAULT_SHAPE  "circle"
#define KARTU_BADGE_DEFAULT_FILL   "#2e7d32"
#define KARTU_BADGE_DEFAULT_BORDER "#1b5e20"
#define KARTU_BADGE_DEFAULT_ICON   "emblem-ok-symbolic"

gboolean     kartu_badge_shape_from_string  (const char       *name,
                                             KartuBadgeShape  *shape);
const char  *kartu_badge_shape_to_string    (KartuBadgeShape   shape);
void         kartu_badge_shape_append_path  (cairo_t          *cr,
                                             KartuBadgeShape   shape,
                                             double            x,
                                             double            y,
                                             double            size);
double       kartu_badge_shape_border_width (double            size);
void         kartu_badge_shape_draw         (cairo_t          *cr,
                                             KartuBadgeShape   shape,
                                             double            x,
                                             double            y,
                                             double            size,
                                             const char       *fill,
                                             const char       *border);
gboolean     kartu_badge_colour_parse       (const char       *text,
                                             double           *red,
                                             double           *green,
                                             double           *blue);
gboolean     kartu_badge_colour_is_dark     (const char       *colour);

G_END_DECLS
