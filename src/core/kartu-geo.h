/* kartu-geo.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kartu-store.h"

G_BEGIN_DECLS

const char * const *kartu_geo_list_countries        (void);
gboolean            kartu_geo_is_supported          (const char  *country);
const char         *kartu_geo_country_name          (const char  *country);
const char         *kartu_geo_default_currency      (const char  *country);
gboolean            kartu_geo_load_reference        (KartuStore  *store,
                                                     const char  *country,
                                                     GError     **error);

G_END_DECLS
