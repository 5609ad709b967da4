/* kartu-store-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kartu-store.h"

G_BEGIN_DECLS

/* For tests: open with @migration_sql (@n_migrations SQL texts, which must outlive
 * the store) instead of the shipped schema. */
KartuStore *_kartu_store_open_with_migrations (const char           *path,
                                               KartuStoreOpenFlags   flags,
                                               const char * const   *migration_sql,
                                               guint                 n_migrations,
                                               GError              **error);

G_END_DECLS
