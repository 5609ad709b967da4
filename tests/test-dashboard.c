/* test-dashboard.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "kartu-dashboard.h"
#include "kartu-municipality-summary-list.h"
#include "kartu-municipality-summary.h"
#include "kartu-store.h"
#include "kartu-test-util.h"

#define NBSP "\302\240"
#define UUID "lower (hex (randomblob (18)))"

typedef struct
{
  char                         *dir;
  KartuStore                   *store;
  KartuMunicipalitySummaryList *summaries;
  KartuDashboard               *dashboard;
  guint                         n_items_changed;
} Fixture;

static const char programme_sql[] =
  "INSERT INTO programme (id, uuid, name, country, default_currency) "
  "  VALUES (1, " UUID ", 'Active Citizens Lithuania', 'LT', 'EUR');";

/* Four Lithuanian municipalities, two with nothing at all, and Riga, which is not in the
 * programme's country. "Today" is 2018-06-01. */
static const char municipalities_sql[] =
  "INSERT INTO municipality (id, uuid, country, code, name, native_name) VALUES "
  "  (1, " UUID ", 'LT', '13', 'Vilnius', 'Vilniaus miesto savivaldybė'),"
  "  (2, " UUID ", 'LT', '29', 'Šiauliai', 'Šiaulių miesto savivaldybė'),"
  "  (3, " UUID ", 'LT', '19', 'Kaunas', NULL),"
  "  (4, " UUID ", 'LT', '11', 'Alytus', 'Alytaus miesto savivaldybė'),"
  "  (5, " UUID ", 'LV', '01', 'Rīga', NULL);";

static const char activity_sql[] =
  "INSERT INTO facilitator (id, uuid, full_name, municipality_id, status) VALUES "
  "  (1, " UUID ", 'Ona', 2, 'active'),"
  "  (2, " UUID ", 'Jonas', 1, 'active'),"
  "  (3, " UUID ", 'Petras', 1, 'active'),"
  "  (4, " UUID ", 'Rūta', 1, 'left'),"
  "  (5, " UUID ", 'Asta', 3, 'in_training'),"
  "  (6, " UUID ", 'Inga', NULL, 'active');"
  "INSERT INTO activity (uuid, kind, title, starts_on, ends_on, municipality_id, "
  "                      participants_female, participants_male, participants_other) VALUES "
  "  (" UUID ", 'community_workshop', 'A1', '2018-02-01', '2018-02-01', 1, 10, 8, 1),"
  "  (" UUID ", 'community_workshop', 'A2', '2018-03-10', '2018-03-11', 1, 5, 5, 0),"
  "  (" UUID ", 'meeting', 'A3', '2018-04-01', '2018-04-01', 2, 12, 3, 0),"
  "  (" UUID ", 'community_workshop', 'A4 (planned)', '2019-01-01', '2019-01-01', 2, 20, 20, 0),"
  "  (" UUID ", 'facilitator_training', 'A5', '2018-01-15', '2018-01-16', NULL, 7, 0, 0),"
  "  (" UUID ", 'study_visit', 'A6', '2018-05-01', '2018-05-02', 5, 4, 4, 0),"
  "  (" UUID ", 'conference', 'A7 (starts today)', '2018-06-01', '2018-06-02', 1, 0, 0, 1);"
  "INSERT INTO project (id, uuid, title, municipality_id, status, currency, requested_minor, "
  "                     approved_minor) VALUES "
  "  (1, " UUID ", 'P1', 2, 'in_progress', 'EUR', 250000, 200000),"
  "  (2, " UUID ", 'P2', 1, 'submitted', 'EUR', 50000, NULL),"
  "  (3, " UUID ", 'P3', 1, 'closed', 'GBP', 90000, 90000),"
  "  (4, " UUID ", 'P4', 1, 'withdrawn', 'EUR', 30000, 30000),"
  "  (5, " UUID ", 'P5', NULL, 'approved', 'EUR', 50000, 50000);"
  "INSERT INTO tranche (uuid, project_id, position, planned_on, paid_on, amount_minor, currency) VALUES "
  "  (" UUID ", 1, 1, '2018-03-01', '2018-03-05', 100000, 'EUR'),"
  "  (" UUID ", 1, 2, '2018-06-01', NULL, 100000, 'EUR'),"
  "  (" UUID ", 3, 1, '2017-10-01', '2017-10-02', 90000, 'GBP'),"
  "  (" UUID ", 4, 1, '2018-02-01', '2018-02-03', 10000, 'EUR');";

static void
count_cb (guint *counter)
{
  (*counter)++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  const char *sql = user_data;

  fixture->dir = kartu_test_make_tmpdir ("test-dashboard");
  fixture->store = kartu_test_open_store (fixture->dir, "programme.kartu");

  if (sql != NULL)
    kartu_test_exec (fixture->store, sql);

  fixture->summaries = kartu_municipality_summary_list_new (fixture->store);
  kartu_record_list_set_today (KARTU_RECORD_LIST (fixture->summaries), "2018-06-01");
  fixture->dashboard = kartu_dashboard_new (fixture->store);
  kartu_dashboard_set_today (fixture->dashboard, "2018-06-01");

  g_signal_connect_swapped (fixture->summaries, "items-changed",
                            G_CALLBACK (count_cb), &fixture->n_items_changed);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_assert_finalize_object (fixture->summaries);
  g_assert_finalize_object (fixture->dashboard);
  kartu_test_close_store (fixture->store, fixture->dir);
}

static KartuMunicipalitySummary *
summary_named (Fixture    *fixture,
               const char *name)
{
  GListModel *model = G_LIST_MODEL (fixture->summaries);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KartuMunicipalitySummary) summary = g_list_model_get_item (model, i);

      if (g_strcmp0 (kartu_municipality_summary_get_name (summary), name) == 0)
        return summary;
    }

  return NULL;
}

typedef struct
{
  gint64      id;
  const char *name;
  const char *native_name;
  gint64      activities;
  gint64      participants;
  gint64      projects;
  gint64      facilitators;
  gint64      approved;
  gint64      paid;
  const char *approved_text;
  const char *paid_text;
  gboolean    empty;
} ExpectedSummary;

static const ExpectedSummary expected_summaries[] = {
  /* A7 starts today and counts; P3 (GBP) is not in the default currency; P4 is withdrawn,
   * so its approval does not count, but the tranche paid before does. */
  { 1, "Vilnius", "Vilniaus miesto savivaldybė", 3, 30, 3, 2, 0, 10000,
    "0.00" NBSP "€", "100.00" NBSP "€", FALSE },
  /* A4 is planned for 2019. */
  { 2, "Šiauliai", "Šiaulių miesto savivaldybė", 1, 15, 1, 1, 200000, 100000,
    "2000.00" NBSP "€", "1000.00" NBSP "€", FALSE },
  /* Asta is still in training. */
  { 3, "Kaunas", NULL, 0, 0, 0, 0, 0, 0, "0.00" NBSP "€", "0.00" NBSP "€", TRUE },
  { 4, "Alytus", "Alytaus miesto savivaldybė", 0, 0, 0, 0, 0, 0,
    "0.00" NBSP "€", "0.00" NBSP "€", TRUE },
};

static void
test_summaries (Fixture       *fixture,
                gconstpointer  user_data)
{
  GListModel *model = G_LIST_MODEL (fixture->summaries);

  g_assert_true (g_list_model_get_item_type (model) == KARTU_TYPE_MUNICIPALITY_SUMMARY);
  /* Rīga is in another country. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (expected_summaries));
  g_assert_null (summary_named (fixture, "Rīga"));

  for (guint i = 0; i < G_N_ELEMENTS (expected_summaries); i++)
    {
      const ExpectedSummary *e = &expected_summaries [i];
      KartuMunicipalitySummary *summary = summary_named (fixture, e->name);
      g_autofree char *name = NULL, *native_name = NULL, *currency = NULL;
      g_autofree char *approved_text = NULL, *paid_text = NULL;
      gint64 id, activities, participants, projects, facilitators, approved, paid;
      gboolean empty;

      g_assert_nonnull (summary);
      g_object_get (summary,
                    "id", &id,
                    "name", &name,
                    "native-name", &native_name,
                    "activities", &activities,
                    "participants", &participants,
                    "projects", &projects,
                    "facilitators", &facilitators,
                    "currency", &currency,
                    "approved", &approved,
                    "paid", &paid,
                    "approved-text", &approved_text,
                    "paid-text", &paid_text,
                    "empty", &empty,
                    NULL);

      g_assert_cmpint (id, ==, e->id);
      g_assert_cmpstr (name, ==, e->name);
      g_assert_cmpstr (native_name, ==, e->native_name);
      g_assert_cmpint (activities, ==, e->activities);
      g_assert_cmpint (participants, ==, e->participants);
      g_assert_cmpint (projects, ==, e->projects);
      g_assert_cmpint (facilitators, ==, e->facilitators);
      g_assert_cmpstr (currency, ==, "EUR");
      g_assert_cmpint (approved, ==, e->approved);
      g_assert_cmpint (paid, ==, e->paid);
      g_assert_cmpstr (approved_text, ==, e->approved_text);
      g_assert_cmpstr (paid_text, ==, e->paid_text);
      g_assert_cmpint (empty, ==, e->empty);

      g_assert_cmpint (kartu_municipality_summary_get_id (summary), ==, e->id);
      g_assert_cmpstr (kartu_municipality_summary_get_native_name (summary), ==, e->native_name);
      g_assert_cmpint (kartu_municipality_summary_get_activities (summary), ==, e->activities);
      g_assert_cmpint (kartu_municipality_summary_get_participants (summary), ==, e->participants);
      g_assert_cmpint (kartu_municipality_summary_get_projects (summary), ==, e->projects);
      g_assert_cmpint (kartu_municipality_summary_get_facilitators (summary), ==, e->facilitators);
      g_assert_cmpstr (kartu_municipality_summary_get_currency (summary), ==, "EUR");
      g_assert_cmpint (kartu_municipality_summary_get_approved (summary), ==, e->approved);
      g_assert_cmpint (kartu_municipality_summary_get_paid (summary), ==, e->paid);
      g_assert_cmpstr (kartu_municipality_summary_get_approved_text (summary), ==, e->approved_text);
      g_assert_cmpstr (kartu_municipality_summary_get_paid_text (summary), ==, e->paid_text);
      g_assert_cmpint (kartu_municipality_summary_get_empty (summary), ==, e->empty);
    }

  /* A later "today" counts the planned workshop. */
  fixture->n_items_changed = 0;
  kartu_record_list_set_today (KARTU_RECORD_LIST (fixture->summaries), "2019-01-01");
  g_assert_cmpuint (fixture->n_items_changed, ==, 1);
  g_assert_cmpint (kartu_municipality_summary_get_activities (summary_named (fixture, "Šiauliai")), ==, 2);
  g_assert_cmpint (kartu_municipality_summary_get_participants (summary_named (fixture, "Šiauliai")), ==, 55);
}

static void
test_summaries_reload (Fixture       *fixture,
                       gconstpointer  user_data)
{
  static const char * const tables[] = {
    "activity", "project", "tranche", "facilitator", "municipality", "programme",
  };

  /* Kaunas gets its first workshop and stops being empty. */
  g_assert_true (kartu_municipality_summary_get_empty (summary_named (fixture, "Kaunas")));
  kartu_test_write (fixture->store,
                    "INSERT INTO activity (uuid, kind, title, starts_on, ends_on, municipality_id, "
                    "participants_female) VALUES (" UUID ", 'community_workshop', 'First', "
                    "'2018-05-20', '2018-05-20', 3, 6)",
                    "activity", NULL);
  g_assert_cmpuint (fixture->n_items_changed, ==, 1);
  g_assert_false (kartu_municipality_summary_get_empty (summary_named (fixture, "Kaunas")));
  g_assert_cmpint (kartu_municipality_summary_get_participants (summary_named (fixture, "Kaunas")), ==, 6);

  /* A project alone also counts as something happening. */
  kartu_test_write (fixture->store,
                    "INSERT INTO project (uuid, title, municipality_id, status, currency) "
                    "VALUES (" UUID ", 'Idea', 4, 'idea', 'EUR')",
                    "project", NULL);
  g_assert_cmpuint (fixture->n_items_changed, ==, 2);
  g_assert_false (kartu_municipality_summary_get_empty (summary_named (fixture, "Alytus")));

  /* Each watched table reloads the list once; others do not. */
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      fixture->n_items_changed = 0;
      kartu_store_mark_changed (fixture->store, tables [i]);
      g_assert_cmpuint (fixture->n_items_changed, ==, 1);
    }
  fixture->n_items_changed = 0;
  kartu_store_mark_changed (fixture->store, "badge");
  kartu_store_mark_changed (fixture->store, "organisation");
  g_assert_cmpuint (fixture->n_items_changed, ==, 0);

  /* A new municipality in the programme's country appears, with zeros. */
  kartu_test_write (fixture->store,
                    "INSERT INTO municipality (uuid, country, name) "
                    "VALUES (" UUID ", 'LT', 'Utena')",
                    "municipality", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->summaries)), ==, 5);
  g_assert_true (kartu_municipality_summary_get_empty (summary_named (fixture, "Utena")));
}

/* The centroid places a municipality on the map; a municipality may have none. */
static void
test_summaries_location (Fixture       *fixture,
                         gconstpointer  user_data)
{
  KartuMunicipalitySummary *vilnius = summary_named (fixture, "Vilnius");
  gboolean has_location = TRUE;
  double latitude = -1, longitude = -1;

  g_object_get (vilnius,
                "has-location", &has_location,
                "latitude", &latitude,
                "longitude", &longitude,
                NULL);
  g_assert_false (has_location);
  g_assert_cmpfloat (latitude, ==, 0);
  g_assert_cmpfloat (longitude, ==, 0);
  g_assert_false (kartu_municipality_summary_has_location (vilnius));

  kartu_test_write (fixture->store,
                    "UPDATE municipality SET latitude = 54.6872, longitude = 25.2797 WHERE id = 1;"
                    "UPDATE municipality SET latitude = -33.5, longitude = -70.25 WHERE id = 4",
                    "municipality", NULL);
  g_assert_cmpuint (fixture->n_items_changed, ==, 1);

  vilnius = summary_named (fixture, "Vilnius");
  g_object_get (vilnius,
                "has-location", &has_location,
                "latitude", &latitude,
                "longitude", &longitude,
                NULL);
  g_assert_true (has_location);
  g_assert_cmpfloat (latitude, ==, 54.6872);
  g_assert_cmpfloat (longitude, ==, 25.2797);
  g_assert_true (kartu_municipality_summary_has_location (vilnius));
  g_assert_cmpfloat (kartu_municipality_summary_get_latitude (vilnius), ==, 54.6872);
  g_assert_cmpfloat (kartu_municipality_summary_get_longitude (vilnius), ==, 25.2797);

  g_assert_true (kartu_municipality_summary_has_location (summary_named (fixture, "Alytus")));
  g_assert_cmpfloat (kartu_municipality_summary_get_latitude (summary_named (fixture, "Alytus")),
                     ==, -33.5);
  g_assert_cmpfloat (kartu_municipality_summary_get_longitude (summary_named (fixture, "Alytus")),
                     ==, -70.25);
  g_assert_false (kartu_municipality_summary_has_location (summary_named (fixture, "Kaunas")));
}

static void
test_kpi (Fixture       *fixture,
          gconstpointer  user_data)
{
  KartuDashboard *dashboard = fixture->dashboard;
  g_autoptr(KartuMoneyTotals) approved = NULL;
  g_autoptr(KartuMoneyTotals) paid = NULL;
  g_autofree char *breakdown = NULL;
  g_autofree char *approved_text = NULL;
  g_autofree char *paid_text = NULL;
  g_autofree char *currency = NULL;
  gint64 facilitators, activities, participants, projects;

  g_object_get (dashboard,
                "facilitators-active", &facilitators,
                "activities-held", &activities,
                "participants-reached", &participants,
                "projects", &projects,
                "status-breakdown", &breakdown,
                "currency", &currency,
                "approved", &approved,
                "paid", &paid,
                "approved-text", &approved_text,
                "paid-text", &paid_text,
                NULL);

  /* Ona, Jonas, Petras and Inga; Rūta left and Asta is in training. */
  g_assert_cmpint (facilitators, ==, 4);
  /* Every activity that started by today, wherever it was (A4 is planned). */
  g_assert_cmpint (activities, ==, 6);
  g_assert_cmpint (participants, ==, 19 + 10 + 15 + 7 + 8 + 1);
  g_assert_cmpint (projects, ==, 5);
  g_assert_cmpstr (currency, ==, "EUR");

  g_assert_cmpint (kartu_dashboard_get_projects_in_status (dashboard, "idea"), ==, 0);
  g_assert_cmpint (kartu_dashboard_get_projects_in_status (dashboard, "submitted"), ==, 1);
  g_assert_cmpint (kartu_dashboard_get_projects_in_status (dashboard, "approved"), ==, 1);
  g_assert_cmpint (kartu_dashboard_get_projects_in_status (dashboard, "in_progress"), ==, 1);
  g_assert_cmpint (kartu_dashboard_get_projects_in_status (dashboard, "closed"), ==, 1);
  g_assert_cmpint (kartu_dashboard_get_projects_in_status (dashboard, "withdrawn"), ==, 1);
  g_assert_cmpstr (breakdown, ==,
                   "Submitted:" NBSP "1" NBSP "· Approved:" NBSP "1" NBSP "· In" NBSP "progress:" NBSP "1"
                   NBSP "· Closed:" NBSP "1" NBSP "· Withdrawn:" NBSP "1");

  /* Per currency, never mixed; the withdrawn project's approval is left out. */
  g_assert_cmpuint (kartu_money_totals_get_n_currencies (approved), ==, 2);
  g_assert_cmpint (kartu_money_totals_get (approved, "EUR"), ==, 250000);
  g_assert_cmpint (kartu_money_totals_get (approved, "GBP"), ==, 90000);
  g_assert_cmpuint (kartu_money_totals_get_n_currencies (paid), ==, 2);
  g_assert_cmpint (kartu_money_totals_get (paid, "EUR"), ==, 110000);
  g_assert_cmpint (kartu_money_totals_get (paid, "GBP"), ==, 90000);
  g_assert_cmpstr (approved_text, ==, "2500.00" NBSP "€\n£900.00");
  g_assert_cmpstr (paid_text, ==, "1100.00" NBSP "€\n£900.00");
  g_assert_true (kartu_dashboard_get_approved (dashboard) != NULL);
  g_assert_cmpstr (kartu_dashboard_get_approved_text (dashboard), ==, approved_text);
  g_assert_cmpstr (kartu_dashboard_get_paid_text (dashboard), ==, paid_text);
  g_assert_cmpstr (kartu_dashboard_get_status_breakdown (dashboard), ==, breakdown);
}

static void
test_kpi_changes (Fixture       *fixture,
                  gconstpointer  user_data)
{
  KartuDashboard *dashboard = fixture->dashboard;
  guint n_activities = 0;
  guint n_facilitators = 0;
  guint n_paid = 0;
  guint n_paid_text = 0;

  g_signal_connect_swapped (dashboard, "notify::activities-held", G_CALLBACK (count_cb), &n_activities);
  g_signal_connect_swapped (dashboard, "notify::facilitators-active", G_CALLBACK (count_cb), &n_facilitators);
  g_signal_connect_swapped (dashboard, "notify::paid", G_CALLBACK (count_cb), &n_paid);
  g_signal_connect_swapped (dashboard, "notify::paid-text", G_CALLBACK (count_cb), &n_paid_text);

  kartu_test_write (fixture->store,
                    "INSERT INTO activity (uuid, kind, title, starts_on, ends_on, "
                    "participants_male) "
                    "VALUES (" UUID ", 'meeting', 'New', '2018-05-30', '2018-05-30', 3)",
                    "activity", NULL);
  g_assert_cmpint (kartu_dashboard_get_activities_held (dashboard), ==, 7);
  g_assert_cmpint (kartu_dashboard_get_participants_reached (dashboard), ==, 63);
  g_assert_cmpuint (n_activities, ==, 1);
  g_assert_cmpuint (n_facilitators, ==, 0);
  g_assert_cmpuint (n_paid, ==, 0);

  kartu_test_write (fixture->store,
                    "UPDATE tranche SET paid_on = '2018-06-01' "
                    "WHERE project_id = 1 AND position = 2",
                    "tranche", NULL);
  g_assert_cmpint (kartu_money_totals_get (kartu_dashboard_get_paid (dashboard), "EUR"), ==, 210000);
  g_assert_cmpstr (kartu_dashboard_get_paid_text (dashboard), ==, "2100.00" NBSP "€\n£900.00");
  g_assert_cmpuint (n_paid, ==, 1);
  g_assert_cmpuint (n_paid_text, ==, 1);

  kartu_test_write (fixture->store, "UPDATE facilitator SET status = 'paused' WHERE id = 1",
                    "facilitator", NULL);
  g_assert_cmpint (kartu_dashboard_get_facilitators_active (dashboard), ==, 3);
  g_assert_cmpuint (n_facilitators, ==, 1);
  g_assert_cmpuint (n_activities, ==, 1);

  kartu_dashboard_set_today (dashboard, "2019-01-01");
  g_assert_cmpint (kartu_dashboard_get_activities_held (dashboard), ==, 8);
  g_assert_cmpuint (n_activities, ==, 2);
}

static void
test_empty_programme (Fixture       *fixture,
                      gconstpointer  user_data)
{
  KartuDashboard *dashboard = fixture->dashboard;

  /* Every municipality is listed, with zeros, before anything has happened. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->summaries)), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(KartuMunicipalitySummary) summary =
        g_list_model_get_item (G_LIST_MODEL (fixture->summaries), i);

      g_assert_true (kartu_municipality_summary_get_empty (summary));
      g_assert_cmpint (kartu_municipality_summary_get_activities (summary), ==, 0);
      g_assert_cmpstr (kartu_municipality_summary_get_paid_text (summary), ==, "0.00" NBSP "€");
    }

  g_assert_cmpint (kartu_dashboard_get_facilitators_active (dashboard), ==, 0);
  g_assert_cmpint (kartu_dashboard_get_activities_held (dashboard), ==, 0);
  g_assert_cmpint (kartu_dashboard_get_participants_reached (dashboard), ==, 0);
  g_assert_cmpint (kartu_dashboard_get_projects (dashboard), ==, 0);
  g_assert_cmpstr (kartu_dashboard_get_status_breakdown (dashboard), ==, "");
  g_assert_true (kartu_money_totals_is_empty (kartu_dashboard_get_approved (dashboard)));
  g_assert_cmpstr (kartu_dashboard_get_approved_text (dashboard), ==, "0.00" NBSP "€");
  g_assert_cmpstr (kartu_dashboard_get_paid_text (dashboard), ==, "0.00" NBSP "€");
}

static void
test_no_programme (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->summaries)), ==, 0);
  g_assert_null (kartu_dashboard_get_currency (fixture->dashboard));
  g_assert_cmpstr (kartu_dashboard_get_approved_text (fixture->dashboard), ==, "");

  /* Creating the programme fills the list. */
  kartu_test_write (fixture->store, programme_sql, "programme", NULL);
  kartu_test_write (fixture->store, municipalities_sql, "municipality", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->summaries)), ==, 4);
  g_assert_cmpuint (fixture->n_items_changed, ==, 1);
  g_assert_cmpstr (kartu_dashboard_get_currency (fixture->dashboard), ==, "EUR");
  g_assert_cmpstr (kartu_dashboard_get_approved_text (fixture->dashboard), ==, "0.00" NBSP "€");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *full = NULL;
  g_autofree char *bare = NULL;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  full = g_strconcat (programme_sql, municipalities_sql, activity_sql, NULL);
  bare = g_strconcat (programme_sql, municipalities_sql, NULL);

  g_test_add ("/dashboard/summaries", Fixture, full, fixture_set_up, test_summaries, fixture_tear_down);
  g_test_add ("/dashboard/summaries-reload", Fixture, full, fixture_set_up, test_summaries_reload, fixture_tear_down);
  g_test_add ("/dashboard/summaries-location", Fixture, full, fixture_set_up, test_summaries_location, fixture_tear_down);
  g_test_add ("/dashboard/kpi", Fixture, full, fixture_set_up, test_kpi, fixture_tear_down);
  g_test_add ("/dashboard/kpi-changes", Fixture, full, fixture_set_up, test_kpi_changes, fixture_tear_down);
  g_test_add ("/dashboard/empty-programme", Fixture, bare, fixture_set_up, test_empty_programme, fixture_tear_down);
  g_test_add ("/dashboard/no-programme", Fixture, NULL, fixture_set_up, test_no_programme, fixture_tear_down);

  return g_test_run ();
}
