/* kartu-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "kartu-store-private.h"

/* 'KART' in PRAGMA application_id tells our files from any other SQLite database. */
#define KARTU_APPLICATION_ID 0x4B415254

static const char * const migrations[] = {
  "/io/github/kartu/Kartu/core/schema/001-initial.sql",
};

struct _KartuStore
{
  GObject     parent_instance;

  char       *path;
  char       *backup_path;
  char       *actor;
  sqlite3    *db;
  GHashTable *statements;
  GHashTable *pending_changes;
  guint       depth;
  guint       schema_version;

  /* Tests replace the shipped migrations with their own SQL. */
  const char * const *migration_sql;
  guint       n_migrations;
};

G_DEFINE_FINAL_TYPE (KartuStore, kartu_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

G_DEFINE_QUARK (kartu-store-error-quark, kartu_store_error)

guint
kartu_store_get_latest_version (void)
{
  return G_N_ELEMENTS (migrations);
}

gboolean
kartu_store_set_error_from_db (KartuStore  *self,
                               int          rc,
                               GError     **error)
{
  const char *detail = self != NULL && self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_CONSTRAINT:
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_CONSTRAINT,
                   _("The change was refused because it breaks a rule of the programme data (%s)."),
                   detail);
      break;

    case SQLITE_FULL:
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_FAILED,
                   _("The disk is full: nothing was saved. Free some space and try again."));
      break;

    case SQLITE_READONLY:
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_READ_ONLY,
                   _("The programme file is read-only: nothing was saved."));
      break;

    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_NOT_KARTU,
                   _("The file is not a Kartu programme or it is damaged (%s)."), detail);
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_FAILED,
                   _("The programme file is in use by another program. Try again in a moment."));
      break;

    default:
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_FAILED,
                   _("The programme file could not be read or written (%s)."), detail);
      break;
    }

  return FALSE;
}

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

static void
kartu_store_dispose (GObject *object)
{
  KartuStore *self = (KartuStore *)object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->pending_changes, g_hash_table_unref);

  if (self->db != NULL)
    {
      sqlite3_close (self->db);
      self->db = NULL;
    }

  G_OBJECT_CLASS (kartu_store_parent_class)->dispose (object);
}

static void
kartu_store_finalize (GObject *object)
{
  KartuStore *self = (KartuStore *)object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->backup_path, g_free);
  g_clear_pointer (&self->actor, g_free);

  G_OBJECT_CLASS (kartu_store_parent_class)->finalize (object);
}

static void
kartu_store_class_init (KartuStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kartu_store_dispose;
  object_class->finalize = kartu_store_finalize;

  /**
   * KartuStore::changed:
   * @self: the store
   * @table: the table whose rows changed
   *
   * Emitted once per changed table after a write has been committed. The signal is
   * detailed by table name, so a model can connect to `changed::project`.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
kartu_store_init (KartuStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            finalize_statement);
  self->pending_changes = g_hash_table_new (g_str_hash, g_str_equal);
  self->actor = g_strdup (g_get_user_name ());
}

KartuStmt *
kartu_store_prepare (KartuStore  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KARTU_IS_STORE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  if ((stmt = g_hash_table_lookup (self->statements, sql)))
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      g_critical ("Cannot prepare “%s”: %s", sql, sqlite3_errmsg (self->db));
      kartu_store_set_error_from_db (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);

  return stmt;
}

gboolean
kartu_store_exec (KartuStore  *self,
                  const char  *sql,
                  GError     **error)
{
  int rc;

  g_return_val_if_fail (KARTU_IS_STORE (self), FALSE);

  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return kartu_store_set_error_from_db (self, rc, error);

  return TRUE;
}

gboolean
kartu_store_step_done (KartuStore  *self,
                       KartuStmt   *stmt,
                       GError     **error)
{
  int rc;

  g_return_val_if_fail (KARTU_IS_STORE (self), FALSE);
  g_return_val_if_fail (stmt != NULL, FALSE);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      kartu_store_set_error_from_db (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);

  return TRUE;
}

gboolean
kartu_store_begin (KartuStore  *self,
                   GError     **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (KARTU_IS_STORE (self), FALSE);

  if (self->depth == 0)
    sql = g_strdup ("BEGIN IMMEDIATE");
  else
    sql = g_strdup_printf ("SAVEPOINT kartu_%u", self->depth);

  if (!kartu_store_exec (self, sql, error))
    return FALSE;

  self->depth++;

  return TRUE;
}

static void
kartu_store_emit_pending (KartuStore *self)
{
  g_autofree const char **tables = NULL;
  guint n_tables;

  tables = (const char **)g_hash_table_get_keys_as_array (self->pending_changes, &n_tables);
  g_hash_table_steal_all (self->pending_changes);

  g_object_ref (self);
  for (guint i = 0; i < n_tables; i++)
    g_signal_emit (self, signals [CHANGED], g_quark_from_string (tables [i]), tables [i]);
  g_object_unref (self);
}

gboolean
kartu_store_commit (KartuStore  *self,
                    GError     **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (KARTU_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth == 1)
    sql = g_strdup ("COMMIT");
  else
    sql = g_strdup_printf ("RELEASE kartu_%u", self->depth - 1);

  if (!kartu_store_exec (self, sql, error))
    {
      kartu_store_rollback (self);
      return FALSE;
    }

  self->depth--;

  if (self->depth == 0)
    kartu_store_emit_pending (self);

  return TRUE;
}

void
kartu_store_rollback (KartuStore *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (KARTU_IS_STORE (self));
  g_return_if_fail (self->depth > 0);

  if (self->depth == 1)
    {
      /* Fails harmlessly when SQLite already rolled back on its own (e.g. SQLITE_FULL). */
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      g_hash_table_remove_all (self->pending_changes);
    }
  else
    {
      sql = g_strdup_printf ("ROLLBACK TO kartu_%u; RELEASE kartu_%u",
                             self->depth - 1, self->depth - 1);
      sqlite3_exec (self->db, sql, NULL, NULL, NULL);
    }

  self->depth--;
}

void
kartu_store_mark_changed (KartuStore *self,
                          const char *table)
{
  g_return_if_fail (KARTU_IS_STORE (self));
  g_return_if_fail (table != NULL);

  g_hash_table_add (self->pending_changes, (gpointer)g_intern_string (table));

  if (self->depth == 0)
    kartu_store_emit_pending (self);
}

/**
 * kartu_store_watch_tables:
 * @self: the store
 * @tables: (array zero-terminated=1): the tables to watch
 * @callback: a #KartuStore::changed handler that takes @object first
 * @object: the object the handler works on
 *
 * Connects @callback to `changed::<table>` for each of @tables, for as long as
 * @object lives. g_signal_handlers_disconnect_by_data (@self, @object) undoes it.
 */
void
kartu_store_watch_tables (KartuStore         *self,
                          const char * const *tables,
                          GCallback           callback,
                          gpointer            object)
{
  g_return_if_fail (KARTU_IS_STORE (self));
  g_return_if_fail (tables != NULL);
  g_return_if_fail (callback != NULL);
  g_return_if_fail (G_IS_OBJECT (object));

  for (guint i = 0; tables [i] != NULL; i++)
    {
      g_autofree char *signal = g_strconcat ("changed::", tables [i], NULL);

      g_signal_connect_object (self, signal, callback, object, G_CONNECT_SWAPPED);
    }
}

gboolean
kartu_store_log_change (KartuStore  *self,
                        const char  *entity,
                        const char  *entity_uuid,
                        const char  *action,
                        const char  *detail_json,
                        GError     **error)
{
  g_autoptr(KartuStmt) stmt = NULL;
  g_autofree char *uuid = g_uuid_string_random ();

  g_return_val_if_fail (KARTU_IS_STORE (self), FALSE);
  g_return_val_if_fail (entity != NULL, FALSE);
  g_return_val_if_fail (entity_uuid != NULL, FALSE);
  g_return_val_if_fail (action != NULL, FALSE);

  stmt = kartu_store_prepare (self,
                              "INSERT INTO change_log (uuid, actor, entity, entity_uuid, action, detail) "
                              "VALUES (?, ?, ?, ?, ?, ?)",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, self->actor, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, entity, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, entity_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, action, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, detail_json ? detail_json : "{}", -1, SQLITE_TRANSIENT);

  if (!kartu_store_step_done (self, stmt, error))
    return FALSE;

  kartu_store_mark_changed (self, "change_log");

  return TRUE;
}

static gboolean
query_int (KartuStore  *self,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    return kartu_store_set_error_from_db (self, rc, error);

  return TRUE;
}

gint64
kartu_store_count (KartuStore  *self,
                   const char  *table,
                   GError     **error)
{
  g_autoptr(KartuStmt) stmt = NULL;
  g_autofree char *sql = NULL;
  gint64 count = -1;

  g_return_val_if_fail (KARTU_IS_STORE (self), -1);
  g_return_val_if_fail (table != NULL, -1);

  /* Only names of tables that exist reach the SQL text. */
  stmt = kartu_store_prepare (self,
                              "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?",
                              error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_NOT_FOUND,
                   _("There is no table called “%s”."), table);
      return -1;
    }

  sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", table);
  if (!query_int (self, sql, &count, error))
    return -1;

  return count;
}

gboolean
kartu_store_check_integrity (KartuStore  *self,
                             GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  int rc;

  g_return_val_if_fail (KARTU_IS_STORE (self), FALSE);

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *)sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") != 0)
        g_string_append_printf (problems, "%s\n", line);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return kartu_store_set_error_from_db (self, rc, error);

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA foreign_key_check", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_string_append_printf (problems, _("A row of “%s” refers to a missing row of “%s”.\n"),
                              sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 2));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return kartu_store_set_error_from_db (self, rc, error);

  if (problems->len > 0)
    {
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_FAILED,
                   _("The programme file is damaged:\n%s"), problems->str);
      return FALSE;
    }

  return TRUE;
}

static gboolean
kartu_store_backup (KartuStore  *self,
                    GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *backup_path = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int fd;
  int rc;

  for (guint i = 0; ; i++)
    {
      g_free (backup_path);
      if (i == 0)
        backup_path = g_strdup_printf ("%s.v%u-%s.bak", self->path, self->schema_version, stamp);
      else
        backup_path = g_strdup_printf ("%s.v%u-%s-%u.bak", self->path, self->schema_version, stamp, i);

      fd = g_open (backup_path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
      if (fd >= 0 || errno != EEXIST)
        break;
    }

  if (fd < 0)
    {
      int errsv = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   _("Could not back up the programme before upgrading it: %s"),
                   g_strerror (errsv));
      return FALSE;
    }
  close (fd);

  rc = sqlite3_open_v2 (backup_path, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", self->db, "main");
      if (backup != NULL)
        {
          sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
        }
      rc = sqlite3_errcode (dest);
    }
  sqlite3_close (dest);

  if (rc != SQLITE_OK)
    {
      g_unlink (backup_path);
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_FAILED,
                   _("Could not back up the programme before upgrading it: %s"),
                   sqlite3_errstr (rc));
      return FALSE;
    }

  self->backup_path = g_steal_pointer (&backup_path);

  return TRUE;
}

static gboolean
kartu_store_migrate (KartuStore  *self,
                     GError     **error)
{
  for (guint version = self->schema_version; version < self->n_migrations; version++)
    {
      g_autofree char *sql = NULL;
      g_autofree char *pragma = NULL;

      if (self->migration_sql != NULL)
        {
          sql = g_strdup (self->migration_sql [version]);
        }
      else
        {
          g_autoptr(GBytes) bytes = g_resources_lookup_data (migrations [version], 0, error);

          if (bytes == NULL)
            return FALSE;
          sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
        }
      pragma = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %u;",
                                KARTU_APPLICATION_ID, version + 1);

      if (!kartu_store_begin (self, error))
        return FALSE;

      if (!kartu_store_exec (self, sql, error) ||
          !kartu_store_exec (self, pragma, error) ||
          !kartu_store_commit (self, error))
        {
          if (self->depth > 0)
            kartu_store_rollback (self);
          g_prefix_error (error, _("Could not upgrade the programme file to version %u: "),
                          version + 1);
          return FALSE;
        }

      self->schema_version = version + 1;
    }

  return TRUE;
}

static gboolean
kartu_store_check_header (KartuStore  *self,
                          GError     **error)
{
  gint64 application_id = 0;
  gint64 user_version = 0;
  gint64 n_objects = 0;

  if (!query_int (self, "PRAGMA application_id", &application_id, NULL) ||
      !query_int (self, "PRAGMA user_version", &user_version, NULL) ||
      !query_int (self, "SELECT count(*) FROM sqlite_schema", &n_objects, NULL))
    {
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_NOT_KARTU,
                   _("“%s” is not a Kartu programme file."), self->path);
      return FALSE;
    }

  if (application_id != KARTU_APPLICATION_ID && (n_objects > 0 || user_version != 0))
    {
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_NOT_KARTU,
                   _("“%s” is a database of another program, not a Kartu programme file."),
                   self->path);
      return FALSE;
    }

  if (user_version > (gint64)self->n_migrations)
    {
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_NEWER_SCHEMA,
                   _("“%s” was saved by a newer version of Kartu (data version %u; this version "
                     "reads up to %u). Update Kartu to open it; the file was left unchanged."),
                   self->path, (guint)user_version, self->n_migrations);
      return FALSE;
    }

  self->schema_version = user_version;

  return TRUE;
}

static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  int fd = g_open (path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int errsv = errno;

      g_set_error (error, KARTU_STORE_ERROR,
                   errsv == EACCES || errsv == EROFS || errsv == EPERM
                     ? KARTU_STORE_ERROR_READ_ONLY : KARTU_STORE_ERROR_CANNOT_OPEN,
                   _("Could not create “%s”: %s"), path, g_strerror (errsv));
      return FALSE;
    }

  close (fd);

  return TRUE;
}

/**
 * kartu_store_remove_file:
 * @path: a programme file that is not open
 *
 * Removes @path with its write-ahead log, e.g. after a failed creation.
 */
void
kartu_store_remove_file (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
}

/**
 * kartu_store_open:
 * @path: the programme file
 * @flags: #KartuStoreOpenFlags
 * @error: a location for a #GError
 *
 * Opens a programme file, creating it (mode 0600) when @flags has
 * %KARTU_STORE_OPEN_CREATE and it does not exist, and upgrades its schema
 * (after a backup beside it). Files of other programs, files written by a
 * newer Kartu and read-only files are refused and left untouched.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
KartuStore *
kartu_store_open (const char           *path,
                  KartuStoreOpenFlags   flags,
                  GError              **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _kartu_store_open_with_migrations (path, flags, NULL, G_N_ELEMENTS (migrations), error);
}

KartuStore *
_kartu_store_open_with_migrations (const char           *path,
                                   KartuStoreOpenFlags   flags,
                                   const char * const   *migration_sql,
                                   guint                 n_migrations,
                                   GError              **error)
{
  g_autoptr(KartuStore) self = NULL;
  gboolean created = FALSE;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (migration_sql != NULL || n_migrations == G_N_ELEMENTS (migrations), NULL);

  self = g_object_new (KARTU_TYPE_STORE, NULL);
  self->path = g_canonicalize_filename (path, NULL);
  self->migration_sql = migration_sql;
  self->n_migrations = n_migrations;

  if (!sqlite3_compileoption_used ("ENABLE_FTS5"))
    {
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_FAILED,
                   _("This SQLite library was built without full-text search (FTS5), which Kartu needs."));
      return NULL;
    }

  if (g_file_test (self->path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_NOT_KARTU,
                   _("“%s” is a folder, not a Kartu programme file."), self->path);
      return NULL;
    }

  if (!g_file_test (self->path, G_FILE_TEST_EXISTS))
    {
      if (!(flags & KARTU_STORE_OPEN_CREATE))
        {
          g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_NOT_FOUND,
                       _("“%s” does not exist."), self->path);
          return NULL;
        }

      if (!create_private_file (self->path, error))
        return NULL;
      created = TRUE;
    }
  else if (g_access (self->path, W_OK) != 0)
    {
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_READ_ONLY,
                   _("“%s” is read-only. Kartu saves every change as you make it, so it needs a "
                     "programme file it can write to: copy the file to a writable folder or "
                     "change its permissions."),
                   self->path);
      return NULL;
    }

  rc = sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_CANNOT_OPEN,
                   _("Could not open “%s”: %s"), self->path, sqlite3_errstr (rc));
      goto failure;
    }

  sqlite3_extended_result_codes (self->db, TRUE);

  if (!kartu_store_check_header (self, error))
    goto failure;

  if (!kartu_store_exec (self,
                         "PRAGMA journal_mode = WAL;"
                         "PRAGMA synchronous = NORMAL;"
                         "PRAGMA foreign_keys = ON;"
                         "PRAGMA busy_timeout = 5000;",
                         error))
    goto failure;

  if (self->schema_version < self->n_migrations)
    {
      if (self->schema_version > 0 && !(flags & KARTU_STORE_OPEN_NO_BACKUP) &&
          !kartu_store_backup (self, error))
        goto failure;

      if (!kartu_store_migrate (self, error))
        goto failure;
    }

  return g_steal_pointer (&self);

failure:
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      sqlite3_close (self->db);
      self->db = NULL;
    }
  if (created)
    kartu_store_remove_file (self->path);

  return NULL;
}

const char *
kartu_store_get_path (KartuStore *self)
{
  g_return_val_if_fail (KARTU_IS_STORE (self), NULL);

  return self->path;
}

const char *
kartu_store_get_backup_path (KartuStore *self)
{
  g_return_val_if_fail (KARTU_IS_STORE (self), NULL);

  return self->backup_path;
}

guint
kartu_store_get_schema_version (KartuStore *self)
{
  g_return_val_if_fail (KARTU_IS_STORE (self), 0);

  return self->schema_version;
}

sqlite3 *
kartu_store_get_db (KartuStore *self)
{
  g_return_val_if_fail (KARTU_IS_STORE (self), NULL);

  return self->db;
}

const char *
kartu_store_get_actor (KartuStore *self)
{
  g_return_val_if_fail (KARTU_IS_STORE (self), NULL);

  return self->actor;
}

void
kartu_store_set_actor (KartuStore *self,
                       const char *actor)
{
  g_return_if_fail (KARTU_IS_STORE (self));
  g_return_if_fail (actor != NULL);

  if (g_strcmp0 (self->actor, actor) == 0)
    return;

  g_free (self->actor);
  self->actor = g_strdup (actor);
}
