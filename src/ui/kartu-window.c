/* kartu-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-window"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kartu-application.h"
#include "kartu-badges-page.h"
#include "kartu-dashboard-page.h"
#include "kartu-demo.h"
#include "kartu-facilitators-page.h"
#include "kartu-geo.h"
#include "kartu-new-programme-dialog.h"
#include "kartu-paths.h"
#include "kartu-programme.h"
#include "kartu-projects-page.h"
#include "kartu-welcome-page.h"
#include "kartu-window.h"

struct _KartuWindow
{
  AdwApplicationWindow  parent_instance;

  KartuStore           *store;
  KartuProgramme       *programme;
  gboolean              is_demo;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  AdwViewSwitcherTitle *switcher_title;
  KartuWelcomePage     *welcome_page;
  KartuDashboardPage   *dashboard_page;
  KartuProjectsPage    *projects_page;
  KartuFacilitatorsPage *facilitators_page;
  KartuBadgesPage      *badges_page;
};

G_DEFINE_FINAL_TYPE (KartuWindow, kartu_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static KartuApplication *
get_application (KartuWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return KARTU_IS_APPLICATION (app) ? KARTU_APPLICATION (app) : NULL;
}

static void
show_error (KartuWindow  *self,
            const char   *heading,
            const GError *error)
{
  AdwMessageDialog *dialog;

  g_warning ("%s: %s", heading, error->message);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
kartu_window_update_titles (KartuWindow *self)
{
  if (self->programme != NULL)
    {
      const char *name = kartu_programme_get_name (self->programme);
      const char *country = kartu_geo_country_name (kartu_programme_get_country (self->programme));

      gtk_window_set_title (GTK_WINDOW (self), name);
      adw_view_switcher_title_set_title (self->switcher_title, name);
      adw_view_switcher_title_set_subtitle (self->switcher_title, country);
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), "Kartu");
      adw_view_switcher_title_set_title (self->switcher_title, "Kartu");
      adw_view_switcher_title_set_subtitle (self->switcher_title, NULL);
    }
}

static gboolean
is_demo_path (const char *path)
{
  g_autofree char *demo = g_build_filename (g_get_user_data_dir (), "kartu", "demo" KARTU_FILE_SUFFIX, NULL);
  g_autofree char *canonical = g_canonicalize_filename (demo, NULL);

  return g_strcmp0 (path, canonical) == 0;
}

static void
kartu_window_apply_store (KartuWindow *self)
{
  /* The demo is a programme of 2017-2019: its deadlines are seen from its own last days. */
  const char *today = self->is_demo ? KARTU_DEMO_TODAY : NULL;

  kartu_projects_page_set_today (self->projects_page, today);
  kartu_dashboard_page_set_today (self->dashboard_page, today);

  g_object_set (self->dashboard_page, "store", self->store, NULL);
  g_object_set (self->projects_page, "store", self->store, NULL);
  g_object_set (self->facilitators_page, "store", self->store, NULL);
  g_object_set (self->badges_page, "store", self->store, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close-programme", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-page", self->store != NULL);

  kartu_window_update_titles (self);
  gtk_stack_set_visible_child_name (self->main_stack, self->store != NULL ? "programme" : "welcome");
}

static gboolean
kartu_window_take_store (KartuWindow  *self,
                         KartuStore   *store,
                         GError      **error)
{
  g_autoptr(KartuProgramme) programme = NULL;

  if (store != NULL && !(programme = kartu_programme_load (store, error)))
    return FALSE;

  if (store == self->store)
    return TRUE;

  g_set_object (&self->store, store);
  g_set_object (&self->programme, programme);
  self->is_demo = store != NULL && is_demo_path (kartu_store_get_path (store));
  kartu_window_apply_store (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);

  return TRUE;
}

static void
kartu_window_remember (KartuWindow *self)
{
  KartuApplication *app = get_application (self);

  if (app != NULL && self->store != NULL)
    kartu_application_add_recent (app, kartu_store_get_path (self->store));
}

/**
 * kartu_window_load_file:
 * @self: a #KartuWindow
 * @file: a programme file
 * @error: a location for a #GError
 *
 * Opens @file in the window, replacing the programme shown, or leaves the
 * window as it was and sets @error.
 *
 * Returns: %TRUE if the programme is now shown
 */
gboolean
kartu_window_load_file (KartuWindow  *self,
                        GFile        *file,
                        GError      **error)
{
  g_autoptr(KartuStore) store = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (KARTU_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!(path = g_file_get_path (file)))
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is not a local file. Copy it to this computer first."), uri);
      return FALSE;
    }

  if (self->store != NULL && g_strcmp0 (kartu_store_get_path (self->store), path) == 0)
    return TRUE;

  if (!(store = kartu_store_open (path, KARTU_STORE_OPEN_DEFAULT, error)))
    return FALSE;

  if (!kartu_window_take_store (self, store, error))
    return FALSE;

  if (kartu_store_get_backup_path (store) != NULL)
    {
      g_autofree char *basename = g_path_get_basename (kartu_store_get_backup_path (store));
      g_autofree char *text = g_strdup_printf (_("Programme upgraded; the previous version was kept as “%s”"),
                                               basename);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
    }

  kartu_window_remember (self);

  return TRUE;
}

void
kartu_window_open_file (KartuWindow *self,
                        GFile       *file)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KARTU_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (!kartu_window_load_file (self, file, &error))
    show_error (self, _("Could Not Open the Programme"), error);
}

/**
 * kartu_window_load_demo:
 * @self: a #KartuWindow
 * @error: a location for a #GError
 *
 * Opens the demo programme, writing it first if this user has none yet.
 *
 * Returns: %TRUE if the demo is now shown
 */
gboolean
kartu_window_load_demo (KartuWindow  *self,
                        GError      **error)
{
  g_autoptr(KartuStore) store = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (KARTU_IS_WINDOW (self), FALSE);

  if (!(dir = kartu_paths_get_data_dir (error)))
    return FALSE;

  path = g_build_filename (dir, "demo" KARTU_FILE_SUFFIX, NULL);
  file = g_file_new_for_path (path);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return kartu_window_load_file (self, file, error);

  if (!(store = kartu_store_open (path, KARTU_STORE_OPEN_CREATE, error)))
    return FALSE;

  if (!kartu_demo_generate (store, KARTU_DEMO_SEED, error))
    {
      g_clear_object (&store);
      kartu_store_remove_file (path);
      return FALSE;
    }

  if (!kartu_window_take_store (self, store, error))
    return FALSE;

  kartu_window_remember (self);

  return TRUE;
}

void
kartu_window_open_demo (KartuWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KARTU_IS_WINDOW (self));

  if (!kartu_window_load_demo (self, &error))
    show_error (self, _("Could Not Open the Demo"), error);
}

/**
 * kartu_window_create_programme:
 * @self: a #KartuWindow
 * @name: the programme's name
 * @country: an ISO 3166-1 alpha-2 code Kartu has reference data for
 * @error: a location for a #GError
 *
 * Creates a programme file in Kartu's data folder and opens it.
 *
 * Returns: %TRUE if the new programme is now shown
 */
gboolean
kartu_window_create_programme (KartuWindow  *self,
                               const char   *name,
                               const char   *country,
                               GError      **error)
{
  g_autoptr(KartuStore) store = NULL;
  g_autoptr(KartuProgramme) programme = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (KARTU_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (country != NULL, FALSE);

  if (!(dir = kartu_paths_get_data_dir (error)))
    return FALSE;

  path = kartu_paths_new_programme_path (dir, name);
  if (!(store = kartu_store_open (path, KARTU_STORE_OPEN_CREATE, error)))
    return FALSE;

  if (!(programme = kartu_programme_create (store, name, country,
                                            kartu_geo_default_currency (country), error)))
    {
      g_clear_object (&store);
      kartu_store_remove_file (path);
      return FALSE;
    }

  if (!kartu_window_take_store (self, store, error))
    return FALSE;

  kartu_window_remember (self);

  return TRUE;
}

const char *
kartu_window_get_visible_page (KartuWindow *self)
{
  g_return_val_if_fail (KARTU_IS_WINDOW (self), NULL);

  if (self->store == NULL)
    return "welcome";

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

GtkWidget *
kartu_window_get_page (KartuWindow *self,
                       const char  *name)
{
  g_return_val_if_fail (KARTU_IS_WINDOW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (g_str_equal (name, "welcome"))
    return GTK_WIDGET (self->welcome_page);

  return adw_view_stack_get_child_by_name (self->view_stack, name);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  KartuWindow *self = KARTU_WINDOW (widget);
  const char *name = g_variant_get_string (param, NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

static void
close_programme_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  KartuWindow *self = KARTU_WINDOW (widget);
  KartuApplication *app = get_application (self);

  kartu_window_take_store (self, NULL, NULL);

  if (app != NULL)
    kartu_application_forget_last (app);
}

static void
create_programme_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  KartuWindow *self = KARTU_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  const char *name;
  const char *country;

  g_variant_get (param, "(&s&s)", &name, &country);

  if (!kartu_window_create_programme (self, name, country, &error))
    show_error (self, _("Could Not Create the Programme"), error);
  else
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Programme created")));
}

static void
new_programme_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  GtkWindow *dialog = GTK_WINDOW (kartu_new_programme_dialog_new (GTK_WINDOW (widget)));

  gtk_window_present (dialog);
}

static void
on_open_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     KartuWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        kartu_window_open_file (self, file);
    }

  g_object_unref (dialog);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  KartuWindow *self = KARTU_WINDOW (widget);
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) programmes = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  native = gtk_file_chooser_native_new (_("Open a Programme"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  gtk_file_filter_set_name (programmes, _("Kartu programmes"));
  gtk_file_filter_add_suffix (programmes, "kartu");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), programmes);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);

  g_signal_connect (native, "response", G_CALLBACK (on_open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
demo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  kartu_window_open_demo (KARTU_WINDOW (widget));
}

static gboolean
kartu_window_close_request (GtkWindow *window)
{
  KartuWindow *self = KARTU_WINDOW (window);
  KartuApplication *app = get_application (self);

  if (app != NULL)
    {
      GSettings *settings = kartu_application_get_settings (app);
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
      if (!gtk_window_is_maximized (window))
        {
          g_settings_set_int (settings, "window-width", width);
          g_settings_set_int (settings, "window-height", height);
        }
    }

  return GTK_WINDOW_CLASS (kartu_window_parent_class)->close_request (window);
}

static void
kartu_window_constructed (GObject *object)
{
  KartuWindow *self = (KartuWindow *)object;
  KartuApplication *app = get_application (self);

  G_OBJECT_CLASS (kartu_window_parent_class)->constructed (object);

  if (app != NULL)
    {
      GSettings *settings = kartu_application_get_settings (app);

      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (settings, "window-width"),
                                   g_settings_get_int (settings, "window-height"));
      if (g_settings_get_boolean (settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));

      g_settings_bind (settings, "recent-programmes", self->welcome_page, "recent",
                       G_SETTINGS_BIND_GET);
    }
}

static void
kartu_window_dispose (GObject *object)
{
  KartuWindow *self = (KartuWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KARTU_TYPE_WINDOW);
  g_clear_object (&self->programme);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kartu_window_parent_class)->dispose (object);
}

static void
kartu_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KartuWindow *self = KARTU_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_window_class_init (KartuWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = kartu_window_constructed;
  object_class->dispose = kartu_window_dispose;
  object_class->get_property = kartu_window_get_property;

  window_class->close_request = kartu_window_close_request;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         KARTU_TYPE_STORE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.close-programme", NULL, close_programme_action);
  gtk_widget_class_install_action (widget_class, "win.create-programme", "(ss)", create_programme_action);
  gtk_widget_class_install_action (widget_class, "win.new-programme", NULL, new_programme_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.demo", NULL, demo_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/kartu/Kartu/ui/kartu-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KartuWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KartuWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, KartuWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, KartuWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, KartuWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, KartuWindow, dashboard_page);
  gtk_widget_class_bind_template_child (widget_class, KartuWindow, projects_page);
  gtk_widget_class_bind_template_child (widget_class, KartuWindow, facilitators_page);
  gtk_widget_class_bind_template_child (widget_class, KartuWindow, badges_page);

  g_type_ensure (KARTU_TYPE_WELCOME_PAGE);
  g_type_ensure (KARTU_TYPE_DASHBOARD_PAGE);
  g_type_ensure (KARTU_TYPE_PROJECTS_PAGE);
  g_type_ensure (KARTU_TYPE_FACILITATORS_PAGE);
  g_type_ensure (KARTU_TYPE_BADGES_PAGE);
}

static void
kartu_window_init (KartuWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  kartu_window_apply_store (self);
}

KartuWindow *
kartu_window_new (AdwApplication *application)
{
  return g_object_new (KARTU_TYPE_WINDOW, "application", application, NULL);
}

KartuStore *
kartu_window_get_store (KartuWindow *self)
{
  g_return_val_if_fail (KARTU_IS_WINDOW (self), NULL);

  return self->store;
}

AdwToastOverlay *
kartu_window_get_toast_overlay (KartuWindow *self)
{
  g_return_val_if_fail (KARTU_IS_WINDOW (self), NULL);

  return self->toast_overlay;
}
