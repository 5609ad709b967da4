/* kartu-store.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define KARTU_STORE_ERROR (kartu_store_error_quark ())

typedef enum
{
  KARTU_STORE_ERROR_FAILED,
  KARTU_STORE_ERROR_NOT_KARTU,
  KARTU_STORE_ERROR_NEWER_SCHEMA,
  KARTU_STORE_ERROR_READ_ONLY,
  KARTU_STORE_ERROR_CANNOT_OPEN,
  KARTU_STORE_ERROR_EXISTS,
  KARTU_STORE_ERROR_CONSTRAINT,
  KARTU_STORE_ERROR_NOT_FOUND,
  KARTU_STORE_ERROR_INVALID,
} KartuStoreError;

typedef enum
{
  KARTU_STORE_OPEN_DEFAULT = 0,
  KARTU_STORE_OPEN_CREATE  = 1 << 0,
  KARTU_STORE_OPEN_NO_BACKUP = 1 << 1,
} KartuStoreOpenFlags;

/* A statement owned by the store's cache: g_autoptr(KartuStmt) resets it at scope exit
 * so that no read transaction stays open. Never finalize one. */
typedef sqlite3_stmt KartuStmt;

static inline void
kartu_stmt_release (KartuStmt *stmt)
{
  if (stmt != NULL)
    sqlite3_reset (stmt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartuStmt, kartu_stmt_release)

#define KARTU_TYPE_STORE (kartu_store_get_type ())

G_DECLARE_FINAL_TYPE (KartuStore, kartu_store, KARTU, STORE, GObject)

GQuark        kartu_store_error_quark          (void);
guint         kartu_store_get_latest_version   (void);
KartuStore   *kartu_store_open                 (const char           *path,
                                                KartuStoreOpenFlags   flags,
                                                GError              **error);
void          kartu_store_remove_file          (const char           *path);
const char   *kartu_store_get_path             (KartuStore           *self);
guint         kartu_store_get_schema_version   (KartuStore           *self);
const char   *kartu_store_get_backup_path      (KartuStore           *self);
const char   *kartu_store_get_actor            (KartuStore           *self);
void          kartu_store_set_actor            (KartuStore           *self,
                                                const char           *actor);
sqlite3      *kartu_store_get_db               (KartuStore           *self);
KartuStmt    *kartu_store_prepare              (KartuStore           *self,
                                                const char           *sql,
                                                GError              **error);
gboolean      kartu_store_exec                 (KartuStore           *self,
                                                const char           *sql,
                                                GError              **error);
gboolean      kartu_store_step_done            (KartuStore           *self,
                                                KartuStmt            *stmt,
                                                GError              **error);
gboolean      kartu_store_begin                (KartuStore           *self,
                                                GError              **error);
gboolean      kartu_store_commit               (KartuStore           *self,
                                                GError              **error);
void          kartu_store_rollback             (KartuStore           *self);
void          kartu_store_mark_changed         (KartuStore           *self,
                                                const char           *table);
void          kartu_store_watch_tables         (KartuStore           *self,
                                                const char * const   *tables,
                                                GCallback             callback,
                                                gpointer              object);
gboolean      kartu_store_log_change           (KartuStore           *self,
                                                const char           *entity,
                                                const char           *entity_uuid,
                                                const char           *action,
                                                const char           *detail_json,
                                                GError              **error);
gint64        kartu_store_count                (KartuStore           *self,
                                                const char           *table,
                                                GError              **error);
gboolean      kartu_store_check_integrity      (KartuStore           *self,
                                                GError              **error);
gboolean      kartu_store_set_error_from_db    (KartuStore           *self,
                                                int                   rc,
                                                GError              **error);


G_END_DECLS
