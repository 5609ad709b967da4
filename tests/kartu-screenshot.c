/* kartu-screenshot.c — renders a page of Kartu to PNG, in any language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   kartu-screenshot [--page PAGE] [--lang LL] [--width W] [--height H] [--dark]
 *                    [--programme FILE] OUTPUT.png
 *
 * Without --programme it writes the demo programme into a temporary folder.
 * Run it under a display (xvfb-run) with GSK_RENDERER=cairo for stable images.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "kartu-application.h"
#include "kartu-window.h"

static char *opt_page = NULL;
static char *opt_lang = NULL;
static char *opt_programme = NULL;
static int opt_width = 1280;
static int opt_height = 800;
static gboolean opt_dark = FALSE;
static char *output = NULL;
static int exit_status = 1;
static guint frames = 0;

static const GOptionEntry entries[] = {
  { "page", 'p', 0, G_OPTION_ARG_STRING, &opt_page, "welcome, dashboard, projects, facilitators or badges", "PAGE" },
  { "lang", 'l', 0, G_OPTION_ARG_STRING, &opt_lang, "Language code (en, lt, lv, ru, sq, bn)", "LL" },
  { "programme", 0, 0, G_OPTION_ARG_FILENAME, &opt_programme, "Programme file (default: a fresh demo)", "FILE" },
  { "width", 'w', 0, G_OPTION_ARG_INT, &opt_width, "Window width", "W" },
  { "height", 'h', 0, G_OPTION_ARG_INT, &opt_height, "Window height", "H" },
  { "dark", 0, 0, G_OPTION_ARG_NONE, &opt_dark, "Dark style", NULL },
  { NULL }
};

/* The locale whose formats go with each UI language, when it is installed. */
static const struct {
  const char *lang;
  const char *locale;
} locales[] = {
  { "en", "en_GB.UTF-8" },
  { "lt", "lt_LT.UTF-8" },
  { "lv", "lv_LV.UTF-8" },
  { "ru", "ru_RU.UTF-8" },
  { "sq", "sq_AL.UTF-8" },
  { "bn", "bn_BD.UTF-8" },
};

static void
set_language (const char *lang)
{
  const char *locale = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    if (g_str_equal (locales [i].lang, lang))
      locale = locales [i].locale;

  g_setenv ("LANGUAGE", lang, TRUE);
  g_unsetenv ("LC_ALL");
  if (locale == NULL || setlocale (LC_ALL, locale) == NULL)
    {
      g_printerr ("kartu-screenshot: locale %s is not installed; formats follow C.UTF-8\n",
                  locale ? locale : lang);
      setlocale (LC_ALL, "C.UTF-8");
    }
  g_setenv ("LANG", setlocale (LC_ALL, NULL), TRUE);
}

static gboolean
save_png (GtkWidget  *window,
          const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return FALSE;

  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));

  return gdk_texture_save_to_png (texture, path);
}

static gboolean
capture_cb (GtkWidget     *window,
            GdkFrameClock *clock,
            gpointer       user_data)
{
  /* Lists fill their rows during the first layouts: wait for a few frames. */
  if (++frames < 12)
    return G_SOURCE_CONTINUE;

  if (save_png (window, output))
    {
      g_print ("%s\n", output);
      exit_status = 0;
    }
  else
    {
      g_printerr ("kartu-screenshot: could not write %s\n", output);
    }

  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));

  return G_SOURCE_REMOVE;
}

static void
on_activate_cb (GApplication *app,
                gpointer      user_data)
{
  KartuWindow *window = KARTU_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_autoptr(GError) error = NULL;
  const char *page = opt_page ? opt_page : "dashboard";

  /* A transition caught half-way would blend two pages. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  if (opt_dark)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  gtk_window_set_default_size (GTK_WINDOW (window), opt_width, opt_height);

  if (!g_str_equal (page, "welcome"))
    {
      gboolean loaded;

      if (opt_programme != NULL)
        {
          g_autoptr(GFile) file = g_file_new_for_commandline_arg (opt_programme);

          loaded = kartu_window_load_file (window, file, &error);
        }
      else
        {
          loaded = kartu_window_load_demo (window, &error);
        }

      if (!loaded)
        {
          g_printerr ("kartu-screenshot: %s\n", error->message);
          g_application_quit (app);
          return;
        }

      if (kartu_window_get_page (window, page) == NULL)
        {
          g_printerr ("kartu-screenshot: no page called “%s”\n", page);
          g_application_quit (app);
          return;
        }

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", page);
    }

  gtk_widget_add_tick_callback (GTK_WIDGET (window), capture_cb, NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("OUTPUT.png");
  g_autoptr(GError) error = NULL;
  g_autoptr(KartuApplication) app = NULL;
  g_autofree char *tmpdir = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("kartu-screenshot: %s\n", error ? error->message : "give one OUTPUT.png");
      return 2;
    }
  output = g_canonicalize_filename (argv [1], NULL);

  /* Never touch the user's own programmes or settings. */
  tmpdir = g_dir_make_tmp ("kartu-screenshot-XXXXXX", &error);
  if (tmpdir == NULL)
    {
      g_printerr ("kartu-screenshot: %s\n", error->message);
      return 1;
    }
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  if (g_getenv ("KARTU_LOCALEDIR") == NULL)
    g_setenv ("KARTU_LOCALEDIR", KARTU_BUILD_LOCALEDIR, TRUE);

  kartu_application_setup_locale ();
  if (opt_lang != NULL)
    set_language (opt_lang);

  app = kartu_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_cb), NULL);
  g_application_run (G_APPLICATION (app), 0, NULL);

  {
    g_autofree char *demo = g_build_filename (tmpdir, "kartu", "demo.kartu", NULL);
    g_autofree char *wal = g_strconcat (demo, "-wal", NULL);
    g_autofree char *shm = g_strconcat (demo, "-shm", NULL);
    g_autofree char *dir = g_build_filename (tmpdir, "kartu", NULL);

    g_unlink (wal);
    g_unlink (shm);
    g_unlink (demo);
    g_rmdir (dir);
    g_rmdir (tmpdir);
  }

  return exit_status;
}
