/* kartu-paths.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-paths"

#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kartu-paths.h"

/**
 * kartu_paths_get_data_dir:
 * @error: a location for a #GError
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/kartu`, created private to the
 *   user (programme files hold personal data), or %NULL with @error set
 */
char *
kartu_paths_get_data_dir (GError **error)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "kartu", NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int errsv = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (errsv));
      return NULL;
    }

  return g_steal_pointer (&dir);
}

/**
 * kartu_paths_new_programme_path:
 * @dir: the folder
 * @name: the programme's name
 *
 * Returns: (transfer full): a path in @dir, named after @name, that does not
 *   exist yet
 */
char *
kartu_paths_new_programme_path (const char *dir,
                                const char *name)
{
  g_autoptr(GString) base = g_string_new (NULL);

  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  /* Keep the name readable (any script) but a single, visible file name. */
  for (const char *p = name; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '\\' || g_unichar_iscntrl (c) || (base->len == 0 && (c == '.' || g_unichar_isspace (c))))
        {
          if (base->len > 0)
            g_string_append_c (base, '-');
        }
      else
        {
          g_string_append_unichar (base, c);
        }
    }

  if (base->len == 0)
    g_string_assign (base, "programme");

  for (guint i = 1; ; i++)
    {
      g_autofree char *file_name = NULL;
      g_autofree char *path = NULL;

      if (i == 1)
        file_name = g_strconcat (base->str, KARTU_FILE_SUFFIX, NULL);
      else
        file_name = g_strdup_printf ("%s (%u)%s", base->str, i, KARTU_FILE_SUFFIX);

      path = g_build_filename (dir, file_name, NULL);
      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&path);
    }
}
