/* kartu-mercator.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-mercator"

#include "config.h"

#include <math.h>

#include "kartu-mercator.h"

static inline double
world_size (double zoom,
            guint  tile_size)
{
  return tile_size * exp2 (zoom);
}

/**
 * kartu_mercator_project:
 * @latitude: WGS84 latitude in degrees, clamped to ±%KARTU_MERCATOR_MAX_LATITUDE
 * @longitude: WGS84 longitude in degrees; not wrapped, so the mapping stays linear
 * @zoom: the zoom level; fractional levels are allowed
 * @tile_size: the tile size in pixels (256 for OpenStreetMap-style tiles)
 * @x: (out): the world pixel column, from 0 at 180° W to `tile_size × 2^zoom` at 180° E
 * @y: (out): the world pixel row, from 0 at the northern limit to `tile_size × 2^zoom`
 *   at the southern one
 *
 * Projects a point to Web Mercator (EPSG:3857) world pixels, as XYZ tiles
 * (and libshumate) lay them out: tile (tx, ty) covers pixels
 * [tx × tile_size, (tx + 1) × tile_size) × [ty × tile_size, (ty + 1) × tile_size).
 */
void
kartu_mercator_project (double  latitude,
                        double  longitude,
                        double  zoom,
                        guint   tile_size,
                        double *x,
                        double *y)
{
  double world = world_size (zoom, tile_size);
  double phi;

  g_return_if_fail (x != NULL && y != NULL);
  g_return_if_fail (tile_size > 0);

  latitude = CLAMP (latitude, -KARTU_MERCATOR_MAX_LATITUDE, KARTU_MERCATOR_MAX_LATITUDE);
  phi = latitude * G_PI / 180.0;

  *x = (longitude + 180.0) / 360.0 * world;
  *y = (1.0 - asinh (tan (phi)) / G_PI) / 2.0 * world;
}

/**
 * kartu_mercator_unproject:
 * @x: the world pixel column at @zoom
 * @y: the world pixel row at @zoom
 * @zoom: the zoom level
 * @tile_size: the tile size in pixels
 * @latitude: (out): the latitude in degrees
 * @longitude: (out): the longitude in degrees
 *
 * The inverse of kartu_mercator_project(). Rows above or below the world are
 * clamped to its edges, so @latitude stays within ±%KARTU_MERCATOR_MAX_LATITUDE;
 * columns are not, so @longitude may lie beyond ±180° (as on a map that wraps).
 */
void
kartu_mercator_unproject (double  x,
                          double  y,
                          double  zoom,
                          guint   tile_size,
                          double *latitude,
                          double *longitude)
{
  double world = world_size (zoom, tile_size);

  g_return_if_fail (latitude != NULL && longitude != NULL);
  g_return_if_fail (tile_size > 0);

  y = CLAMP (y, 0.0, world);

  *longitude = x / world * 360.0 - 180.0;
  *latitude = atan (sinh (G_PI * (1.0 - 2.0 * y / world))) * 180.0 / G_PI;
}
