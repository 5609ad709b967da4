/* kartu-tile-paintable.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KARTU_TYPE_TILE_PAINTABLE (kartu_tile_paintable_get_type ())

G_DECLARE_FINAL_TYPE (KartuTilePaintable, kartu_tile_paintable, KARTU, TILE_PAINTABLE, GObject)

GdkPaintable *kartu_tile_paintable_new (GdkTexture *texture,
                                        guint       bleed);

G_END_DECLS
