/* kartu-map-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <shumate/shumate.h>

#include "kartu-map-metric.h"
#include "kartu-store.h"

G_BEGIN_DECLS

#define KARTU_TYPE_MAP_VIEW (kartu_map_view_get_type ())

G_DECLARE_FINAL_TYPE (KartuMapView, kartu_map_view, KARTU, MAP_VIEW, AdwBin)

void            kartu_map_view_set_store      (KartuMapView   *self,
                                               KartuStore     *store);
void            kartu_map_view_set_summaries  (KartuMapView   *self,
                                               GListModel     *summaries);
KartuMapMetric  kartu_map_view_get_metric     (KartuMapView   *self);
void            kartu_map_view_set_metric     (KartuMapView   *self,
                                               KartuMapMetric  metric);
ShumateMap     *kartu_map_view_get_map        (KartuMapView   *self);
GtkWidget      *kartu_map_view_get_bubbles    (KartuMapView   *self);
GtkWidget      *kartu_map_view_get_points     (KartuMapView   *self);

G_END_DECLS
