/* kartu-mercator.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The latitude at which Web Mercator's world is square: atan (sinh (π)). */
#define KARTU_MERCATOR_MAX_LATITUDE 85.05112877980659

void kartu_mercator_project   (double  latitude,
                               double  longitude,
                               double  zoom,
                               guint   tile_size,
                               double *x,
                               double *y);
void kartu_mercator_unproject (double  x,
                               double  y,
                               double  zoom,
                               guint   tile_size,
                               double *latitude,
                               double *longitude);

G_END_DECLS
