/* kartu-demo.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kartu-store.h"

G_BEGIN_DECLS

/* The seed of the demo programme that Kartu ships and documents. */
#define KARTU_DEMO_SEED 20171130u

/* The day the demo programme's data describes: tranches planned before it and not
 * paid are overdue. */
#define KARTU_DEMO_TODAY "2019-11-30"

gboolean kartu_demo_generate (KartuStore  *store,
                              guint32      seed,
                              GError     **error);

G_END_DECLS
