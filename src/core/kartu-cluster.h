/* kartu-cluster.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kartu-map-points.h"

G_BEGIN_DECLS

/* Side of a grid cell, in Web-Mercator pixels (256-pixel tiles) at the zoom level clustered. */
#define KARTU_CLUSTER_CELL_SIZE 48.0
#define KARTU_CLUSTER_MAX_ZOOM  20

/**
 * KartuCluster:
 * @latitude: mean latitude of the points
 * @longitude: mean longitude of the points
 * @count: how many points
 * @n_activities: how many of them are activities
 * @n_projects: how many of them are projects
 * @first_id: id of the first point (in the order given to the index)
 * @kind_of_first: the #KartuMapPointKind of the first point
 * @first_index: position of the first point in the index, see
 *   kartu_cluster_index_get_point()
 *
 * Points that share one grid cell at one zoom level.
 */
typedef struct
{
  double  latitude;
  double  longitude;
  guint   count;
  guint   n_activities;
  guint   n_projects;
  gint64  first_id;
  guint8  kind_of_first;
  guint   first_index;
} KartuCluster;

typedef struct _KartuClusterIndex KartuClusterIndex;

#define KARTU_TYPE_CLUSTER_INDEX (kartu_cluster_index_get_type ())

GType                kartu_cluster_index_get_type           (void) G_GNUC_CONST;
KartuClusterIndex   *kartu_cluster_index_new                (const KartuMapPoint *points,
                                                             gsize                n_points);
KartuClusterIndex   *kartu_cluster_index_ref                (KartuClusterIndex   *self);
void                 kartu_cluster_index_unref              (KartuClusterIndex   *self);
gsize                kartu_cluster_index_get_n_points       (KartuClusterIndex   *self);
const KartuMapPoint *kartu_cluster_index_get_point          (KartuClusterIndex   *self,
                                                             guint                position);
GArray              *kartu_cluster_index_query              (KartuClusterIndex   *self,
                                                             guint                zoom,
                                                             double               min_lat,
                                                             double               min_lon,
                                                             double               max_lat,
                                                             double               max_lon);
guint                kartu_cluster_index_get_n_clusters     (KartuClusterIndex   *self,
                                                             guint                zoom);
guint                kartu_cluster_index_get_expansion_zoom (KartuClusterIndex   *self,
                                                             guint                zoom,
                                                             const KartuCluster  *cluster);


G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartuClusterIndex, kartu_cluster_index_unref)

G_END_DECLS
