/* kartu-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-application"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "kartu-application.h"
#include "kartu-window.h"

#define MAX_RECENT 10

struct _KartuApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  guint           start_with_demo : 1;
};

G_DEFINE_FINAL_TYPE (KartuApplication, kartu_application, ADW_TYPE_APPLICATION)

static const GOptionEntry main_entries[] = {
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open the demo programme (created on first use)"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and quit"), NULL },
  { NULL }
};

static GSettingsSchema *
lookup_schema (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();

  if (source == NULL)
    return NULL;

  return g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
}

/**
 * kartu_application_setup_locale:
 *
 * Sets up gettext, honouring the language chosen in Kartu's preferences
 * (it takes effect at start-up, before any string is translated).
 */
void
kartu_application_setup_locale (void)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  const char *localedir = g_getenv ("KARTU_LOCALEDIR");

  setlocale (LC_ALL, "");

  if ((schema = lookup_schema ()) != NULL)
    {
      g_autoptr(GSettings) settings = g_settings_new_full (schema, NULL, NULL);
      g_autofree char *language = g_settings_get_string (settings, "language");

      if (language != NULL && *language != '\0')
        {
          g_setenv ("LANGUAGE", language, TRUE);

          /* LANGUAGE is ignored in the C locale: fall back to one that honours it. */
          if (g_strcmp0 (setlocale (LC_MESSAGES, NULL), "C") == 0)
            setlocale (LC_MESSAGES, "C.UTF-8");
        }
    }

  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

static KartuWindow *
get_window (KartuApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (!KARTU_IS_WINDOW (window))
    window = GTK_WINDOW (kartu_window_new (ADW_APPLICATION (self)));

  return KARTU_WINDOW (window);
}

static void
kartu_application_activate (GApplication *app)
{
  KartuApplication *self = KARTU_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      KartuWindow *kwindow = get_window (self);
      g_autofree char *last = g_settings_get_string (kartu_application_get_settings (self),
                                                     "last-programme");

      window = GTK_WINDOW (kwindow);

      if (self->start_with_demo)
        {
          self->start_with_demo = FALSE;
          kartu_window_open_demo (kwindow);
        }
      /* Coordinators come back to the programme they left; a vanished file means the welcome. */
      else if (last != NULL && *last != '\0' && g_file_test (last, G_FILE_TEST_IS_REGULAR))
        {
          g_autoptr(GFile) file = g_file_new_for_path (last);

          kartu_window_open_file (kwindow, file);
        }
    }

  gtk_window_present (window);
}

static void
kartu_application_open (GApplication  *app,
                        GFile        **files,
                        int            n_files,
                        const char    *hint)
{
  KartuApplication *self = KARTU_APPLICATION (app);

  /* One programme a window: the last file named wins, as in a document app. */
  for (int i = 0; i < n_files; i++)
    {
      KartuWindow *window = get_window (self);

      kartu_window_open_file (window, files [i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static int
kartu_application_handle_local_options (GApplication *app,
                                        GVariantDict *options)
{
  g_autoptr(GError) error = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "kartu", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_contains (options, "demo"))
    {
      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("kartu: %s\n", error->message);
          return 1;
        }

      /* A running Kartu opens the demo; a new one starts on it. */
      if (g_application_get_is_remote (app))
        {
          g_action_group_activate_action (G_ACTION_GROUP (app), "demo", NULL);
          return 0;
        }

      KARTU_APPLICATION (app)->start_with_demo = TRUE;
    }

  return -1;
}

static void
new_programme_action (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  KartuWindow *window = get_window (KARTU_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-programme", NULL);
}

static void
open_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  KartuWindow *window = get_window (KARTU_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL);
}

static void
open_recent_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  KartuWindow *window = get_window (KARTU_APPLICATION (user_data));
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (param, NULL));

  kartu_window_open_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
}

static void
demo_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  KartuWindow *window = get_window (KARTU_APPLICATION (user_data));

  kartu_window_open_demo (window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  KartuApplication *self = KARTU_APPLICATION (user_data);
  static const char *developers[] = { "The Kartu developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-name", "Kartu",
                        "application-icon", APPLICATION_ID,
                        "developer-name", _("The Kartu developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("The coordinator’s desk for civic-education programmes: "
                                      "municipalities on a map, grants for social action projects, "
                                      "facilitator rosters and Open Badges."),
                        "website", "https://github.com/kartu/kartu",
                        "issue-url", "https://github.com/kartu/kartu/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: put your name here, one per line, as "Name <email>" */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GApplication *app = G_APPLICATION (user_data);
  GList *windows;

  /* Closing the windows lets them save their state first. */
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (GTK_WINDOW (windows->data));

  g_application_quit (app);
}

static const GActionEntry app_entries[] = {
  { "new-programme", new_programme_action },
  { "open", open_action },
  { "open-recent", open_recent_action, "s" },
  { "demo", demo_action },
  { "about", about_action },
  { "quit", quit_action },
};

static void
kartu_application_startup (GApplication *app)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.new-programme", { "<Control>n", NULL } },
    { "app.open", { "<Control>o", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "win.close-programme", { "<Control>w", NULL } },
    { "win.show-page::dashboard", { "<Alt>1", NULL } },
    { "win.show-page::projects", { "<Alt>2", NULL } },
    { "win.show-page::facilitators", { "<Alt>3", NULL } },
    { "win.show-page::badges", { "<Alt>4", NULL } },
  };

  G_APPLICATION_CLASS (kartu_application_parent_class)->startup (app);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels [i].action, accels [i].accels);
}

static void
kartu_application_dispose (GObject *object)
{
  KartuApplication *self = (KartuApplication *)object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kartu_application_parent_class)->dispose (object);
}

static void
kartu_application_class_init (KartuApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = kartu_application_dispose;

  app_class->activate = kartu_application_activate;
  app_class->open = kartu_application_open;
  app_class->startup = kartu_application_startup;
  app_class->handle_local_options = kartu_application_handle_local_options;
}

static void
kartu_application_init (KartuApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries, G_N_ELEMENTS (app_entries), self);
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[PROGRAMME-FILE…]"));
}

KartuApplication *
kartu_application_new (void)
{
  return g_object_new (KARTU_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/kartu/Kartu",
                       NULL);
}

GSettings *
kartu_application_get_settings (KartuApplication *self)
{
  g_return_val_if_fail (KARTU_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    self->settings = g_settings_new (APPLICATION_ID);

  return self->settings;
}

/**
 * kartu_application_add_recent:
 * @self: the application
 * @path: a programme file that was just opened
 *
 * Puts @path first in the recent programmes and remembers it as the one to
 * reopen on the next start.
 */
void
kartu_application_add_recent (KartuApplication *self,
                              const char       *path)
{
  GSettings *settings;
  g_auto(GStrv) recent = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  guint n = 1;

  g_return_if_fail (KARTU_IS_APPLICATION (self));
  g_return_if_fail (path != NULL);

  settings = kartu_application_get_settings (self);
  recent = g_settings_get_strv (settings, "recent-programmes");

  g_strv_builder_add (builder, path);
  for (guint i = 0; recent [i] != NULL && n < MAX_RECENT; i++)
    {
      if (g_strcmp0 (recent [i], path) != 0)
        {
          g_strv_builder_add (builder, recent [i]);
          n++;
        }
    }

  updated = g_strv_builder_end (builder);
  g_settings_set_strv (settings, "recent-programmes", (const char * const *)updated);
  g_settings_set_string (settings, "last-programme", path);
}

/**
 * kartu_application_forget_last:
 * @self: the application
 *
 * The programme was closed: start on the welcome screen next time.
 */
void
kartu_application_forget_last (KartuApplication *self)
{
  g_return_if_fail (KARTU_IS_APPLICATION (self));

  g_settings_set_string (kartu_application_get_settings (self), "last-programme", "");
}
