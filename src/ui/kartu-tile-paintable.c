/* kartu-tile-paintable.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-tile-paintable"

#include "config.h"

#include "kartu-tile-paintable.h"

/* A map tile that paints a little beyond its own bounds.
 *
 * libshumate 1.0 places tiles at fractional pixel positions, so the
 * antialiased edges of two neighbouring tiles leave a faint line of whatever
 * lies below. Each texture here carries a @bleed-pixel border of the
 * neighbouring map, drawn past the tile's edges, so neighbours overlap with
 * identical pixels and the seam disappears. */

struct _KartuTilePaintable
{
  GObject     parent_instance;

  GdkTexture *texture;
  guint       bleed;
};

static void kartu_tile_paintable_iface_init (GdkPaintableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KartuTilePaintable, kartu_tile_paintable, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GDK_TYPE_PAINTABLE,
                                                      kartu_tile_paintable_iface_init))

static int
tile_width (KartuTilePaintable *self)
{
  return gdk_texture_get_width (self->texture) - 2 * (int) self->bleed;
}

static int
tile_height (KartuTilePaintable *self)
{
  return gdk_texture_get_height (self->texture) - 2 * (int) self->bleed;
}

static void
kartu_tile_paintable_snapshot (GdkPaintable *paintable,
                               GdkSnapshot  *snapshot,
                               double        width,
                               double        height)
{
  KartuTilePaintable *self = KARTU_TILE_PAINTABLE (paintable);
  double scale_x = width / tile_width (self);
  double scale_y = height / tile_height (self);

  gtk_snapshot_append_texture (GTK_SNAPSHOT (snapshot), self->texture,
                               &GRAPHENE_RECT_INIT (-(float) (self->bleed * scale_x),
                                                    -(float) (self->bleed * scale_y),
                                                    gdk_texture_get_width (self->texture) * scale_x,
                                                    gdk_texture_get_height (self->texture) * scale_y));
}

static int
kartu_tile_paintable_get_intrinsic_width (GdkPaintable *paintable)
{
  return tile_width (KARTU_TILE_PAINTABLE (paintable));
}

static int
kartu_tile_paintable_get_intrinsic_height (GdkPaintable *paintable)
{
  return tile_height (KARTU_TILE_PAINTABLE (paintable));
}

static GdkPaintableFlags
kartu_tile_paintable_get_flags (GdkPaintable *paintable)
{
  return GDK_PAINTABLE_STATIC_SIZE | GDK_PAINTABLE_STATIC_CONTENTS;
}

static void
kartu_tile_paintable_iface_init (GdkPaintableInterface *iface)
{
  iface->snapshot = kartu_tile_paintable_snapshot;
  iface->get_intrinsic_width = kartu_tile_paintable_get_intrinsic_width;
  iface->get_intrinsic_height = kartu_tile_paintable_get_intrinsic_height;
  iface->get_flags = kartu_tile_paintable_get_flags;
}

static void
kartu_tile_paintable_finalize (GObject *object)
{
  KartuTilePaintable *self = (KartuTilePaintable *)object;

  g_clear_object (&self->texture);

  G_OBJECT_CLASS (kartu_tile_paintable_parent_class)->finalize (object);
}

static void
kartu_tile_paintable_class_init (KartuTilePaintableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kartu_tile_paintable_finalize;
}

static void
kartu_tile_paintable_init (KartuTilePaintable *self)
{
}

/**
 * kartu_tile_paintable_new:
 * @texture: the tile with @bleed extra pixels on every side
 * @bleed: how many pixels of @texture lie outside the tile on each side
 *
 * Returns: (transfer full): a paintable the size of the tile that also paints
 *   the @bleed border around it
 */
GdkPaintable *
kartu_tile_paintable_new (GdkTexture *texture,
                          guint       bleed)
{
  KartuTilePaintable *self;

  g_return_val_if_fail (GDK_IS_TEXTURE (texture), NULL);
  g_return_val_if_fail (gdk_texture_get_width (texture) > 2 * (int) bleed, NULL);
  g_return_val_if_fail (gdk_texture_get_height (texture) > 2 * (int) bleed, NULL);

  self = g_object_new (KARTU_TYPE_TILE_PAINTABLE, NULL);
  self->texture = g_object_ref (texture);
  self->bleed = bleed;

  return GDK_PAINTABLE (self);
}
