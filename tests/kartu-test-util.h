/* kartu-test-util.h — what several test programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kartu-store.h"

G_BEGIN_DECLS

/* One GListModel::items-changed emission. */
typedef struct
{
  guint position;
  guint removed;
  guint added;
} KartuTestChange;

/* For kartu_test_add (): a programme file of its own, in a folder of its own. */
typedef struct
{
  char       *dir;
  KartuStore *store;
} KartuTestFixture;

typedef void (*KartuTestFunc) (KartuTestFixture *fixture,
                               gconstpointer     user_data);

char       *kartu_test_make_tmpdir         (const char        *name);
void        kartu_test_remove_tree         (const char        *path);

KartuStore *kartu_test_open_store          (const char        *dir,
                                            const char        *name);
void        kartu_test_close_store         (KartuStore        *store,
                                            char              *dir);
void        kartu_test_fixture_set_up      (KartuTestFixture  *fixture,
                                            gconstpointer      user_data);
void        kartu_test_fixture_tear_down   (KartuTestFixture  *fixture,
                                            gconstpointer      user_data);
void        kartu_test_add                 (const char        *path,
                                            gconstpointer      user_data,
                                            KartuTestFunc      test);

void        kartu_test_exec                (KartuStore        *store,
                                            const char        *sql);
void        kartu_test_write               (KartuStore        *store,
                                            const char        *sql,
                                            const char        *table,
                                            ...) G_GNUC_NULL_TERMINATED;
gint64      kartu_test_insert_row          (KartuStore        *store,
                                            const char        *sql,
                                            guint              n_args,
                                            ...);
void        kartu_test_insert_programme    (KartuStore        *store,
                                            const char        *name);
gint64      kartu_test_insert_municipality (KartuStore        *store,
                                            const char        *code,
                                            const char        *name);
gint64      kartu_test_query_int           (KartuStore        *store,
                                            const char        *sql);
gint64      kartu_test_query_int_bound     (KartuStore        *store,
                                            const char        *sql,
                                            const char        *param);
gint64      kartu_test_count               (KartuStore        *store,
                                            const char        *table);

void        kartu_test_watch_changes       (GListModel        *model,
                                            GArray            *changes);
void        kartu_test_unwatch_changes     (GListModel        *model,
                                            GArray            *changes);
void        kartu_test_assert_one_change   (GArray            *changes,
                                            guint              position,
                                            guint              removed,
                                            guint              added);

G_END_DECLS
