/* kartu-bubble-layer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

#include "kartu-map-metric.h"

G_BEGIN_DECLS

#define KARTU_TYPE_BUBBLE_LAYER (kartu_bubble_layer_get_type ())

G_DECLARE_FINAL_TYPE (KartuBubbleLayer, kartu_bubble_layer, KARTU, BUBBLE_LAYER, ShumateLayer)

KartuBubbleLayer *kartu_bubble_layer_new        (ShumateViewport  *viewport);
GListModel       *kartu_bubble_layer_get_model  (KartuBubbleLayer *self);
void              kartu_bubble_layer_set_model  (KartuBubbleLayer *self,
                                                 GListModel       *model);
KartuMapMetric    kartu_bubble_layer_get_metric (KartuBubbleLayer *self);
void              kartu_bubble_layer_set_metric (KartuBubbleLayer *self,
                                                 KartuMapMetric    metric);
gint64            kartu_bubble_layer_hit_test   (KartuBubbleLayer *self,
                                                 double            x,
                                                 double            y);
double            kartu_bubble_layer_get_radius (KartuBubbleLayer *self,
                                                 guint             position);

G_END_DECLS
