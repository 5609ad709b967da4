/* test-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kartu-store-private.h"
#include "kartu-test-util.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->dir = kartu_test_make_tmpdir ("test-store");
  fixture->path = g_build_filename (fixture->dir, "programme.kartu", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  kartu_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static char *
query_text (KartuStore *store,
            const char *sql)
{
  g_autoptr(KartuStmt) stmt = kartu_store_prepare (store, sql, NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);

  return g_strdup ((const char *)sqlite3_column_text (stmt, 0));
}

static GBytes *
read_file_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, len);
}

static void
test_create (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(KartuStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *journal = NULL;
  struct stat st;

  store = kartu_store_open (fixture->path, KARTU_STORE_OPEN_DEFAULT, &error);
  g_assert_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_NOT_FOUND);
  g_assert_null (store);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  store = kartu_store_open (fixture->path, KARTU_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);

  /* Personal data: only the owner may read the file, the WAL included. */
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  kartu_test_insert_programme (store, "Active Citizens");
  g_assert_no_error (error);
  {
    g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);

    g_assert_cmpint (g_stat (wal, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }

  g_assert_cmpuint (kartu_store_get_schema_version (store), ==, kartu_store_get_latest_version ());
  g_assert_cmpint (kartu_test_query_int (store, "PRAGMA user_version"),
                   ==, kartu_store_get_latest_version ());
  g_assert_cmpint (kartu_test_query_int (store, "PRAGMA foreign_keys"), ==, 1);
  journal = query_text (store, "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "wal");
  g_assert_null (kartu_store_get_backup_path (store));
  g_assert_true (kartu_store_check_integrity (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kartu_store_count (store, "programme", &error), ==, 1);
  g_assert_cmpint (kartu_store_count (store, "no such table; --", &error), ==, -1);
  g_assert_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_object (&store);

  /* Reopening a current file neither migrates nor backs up. */
  store = kartu_store_open (fixture->path, KARTU_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_null (kartu_store_get_backup_path (store));
  g_assert_cmpint (kartu_store_count (store, "programme", &error), ==, 1);
}

static const char * const migrations_v1[] = {
  "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL);",
};

static const char * const migrations_v2[] = {
  "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL);",
  "ALTER TABLE item ADD COLUMN colour TEXT NOT NULL DEFAULT 'green';",
};

static const char * const migrations_v2_broken[] = {
  "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL);",
  "ALTER TABLE item ADD COLUMN colour TEXT; UPDATE item SET colour = 'red'; SELECT no_such_function ();",
};

static void
test_migrate_with_backup (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(KartuStore) store = NULL;
  g_autoptr(KartuStore) backup = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *colour = NULL;
  g_autofree char *backup_path = NULL;
  struct stat st;

  store = _kartu_store_open_with_migrations (fixture->path, KARTU_STORE_OPEN_CREATE,
                                             migrations_v1, 1, &error);
  g_assert_no_error (error);
  g_assert_true (kartu_store_exec (store, "INSERT INTO item (name) VALUES ('a'), ('b')", &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  store = _kartu_store_open_with_migrations (fixture->path, KARTU_STORE_OPEN_DEFAULT,
                                             migrations_v2, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kartu_store_get_schema_version (store), ==, 2);
  colour = query_text (store, "SELECT colour FROM item WHERE name = 'a'");
  g_assert_cmpstr (colour, ==, "green");

  /* The backup holds the file as it was before the upgrade. */
  backup_path = g_strdup (kartu_store_get_backup_path (store));
  g_assert_nonnull (backup_path);
  g_assert_true (g_str_has_prefix (backup_path, fixture->path));
  g_assert_cmpint (g_stat (backup_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  backup = _kartu_store_open_with_migrations (backup_path, KARTU_STORE_OPEN_NO_BACKUP,
                                              migrations_v1, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kartu_store_get_schema_version (backup), ==, 1);
  g_assert_cmpint (kartu_store_count (backup, "item", &error), ==, 2);
  g_assert_cmpint (kartu_test_query_int (backup, "SELECT count(*) FROM pragma_table_info('item')"),
                   ==, 2);
}

static void
test_migration_failure_rolls_back (Fixture       *fixture,
                                   gconstpointer  user_data)
{
  g_autoptr(KartuStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = _kartu_store_open_with_migrations (fixture->path, KARTU_STORE_OPEN_CREATE,
                                             migrations_v1, 1, &error);
  g_assert_no_error (error);
  g_assert_true (kartu_store_exec (store, "INSERT INTO item (name) VALUES ('a')", &error));
  g_clear_object (&store);

  store = _kartu_store_open_with_migrations (fixture->path, KARTU_STORE_OPEN_DEFAULT,
                                             migrations_v2_broken, 2, &error);
  g_assert_null (store);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "version 2"));
  g_clear_error (&error);

  store = _kartu_store_open_with_migrations (fixture->path, KARTU_STORE_OPEN_DEFAULT,
                                             migrations_v1, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kartu_store_get_schema_version (store), ==, 1);
  g_assert_cmpint (kartu_store_count (store, "item", &error), ==, 1);
  g_assert_cmpint (kartu_test_query_int (store, "SELECT count(*) FROM pragma_table_info('item')"),
                   ==, 2);
}

static void
test_refuse_newer (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(KartuStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);

  store = kartu_store_open (fixture->path, KARTU_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  kartu_test_insert_programme (store, "Newer");
  g_assert_true (kartu_store_exec (store, "PRAGMA user_version = 99; PRAGMA wal_checkpoint(TRUNCATE);",
                                   &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  g_unlink (wal);

  before = read_file_bytes (fixture->path);
  store = kartu_store_open (fixture->path, KARTU_STORE_OPEN_CREATE, &error);
  g_assert_null (store);
  g_assert_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_NEWER_SCHEMA);
  g_assert_nonnull (strstr (error->message, "newer version of Kartu"));
  after = read_file_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_refuse_foreign_files (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(KartuStore) store = NULL;
  sqlite3 *db = NULL;
  const char *text = "name,email\nAušra,ausra@example.org\n";

  /* A text file. */
  g_assert_true (g_file_set_contents (fixture->path, text, -1, &error));
  store = kartu_store_open (fixture->path, KARTU_STORE_OPEN_CREATE, &error);
  g_assert_null (store);
  g_assert_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_NOT_KARTU);
  g_clear_error (&error);
  after = read_file_bytes (fixture->path);
  g_assert_cmpmem (g_bytes_get_data (after, NULL), g_bytes_get_size (after), text, strlen (text));
  g_clear_pointer (&after, g_bytes_unref);
  g_unlink (fixture->path);

  /* Another program's SQLite database. */
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = read_file_bytes (fixture->path);
  store = kartu_store_open (fixture->path, KARTU_STORE_OPEN_CREATE, &error);
  g_assert_null (store);
  g_assert_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_NOT_KARTU);
  g_clear_error (&error);
  after = read_file_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));

  /* A folder. */
  store = kartu_store_open (fixture->dir, KARTU_STORE_OPEN_CREATE, &error);
  g_assert_null (store);
  g_assert_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_NOT_KARTU);
}

static void
test_refuse_unwritable (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KartuStore) store = NULL;
  g_autofree char *missing_dir = g_build_filename (fixture->dir, "missing", "x.kartu", NULL);

  /* A folder that does not exist: nothing is created. */
  store = kartu_store_open (missing_dir, KARTU_STORE_OPEN_CREATE, &error);
  g_assert_null (store);
  g_assert_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_CANNOT_OPEN);
  g_clear_error (&error);

  if (geteuid () == 0)
    {
      g_test_skip ("root may write to read-only files and folders");
      return;
    }

  store = kartu_store_open (fixture->path, KARTU_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  /* A read-only file. */
  g_assert_cmpint (g_chmod (fixture->path, 0400), ==, 0);
  store = kartu_store_open (fixture->path, KARTU_STORE_OPEN_CREATE, &error);
  g_assert_null (store);
  g_assert_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_chmod (fixture->path, 0600);
  g_unlink (fixture->path);

  /* A read-only folder. */
  g_assert_cmpint (g_chmod (fixture->dir, 0500), ==, 0);
  store = kartu_store_open (fixture->path, KARTU_STORE_OPEN_CREATE, &error);
  g_assert_null (store);
  g_assert_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_READ_ONLY);
  g_chmod (fixture->dir, 0700);
}

static void
count_changed_cb (KartuStore *store,
                  const char *table,
                  GPtrArray  *seen)
{
  g_ptr_array_add (seen, g_strdup (table));
}

static void
test_transactions (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(KartuStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(KartuStmt) stmt = NULL;
  const char *insert = "INSERT INTO municipality (uuid, country, name) VALUES (?, 'LT', ?)";

  store = kartu_store_open (fixture->path, KARTU_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_signal_connect (store, "changed::municipality", G_CALLBACK (count_changed_cb), seen);

  /* A failure in the middle of a multi-row write leaves nothing behind and says nothing. */
  g_assert_true (kartu_store_begin (store, &error));
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      stmt = kartu_store_prepare (store, insert, &error);
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      /* The third row repeats the first name: UNIQUE (country, name) refuses it. */
      sqlite3_bind_text (stmt, 2, i == 2 ? "Trakai" : (i == 0 ? "Trakai" : "Visaginas"), -1, SQLITE_STATIC);
      if (!kartu_store_step_done (store, stmt, &error))
        break;
      kartu_store_mark_changed (store, "municipality");
    }
  g_assert_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  kartu_store_rollback (store);
  g_assert_cmpint (kartu_store_count (store, "municipality", NULL), ==, 0);
  g_assert_cmpuint (seen->len, ==, 0);

  /* A nested savepoint rolls back alone; the outer write lands with one signal. */
  g_assert_true (kartu_store_begin (store, &error));
  {
    g_autofree char *uuid = g_uuid_string_random ();

    stmt = kartu_store_prepare (store, insert, &error);
    sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (stmt, 2, "Šalčininkai", -1, SQLITE_STATIC);
    g_assert_true (kartu_store_step_done (store, stmt, &error));
    kartu_store_mark_changed (store, "municipality");
  }
  g_assert_true (kartu_store_begin (store, &error));
  {
    g_autofree char *uuid = g_uuid_string_random ();

    stmt = kartu_store_prepare (store, insert, &error);
    sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (stmt, 2, "Švenčionys", -1, SQLITE_STATIC);
    g_assert_true (kartu_store_step_done (store, stmt, &error));
    kartu_store_mark_changed (store, "municipality");
  }
  kartu_store_rollback (store);
  g_assert_cmpuint (seen->len, ==, 0);
  g_assert_true (kartu_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (seen, 0), ==, "municipality");
  g_assert_cmpint (kartu_store_count (store, "municipality", NULL), ==, 1);

  /* The change log records who did what. */
  g_assert_true (kartu_store_log_change (store, "municipality", "00000000-0000-4000-8000-000000000000",
                                         "insert", "{\"name\": \"Šalčininkai\"}", &error));
  g_assert_no_error (error);
  g_assert_cmpint (kartu_test_query_int (store,
                                         "SELECT count(*) FROM change_log WHERE actor != ''"),
                   ==, 1);
  g_assert_false (kartu_store_log_change (store, "municipality", "00000000-0000-4000-8000-000000000000",
                                          "explode", "{}", &error));
  g_assert_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_CONSTRAINT);
}

static void
test_updated_at (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(KartuStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = kartu_store_open (fixture->path, KARTU_STORE_OPEN_CREATE, &error);
  kartu_test_insert_programme (store, "Touch");
  g_assert_true (kartu_store_exec (store,
                                   "UPDATE programme SET updated_at = '2000-01-01T00:00:00.000Z', "
                                   "created_at = '2000-01-01T00:00:00.000Z'", &error));
  g_assert_true (kartu_store_exec (store, "UPDATE programme SET name = 'Touched'", &error));
  g_assert_no_error (error);
  g_assert_cmpint (kartu_test_query_int (store, "SELECT updated_at > created_at FROM programme"),
                   ==, 1);
}

/* Rows the schema must refuse, whatever the C code in front of it does. */
static const struct {
  const char *what;
  const char *sql;
} bad_rows[] = {
  { "second programme", "INSERT INTO programme (id, uuid, name, country, default_currency) "
                        "VALUES (2, '00000000-0000-4000-8000-000000000002', 'B', 'LT', 'EUR')" },
  { "lower-case currency", "INSERT INTO programme (id, uuid, name, country, default_currency) "
                           "VALUES (1, '00000000-0000-4000-8000-000000000003', 'B', 'LT', 'eur')" },
  { "blank name", "INSERT INTO facilitator (uuid, full_name) VALUES ('00000000-0000-4000-8000-000000000004', '  ')" },
  { "unknown status", "INSERT INTO facilitator (uuid, full_name, status) "
                      "VALUES ('00000000-0000-4000-8000-000000000005', 'Rūta', 'retired')" },
  { "bad email", "INSERT INTO facilitator (uuid, full_name, email) "
                 "VALUES ('00000000-0000-4000-8000-000000000006', 'Rūta', 'ruta')" },
  { "missing municipality", "INSERT INTO facilitator (uuid, full_name, municipality_id) "
                            "VALUES ('00000000-0000-4000-8000-000000000007', 'Rūta', 999)" },
  { "ends before start", "INSERT INTO activity (uuid, kind, title, starts_on, ends_on) "
                         "VALUES ('00000000-0000-4000-8000-000000000008', 'meeting', 'M', '2018-05-02', '2018-05-01')" },
  { "impossible date", "INSERT INTO activity (uuid, kind, title, starts_on, ends_on) "
                       "VALUES ('00000000-0000-4000-8000-000000000009', 'meeting', 'M', '2018-02-30', '2018-03-01')" },
  { "latitude out of range", "INSERT INTO municipality (uuid, country, name, latitude, longitude) "
                             "VALUES ('00000000-0000-4000-8000-000000000010', 'LT', 'X', 91, 20)" },
  { "negative participants", "INSERT INTO activity (uuid, kind, title, starts_on, ends_on, participants_female) "
                             "VALUES ('00000000-0000-4000-8000-000000000011', 'meeting', 'M', '2018-05-01', '2018-05-01', -3)" },
  { "approved without amount", "INSERT INTO project (uuid, title, status, currency) "
                               "VALUES ('00000000-0000-4000-8000-000000000012', 'P', 'approved', 'EUR')" },
  { "negative request", "INSERT INTO project (uuid, title, currency, requested_minor) "
                        "VALUES ('00000000-0000-4000-8000-000000000013', 'P', 'EUR', -100)" },
  { "tranche of nothing", "INSERT INTO tranche (uuid, project_id, position, planned_on, amount_minor, currency) "
                          "VALUES ('00000000-0000-4000-8000-000000000014', 999, 1, '2018-01-01', 100, 'EUR')" },
  { "revoked without reason", "INSERT INTO badge (uuid, name) VALUES ('00000000-0000-4000-8000-000000000015', 'B');"
                              "INSERT INTO award (uuid, badge_id, recipient_hash, recipient_salt, issued_on, revoked_at) "
                              "VALUES ('00000000-0000-4000-8000-000000000016', last_insert_rowid (), 'sha256$00', 's', "
                              "'2018-01-01', '2018-02-01')" },
  { "badge design not JSON", "INSERT INTO badge (uuid, name, design) VALUES ('00000000-0000-4000-8000-000000000017', 'B', '{')" },
  { "short uuid", "INSERT INTO theme (uuid, code, name) VALUES ('abc', 'youth', 'Youth')" },
};

static void
test_constraints (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(KartuStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = kartu_store_open (fixture->path, KARTU_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  kartu_test_insert_programme (store, "Constraints");

  for (guint i = 0; i < G_N_ELEMENTS (bad_rows); i++)
    {
      g_test_message ("refusing: %s", bad_rows [i].what);
      g_assert_true (kartu_store_begin (store, &error));
      g_assert_false (kartu_store_exec (store, bad_rows [i].sql, &error));
      g_assert_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_CONSTRAINT);
      g_clear_error (&error);
      kartu_store_rollback (store);
    }

  g_assert_true (kartu_store_check_integrity (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kartu_store_count (store, "badge", NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/create", test_create);
  ADD ("/store/migrate-with-backup", test_migrate_with_backup);
  ADD ("/store/migration-failure-rolls-back", test_migration_failure_rolls_back);
  ADD ("/store/refuse-newer", test_refuse_newer);
  ADD ("/store/refuse-foreign-files", test_refuse_foreign_files);
  ADD ("/store/refuse-unwritable", test_refuse_unwritable);
  ADD ("/store/transactions", test_transactions);
  ADD ("/store/updated-at", test_updated_at);
  ADD ("/store/constraints", test_constraints);

#undef ADD

  return g_test_run ();
}
