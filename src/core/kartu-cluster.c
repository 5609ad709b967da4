/* kartu-cluster.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-cluster"

#include "config.h"

#include <math.h>

#include "kartu-cluster.h"
#include "kartu-mercator.h"

#define TILE_SIZE 256.0

/* One zoom level's clusters, and an open-addressing table from grid cell to cluster. */
typedef struct
{
  KartuCluster *clusters;
  guint         n_clusters;
  guint64      *keys;
  guint        *slots;     /* cluster position + 1; 0 for a free slot */
  gsize         mask;
} Level;

/**
 * KartuClusterIndex:
 *
 * Activities and projects grouped, per zoom level, by the 48-pixel grid cell
 * of the Web-Mercator map they fall in. A level is built on first use in one
 * pass over the points; a query visits only the grid cells it covers (or
 * every cluster, when there are fewer clusters than cells).
 */
struct _KartuClusterIndex
{
  grefcount      ref_count;

  KartuMapPoint *points;    /* the titles live in @titles */
  double        *world;     /* x, y pairs in [0, 1]: Web-Mercator at zoom 0 over 1 pixel */
  gsize          n_points;
  GStringChunk  *titles;

  Level         *levels [KARTU_CLUSTER_MAX_ZOOM + 1];
};

G_DEFINE_BOXED_TYPE (KartuClusterIndex, kartu_cluster_index,
                     kartu_cluster_index_ref, kartu_cluster_index_unref)

/* Web-Mercator at zoom 0 with 1-pixel tiles: the world is [0, 1] × [0, 1]. */
static void
world_from_location (double  latitude,
                     double  longitude,
                     double *x,
                     double *y)
{
  kartu_mercator_project (latitude, CLAMP (longitude, -180.0, 180.0), 0, 1, x, y);
}

static double
world_size (guint zoom)
{
  return ldexp (TILE_SIZE, (int)zoom);
}

static guint32
cell_of (double world,
         guint  zoom)
{
  double cell = floor (CLAMP (world, 0.0, 1.0) * world_size (zoom) / KARTU_CLUSTER_CELL_SIZE);

  return (guint32)cell;
}

static guint64
cell_key (guint32 column,
          guint32 row)
{
  return (guint64)row << 32 | column;
}

static guint64
point_key (KartuClusterIndex *self,
           guint              position,
           guint              zoom)
{
  return cell_key (cell_of (self->world [2 * position], zoom),
                   cell_of (self->world [2 * position + 1], zoom));
}

/* The finaliser of SplitMix64: cheap, and it spreads neighbouring cells apart. */
static gsize
hash_key (guint64 key)
{
  key ^= key >> 30;
  key *= G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  key ^= key >> 27;
  key *= G_GUINT64_CONSTANT (0x94d049bb133111eb);
  key ^= key >> 31;

  return (gsize)key;
}

/* Returns the slot holding @key, or the free slot where it belongs. */
static gsize
level_find_slot (const Level *level,
                 guint64      key)
{
  gsize slot = hash_key (key) & level->mask;

  while (level->slots [slot] != 0 && level->keys [slot] != key)
    slot = (slot + 1) & level->mask;

  return slot;
}

static void
level_free (Level *level)
{
  g_free (level->clusters);
  g_free (level->keys);
  g_free (level->slots);
  g_free (level);
}

static Level *
level_build (KartuClusterIndex *self,
             guint              zoom)
{
  Level *level = g_new0 (Level, 1);
  gsize capacity = 16;

  while (capacity < 2 * self->n_points)
    capacity *= 2;

  level->mask = capacity - 1;
  level->keys = g_new (guint64, capacity);
  level->slots = g_new0 (guint, capacity);
  level->clusters = g_new (KartuCluster, MAX (self->n_points, 1));

  /* Sums first, means at the end. */
  for (guint i = 0; i < self->n_points; i++)
    {
      const KartuMapPoint *point = &self->points [i];
      guint64 key = point_key (self, i, zoom);
      gsize slot = level_find_slot (level, key);
      KartuCluster *cluster;

      if (level->slots [slot] == 0)
        {
          cluster = &level->clusters [level->n_clusters++];
          *cluster = (KartuCluster) {
            .first_id = point->id,
            .kind_of_first = point->kind,
            .first_index = i,
          };
          level->keys [slot] = key;
          level->slots [slot] = level->n_clusters;
        }
      else
        {
          cluster = &level->clusters [level->slots [slot] - 1];
        }

      cluster->latitude += point->latitude;
      cluster->longitude += point->longitude;
      cluster->count++;
      if (point->kind == KARTU_MAP_POINT_PROJECT)
        cluster->n_projects++;
      else
        cluster->n_activities++;
    }

  for (guint c = 0; c < level->n_clusters; c++)
    {
      level->clusters [c].latitude /= level->clusters [c].count;
      level->clusters [c].longitude /= level->clusters [c].count;
    }

  level->clusters = g_renew (KartuCluster, level->clusters, MAX (level->n_clusters, 1));

  return level;
}

static Level *
ensure_level (KartuClusterIndex *self,
              guint              zoom)
{
  if (self->levels [zoom] == NULL)
    self->levels [zoom] = level_build (self, zoom);

  return self->levels [zoom];
}

/**
 * kartu_cluster_index_new:
 * @points: (array length=n_points): the points, activities and projects
 * @n_points: how many
 *
 * Copies @points (titles included); levels are built when first asked for.
 *
 * Returns: (transfer full): a new index
 */
KartuClusterIndex *
kartu_cluster_index_new (const KartuMapPoint *points,
                         gsize                n_points)
{
  KartuClusterIndex *self;

  g_return_val_if_fail (points != NULL || n_points == 0, NULL);
  g_return_val_if_fail (n_points < G_MAXUINT / 2, NULL);

  self = g_new0 (KartuClusterIndex, 1);
  g_ref_count_init (&self->ref_count);
  self->n_points = n_points;
  self->points = g_new (KartuMapPoint, MAX (n_points, 1));
  self->world = g_new (double, 2 * MAX (n_points, 1));
  self->titles = g_string_chunk_new (4096);

  for (gsize i = 0; i < n_points; i++)
    {
      self->points [i] = points [i];
      if (points [i].title != NULL)
        self->points [i].title = g_string_chunk_insert (self->titles, points [i].title);

      world_from_location (points [i].latitude, points [i].longitude,
                           &self->world [2 * i], &self->world [2 * i + 1]);
    }

  return self;
}

KartuClusterIndex *
kartu_cluster_index_ref (KartuClusterIndex *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);

  return self;
}

void
kartu_cluster_index_unref (KartuClusterIndex *self)
{
  g_return_if_fail (self != NULL);

  if (!g_ref_count_dec (&self->ref_count))
    return;

  for (guint z = 0; z <= KARTU_CLUSTER_MAX_ZOOM; z++)
    g_clear_pointer (&self->levels [z], level_free);

  g_string_chunk_free (self->titles);
  g_free (self->points);
  g_free (self->world);
  g_free (self);
}

gsize
kartu_cluster_index_get_n_points (KartuClusterIndex *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_points;
}

/**
 * kartu_cluster_index_get_point:
 * @self: an index
 * @position: a point's position, as in #KartuCluster.first_index
 *
 * Returns: (transfer none): the point, owned by @self
 */
const KartuMapPoint *
kartu_cluster_index_get_point (KartuClusterIndex *self,
                               guint              position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->n_points, NULL);

  return &self->points [position];
}

/**
 * kartu_cluster_index_get_n_clusters:
 * @self: an index
 * @zoom: a zoom level (levels above %KARTU_CLUSTER_MAX_ZOOM are that one)
 *
 * Returns: how many clusters the whole world has at @zoom
 */
guint
kartu_cluster_index_get_n_clusters (KartuClusterIndex *self,
                                    guint              zoom)
{
  g_return_val_if_fail (self != NULL, 0);

  return ensure_level (self, MIN (zoom, KARTU_CLUSTER_MAX_ZOOM))->n_clusters;
}

static gboolean
cluster_inside (const KartuCluster *cluster,
                double              min_lat,
                double              min_lon,
                double              max_lat,
                double              max_lon)
{
  return cluster->latitude >= min_lat && cluster->latitude <= max_lat &&
         cluster->longitude >= min_lon && cluster->longitude <= max_lon;
}

static void
level_query (const Level *level,
             guint        zoom,
             double       min_lat,
             double       min_lon,
             double       max_lat,
             double       max_lon,
             GArray      *result)
{
  double west, north, east, south;
  guint32 column0, column1, row0, row1;
  guint64 n_cells;

  world_from_location (max_lat, min_lon, &west, &north);
  world_from_location (min_lat, max_lon, &east, &south);
  column0 = cell_of (west, zoom);
  column1 = cell_of (east, zoom);
  row0 = cell_of (north, zoom);
  row1 = cell_of (south, zoom);
  n_cells = (guint64)(column1 - column0 + 1) * (row1 - row0 + 1);

  /* A cluster's mean lies in its own cell, so the cells under the bounds hold every
   * cluster inside them; when those cells outnumber the clusters, scanning is cheaper. */
  if (n_cells > level->n_clusters)
    {
      for (guint c = 0; c < level->n_clusters; c++)
        if (cluster_inside (&level->clusters [c], min_lat, min_lon, max_lat, max_lon))
          g_array_append_val (result, level->clusters [c]);

      return;
    }

  for (guint32 row = row0; row <= row1; row++)
    for (guint32 column = column0; column <= column1; column++)
      {
        gsize slot = level_find_slot (level, cell_key (column, row));
        const KartuCluster *cluster;

        if (level->slots [slot] == 0)
          continue;

        cluster = &level->clusters [level->slots [slot] - 1];
        if (cluster_inside (cluster, min_lat, min_lon, max_lat, max_lon))
          g_array_append_val (result, *cluster);
      }
}

/**
 * kartu_cluster_index_query:
 * @self: an index
 * @zoom: a zoom level (levels above %KARTU_CLUSTER_MAX_ZOOM are that one)
 * @min_lat: southern bound
 * @min_lon: western bound; greater than @max_lon when the bounds cross the
 *   antimeridian
 * @max_lat: northern bound
 * @max_lon: eastern bound
 *
 * Returns: (transfer full) (element-type KartuCluster): the clusters of @zoom
 *   whose position lies within the bounds
 */
GArray *
kartu_cluster_index_query (KartuClusterIndex *self,
                           guint              zoom,
                           double             min_lat,
                           double             min_lon,
                           double             max_lat,
                           double             max_lon)
{
  GArray *result;
  Level *level;

  g_return_val_if_fail (self != NULL, NULL);

  result = g_array_new (FALSE, FALSE, sizeof (KartuCluster));
  zoom = MIN (zoom, KARTU_CLUSTER_MAX_ZOOM);
  level = ensure_level (self, zoom);

  if (!(min_lat <= max_lat) || isnan (min_lon) || isnan (max_lon))
    return result;

  if (min_lon <= max_lon)
    {
      level_query (level, zoom, min_lat, min_lon, max_lat, max_lon, result);
    }
  else
    {
      level_query (level, zoom, min_lat, min_lon, max_lat, 180.0, result);
      level_query (level, zoom, min_lat, -180.0, max_lat, max_lon, result);
    }

  return result;
}

/**
 * kartu_cluster_index_get_expansion_zoom:
 * @self: an index
 * @zoom: the zoom level @cluster comes from
 * @cluster: a cluster of @zoom
 *
 * Returns: the first zoom level at which @cluster's points no longer share one
 *   cell, or %G_MAXUINT when they stay together up to %KARTU_CLUSTER_MAX_ZOOM
 *   (points at the same place)
 */
guint
kartu_cluster_index_get_expansion_zoom (KartuClusterIndex  *self,
                                        guint               zoom,
                                        const KartuCluster *cluster)
{
  g_autoptr(GArray) members = NULL;
  guint64 key;

  g_return_val_if_fail (self != NULL, G_MAXUINT);
  g_return_val_if_fail (cluster != NULL, G_MAXUINT);
  g_return_val_if_fail (cluster->first_index < self->n_points, G_MAXUINT);

  zoom = MIN (zoom, KARTU_CLUSTER_MAX_ZOOM);
  key = point_key (self, cluster->first_index, zoom);
  members = g_array_new (FALSE, FALSE, sizeof (guint));

  /* Rare (a click), so one pass over the points rather than a member list per level. */
  for (guint i = cluster->first_index; i < self->n_points; i++)
    if (point_key (self, i, zoom) == key)
      g_array_append_val (members, i);

  for (guint z = zoom + 1; z <= KARTU_CLUSTER_MAX_ZOOM; z++)
    {
      guint64 first = point_key (self, g_array_index (members, guint, 0), z);

      for (guint m = 1; m < members->len; m++)
        if (point_key (self, g_array_index (members, guint, m), z) != first)
          return z;
    }

  return G_MAXUINT;
}
