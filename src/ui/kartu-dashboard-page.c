/* kartu-dashboard-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-dashboard-page"

#include "config.h"

#include "kartu-dashboard-page.h"
#include "kartu-map-view.h"
#include "kartu-format.h"

struct _KartuDashboardPage
{
  AdwBin                        parent_instance;

  KartuStore                   *store;
  KartuDashboard               *dashboard;
  KartuMunicipalitySummaryList *summaries;

  GtkFlowBox                   *figures_box;
  GtkColumnView                *column_view;
  GtkColumnViewColumn          *activities_column;
  GtkSortListModel             *sort_model;
  KartuMapView                 *map_view;
};

G_DEFINE_FINAL_TYPE (KartuDashboardPage, kartu_dashboard_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_DASHBOARD,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static char *
format_count (gpointer instance,
              gint64   value)
{
  return kartu_format_count (value);
}

static gboolean
has_text (gpointer    instance,
          const char *text)
{
  return text != NULL && *text != '\0';
}

/* @classes and, for a municipality where nothing has happened yet, "dim-label". */
static GStrv
dim_css_classes (gpointer    instance,
                 gboolean    empty,
                 const char *classes)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) split = g_strsplit (classes ? classes : "", " ", -1);

  g_strv_builder_addv (builder, (const char **)split);
  if (empty)
    g_strv_builder_add (builder, "dim-label");

  return g_strv_builder_end (builder);
}

/* The six cards go in rows of 6, 3 or 2, whichever is the widest that fits, so that a
 * row is never left with one card hanging under five. */
static void
update_figures_per_line (KartuDashboardPage *self,
                         int                 width)
{
  static const guint choices[] = { 6, 3, 2 };
  int card_width = 0;
  guint per_line = 2;
  int spacing;
  int available;

  if (self->figures_box == NULL)
    return;

  spacing = gtk_flow_box_get_column_spacing (self->figures_box);
  available = width - gtk_widget_get_margin_start (GTK_WIDGET (self->figures_box))
                    - gtk_widget_get_margin_end (GTK_WIDGET (self->figures_box));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->figures_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int natural;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      card_width = MAX (card_width, natural);
    }

  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    {
      if ((int)choices [i] * (card_width + spacing) - spacing <= available)
        {
          per_line = choices [i];
          break;
        }
    }

  if (gtk_flow_box_get_max_children_per_line (self->figures_box) != per_line)
    gtk_flow_box_set_max_children_per_line (self->figures_box, per_line);
}

static GtkSizeRequestMode
page_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
page_measure (GtkWidget      *widget,
              GtkOrientation  orientation,
              int             for_size,
              int            *minimum,
              int            *natural,
              int            *minimum_baseline,
              int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size,
                        minimum, natural, minimum_baseline, natural_baseline);
}

/* Lays the page out as AdwBin does, after choosing how many cards go in a row for
 * this width (which needs the width, hence a layout rather than a property). */
static void
page_allocate (GtkWidget *widget,
               int        width,
               int        height,
               int        baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  update_figures_per_line (KARTU_DASHBOARD_PAGE (widget), width);

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
kartu_dashboard_page_dispose (GObject *object)
{
  KartuDashboardPage *self = (KartuDashboardPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KARTU_TYPE_DASHBOARD_PAGE);
  g_clear_object (&self->summaries);
  g_clear_object (&self->dashboard);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kartu_dashboard_page_parent_class)->dispose (object);
}

static void
kartu_dashboard_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  KartuDashboardPage *self = KARTU_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_DASHBOARD:
      g_value_set_object (value, self->dashboard);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_dashboard_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  KartuDashboardPage *self = KARTU_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      kartu_dashboard_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_dashboard_page_class_init (KartuDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kartu_dashboard_page_dispose;
  object_class->get_property = kartu_dashboard_page_get_property;
  object_class->set_property = kartu_dashboard_page_set_property;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         KARTU_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The key figures the cards show; the same object for the page's lifetime. */
  properties [PROP_DASHBOARD] =
    g_param_spec_object ("dashboard", NULL, NULL,
                         KARTU_TYPE_DASHBOARD,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KARTU_TYPE_DASHBOARD);
  g_type_ensure (KARTU_TYPE_MUNICIPALITY_SUMMARY);
  g_type_ensure (KARTU_TYPE_MAP_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/kartu/Kartu/ui/kartu-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KartuDashboardPage, figures_box);
  gtk_widget_class_bind_template_child (widget_class, KartuDashboardPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, KartuDashboardPage, activities_column);
  gtk_widget_class_bind_template_child (widget_class, KartuDashboardPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, KartuDashboardPage, map_view);
  gtk_widget_class_bind_template_callback (widget_class, format_count);
  gtk_widget_class_bind_template_callback (widget_class, has_text);
  gtk_widget_class_bind_template_callback (widget_class, dim_css_classes);
}

static void
kartu_dashboard_page_init (KartuDashboardPage *self)
{
  self->dashboard = kartu_dashboard_new (NULL);
  self->summaries = kartu_municipality_summary_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_layout_manager (GTK_WIDGET (self),
                                 gtk_custom_layout_new (page_request_mode, page_measure, page_allocate));
  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (self->summaries));
  kartu_map_view_set_summaries (self->map_view, G_LIST_MODEL (self->summaries));
  /* Where the programme works comes first; the sort is stable, so the rest stay in name order. */
  gtk_column_view_sort_by_column (self->column_view, self->activities_column, GTK_SORT_DESCENDING);
}

GtkWidget *
kartu_dashboard_page_new (void)
{
  return g_object_new (KARTU_TYPE_DASHBOARD_PAGE, NULL);
}

KartuStore *
kartu_dashboard_page_get_store (KartuDashboardPage *self)
{
  g_return_val_if_fail (KARTU_IS_DASHBOARD_PAGE (self), NULL);

  return self->store;
}

/**
 * kartu_dashboard_page_set_store:
 * @self: the page
 * @store: (nullable): the programme's store
 *
 * Shows the figures and municipalities of @store's programme.
 */
void
kartu_dashboard_page_set_store (KartuDashboardPage *self,
                                KartuStore         *store)
{
  g_return_if_fail (KARTU_IS_DASHBOARD_PAGE (self));
  g_return_if_fail (store == NULL || KARTU_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  kartu_dashboard_set_store (self->dashboard, store);
  kartu_municipality_summary_list_set_store (self->summaries, store);
  kartu_map_view_set_store (self->map_view, store);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

/**
 * kartu_dashboard_page_get_model:
 * @self: the page
 *
 * Returns: (transfer none): the municipality summaries as the table shows them,
 *   sorted by the chosen column
 */
GListModel *
kartu_dashboard_page_get_model (KartuDashboardPage *self)
{
  g_return_val_if_fail (KARTU_IS_DASHBOARD_PAGE (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}

/**
 * kartu_dashboard_page_get_dashboard:
 * @self: the page
 *
 * Returns: (transfer none): the key figures shown in the cards
 */
KartuDashboard *
kartu_dashboard_page_get_dashboard (KartuDashboardPage *self)
{
  g_return_val_if_fail (KARTU_IS_DASHBOARD_PAGE (self), NULL);

  return self->dashboard;
}

/**
 * kartu_dashboard_page_get_summaries:
 * @self: the page
 *
 * Returns: (transfer none): the unsorted municipality summaries
 */
KartuMunicipalitySummaryList *
kartu_dashboard_page_get_summaries (KartuDashboardPage *self)
{
  g_return_val_if_fail (KARTU_IS_DASHBOARD_PAGE (self), NULL);

  return self->summaries;
}

/**
 * kartu_dashboard_page_set_today:
 * @self: the page
 * @today: (nullable): a date as YYYY-MM-DD, or %NULL for the real current date
 *
 * Sets the day up to which activities count as held, for the figures and the
 * table alike (the demo programme lives in 2017–2019).
 */
void
kartu_dashboard_page_set_today (KartuDashboardPage *self,
                                const char         *today)
{
  g_return_if_fail (KARTU_IS_DASHBOARD_PAGE (self));

  kartu_dashboard_set_today (self->dashboard, today);
  kartu_record_list_set_today (KARTU_RECORD_LIST (self->summaries), today);
}

/**
 * kartu_dashboard_page_get_map_view:
 * @self: the page
 *
 * Returns: (transfer none): the page's map
 */
KartuMapView *
kartu_dashboard_page_get_map_view (KartuDashboardPage *self)
{
  g_return_val_if_fail (KARTU_IS_DASHBOARD_PAGE (self), NULL);

  return self->map_view;
}
