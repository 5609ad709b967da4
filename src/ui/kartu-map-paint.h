/* kartu-map-paint.h — what the map layers draw alike
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void     kartu_map_paint_circle  (GtkSnapshot   *snapshot,
                                  double         x,
                                  double         y,
                                  double         radius,
                                  const GdkRGBA *fill,
                                  const GdkRGBA *outline,
                                  double         outline_width);
void     kartu_map_paint_layout  (GtkSnapshot   *snapshot,
                                  PangoLayout   *layout,
                                  double         x,
                                  double         y,
                                  const GdkRGBA *ink,
                                  const GdkRGBA *halo);
void     kartu_map_paint_get_ink (GtkWidget     *widget,
                                  GdkRGBA       *ink,
                                  GdkRGBA       *halo);

G_END_DECLS
