/* test-cli.c — runs the kartu-cli binary named by $KARTU_CLI
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "kartu-test-util.h"

typedef struct
{
  char *dir;
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->dir = kartu_test_make_tmpdir ("kartu-test-cli");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  kartu_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
run_strv (Result             *result,
          const char * const *argv)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("KARTU_CLI");

  g_assert_nonnull (cli);

  g_ptr_array_add (args, (gpointer)cli);
  for (guint i = 0; argv [i] != NULL; i++)
    g_ptr_array_add (args, (gpointer)argv [i]);
  g_ptr_array_add (args, NULL);

  process = g_subprocess_newv ((const char * const *)args->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);

  g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  result->status = g_subprocess_get_exit_status (process);

  g_test_message ("status %d\nstdout:\n%s\nstderr:\n%s", result->status, result->out, result->err);
}

static void
run (Result     *result,
     const char *command,
     const char *file)
{
  const char *argv[] = { command, file, NULL };

  run_strv (result, argv);
}

static void
assert_failed (const Result *result,
               int           status)
{
  g_assert_cmpint (result->status, ==, status);
  g_assert_true (g_str_has_prefix (result->err, "kartu-cli: "));
  g_assert_cmpuint (strlen (result->err), >, strlen ("kartu-cli: \n"));
}

static void
test_help (void)
{
  const char *spellings[] = { "--help", "help", "-h" };

  for (guint i = 0; i < G_N_ELEMENTS (spellings); i++)
    {
      g_auto(Result) result = { 0, };

      run (&result, spellings [i], NULL);
      g_assert_cmpint (result.status, ==, 0);
      g_assert_nonnull (strstr (result.out, "demo"));
      g_assert_nonnull (strstr (result.out, "check"));
      g_assert_cmpstr (result.err, ==, "");
    }
}

static void
test_version (void)
{
  g_auto(Result) result = { 0, };

  run (&result, "--version", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, PACKAGE_VERSION));
}

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "x.kartu", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "y.kartu", NULL);
  const char *cases[][4] = {
    { NULL },
    { "frobnicate", NULL },
    { "demo", NULL },
    { "demo", "--seed=abc", path, NULL },
    { "demo", "--colour", path, NULL },
    { "demo", path, other, NULL },
    { "check", NULL },
    { "check", path, other, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Result) result = { 0, };

      run_strv (&result, cases [i]);
      assert_failed (&result, 2);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
    }
}

static GHashTable *
parse_counts (const char *out)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

  for (guint i = 0; lines [i] != NULL; i++)
    {
      g_auto(GStrv) words = NULL;
      guint n_words;
      guint64 n;

      if (!g_str_has_prefix (lines [i], "  "))
        continue;

      words = g_strsplit_set (g_strstrip (lines [i]), " ", -1);
      n_words = g_strv_length (words);
      if (n_words < 2 ||
          !g_ascii_string_to_unsigned (words [n_words - 1], 10, 0, G_MAXINT64, &n, NULL))
        continue;

      g_hash_table_insert (counts, g_strdup (words [0]), GSIZE_TO_POINTER (n));
    }

  return counts;
}

static void
test_demo_and_check (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "demo.kartu", NULL);
  g_auto(Result) demo = { 0, };
  g_auto(Result) check = { 0, };
  g_autoptr(GHashTable) counts = NULL;

  run (&demo, "demo", path);
  g_assert_cmpint (demo.status, ==, 0);
  g_assert_cmpstr (demo.err, ==, "");
  g_assert_nonnull (strstr (demo.out, "40 facilitators"));
  g_assert_nonnull (strstr (demo.out, "30 projects"));
  g_assert_cmpuint (strlen (demo.out), >, 0);
  g_assert_nonnull (strchr (demo.out, '\n'));
  g_assert_true (strchr (demo.out, '\n') == demo.out + strlen (demo.out) - 1);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  run (&check, "check", path);
  g_assert_cmpint (check.status, ==, 0);
  g_assert_cmpstr (check.err, ==, "");
  g_assert_nonnull (strstr (check.out, "Schema version: 1\n"));
  g_assert_nonnull (strstr (check.out, "Active Citizens Lithuania 2017–2019"));

  counts = parse_counts (check.out);
  g_assert_cmpuint (GPOINTER_TO_SIZE (g_hash_table_lookup (counts, "programme")), ==, 1);
  g_assert_cmpuint (GPOINTER_TO_SIZE (g_hash_table_lookup (counts, "project")), ==, 30);
  g_assert_cmpuint (GPOINTER_TO_SIZE (g_hash_table_lookup (counts, "funding_round")), ==, 2);
  g_assert_cmpuint (GPOINTER_TO_SIZE (g_hash_table_lookup (counts, "municipality")), ==, 60);
  g_assert_cmpuint (GPOINTER_TO_SIZE (g_hash_table_lookup (counts, "badge")), ==, 14);
  g_assert_true (g_hash_table_contains (counts, "change_log"));
  g_assert_true (g_hash_table_contains (counts, "endorsement"));
}

static void
test_demo_refuses_existing (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "notes.txt", NULL);
  g_autofree char *contents = NULL;
  g_auto(Result) result = { 0, };
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "Meeting notes, keep me.\n", -1, &error);
  g_assert_no_error (error);

  run (&result, "demo", path);
  assert_failed (&result, 1);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "Meeting notes, keep me.\n");
}

static void
test_demo_unwritable (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "missing-folder", "demo.kartu", NULL);
  g_auto(Result) result = { 0, };

  run (&result, "demo", path);
  assert_failed (&result, 1);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_check_foreign (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *text = g_build_filename (fixture->dir, "random.txt", NULL);
  g_autofree char *database = g_build_filename (fixture->dir, "other.sqlite", NULL);
  g_autofree char *empty = g_build_filename (fixture->dir, "empty.kartu", NULL);
  g_autoptr(GError) error = NULL;
  const char *random_text =
    "Lorem ipsum is not what this is: a shopping list.\nbread\nmilk\nkefir\n"
    "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n";
  sqlite3 *db = NULL;
  const char *paths[3];

  g_file_set_contents (text, random_text, -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (empty, "", 0, &error);
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_open (database, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE recipe (name TEXT); "
                                     "INSERT INTO recipe VALUES ('šaltibarščiai');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  paths [0] = text;
  paths [1] = database;
  paths [2] = empty;

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_auto(Result) result = { 0, };
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      gsize before_len, after_len;

      g_file_get_contents (paths [i], &before, &before_len, NULL);
      run (&result, "check", paths [i]);
      assert_failed (&result, 1);
      g_file_get_contents (paths [i], &after, &after_len, NULL);
      g_assert_cmpmem (before, before_len, after, after_len);
    }
}

static void
test_check_missing (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "nowhere.kartu", NULL);
  g_auto(Result) result = { 0, };

  run (&result, "check", path);
  assert_failed (&result, 1);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_check_damaged (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "damaged.kartu", NULL);
  g_auto(Result) demo = { 0, };
  g_auto(Result) check = { 0, };
  sqlite3 *db = NULL;

  run (&demo, "demo", path);
  g_assert_cmpint (demo.status, ==, 0);

  /* A project that points at a facilitator who is not there any more. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_keys = OFF; "
                                     "UPDATE project SET lead_facilitator_id = 99999 WHERE id = 1;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  run (&check, "check", path);
  assert_failed (&check, 1);
  g_assert_nonnull (strstr (check.err, "project"));
}

static void
test_messages_translated (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "nowhere.kartu", NULL);
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  g_auto(Result) english = { 0, };

  run (&english, "check", path);
  g_assert_nonnull (strstr (english.err, "does not exist"));

  /* Errors reach people in their language (the build's own translations). */
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "lt", TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("KARTU_CLI"), "check", path, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, &err, &error);
  g_assert_no_error (error);
  g_test_message ("stderr in Lithuanian: %s", err);

  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 1);
  g_assert_true (g_str_has_prefix (err, "kartu-cli: "));
  g_assert_nonnull (strstr (err, path));
  g_assert_null (strstr (err, "does not exist"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/version", test_version);
  g_test_add ("/cli/usage-errors", Fixture, NULL, fixture_set_up, test_usage_errors,
              fixture_tear_down);
  g_test_add ("/cli/demo-and-check", Fixture, NULL, fixture_set_up, test_demo_and_check,
              fixture_tear_down);
  g_test_add ("/cli/demo-refuses-existing", Fixture, NULL, fixture_set_up,
              test_demo_refuses_existing, fixture_tear_down);
  g_test_add ("/cli/demo-unwritable", Fixture, NULL, fixture_set_up, test_demo_unwritable,
              fixture_tear_down);
  g_test_add ("/cli/check-foreign", Fixture, NULL, fixture_set_up, test_check_foreign,
              fixture_tear_down);
  g_test_add ("/cli/check-missing", Fixture, NULL, fixture_set_up, test_check_missing,
              fixture_tear_down);
  g_test_add ("/cli/messages-translated", Fixture, NULL, fixture_set_up, test_messages_translated,
              fixture_tear_down);
  g_test_add ("/cli/check-damaged", Fixture, NULL, fixture_set_up, test_check_damaged,
              fixture_tear_down);

  return g_test_run ();
}
