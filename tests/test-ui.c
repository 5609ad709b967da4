/* test-ui.c — the window driven through its actions, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "kartu-badges-page.h"
#include "kartu-bubble-layer.h"
#include "kartu-points-layer.h"
#include "kartu-dashboard-page.h"
#include "kartu-facilitators-page.h"
#include "kartu-new-programme-dialog.h"
#include "kartu-programme.h"
#include "kartu-projects-page.h"
#include "kartu-test-util.h"
#include "kartu-welcome-page.h"
#include "kartu-window.h"

static char *data_home;

static void
pump (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static KartuWindow *
new_window (void)
{
  KartuWindow *window = kartu_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  pump ();

  return window;
}

static GListModel *
page_model (KartuWindow *window,
            const char  *name)
{
  GtkWidget *page = kartu_window_get_page (window, name);

  g_assert_nonnull (page);

  if (g_str_equal (name, "dashboard"))
    return kartu_dashboard_page_get_model (KARTU_DASHBOARD_PAGE (page));
  if (g_str_equal (name, "projects"))
    return kartu_projects_page_get_model (KARTU_PROJECTS_PAGE (page));
  if (g_str_equal (name, "facilitators"))
    return kartu_facilitators_page_get_model (KARTU_FACILITATORS_PAGE (page));
  if (g_str_equal (name, "badges"))
    return kartu_badges_page_get_model (KARTU_BADGES_PAGE (page));

  g_assert_not_reached ();
}

static void
test_welcome (void)
{
  KartuWindow *window = new_window ();

  g_assert_null (kartu_window_get_store (window));
  g_assert_cmpstr (kartu_window_get_visible_page (window), ==, "welcome");
  g_assert_true (gtk_widget_get_mapped (kartu_window_get_page (window, "welcome")));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Kartu");

  gtk_window_destroy (GTK_WINDOW (window));
  pump ();
}

static void
test_demo_pages (void)
{
  static const struct {
    const char *page;
    const char *count_sql;
    GType       item_type;
  } pages[] = {
    { "dashboard", "SELECT count(*) FROM municipality WHERE country = 'LT'", G_TYPE_INVALID },
    { "projects", "SELECT count(*) FROM project", G_TYPE_INVALID },
    { "facilitators", "SELECT count(*) FROM facilitator", G_TYPE_INVALID },
    { "badges", "SELECT count(*) FROM badge", G_TYPE_INVALID },
  };
  KartuWindow *window = new_window ();
  g_autoptr(GError) error = NULL;
  KartuStore *store;

  g_assert_true (kartu_window_load_demo (window, &error));
  g_assert_no_error (error);
  pump ();

  store = kartu_window_get_store (window);
  g_assert_nonnull (store);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Active Citizens Lithuania 2017–2019");

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GListModel *model;
      gint64 expected = kartu_test_query_int (store, pages [i].count_sql);

      g_test_message ("page %s", pages [i].page);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", pages [i].page);
      pump ();

      g_assert_cmpstr (kartu_window_get_visible_page (window), ==, pages [i].page);
      g_assert_true (gtk_widget_get_mapped (kartu_window_get_page (window, pages [i].page)));

      model = page_model (window, pages [i].page);
      g_assert_nonnull (model);
      g_assert_cmpint (expected, >, 0);
      g_assert_cmpint (g_list_model_get_n_items (model), ==, expected);
    }

  /* An unknown page changes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "nowhere");
  pump ();
  g_assert_cmpstr (kartu_window_get_visible_page (window), ==, "badges");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-programme", NULL);
  pump ();
  g_assert_null (kartu_window_get_store (window));
  g_assert_cmpstr (kartu_window_get_visible_page (window), ==, "welcome");

  gtk_window_destroy (GTK_WINDOW (window));
  pump ();
}

static void
test_dashboard_map (void)
{
  KartuWindow *window = new_window ();
  g_autoptr(GError) error = NULL;
  KartuDashboardPage *page;
  KartuMapView *map_view;
  ShumateViewport *viewport;
  KartuPointsLayer *points;
  KartuStore *store;
  gint64 n_points;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 900);
  g_assert_true (kartu_window_load_demo (window, &error));
  g_assert_no_error (error);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "dashboard");
  store = kartu_window_get_store (window);
  page = KARTU_DASHBOARD_PAGE (kartu_window_get_page (window, "dashboard"));
  map_view = kartu_dashboard_page_get_map_view (page);
  viewport = shumate_map_get_viewport (kartu_map_view_get_map (map_view));

  /* The map frames the programme's country once it has a size. */
  for (guint i = 0; i < 50 && shumate_viewport_get_zoom_level (viewport) < 5; i++)
    {
      g_usleep (10000);
      pump ();
    }
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), >=, 5);
  g_assert_cmpfloat (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)), >, 53.9);
  g_assert_cmpfloat (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)), <, 56.5);
  g_assert_cmpfloat (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)), >, 21.0);
  g_assert_cmpfloat (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)), <, 26.9);

  /* Every activity and project with a place is on the map. */
  points = KARTU_POINTS_LAYER (kartu_map_view_get_points (map_view));
  n_points = kartu_test_query_int (store, "SELECT (SELECT count(*) FROM activity WHERE latitude IS NOT NULL) + "
                                "(SELECT count(*) FROM project WHERE latitude IS NOT NULL)");
  g_assert_cmpint (n_points, >, 0);
  g_assert_cmpuint (kartu_cluster_index_get_n_points (kartu_points_layer_get_index (points)), ==, n_points);

  /* The metric follows the view, and a new activity appears without reopening. */
  kartu_map_view_set_metric (map_view, KARTU_MAP_METRIC_ACTIVITIES);
  g_assert_cmpint (kartu_bubble_layer_get_metric (KARTU_BUBBLE_LAYER (kartu_map_view_get_bubbles (map_view))),
                   ==, KARTU_MAP_METRIC_ACTIVITIES);
  g_assert_true (kartu_store_begin (store, &error));
  g_assert_true (kartu_store_exec (store,
                                   "INSERT INTO activity (uuid, kind, title, starts_on, ends_on, latitude, longitude) "
                                   "VALUES ('00000000-0000-4000-8000-00000000a001', 'meeting', 'Partners meeting', "
                                   "'2019-11-20', '2019-11-20', 54.6872, 25.2797)", &error));
  kartu_store_mark_changed (store, "activity");
  g_assert_true (kartu_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kartu_cluster_index_get_n_points (kartu_points_layer_get_index (points)), ==, n_points + 1);

  gtk_window_destroy (GTK_WINDOW (window));
  pump ();
}

static void
test_refuse_bad_files (void)
{
  KartuWindow *window = new_window ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text_path = g_build_filename (data_home, "notes.kartu", NULL);
  g_autofree char *newer_path = g_build_filename (data_home, "newer.kartu", NULL);
  g_autoptr(GFile) text_file = g_file_new_for_path (text_path);
  g_autoptr(GFile) newer_file = g_file_new_for_path (newer_path);
  g_autoptr(KartuStore) newer = NULL;
  KartuStore *demo;

  g_assert_true (kartu_window_load_demo (window, &error));
  demo = kartu_window_get_store (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "projects");
  pump ();

  g_assert_true (g_file_set_contents (text_path, "Projektas;Suma\nBiblioteka;500\n", -1, NULL));
  g_assert_false (kartu_window_load_file (window, text_file, &error));
  g_assert_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_NOT_KARTU);
  g_clear_error (&error);

  newer = kartu_store_open (newer_path, KARTU_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (kartu_store_exec (newer, "PRAGMA user_version = 1000", &error));
  g_clear_object (&newer);
  g_assert_false (kartu_window_load_file (window, newer_file, &error));
  g_assert_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_NEWER_SCHEMA);
  g_clear_error (&error);

  /* A file with the schema but no programme in it. */
  g_assert_false (kartu_window_load_file (window, newer_file, &error));
  g_clear_error (&error);

  /* The programme that was open stays open, on the same page. */
  g_assert_true (kartu_window_get_store (window) == demo);
  g_assert_cmpstr (kartu_window_get_visible_page (window), ==, "projects");

  gtk_window_destroy (GTK_WINDOW (window));
  pump ();
}

static void
test_create_programme (void)
{
  KartuWindow *window = new_window ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KartuProgramme) programme = NULL;
  KartuStore *store;

  g_assert_true (kartu_window_create_programme (window, "Aktīvie pilsoņi / Latgale", "LV", &error));
  g_assert_no_error (error);
  pump ();

  store = kartu_window_get_store (window);
  g_assert_nonnull (store);
  g_assert_true (g_str_has_suffix (kartu_store_get_path (store), "Aktīvie pilsoņi - Latgale.kartu"));
  programme = kartu_programme_load (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kartu_programme_get_country (programme), ==, "LV");
  g_assert_cmpstr (kartu_programme_get_default_currency (programme), ==, "EUR");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "dashboard");
  pump ();
  g_assert_cmpuint (g_list_model_get_n_items (page_model (window, "dashboard")), ==, 43);
  g_assert_cmpuint (g_list_model_get_n_items (page_model (window, "projects")), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (page_model (window, "facilitators")), ==, 0);

  /* An empty name is refused and the open programme stays. */
  g_assert_false (kartu_window_create_programme (window, "   ", "LV", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (kartu_window_get_store (window) == store);

  gtk_window_destroy (GTK_WINDOW (window));
  pump ();
}

static GtkWindow *
find_dialog (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
count_descendants (GtkWidget *widget,
                   GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (widget, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_descendants (child, type);

  return n;
}

static void
test_recent_programmes (void)
{
  KartuWindow *window = new_window ();
  KartuWelcomePage *welcome = KARTU_WELCOME_PAGE (kartu_window_get_page (window, "welcome"));
  g_autofree char *present = g_build_filename (data_home, "Trakai.kartu", NULL);
  g_autofree char *gone = g_build_filename (data_home, "Moved away.kartu", NULL);
  const char *recent[] = { gone, present, NULL };
  GtkWidget *row;

  g_assert_true (g_file_set_contents (present, "", 0, NULL));
  g_assert_cmpuint (count_descendants (GTK_WIDGET (welcome), ADW_TYPE_ACTION_ROW), ==, 0);

  /* Only files that are still there are offered, each opening through app.open-recent. */
  kartu_welcome_page_set_recent (welcome, recent);
  pump ();
  g_assert_cmpuint (count_descendants (GTK_WIDGET (welcome), ADW_TYPE_ACTION_ROW), ==, 1);
  row = find_descendant (GTK_WIDGET (welcome), ADW_TYPE_ACTION_ROW);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Trakai");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (row)), ==, "app.open-recent");
  g_assert_cmpstr (g_variant_get_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row)), NULL),
                   ==, present);

  gtk_window_destroy (GTK_WINDOW (window));
  pump ();
}

static void
test_new_programme_dialog (void)
{
  KartuWindow *window = new_window ();
  g_autoptr(KartuProgramme) programme = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;
  GtkWidget *name_row;
  AdwComboRow *country_row;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-programme", NULL);
  pump ();
  dialog = find_dialog (KARTU_TYPE_NEW_PROGRAMME_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));

  /* Nothing to create without a name. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL);
  pump ();
  g_assert_null (kartu_window_get_store (window));

  name_row = find_descendant (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW);
  country_row = ADW_COMBO_ROW (find_descendant (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW));
  gtk_editable_set_text (GTK_EDITABLE (name_row), "  Active Citizens Albania  ");
  adw_combo_row_set_selected (country_row, 2);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL);
  pump ();

  g_assert_null (find_dialog (KARTU_TYPE_NEW_PROGRAMME_DIALOG));
  g_assert_nonnull (kartu_window_get_store (window));
  programme = kartu_programme_load (kartu_window_get_store (window), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kartu_programme_get_name (programme), ==, "Active Citizens Albania");
  g_assert_cmpstr (kartu_programme_get_country (programme), ==, "AL");
  g_assert_cmpstr (kartu_programme_get_default_currency (programme), ==, "ALL");
  g_assert_cmpuint (g_list_model_get_n_items (page_model (window, "dashboard")), ==, 61);

  gtk_window_destroy (GTK_WINDOW (window));
  pump ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  data_home = kartu_test_make_tmpdir ("test-ui");
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/welcome", test_welcome);
  g_test_add_func ("/ui/demo-pages", test_demo_pages);
  g_test_add_func ("/ui/dashboard-map", test_dashboard_map);
  g_test_add_func ("/ui/refuse-bad-files", test_refuse_bad_files);
  g_test_add_func ("/ui/create-programme", test_create_programme);
  g_test_add_func ("/ui/new-programme-dialog", test_new_programme_dialog);
  g_test_add_func ("/ui/recent-programmes", test_recent_programmes);

  status = g_test_run ();

  kartu_test_remove_tree (data_home);
  g_free (data_home);

  return status;
}
