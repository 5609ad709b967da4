/* kartu-basemap-source.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

G_BEGIN_DECLS

#define KARTU_TYPE_BASEMAP_SOURCE (kartu_basemap_source_get_type ())

G_DECLARE_FINAL_TYPE (KartuBasemapSource, kartu_basemap_source, KARTU, BASEMAP_SOURCE, ShumateMapSource)

KartuBasemapSource *kartu_basemap_source_new      (void);
gboolean            kartu_basemap_source_get_dark (KartuBasemapSource *self);
void                kartu_basemap_source_set_dark (KartuBasemapSource *self,
                                                   gboolean            dark);

G_END_DECLS
