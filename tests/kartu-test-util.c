/* kartu-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdarg.h>

#include "kartu-test-util.h"

/* A fresh private folder for one test's programme files. */
char *
kartu_test_make_tmpdir (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpl = g_strdup_printf ("kartu-%s-XXXXXX", name);
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);

  return dir;
}

/* Removes @path and everything below it, even files a test made read-only. */
void
kartu_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_chmod (path, 0700);

  if ((dir = g_dir_open (path, 0, NULL)))
    {
      while ((name = g_dir_read_name (dir)))
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            kartu_test_remove_tree (child);
          else
            g_unlink (child);
        }
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

/* A new programme file @name in @dir, with the shipped schema. */
KartuStore *
kartu_test_open_store (const char *dir,
                       const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  KartuStore *store = kartu_store_open (path, KARTU_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);

  return store;
}

/* Drops the last reference to @store (nothing may still hold it), then removes and
 * frees @dir. */
void
kartu_test_close_store (KartuStore *store,
                        char       *dir)
{
  g_assert_finalize_object (store);
  kartu_test_remove_tree (dir);
  g_free (dir);
}

void
kartu_test_fixture_set_up (KartuTestFixture *fixture,
                           gconstpointer     user_data)
{
  g_autofree char *name = g_path_get_basename (g_get_prgname ());

  fixture->dir = kartu_test_make_tmpdir (name);
  fixture->store = kartu_test_open_store (fixture->dir, "programme.kartu");
}

void
kartu_test_fixture_tear_down (KartuTestFixture *fixture,
                              gconstpointer     user_data)
{
  kartu_test_close_store (g_steal_pointer (&fixture->store), g_steal_pointer (&fixture->dir));
}

/* Adds @test with a KartuTestFixture. */
void
kartu_test_add (const char    *path,
                gconstpointer  user_data,
                KartuTestFunc  test)
{
  g_test_add (path, KartuTestFixture, user_data,
              kartu_test_fixture_set_up, test, kartu_test_fixture_tear_down);
}

void
kartu_test_exec (KartuStore *store,
                 const char *sql)
{
  g_autoptr(GError) error = NULL;

  kartu_store_exec (store, sql, &error);
  g_assert_no_error (error);
}

/* Runs @sql in a transaction and reports the NULL-terminated tables changed, as the
 * store's writers do: the signals come after the commit. */
void
kartu_test_write (KartuStore *store,
                  const char *sql,
                  const char *table,
                  ...)
{
  g_autoptr(GError) error = NULL;
  va_list args;

  kartu_store_begin (store, &error);
  g_assert_no_error (error);
  kartu_test_exec (store, sql);

  va_start (args, table);
  for (const char *t = table; t != NULL; t = va_arg (args, const char *))
    kartu_store_mark_changed (store, t);
  va_end (args);

  kartu_store_commit (store, &error);
  g_assert_no_error (error);
}

/* Inserts a row: ?1 is bound to a new uuid, ?2… to the @n_args strings (NULL binds NULL).
 * Returns the new row's id. */
gint64
kartu_test_insert_row (KartuStore *store,
                       const char *sql,
                       guint       n_args,
                       ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KartuStmt) stmt = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  va_list args;

  stmt = kartu_store_prepare (store, sql, &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);

  va_start (args, n_args);
  for (guint i = 0; i < n_args; i++)
    {
      const char *value = va_arg (args, const char *);

      if (value != NULL)
        sqlite3_bind_text (stmt, i + 2, value, -1, SQLITE_TRANSIENT);
    }
  va_end (args);

  kartu_store_step_done (store, stmt, &error);
  g_assert_no_error (error);

  return sqlite3_last_insert_rowid (kartu_store_get_db (store));
}

/* The programme row (id 1) of a Lithuanian programme paid in euros. */
void
kartu_test_insert_programme (KartuStore *store,
                             const char *name)
{
  kartu_test_insert_row (store,
                         "INSERT INTO programme (id, uuid, name, country, default_currency) "
                         "VALUES (1, ?1, ?2, 'LT', 'EUR')",
                         1, name);
  kartu_store_mark_changed (store, "programme");
}

/* A Lithuanian municipality; returns its id. */
gint64
kartu_test_insert_municipality (KartuStore *store,
                                const char *code,
                                const char *name)
{
  return kartu_test_insert_row (store,
                                "INSERT INTO municipality (uuid, country, code, name) "
                                "VALUES (?1, 'LT', ?2, ?3)",
                                2, code, name);
}

/* The first column of the one row @sql returns; @param, if any, is bound to ?1. */
gint64
kartu_test_query_int_bound (KartuStore *store,
                            const char *sql,
                            const char *param)
{
  g_autoptr(KartuStmt) stmt = kartu_store_prepare (store, sql, NULL);

  g_assert_nonnull (stmt);
  if (param != NULL)
    sqlite3_bind_text (stmt, 1, param, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);

  return sqlite3_column_int64 (stmt, 0);
}

gint64
kartu_test_query_int (KartuStore *store,
                      const char *sql)
{
  return kartu_test_query_int_bound (store, sql, NULL);
}

gint64
kartu_test_count (KartuStore *store,
                  const char *table)
{
  g_autoptr(GError) error = NULL;
  gint64 n = kartu_store_count (store, table, &error);

  g_assert_no_error (error);

  return n;
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GArray     *changes)
{
  KartuTestChange change = { position, removed, added };

  g_array_append_val (changes, change);
}

/* Appends a KartuTestChange to @changes for each items-changed of @model. */
void
kartu_test_watch_changes (GListModel *model,
                          GArray     *changes)
{
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), changes);
}

void
kartu_test_unwatch_changes (GListModel *model,
                            GArray     *changes)
{
  g_signal_handlers_disconnect_by_func (model, on_items_changed_cb, changes);
}

/* Asserts that exactly one items-changed came, with these values, and forgets it. */
void
kartu_test_assert_one_change (GArray *changes,
                              guint   position,
                              guint   removed,
                              guint   added)
{
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpuint (g_array_index (changes, KartuTestChange, 0).position, ==, position);
  g_assert_cmpuint (g_array_index (changes, KartuTestChange, 0).removed, ==, removed);
  g_assert_cmpuint (g_array_index (changes, KartuTestChange, 0).added, ==, added);
  g_array_set_size (changes, 0);
}
