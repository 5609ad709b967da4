/* kartu-basemap.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

#define KARTU_BASEMAP_ERROR (kartu_basemap_error_quark ())

typedef enum
{
  KARTU_BASEMAP_ERROR_INVALID,
  KARTU_BASEMAP_ERROR_UNSUPPORTED_VERSION,
} KartuBasemapError;

typedef enum
{
  KARTU_BASEMAP_STYLE_LIGHT,
  KARTU_BASEMAP_STYLE_DARK,
} KartuBasemapStyle;

typedef enum
{
  KARTU_BASEMAP_FEATURE_SEA,
  KARTU_BASEMAP_FEATURE_LAND,
  KARTU_BASEMAP_FEATURE_BORDER,
} KartuBasemapFeature;

#define KARTU_TYPE_BASEMAP (kartu_basemap_get_type ())

G_DECLARE_FINAL_TYPE (KartuBasemap, kartu_basemap, KARTU, BASEMAP, GObject)

GQuark        kartu_basemap_error_quark       (void);
KartuBasemap *kartu_basemap_get_default       (void);
KartuBasemap *kartu_basemap_new_from_bytes    (GBytes              *bytes,
                                               GError             **error);
void          kartu_basemap_render_area       (KartuBasemap        *self,
                                               cairo_t             *cr,
                                               guint                zoom,
                                               guint                tile_size,
                                               double               x,
                                               double               y,
                                               guint                width,
                                               guint                height,
                                               KartuBasemapStyle    style);
void          kartu_basemap_render_tile       (KartuBasemap        *self,
                                               cairo_t             *cr,
                                               guint                zoom,
                                               guint                x,
                                               guint                y,
                                               guint                tile_size,
                                               KartuBasemapStyle    style);
guint32       kartu_basemap_style_get_rgb     (KartuBasemapStyle    style,
                                               KartuBasemapFeature  feature);

G_END_DECLS
