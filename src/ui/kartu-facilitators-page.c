/* kartu-facilitators-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-facilitators-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "kartu-facilitator-list.h"
#include "kartu-facilitators-page.h"
#include "kartu-fold.h"
#include "kartu-format.h"

/* Below these widths the table drops its less important columns rather than
 * scroll sideways. */
#define MEDIUM_WIDTH 980
#define NARROW_WIDTH 600

typedef enum
{
  LAYOUT_WIDE,
  LAYOUT_MEDIUM,
  LAYOUT_NARROW,
} Layout;

struct _KartuFacilitatorsPage
{
  GtkWidget             parent_instance;

  KartuStore           *store;
  KartuFacilitatorList *list;
  char                 *query;
  Layout                layout;

  GtkWidget            *content;
  GtkWidget            *toolbar;
  GtkSearchEntry       *search_entry;
  GtkDropDown          *status_dropdown;
  GtkStack             *stack;
  GtkColumnView        *column_view;
  GtkSortListModel     *sort_model;
  GtkFilterListModel   *filter_model;
  GtkCustomFilter      *search_filter;
  GtkStringFilter      *status_filter;
  GtkColumnViewColumn  *name_column;
  GtkColumnViewColumn  *organisation_column;
  GtkColumnViewColumn  *municipality_column;
  GtkColumnViewColumn  *languages_column;
  GtkColumnViewColumn  *modules_column;
  GtkColumnViewColumn  *last_activity_column;
  GtkWidget            *footer;
  GtkLabel             *footer_label;
};

G_DEFINE_FINAL_TYPE (KartuFacilitatorsPage, kartu_facilitators_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* In the order of the status drop-down's items; "All Statuses" first. */
static const char * const status_codes[] = {
  NULL, "candidate", "in_training", "active", "paused", "left",
};

static char **
status_css_classes (gpointer    this,
                    const char *status)
{
  char **classes = g_new0 (char *, 3);

  classes[0] = g_strdup ("kartu-status");
  classes[1] = g_strdup_printf ("kartu-status-%s", status != NULL ? status : "unknown");

  return classes;
}

/* GtkStringSorter in GTK 4.8 cannot compare NULL. */
static char *
string_or_empty (gpointer    this,
                 const char *text)
{
  return g_strdup (text != NULL ? text : "");
}

static gboolean
search_filter_func (gpointer item,
                    gpointer user_data)
{
  KartuFacilitatorsPage *self = user_data;

  return kartu_facilitator_matches (item, self->query);
}

static void
kartu_facilitators_page_update (KartuFacilitatorsPage *self)
{
  g_autofree char *total_text = NULL;
  g_autofree char *shown_text = NULL;
  g_autofree char *active_text = NULL;
  g_autofree char *count_text = NULL;
  g_autofree char *active_part = NULL;
  g_autofree char *footer = NULL;
  GListModel *list = G_LIST_MODEL (self->list);
  guint total = list != NULL ? g_list_model_get_n_items (list) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint active = 0;

  if (total == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else if (shown == 0)
    gtk_stack_set_visible_child_name (self->stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->stack, "list");

  gtk_widget_set_visible (self->toolbar, total > 0);
  gtk_widget_set_visible (self->footer, total > 0);

  for (guint i = 0; i < total; i++)
    {
      g_autoptr(KartuFacilitator) facilitator = g_list_model_get_item (list, i);

      if (g_strcmp0 (kartu_facilitator_get_status (facilitator), "active") == 0)
        active++;
    }

  total_text = kartu_format_count (total);
  shown_text = kartu_format_count (shown);
  active_text = kartu_format_count (active);

  if (shown == total)
    /* Translators: the first part of the line under the table, e.g. “40 facilitators” */
    count_text = g_strdup_printf (ngettext ("%s facilitator", "%s facilitators", total), total_text);
  else
    /* Translators: the first part of the line under a filtered table, e.g. “5 of 40 facilitators” */
    count_text = g_strdup_printf (ngettext ("%s of %s facilitator", "%s of %s facilitators", total),
                                  shown_text, total_text);

  /* Translators: the second part of the line under the table, e.g. “32 active” */
  active_part = g_strdup_printf (ngettext ("%s active", "%s active", active), active_text);
  /* Translators: joins the parts of the line under the table: “40 facilitators · 32 active” */
  footer = g_strdup_printf (_("%s · %s"), count_text, active_part);

  gtk_label_set_label (self->footer_label, footer);
}

static void
on_model_items_changed_cb (KartuFacilitatorsPage *self,
                           guint                  position,
                           guint                  removed,
                           guint                  added,
                           GListModel            *model)
{
  kartu_facilitators_page_update (self);
}

static void
on_search_changed_cb (KartuFacilitatorsPage *self,
                      GtkSearchEntry        *entry)
{
  g_autofree char *query = kartu_fold (gtk_editable_get_text (GTK_EDITABLE (entry)));
  GtkFilterChange change;

  if (g_strcmp0 (query, self->query) == 0)
    return;

  if (self->query == NULL || strstr (query, self->query) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (self->query, query) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;

  g_free (self->query);
  self->query = g_steal_pointer (&query);

  gtk_filter_changed (GTK_FILTER (self->search_filter), change);
}

static void
on_stop_search_cb (KartuFacilitatorsPage *self,
                   GtkSearchEntry        *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_status_selected_cb (KartuFacilitatorsPage *self,
                       GParamSpec            *pspec,
                       GtkDropDown           *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  gtk_string_filter_set_search (self->status_filter,
                                selected < G_N_ELEMENTS (status_codes) ? status_codes[selected] : NULL);
}

static gboolean
focus_search_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  KartuFacilitatorsPage *self = KARTU_FACILITATORS_PAGE (widget);

  if (!gtk_widget_get_visible (self->toolbar))
    return FALSE;

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  return TRUE;
}

static void
kartu_facilitators_page_set_layout (KartuFacilitatorsPage *self,
                                    Layout                 layout)
{
  if (self->layout == layout)
    return;

  self->layout = layout;

  gtk_column_view_column_set_visible (self->languages_column, layout == LAYOUT_WIDE);
  gtk_column_view_column_set_visible (self->last_activity_column, layout == LAYOUT_WIDE);
  gtk_column_view_column_set_visible (self->organisation_column, layout != LAYOUT_NARROW);
  gtk_column_view_column_set_visible (self->municipality_column, layout != LAYOUT_NARROW);
  gtk_column_view_column_set_visible (self->modules_column, layout != LAYOUT_NARROW);
}

static void
kartu_facilitators_page_measure (GtkWidget      *widget,
                                 GtkOrientation  orientation,
                                 int             for_size,
                                 int            *minimum,
                                 int            *natural,
                                 int            *minimum_baseline,
                                 int            *natural_baseline)
{
  KartuFacilitatorsPage *self = KARTU_FACILITATORS_PAGE (widget);

  gtk_widget_measure (self->content, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
kartu_facilitators_page_size_allocate (GtkWidget *widget,
                                       int        width,
                                       int        height,
                                       int        baseline)
{
  KartuFacilitatorsPage *self = KARTU_FACILITATORS_PAGE (widget);

  if (width < NARROW_WIDTH)
    kartu_facilitators_page_set_layout (self, LAYOUT_NARROW);
  else if (width < MEDIUM_WIDTH)
    kartu_facilitators_page_set_layout (self, LAYOUT_MEDIUM);
  else
    kartu_facilitators_page_set_layout (self, LAYOUT_WIDE);

  gtk_widget_allocate (self->content, width, height, baseline, NULL);
}

static void
kartu_facilitators_page_dispose (GObject *object)
{
  KartuFacilitatorsPage *self = (KartuFacilitatorsPage *)object;
  GtkWidget *child;

  if (self->search_filter != NULL)
    gtk_custom_filter_set_filter_func (self->search_filter, NULL, NULL, NULL);
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_func (self->list, on_model_items_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), KARTU_TYPE_FACILITATORS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  g_clear_object (&self->list);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kartu_facilitators_page_parent_class)->dispose (object);
}

static void
kartu_facilitators_page_finalize (GObject *object)
{
  KartuFacilitatorsPage *self = (KartuFacilitatorsPage *)object;

  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (kartu_facilitators_page_parent_class)->finalize (object);
}

static void
kartu_facilitators_page_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  KartuFacilitatorsPage *self = KARTU_FACILITATORS_PAGE (object);

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
kartu_facilitators_page_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  KartuFacilitatorsPage *self = KARTU_FACILITATORS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      kartu_facilitators_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_facilitators_page_class_init (KartuFacilitatorsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kartu_facilitators_page_dispose;
  object_class->finalize = kartu_facilitators_page_finalize;
  object_class->get_property = kartu_facilitators_page_get_property;
  object_class->set_property = kartu_facilitators_page_set_property;

  widget_class->measure = kartu_facilitators_page_measure;
  widget_class->size_allocate = kartu_facilitators_page_size_allocate;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         KARTU_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KARTU_TYPE_FACILITATOR);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/kartu/Kartu/ui/kartu-facilitators-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KartuFacilitatorsPage, content);
  gtk_widget_class_bind_template_child (widget_class, KartuFacilitatorsPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, KartuFacilitatorsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KartuFacilitatorsPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KartuFacilitatorsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KartuFacilitatorsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, KartuFacilitatorsPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, KartuFacilitatorsPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, KartuFacilitatorsPage, search_filter);
  gtk_widget_class_bind_template_child (widget_class, KartuFacilitatorsPage, status_filter);
  gtk_widget_class_bind_template_child (widget_class, KartuFacilitatorsPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, KartuFacilitatorsPage, organisation_column);
  gtk_widget_class_bind_template_child (widget_class, KartuFacilitatorsPage, municipality_column);
  gtk_widget_class_bind_template_child (widget_class, KartuFacilitatorsPage, languages_column);
  gtk_widget_class_bind_template_child (widget_class, KartuFacilitatorsPage, modules_column);
  gtk_widget_class_bind_template_child (widget_class, KartuFacilitatorsPage, last_activity_column);
  gtk_widget_class_bind_template_child (widget_class, KartuFacilitatorsPage, footer);
  gtk_widget_class_bind_template_child (widget_class, KartuFacilitatorsPage, footer_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_status_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_css_classes);
  gtk_widget_class_bind_template_callback (widget_class, string_or_empty);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, focus_search_cb, NULL);
}

static void
kartu_facilitators_page_init (KartuFacilitatorsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_custom_filter_set_filter_func (self->search_filter, search_filter_func, self, NULL);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);

  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (on_model_items_changed_cb), self, G_CONNECT_SWAPPED);

  /* One list for the page's life: a new programme only changes its store. The
   * filtered model alone misses edits that keep every row's visibility (a status
   * change the footer counts); connected after the filter model, so that it sees
   * the filtered count already updated. */
  self->list = kartu_facilitator_list_new (NULL);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->list));
  g_signal_connect_object (self->list, "items-changed",
                           G_CALLBACK (on_model_items_changed_cb), self, G_CONNECT_SWAPPED);

  kartu_facilitators_page_update (self);
}

GtkWidget *
kartu_facilitators_page_new (void)
{
  return g_object_new (KARTU_TYPE_FACILITATORS_PAGE, NULL);
}

KartuStore *
kartu_facilitators_page_get_store (KartuFacilitatorsPage *self)
{
  g_return_val_if_fail (KARTU_IS_FACILITATORS_PAGE (self), NULL);

  return self->store;
}

/**
 * kartu_facilitators_page_set_store:
 * @self: a #KartuFacilitatorsPage
 * @store: (nullable): the programme to show
 *
 * Shows the facilitators of @store, or nothing.
 */
void
kartu_facilitators_page_set_store (KartuFacilitatorsPage *self,
                                   KartuStore            *store)
{
  g_return_if_fail (KARTU_IS_FACILITATORS_PAGE (self));
  g_return_if_fail (store == NULL || KARTU_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  kartu_record_list_set_store (KARTU_RECORD_LIST (self->list), store);
  kartu_facilitators_page_update (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

/**
 * kartu_facilitators_page_get_model:
 * @self: a #KartuFacilitatorsPage
 *
 * Returns: (transfer none): the facilitators as the table shows them, after
 *   the search, the status filter and the sort
 */
GListModel *
kartu_facilitators_page_get_model (KartuFacilitatorsPage *self)
{
  g_return_val_if_fail (KARTU_IS_FACILITATORS_PAGE (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}
