/* kartu-welcome-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-welcome-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kartu-paths.h"
#include "kartu-welcome-page.h"

/* The welcome screen: start a programme, open one, try the demo, or go back to a recent one. */

struct _KartuWelcomePage
{
  AdwBin               parent_instance;

  GStrv                recent;

  AdwPreferencesGroup *recent_group;
  GtkListBox          *recent_list;
};

G_DEFINE_FINAL_TYPE (KartuWelcomePage, kartu_welcome_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_RECENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static char *
display_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  const char *home = g_get_home_dir ();

  if (g_str_has_prefix (dir, home) && (dir [strlen (home)] == '/' || dir [strlen (home)] == '\0'))
    return g_strconcat ("~", dir + strlen (home), NULL);

  return g_steal_pointer (&dir);
}

static void
kartu_welcome_page_rebuild (KartuWelcomePage *self)
{
  GtkWidget *child;
  guint n_rows = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))))
    gtk_list_box_remove (self->recent_list, child);

  for (guint i = 0; self->recent != NULL && self->recent [i] != NULL; i++)
    {
      const char *path = self->recent [i];
      g_autofree char *basename = NULL;
      g_autofree char *folder = NULL;
      GtkWidget *row;

      /* A file moved or deleted since is not offered. */
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;

      basename = g_path_get_basename (path);
      if (g_str_has_suffix (basename, KARTU_FILE_SUFFIX))
        basename [strlen (basename) - strlen (KARTU_FILE_SUFFIX)] = '\0';
      folder = display_folder (path);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), basename);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "app.open-recent");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_string (path));
      gtk_widget_set_tooltip_text (row, path);
      gtk_list_box_append (self->recent_list, row);
      n_rows++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), n_rows > 0);
}

static void
kartu_welcome_page_dispose (GObject *object)
{
  KartuWelcomePage *self = (KartuWelcomePage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KARTU_TYPE_WELCOME_PAGE);
  g_clear_pointer (&self->recent, g_strfreev);

  G_OBJECT_CLASS (kartu_welcome_page_parent_class)->dispose (object);
}

static void
kartu_welcome_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KartuWelcomePage *self = KARTU_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_RECENT:
      g_value_set_boxed (value, self->recent);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_welcome_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  KartuWelcomePage *self = KARTU_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_RECENT:
      kartu_welcome_page_set_recent (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_welcome_page_class_init (KartuWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kartu_welcome_page_dispose;
  object_class->get_property = kartu_welcome_page_get_property;
  object_class->set_property = kartu_welcome_page_set_property;

  properties [PROP_RECENT] =
    g_param_spec_boxed ("recent", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/kartu/Kartu/ui/kartu-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KartuWelcomePage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, KartuWelcomePage, recent_list);
}

static void
kartu_welcome_page_init (KartuWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  kartu_welcome_page_rebuild (self);
}

const char * const *
kartu_welcome_page_get_recent (KartuWelcomePage *self)
{
  g_return_val_if_fail (KARTU_IS_WELCOME_PAGE (self), NULL);

  return (const char * const *)self->recent;
}

void
kartu_welcome_page_set_recent (KartuWelcomePage   *self,
                               const char * const *recent)
{
  g_return_if_fail (KARTU_IS_WELCOME_PAGE (self));

  if (self->recent != NULL && recent != NULL &&
      g_strv_equal ((const char * const *)self->recent, recent))
    return;

  g_clear_pointer (&self->recent, g_strfreev);
  self->recent = g_strdupv ((char **)recent);
  kartu_welcome_page_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RECENT]);
}
