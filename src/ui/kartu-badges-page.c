/* kartu-badges-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-badges-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "kartu-badge-list.h"
#include "kartu-badge-preview.h"
#include "kartu-badges-page.h"
#include "kartu-fold.h"
#include "kartu-format.h"

/* Below this width the “Sort by” label gives its room to the search entry. */
#define NARROW_WIDTH 520

struct _KartuBadgesPage
{
  GtkWidget           parent_instance;

  KartuStore         *store;
  KartuBadgeList     *list;
  char               *query;

  GtkWidget          *content;
  GtkWidget          *toolbar;
  GtkSearchEntry     *search_entry;
  GtkWidget          *sort_label;
  GtkDropDown        *sort_dropdown;
  GtkStack           *stack;
  GtkSortListModel   *sort_model;
  GtkFilterListModel *filter_model;
  GtkCustomFilter    *search_filter;
  GtkSorter          *name_sorter;
  GtkSorter          *category_sorter;
  GtkSorter          *awarded_sorter;
  GtkWidget          *footer;
  GtkLabel           *footer_label;
};

G_DEFINE_FINAL_TYPE (KartuBadgesPage, kartu_badges_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static gboolean
search_filter_func (gpointer item,
                    gpointer user_data)
{
  KartuBadgesPage *self = user_data;

  return kartu_badge_matches (item, self->query);
}

static void
kartu_badges_page_update (KartuBadgesPage *self)
{
  g_autofree char *total_text = NULL;
  g_autofree char *shown_text = NULL;
  g_autofree char *awards_text = NULL;
  g_autofree char *count_part = NULL;
  g_autofree char *awards_part = NULL;
  g_autofree char *footer = NULL;
  GListModel *list = G_LIST_MODEL (self->list);
  guint total = list != NULL ? g_list_model_get_n_items (list) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint awards = 0;

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
      g_autoptr(KartuBadge) badge = g_list_model_get_item (list, i);

      awards += kartu_badge_get_awarded (badge);
    }

  total_text = kartu_format_count (total);
  shown_text = kartu_format_count (shown);
  awards_text = kartu_format_count (awards);

  if (shown == total)
    /* Translators: the first part of the line under the badges, e.g. “12 badges” */
    count_part = g_strdup_printf (ngettext ("%s badge", "%s badges", total), total_text);
  else
    /* Translators: the first part of the line under filtered badges, e.g. “3 of 12 badges” */
    count_part = g_strdup_printf (ngettext ("%s of %s badge", "%s of %s badges", total),
                                  shown_text, total_text);

  /* Translators: the second part of the line under the badges: how many times badges were
   * awarded to facilitators and not revoked (an award of a badge, not a prize) */
  awards_part = g_strdup_printf (ngettext ("%s award", "%s awards", awards), awards_text);
  /* Translators: joins the parts of the line under the badges: “12 badges · 340 awards” */
  footer = g_strdup_printf (_("%s · %s"), count_part, awards_part);

  gtk_label_set_label (self->footer_label, footer);
}

static void
on_model_items_changed_cb (KartuBadgesPage *self,
                           guint            position,
                           guint            removed,
                           guint            added,
                           GListModel      *model)
{
  kartu_badges_page_update (self);
}

static void
on_search_changed_cb (KartuBadgesPage *self,
                      GtkSearchEntry  *entry)
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
on_stop_search_cb (KartuBadgesPage *self,
                   GtkSearchEntry  *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_sort_selected_cb (KartuBadgesPage *self,
                     GParamSpec      *pspec,
                     GtkDropDown     *dropdown)
{
  GtkSorter *sorters[] = { self->name_sorter, self->category_sorter, self->awarded_sorter };
  guint selected = gtk_drop_down_get_selected (dropdown);

  gtk_sort_list_model_set_sorter (self->sort_model,
                                  sorters[selected < G_N_ELEMENTS (sorters) ? selected : 0]);
}

static gboolean
focus_search_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  KartuBadgesPage *self = KARTU_BADGES_PAGE (widget);

  if (!gtk_widget_get_visible (self->toolbar))
    return FALSE;

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  return TRUE;
}

static void
kartu_badges_page_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  KartuBadgesPage *self = KARTU_BADGES_PAGE (widget);

  gtk_widget_measure (self->content, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
kartu_badges_page_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  KartuBadgesPage *self = KARTU_BADGES_PAGE (widget);
  gboolean wide = width >= NARROW_WIDTH;

  if (gtk_widget_get_visible (self->sort_label) != wide)
    gtk_widget_set_visible (self->sort_label, wide);

  gtk_widget_allocate (self->content, width, height, baseline, NULL);
}

static void
kartu_badges_page_dispose (GObject *object)
{
  KartuBadgesPage *self = (KartuBadgesPage *)object;
  GtkWidget *child;

  if (self->search_filter != NULL)
    gtk_custom_filter_set_filter_func (self->search_filter, NULL, NULL, NULL);
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_func (self->list, on_model_items_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), KARTU_TYPE_BADGES_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  g_clear_object (&self->list);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kartu_badges_page_parent_class)->dispose (object);
}

static void
kartu_badges_page_finalize (GObject *object)
{
  KartuBadgesPage *self = (KartuBadgesPage *)object;

  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (kartu_badges_page_parent_class)->finalize (object);
}

static void
kartu_badges_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KartuBadgesPage *self = KARTU_BADGES_PAGE (object);

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
kartu_badges_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KartuBadgesPage *self = KARTU_BADGES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      kartu_badges_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_badges_page_class_init (KartuBadgesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kartu_badges_page_dispose;
  object_class->finalize = kartu_badges_page_finalize;
  object_class->get_property = kartu_badges_page_get_property;
  object_class->set_property = kartu_badges_page_set_property;

  widget_class->measure = kartu_badges_page_measure;
  widget_class->size_allocate = kartu_badges_page_size_allocate;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         KARTU_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KARTU_TYPE_BADGE);
  g_type_ensure (KARTU_TYPE_BADGE_PREVIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/kartu/Kartu/ui/kartu-badges-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KartuBadgesPage, content);
  gtk_widget_class_bind_template_child (widget_class, KartuBadgesPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, KartuBadgesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KartuBadgesPage, sort_label);
  gtk_widget_class_bind_template_child (widget_class, KartuBadgesPage, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KartuBadgesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KartuBadgesPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, KartuBadgesPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, KartuBadgesPage, search_filter);
  gtk_widget_class_bind_template_child (widget_class, KartuBadgesPage, name_sorter);
  gtk_widget_class_bind_template_child (widget_class, KartuBadgesPage, category_sorter);
  gtk_widget_class_bind_template_child (widget_class, KartuBadgesPage, awarded_sorter);
  gtk_widget_class_bind_template_child (widget_class, KartuBadgesPage, footer);
  gtk_widget_class_bind_template_child (widget_class, KartuBadgesPage, footer_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sort_selected_cb);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, focus_search_cb, NULL);
}

static void
kartu_badges_page_init (KartuBadgesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_custom_filter_set_filter_func (self->search_filter, search_filter_func, self, NULL);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (on_model_items_changed_cb), self, G_CONNECT_SWAPPED);

  /* One list for the page's life: a new programme only changes its store. The
   * filtered model alone misses edits that keep every row's visibility (a status
   * change the footer counts); connected after the filter model, so that it sees
   * the filtered count already updated. */
  self->list = kartu_badge_list_new (NULL);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->list));
  g_signal_connect_object (self->list, "items-changed",
                           G_CALLBACK (on_model_items_changed_cb), self, G_CONNECT_SWAPPED);

  kartu_badges_page_update (self);
}

GtkWidget *
kartu_badges_page_new (void)
{
  return g_object_new (KARTU_TYPE_BADGES_PAGE, NULL);
}

KartuStore *
kartu_badges_page_get_store (KartuBadgesPage *self)
{
  g_return_val_if_fail (KARTU_IS_BADGES_PAGE (self), NULL);

  return self->store;
}

/**
 * kartu_badges_page_set_store:
 * @self: a #KartuBadgesPage
 * @store: (nullable): the programme to show
 *
 * Shows the badges of @store, or nothing.
 */
void
kartu_badges_page_set_store (KartuBadgesPage *self,
                             KartuStore      *store)
{
  g_return_if_fail (KARTU_IS_BADGES_PAGE (self));
  g_return_if_fail (store == NULL || KARTU_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  kartu_record_list_set_store (KARTU_RECORD_LIST (self->list), store);
  kartu_badges_page_update (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

/**
 * kartu_badges_page_get_model:
 * @self: a #KartuBadgesPage
 *
 * Returns: (transfer none): the badges as the grid shows them, after the
 *   search and the sort
 */
GListModel *
kartu_badges_page_get_model (KartuBadgesPage *self)
{
  g_return_val_if_fail (KARTU_IS_BADGES_PAGE (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}
