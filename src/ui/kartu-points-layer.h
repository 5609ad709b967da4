/* kartu-points-layer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

#include "kartu-cluster.h"

G_BEGIN_DECLS

#define KARTU_TYPE_POINTS_LAYER (kartu_points_layer_get_type ())

G_DECLARE_FINAL_TYPE (KartuPointsLayer, kartu_points_layer, KARTU, POINTS_LAYER, ShumateLayer)

KartuPointsLayer  *kartu_points_layer_new           (ShumateMap          *map);
ShumateMap        *kartu_points_layer_get_map       (KartuPointsLayer    *self);
void               kartu_points_layer_set_points    (KartuPointsLayer    *self,
                                                     const KartuMapPoint *points,
                                                     gsize                n_points);
KartuClusterIndex *kartu_points_layer_get_index     (KartuPointsLayer    *self);
guint              kartu_points_layer_get_n_visible (KartuPointsLayer    *self);
gboolean           kartu_points_layer_hit_test      (KartuPointsLayer    *self,
                                                     double               x,
                                                     double               y,
                                                     KartuCluster        *cluster);

G_END_DECLS
