/* kartu-map-points.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-map-points"

#include "config.h"

#include "kartu-map-points.h"

/**
 * kartu_map_point_clear:
 * @point: a point
 *
 * Frees what @point owns (its title), for g_array_set_clear_func().
 */
void
kartu_map_point_clear (KartuMapPoint *point)
{
  g_return_if_fail (point != NULL);

  g_clear_pointer (&point->title, g_free);
}

static gboolean
load_table (KartuStore         *store,
            const char         *sql,
            KartuMapPointKind   kind,
            GArray             *points,
            GError            **error)
{
  g_autoptr(KartuStmt) stmt = kartu_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KartuMapPoint point = {
        .id = sqlite3_column_int64 (stmt, 0),
        .latitude = sqlite3_column_double (stmt, 1),
        .longitude = sqlite3_column_double (stmt, 2),
        .title = g_strdup ((const char *)sqlite3_column_text (stmt, 3)),
        .kind = kind,
      };

      g_array_append_val (points, point);
    }

  if (rc != SQLITE_DONE)
    return kartu_store_set_error_from_db (store, rc, error);

  return TRUE;
}

/**
 * kartu_map_points_load:
 * @store: the programme's store
 * @error: return location for a #GError
 *
 * Reads every activity and every project that has a place, activities first,
 * each kind by id: one query per table.
 *
 * Returns: (transfer full) (element-type KartuMapPoint): the points, which
 *   free their titles when the array goes, or %NULL on error
 */
GArray *
kartu_map_points_load (KartuStore  *store,
                       GError     **error)
{
  g_autoptr(GArray) points = NULL;

  g_return_val_if_fail (KARTU_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  points = g_array_new (FALSE, FALSE, sizeof (KartuMapPoint));
  g_array_set_clear_func (points, (GDestroyNotify)kartu_map_point_clear);

  if (!load_table (store,
                   "SELECT id, latitude, longitude, title FROM activity "
                   "WHERE latitude IS NOT NULL ORDER BY id",
                   KARTU_MAP_POINT_ACTIVITY, points, error) ||
      !load_table (store,
                   "SELECT id, latitude, longitude, title FROM project "
                   "WHERE latitude IS NOT NULL ORDER BY id",
                   KARTU_MAP_POINT_PROJECT, points, error))
    return NULL;

  return g_steal_pointer (&points);
}
