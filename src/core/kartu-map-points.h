/* kartu-map-points.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kartu-store.h"

G_BEGIN_DECLS

typedef enum
{
  KARTU_MAP_POINT_ACTIVITY,
  KARTU_MAP_POINT_PROJECT,
} KartuMapPointKind;

/**
 * KartuMapPoint:
 * @id: the row id of the activity or project
 * @latitude: WGS84 latitude in degrees
 * @longitude: WGS84 longitude in degrees
 * @title: (nullable): the record's title, for tooltips
 * @kind: a #KartuMapPointKind
 *
 * One activity or project placed on the map.
 */
typedef struct
{
  gint64             id;
  double             latitude;
  double             longitude;
  char              *title;
  KartuMapPointKind  kind;
} KartuMapPoint;

void    kartu_map_point_clear  (KartuMapPoint  *point);
GArray *kartu_map_points_load  (KartuStore     *store,
                                GError        **error);

G_END_DECLS
