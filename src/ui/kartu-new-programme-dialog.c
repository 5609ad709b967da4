/* kartu-new-programme-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-new-programme-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "kartu-geo.h"
#include "kartu-new-programme-dialog.h"

/* Asks for a name and a country, then hands them to the parent's win.create-programme. */

struct _KartuNewProgrammeDialog
{
  AdwWindow     parent_instance;

  AdwEntryRow  *name_row;
  AdwComboRow  *country_row;
  AdwActionRow *currency_row;
};

G_DEFINE_FINAL_TYPE (KartuNewProgrammeDialog, kartu_new_programme_dialog, ADW_TYPE_WINDOW)

static const char *
selected_country (KartuNewProgrammeDialog *self)
{
  const char * const *codes = kartu_geo_list_countries ();
  guint selected = adw_combo_row_get_selected (self->country_row);

  if (selected >= g_strv_length ((char **)codes))
    return NULL;

  return codes [selected];
}

static char *
trimmed_name (KartuNewProgrammeDialog *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
}

static void
on_name_changed_cb (KartuNewProgrammeDialog *self)
{
  g_autofree char *name = trimmed_name (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.create", *name != '\0');
}

static void
on_country_selected_cb (KartuNewProgrammeDialog *self)
{
  const char *country = selected_country (self);

  adw_action_row_set_subtitle (self->currency_row,
                               country != NULL ? kartu_geo_default_currency (country) : "");
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  KartuNewProgrammeDialog *self = KARTU_NEW_PROGRAMME_DIALOG (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autofree char *name = trimmed_name (self);
  const char *country = selected_country (self);

  if (*name == '\0' || country == NULL || parent == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (parent), "win.create-programme", "(ss)", name, country);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
kartu_new_programme_dialog_class_init (KartuNewProgrammeDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "dialog.create", NULL, create_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kartu/Kartu/ui/kartu-new-programme-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KartuNewProgrammeDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, KartuNewProgrammeDialog, country_row);
  gtk_widget_class_bind_template_child (widget_class, KartuNewProgrammeDialog, currency_row);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_country_selected_cb);
}

static void
kartu_new_programme_dialog_init (KartuNewProgrammeDialog *self)
{
  g_autoptr(GtkStringList) countries = gtk_string_list_new (NULL);
  const char * const *codes = kartu_geo_list_countries ();

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; codes [i] != NULL; i++)
    gtk_string_list_append (countries, kartu_geo_country_name (codes [i]));

  adw_combo_row_set_model (self->country_row, G_LIST_MODEL (countries));
  on_country_selected_cb (self);
  on_name_changed_cb (self);
}

KartuNewProgrammeDialog *
kartu_new_programme_dialog_new (GtkWindow *parent)
{
  return g_object_new (KARTU_TYPE_NEW_PROGRAMME_DIALOG,
                       "transient-for", parent,
                       NULL);
}
