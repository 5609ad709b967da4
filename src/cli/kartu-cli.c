/* kartu-cli.c — create and check programme files without the desktop app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "kartu-demo.h"
#include "kartu-geo.h"
#include "kartu-programme.h"
#include "kartu-store.h"

enum {
  EXIT_OK = 0,
  EXIT_FAILED = 1,
  EXIT_USAGE = 2,
};

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n\n%s\n  %s\n  %s\n  %s\n  %s\n\n%s\n",
           _("Usage: kartu-cli COMMAND [ARGUMENTS]"),
           _("Commands:"),
           _("demo [--seed=N] FILE   Write the demo programme into a new file"),
           _("check FILE             Check a programme file and count its rows"),
           _("help                   Show this help"),
           _("--version              Show the version"),
           _("Exit status: 0 on success, 1 when the command fails, 2 when it is used wrongly."));
}

static void
print_error (const char *message)
{
  fprintf (stderr, "kartu-cli: %s\n", message);
}

static int
usage_error (const char *message)
{
  print_error (message);
  print_usage (stderr);

  return EXIT_USAGE;
}

static void
remove_database_files (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
}

static gint64
count_rows (KartuStore *store,
            const char *table)
{
  return MAX (kartu_store_count (store, table, NULL), 0);
}

static char *
summarise (KartuStore *store)
{
  gint64 n_organisations = count_rows (store, "organisation");
  gint64 n_facilitators = count_rows (store, "facilitator");
  gint64 n_activities = count_rows (store, "activity");
  gint64 n_projects = count_rows (store, "project");
  gint64 n_awards = count_rows (store, "award");
  g_autofree char *organisations = NULL;
  g_autofree char *facilitators = NULL;
  g_autofree char *activities = NULL;
  g_autofree char *projects = NULL;
  g_autofree char *awards = NULL;

  organisations = g_strdup_printf (ngettext ("%ld organisation", "%ld organisations",
                                             (gulong)n_organisations),
                                   (long)n_organisations);
  facilitators = g_strdup_printf (ngettext ("%ld facilitator", "%ld facilitators",
                                            (gulong)n_facilitators),
                                  (long)n_facilitators);
  activities = g_strdup_printf (ngettext ("%ld activity", "%ld activities",
                                          (gulong)n_activities),
                                (long)n_activities);
  projects = g_strdup_printf (ngettext ("%ld project", "%ld projects", (gulong)n_projects),
                              (long)n_projects);
  awards = g_strdup_printf (ngettext ("%ld badge award", "%ld badge awards", (gulong)n_awards),
                            (long)n_awards);

  return g_strjoin (", ", organisations, facilitators, activities, projects, awards, NULL);
}

static gboolean
parse_seed (const char *text,
            guint32    *seed)
{
  guint64 value = 0;

  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT32, &value, NULL))
    return FALSE;

  *seed = (guint32)value;

  return TRUE;
}

static int
command_demo (int    argc,
              char **argv)
{
  g_autoptr(KartuStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *path = NULL;
  const char *file = NULL;
  guint32 seed = KARTU_DEMO_SEED;

  for (int i = 0; i < argc; i++)
    {
      if (g_str_has_prefix (argv [i], "--seed="))
        {
          if (!parse_seed (argv [i] + strlen ("--seed="), &seed))
            return usage_error (_("The seed must be a whole number from 0 to 4294967295."));
        }
      else if (g_str_equal (argv [i], "--seed") && i + 1 < argc)
        {
          if (!parse_seed (argv [++i], &seed))
            return usage_error (_("The seed must be a whole number from 0 to 4294967295."));
        }
      else if (argv [i][0] == '-' && argv [i][1] != '\0' && !g_str_equal (argv [i], "--"))
        {
          g_autofree char *message = g_strdup_printf (_("Unknown option “%s”."), argv [i]);

          return usage_error (message);
        }
      else if (g_str_equal (argv [i], "--") && i + 1 < argc && file == NULL)
        {
          file = argv [++i];
        }
      else if (file == NULL)
        {
          file = argv [i];
        }
      else
        {
          return usage_error (_("“demo” takes one file name."));
        }
    }

  if (file == NULL)
    return usage_error (_("“demo” needs the name of the file to create."));

  path = g_canonicalize_filename (file, NULL);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” already exists; the demo is only written into a new file."), file);

      print_error (message);
      return EXIT_FAILED;
    }

  store = kartu_store_open (path, KARTU_STORE_OPEN_CREATE, &error);
  if (store == NULL)
    {
      print_error (error->message);
      return EXIT_FAILED;
    }

  if (!kartu_demo_generate (store, seed, &error))
    {
      g_clear_object (&store);
      remove_database_files (path);
      print_error (error->message);
      return EXIT_FAILED;
    }

  summary = summarise (store);
  /* Translators: the first %s is a file name, the second a list such as
   * "12 organisations, 40 facilitators, 60 activities". */
  printf (_("Wrote the demo programme to %s: %s.\n"), file, summary);

  return EXIT_OK;
}

static gboolean
is_empty_file (const char *path)
{
  GStatBuf buf;

  return g_stat (path, &buf) == 0 && S_ISREG (buf.st_mode) && buf.st_size == 0;
}

static GPtrArray *
list_tables (KartuStore  *store,
             GError     **error)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(KartuStmt) stmt = NULL;
  int rc;

  stmt = kartu_store_prepare (store,
                              "SELECT name FROM sqlite_schema WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
                              error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *)sqlite3_column_text (stmt, 0)));

  if (rc != SQLITE_DONE)
    {
      kartu_store_set_error_from_db (store, rc, error);
      return NULL;
    }

  return g_steal_pointer (&tables);
}

static int
command_check (int    argc,
               char **argv)
{
  g_autoptr(KartuStore) store = NULL;
  g_autoptr(KartuProgramme) programme = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int width = 0;

  if (argc != 1 || (argv [0][0] == '-' && argv [0][1] != '\0'))
    return usage_error (_("“check” takes one file name."));

  path = g_canonicalize_filename (argv [0], NULL);

  /* The store would set up an empty file as a new programme; checking must not write. */
  if (is_empty_file (path))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is empty, not a Kartu programme file."), argv [0]);

      print_error (message);
      return EXIT_FAILED;
    }

  store = kartu_store_open (path, KARTU_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      print_error (error->message);
      return EXIT_FAILED;
    }

  printf (_("File: %s\n"), kartu_store_get_path (store));
  printf (_("Schema version: %u\n"), kartu_store_get_schema_version (store));

  programme = kartu_programme_load (store, &error);
  if (programme != NULL)
    printf (_("Programme: %s (%s, %s)\n"), kartu_programme_get_name (programme),
            kartu_programme_get_country (programme),
            kartu_programme_get_default_currency (programme));
  else if (g_error_matches (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_NOT_FOUND))
    printf (_("Programme: not set up yet\n"));
  else
    {
      print_error (error->message);
      return EXIT_FAILED;
    }
  g_clear_error (&error);

  tables = list_tables (store, &error);
  if (tables == NULL)
    {
      print_error (error->message);
      return EXIT_FAILED;
    }

  for (guint i = 0; i < tables->len; i++)
    width = MAX (width, (int)strlen (g_ptr_array_index (tables, i)));

  printf (_("Rows per table:\n"));
  for (guint i = 0; i < tables->len; i++)
    {
      const char *table = g_ptr_array_index (tables, i);
      gint64 n = kartu_store_count (store, table, &error);

      if (n < 0)
        {
          print_error (error->message);
          return EXIT_FAILED;
        }
      printf ("  %-*s %10" G_GINT64_FORMAT "\n", width, table, n);
    }

  if (!kartu_store_check_integrity (store, &error))
    {
      print_error (error->message);
      return EXIT_FAILED;
    }

  printf (_("Integrity: no problems found\n"));

  return EXIT_OK;
}

int
main (int   argc,
      char *argv[])
{
  const char *command;
  const char *localedir = g_getenv ("KARTU_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* KARTU_LOCALEDIR: the uninstalled build's translations (meson devenv, tests). */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    return usage_error (_("No command given."));

  command = argv [1];

  if (g_str_equal (command, "help") || g_str_equal (command, "--help") ||
      g_str_equal (command, "-h"))
    {
      print_usage (stdout);
      return EXIT_OK;
    }

  if (g_str_equal (command, "--version") || g_str_equal (command, "version"))
    {
      printf ("kartu-cli %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  if (g_str_equal (command, "demo"))
    return command_demo (argc - 2, argv + 2);

  if (g_str_equal (command, "check"))
    return command_check (argc - 2, argv + 2);

  {
    g_autofree char *message = g_strdup_printf (_("Unknown command “%s”."), command);

    return usage_error (message);
  }
}
