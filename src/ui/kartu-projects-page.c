/* kartu-projects-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-projects-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kartu-fold.h"
#include "kartu-format.h"
#include "kartu-money.h"
#include "kartu-projects-page.h"

struct _KartuProjectsPage
{
  AdwBin               parent_instance;

  KartuStore          *store;
  KartuProjectList    *projects;

  GtkSearchEntry      *search_entry;
  GtkWidget           *search_box;
  GtkStack            *stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *title_column;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkWidget           *totals_separator;
  GtkLabel            *totals_label;
};

G_DEFINE_FINAL_TYPE (KartuProjectsPage, kartu_projects_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static char *
fold_query (gpointer    instance,
            const char *text)
{
  return kartu_fold (text);
}

static GStrv
deadline_css_classes (gpointer instance,
                      gboolean overdue)
{
  static const char * const plain[] = { "numeric", NULL };
  static const char * const late[] = { "numeric", "error", NULL };

  return g_strdupv ((char **)(overdue ? late : plain));
}

static char *
overdue_tooltip (gpointer instance,
                 gboolean overdue)
{
  return overdue ? g_strdup (_("Overdue")) : NULL;
}

static char *
format_totals (GListModel *model,
               guint       n_all)
{
  g_autoptr(KartuMoneyTotals) approved = kartu_money_totals_new ();
  g_autoptr(KartuMoneyTotals) paid = kartu_money_totals_new ();
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *count = NULL;
  g_autofree char *all = NULL;
  guint n_shown = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_shown; i++)
    {
      g_autoptr(KartuProject) project = g_list_model_get_item (model, i);
      const char *currency = kartu_project_get_currency (project);

      if (!kartu_money_is_currency (currency))
        continue;

      /* Approvals of rejected or withdrawn projects are not money the programme owes. */
      if (kartu_project_get_approved (project) >= 0 &&
          !kartu_project_status_is_cancelled (kartu_project_get_status (project)))
        kartu_money_totals_add (approved, kartu_project_get_approved (project), currency);
      if (kartu_project_get_paid (project) > 0)
        kartu_money_totals_add (paid, kartu_project_get_paid (project), currency);
    }

  count = kartu_format_count (n_shown);
  if (n_shown == n_all)
    {
      g_ptr_array_add (parts, g_strdup_printf (ngettext ("%s project", "%s projects", n_shown), count));
    }
  else
    {
      all = kartu_format_count (n_all);
      /* Translators: shown while searching, e.g. "3 of 30 projects" */
      g_ptr_array_add (parts, g_strdup_printf (ngettext ("%s of %s project", "%s of %s projects", n_all),
                                               count, all));
    }

  if (!kartu_money_totals_is_empty (approved))
    {
      g_autofree char *amounts = kartu_money_totals_format (approved, " + ");

      /* Translators: the sum of approved grants, one amount per currency, e.g. "approved 24 500,00 €" */
      g_ptr_array_add (parts, g_strdup_printf (_("approved %s"), amounts));
    }

  if (!kartu_money_totals_is_empty (paid))
    {
      g_autofree char *amounts = kartu_money_totals_format (paid, " + ");

      /* Translators: the sum of paid tranches, one amount per currency, e.g. "paid 18 000,00 €" */
      g_ptr_array_add (parts, g_strdup_printf (_("paid %s"), amounts));
    }

  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **)parts->pdata);
}

static void
update_view (KartuProjectsPage *self)
{
  guint n_all = g_list_model_get_n_items (G_LIST_MODEL (self->projects));
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  g_autofree char *totals = NULL;

  if (n_all == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else if (n_shown == 0)
    gtk_stack_set_visible_child_name (self->stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->stack, "projects");

  /* Nothing to search or add up in an empty programme. */
  gtk_widget_set_visible (self->search_box, n_all > 0);
  gtk_widget_set_visible (self->totals_separator, n_all > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->totals_label), n_all > 0);

  totals = format_totals (G_LIST_MODEL (self->sort_model), n_all);
  gtk_label_set_label (self->totals_label, totals);
}

static void
on_items_changed_cb (KartuProjectsPage *self,
                     guint              position,
                     guint              removed,
                     guint              added,
                     GListModel        *model)
{
  update_view (self);
}

static void
on_stop_search_cb (KartuProjectsPage *self,
                   GtkSearchEntry    *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static gboolean
focus_search_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  KartuProjectsPage *self = KARTU_PROJECTS_PAGE (widget);

  if (!gtk_widget_get_visible (self->search_box))
    return FALSE;

  return gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
kartu_projects_page_dispose (GObject *object)
{
  KartuProjectsPage *self = (KartuProjectsPage *)object;

  /* Tearing the models down empties them: nothing to show any more. */
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_func (self->sort_model, on_items_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), KARTU_TYPE_PROJECTS_PAGE);
  g_clear_object (&self->projects);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kartu_projects_page_parent_class)->dispose (object);
}

static void
kartu_projects_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KartuProjectsPage *self = KARTU_PROJECTS_PAGE (object);

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
kartu_projects_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KartuProjectsPage *self = KARTU_PROJECTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      kartu_projects_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_projects_page_class_init (KartuProjectsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kartu_projects_page_dispose;
  object_class->get_property = kartu_projects_page_get_property;
  object_class->set_property = kartu_projects_page_set_property;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         KARTU_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KARTU_TYPE_PROJECT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/kartu/Kartu/ui/kartu-projects-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KartuProjectsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KartuProjectsPage, search_box);
  gtk_widget_class_bind_template_child (widget_class, KartuProjectsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KartuProjectsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, KartuProjectsPage, title_column);
  gtk_widget_class_bind_template_child (widget_class, KartuProjectsPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, KartuProjectsPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, KartuProjectsPage, totals_separator);
  gtk_widget_class_bind_template_child (widget_class, KartuProjectsPage, totals_label);
  gtk_widget_class_bind_template_callback (widget_class, fold_query);
  gtk_widget_class_bind_template_callback (widget_class, deadline_css_classes);
  gtk_widget_class_bind_template_callback (widget_class, overdue_tooltip);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, focus_search_cb, NULL);
}

static void
kartu_projects_page_init (KartuProjectsPage *self)
{
  self->projects = kartu_project_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->projects));

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  gtk_column_view_sort_by_column (self->column_view, self->title_column, GTK_SORT_ASCENDING);

  g_signal_connect_object (self->sort_model, "items-changed",
                           G_CALLBACK (on_items_changed_cb), self, G_CONNECT_SWAPPED);
  update_view (self);
}

GtkWidget *
kartu_projects_page_new (void)
{
  return g_object_new (KARTU_TYPE_PROJECTS_PAGE, NULL);
}

KartuStore *
kartu_projects_page_get_store (KartuProjectsPage *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECTS_PAGE (self), NULL);

  return self->store;
}

/**
 * kartu_projects_page_set_store:
 * @self: the page
 * @store: (nullable): the programme's store
 *
 * Shows the projects of @store, or none.
 */
void
kartu_projects_page_set_store (KartuProjectsPage *self,
                               KartuStore        *store)
{
  g_return_if_fail (KARTU_IS_PROJECTS_PAGE (self));
  g_return_if_fail (store == NULL || KARTU_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  kartu_project_list_set_store (self->projects, store);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

/**
 * kartu_projects_page_get_model:
 * @self: the page
 *
 * Returns: (transfer none): the projects as the table shows them: filtered by
 *   the search and sorted by the chosen column
 */
GListModel *
kartu_projects_page_get_model (KartuProjectsPage *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECTS_PAGE (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}

/**
 * kartu_projects_page_get_projects:
 * @self: the page
 *
 * Returns: (transfer none): every project of the store, unfiltered; its
 *   #KartuProjectList:today decides which deadlines are overdue
 */
KartuProjectList *
kartu_projects_page_get_projects (KartuProjectsPage *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECTS_PAGE (self), NULL);

  return self->projects;
}

/**
 * kartu_projects_page_is_empty:
 * @self: the page
 *
 * Returns: %TRUE when the programme has no project (the page shows what to do)
 */
gboolean
kartu_projects_page_is_empty (KartuProjectsPage *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECTS_PAGE (self), TRUE);

  return g_list_model_get_n_items (G_LIST_MODEL (self->projects)) == 0;
}

/**
 * kartu_projects_page_set_today:
 * @self: the page
 * @today: (nullable): a date as YYYY-MM-DD, or %NULL for the real current date
 *
 * Sets the day deadlines are compared with (the demo programme lives in 2017–2019).
 */
void
kartu_projects_page_set_today (KartuProjectsPage *self,
                               const char        *today)
{
  g_return_if_fail (KARTU_IS_PROJECTS_PAGE (self));

  kartu_record_list_set_today (KARTU_RECORD_LIST (self->projects), today);
}
