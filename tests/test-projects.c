/* test-projects.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "kartu-fold.h"
#include "kartu-format.h"
#include "kartu-project-list.h"
#include "kartu-project.h"
#include "kartu-store.h"
#include "kartu-test-util.h"

#define NBSP "\302\240"

/* 36 random hex digits: the schema only asks a uuid for its length. */
#define UUID "lower (hex (randomblob (18)))"

typedef struct
{
  char             *dir;
  KartuStore       *store;
  KartuProjectList *list;
  GArray           *changes;
} Fixture;

/*
 * 1 Community garden   Šiauliai, lead Ona (facilitator), in progress, EUR: requested 2500,
 *                      approved 2000, paid 1000 (one of three tranches), next tranche 2018-06-01
 * 2 Library reading club  Vilnius, lead organisation only, submitted: nothing approved
 * 3 Youth radio        Vilnius, lead Jonas (facilitator wins over the organisation), closed, GBP,
 *                      an unpaid tranche that no longer counts as a deadline
 * 4 Clean river        no municipality, lead or round; final report due 2018-04-01; a paid
 *                      tranche in USD that is not the project's currency
 * 5 Bicycle repair café  withdrawn with an approved amount
 */
static const char fixture_sql[] =
  "INSERT INTO programme (id, uuid, name, country, default_currency) "
  "  VALUES (1, " UUID ", 'Active Citizens Lithuania', 'LT', 'EUR');"
  "INSERT INTO municipality (id, uuid, country, code, name, native_name) VALUES "
  "  (1, " UUID ", 'LT', '29', 'Šiauliai', 'Šiaulių miesto savivaldybė'),"
  "  (2, " UUID ", 'LT', '13', 'Vilnius', 'Vilniaus miesto savivaldybė');"
  "INSERT INTO organisation (id, uuid, name) VALUES "
  "  (1, " UUID ", 'Jaunimo centras'), (2, " UUID ", 'Town Library');"
  "INSERT INTO facilitator (id, uuid, full_name, status) VALUES "
  "  (1, " UUID ", 'Ona Petraitienė', 'active'), (2, " UUID ", 'Jonas Kazlauskas', 'active');"
  "INSERT INTO funding_round (id, uuid, name, opens_on, closes_on) "
  "  VALUES (1, " UUID ", 'Spring 2018', '2018-01-15', '2018-02-28');"
  "INSERT INTO project (id, uuid, title, summary, municipality_id, lead_facilitator_id, "
  "                     lead_organisation_id, round_id, status, currency, requested_minor, "
  "                     approved_minor, report_due_on) VALUES "
  "  (1, " UUID ", 'Community garden', 'Raised beds behind the school', 1, 1, NULL, 1, "
  "   'in_progress', 'EUR', 250000, 200000, '2018-10-01'),"
  "  (2, " UUID ", 'Library reading club', NULL, 2, NULL, 2, 1, "
  "   'submitted', 'EUR', 50000, NULL, NULL),"
  "  (3, " UUID ", 'Youth radio', NULL, 2, 2, 1, 1, "
  "   'closed', 'GBP', 90000, 90000, '2018-02-01'),"
  "  (4, " UUID ", 'Clean river', NULL, NULL, NULL, NULL, NULL, "
  "   'report_due', 'EUR', 100000, 100000, '2018-04-01'),"
  "  (5, " UUID ", 'Bicycle repair café', NULL, 1, NULL, NULL, 1, "
  "   'withdrawn', 'EUR', 30000, 30000, '2018-01-01');"
  "INSERT INTO tranche (uuid, project_id, position, planned_on, paid_on, amount_minor, currency) VALUES "
  "  (" UUID ", 1, 1, '2018-03-01', '2018-03-05', 100000, 'EUR'),"
  "  (" UUID ", 1, 2, '2018-06-01', NULL, 60000, 'EUR'),"
  "  (" UUID ", 1, 3, '2018-09-01', NULL, 40000, 'EUR'),"
  "  (" UUID ", 3, 1, '2017-10-01', '2017-10-02', 90000, 'GBP'),"
  "  (" UUID ", 3, 2, '2018-01-01', NULL, 1000, 'GBP'),"
  "  (" UUID ", 4, 1, '2018-02-01', '2018-02-01', 100000, 'EUR'),"
  "  (" UUID ", 4, 2, '2018-02-01', '2018-02-01', 5000, 'USD'),"
  "  (" UUID ", 5, 1, '2018-02-01', NULL, 30000, 'EUR');";

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Fixture    *fixture)
{
  KartuTestChange change = { position, removed, added };

  /* Every reload replaces the whole list. */
  g_assert_cmpuint (position, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, added);
  g_array_append_val (fixture->changes, change);
}

static void
count_cb (guint *counter)
{
  (*counter)++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->dir = kartu_test_make_tmpdir ("test-projects");
  fixture->store = kartu_test_open_store (fixture->dir, "programme.kartu");

  kartu_test_exec (fixture->store, fixture_sql);

  fixture->list = kartu_project_list_new (fixture->store);
  kartu_record_list_set_today (KARTU_RECORD_LIST (fixture->list), "2018-05-01");
  fixture->changes = g_array_new (FALSE, FALSE, sizeof (KartuTestChange));
  g_signal_connect (fixture->list, "items-changed", G_CALLBACK (on_items_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_assert_finalize_object (fixture->list);
  g_array_unref (fixture->changes);
  kartu_test_close_store (fixture->store, fixture->dir);
}

static KartuProject *
project_with_id (GListModel *model,
                 gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KartuProject) project = g_list_model_get_item (model, i);

      if (kartu_project_get_id (project) == id)
        return project;
    }

  g_assert_not_reached ();
}

typedef struct
{
  gint64      id;
  const char *title;
  const char *summary;
  gint64      municipality_id;
  const char *municipality;
  const char *lead;
  const char *round;
  const char *status;
  const char *status_label;
  guint       status_position;
  const char *currency;
  gint64      requested;
  gint64      approved;
  gint64      paid;
  gint64      balance;
  const char *requested_text;
  const char *approved_text;
  const char *paid_text;
  const char *balance_text;
  const char *next_deadline;
  gboolean    overdue;
} Expected;

static const Expected expected_projects[] = {
  { 1, "Community garden", "Raised beds behind the school", 1, "Šiauliai", "Ona Petraitienė",
    "Spring 2018", "in_progress", "In progress", 5, "EUR", 250000, 200000, 100000, 100000,
    "2500.00" NBSP "€", "2000.00" NBSP "€", "1000.00" NBSP "€", "1000.00" NBSP "€",
    "2018-06-01", FALSE },
  { 2, "Library reading club", NULL, 2, "Vilnius", "Town Library",
    "Spring 2018", "submitted", "Submitted", 1, "EUR", 50000, -1, 0, 0,
    "500.00" NBSP "€", "", "", "", NULL, FALSE },
  { 3, "Youth radio", NULL, 2, "Vilnius", "Jonas Kazlauskas",
    "Spring 2018", "closed", "Closed", 7, "GBP", 90000, 90000, 90000, 0,
    "£900.00", "£900.00", "£900.00", "£0.00", NULL, FALSE },
  { 4, "Clean river", NULL, 0, NULL, NULL,
    NULL, "report_due", "Final report due", 6, "EUR", 100000, 100000, 100000, 0,
    "1000.00" NBSP "€", "1000.00" NBSP "€", "1000.00" NBSP "€", "0.00" NBSP "€",
    "2018-04-01", TRUE },
  { 5, "Bicycle repair café", NULL, 1, "Šiauliai", NULL,
    "Spring 2018", "withdrawn", "Withdrawn", 9, "EUR", 30000, 30000, 0, 30000,
    "300.00" NBSP "€", "300.00" NBSP "€", "0.00" NBSP "€", "300.00" NBSP "€", NULL, FALSE },
};

static void
test_properties (Fixture       *fixture,
                 gconstpointer  user_data)
{
  GListModel *model = G_LIST_MODEL (fixture->list);

  g_assert_true (g_list_model_get_item_type (model) == KARTU_TYPE_PROJECT);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (expected_projects));
  g_assert_null (g_list_model_get_item (model, G_N_ELEMENTS (expected_projects)));

  for (guint i = 0; i < G_N_ELEMENTS (expected_projects); i++)
    {
      const Expected *e = &expected_projects [i];
      g_autoptr(KartuProject) project = g_list_model_get_item (model, i);
      g_autofree char *uuid = NULL, *title = NULL, *summary = NULL, *municipality = NULL;
      g_autofree char *lead = NULL, *round = NULL, *status = NULL, *status_label = NULL;
      g_autofree char *currency = NULL, *requested_text = NULL, *approved_text = NULL;
      g_autofree char *paid_text = NULL, *balance_text = NULL, *next_deadline = NULL;
      g_autofree char *next_deadline_text = NULL, *search_key = NULL;
      g_autofree char *expected_deadline_text = kartu_format_date (e->next_deadline);
      gint64 id, municipality_id, round_id, requested, approved, paid, balance;
      guint status_position;
      gboolean overdue;

      /* Through properties, as GtkExpression bindings and sorters read them. */
      g_object_get (project,
                    "id", &id,
                    "uuid", &uuid,
                    "title", &title,
                    "summary", &summary,
                    "municipality-id", &municipality_id,
                    "municipality", &municipality,
                    "lead", &lead,
                    "round-id", &round_id,
                    "round", &round,
                    "status", &status,
                    "status-label", &status_label,
                    "status-position", &status_position,
                    "currency", &currency,
                    "requested", &requested,
                    "approved", &approved,
                    "paid", &paid,
                    "balance", &balance,
                    "requested-text", &requested_text,
                    "approved-text", &approved_text,
                    "paid-text", &paid_text,
                    "balance-text", &balance_text,
                    "next-deadline", &next_deadline,
                    "next-deadline-text", &next_deadline_text,
                    "overdue", &overdue,
                    "search-key", &search_key,
                    NULL);

      g_assert_cmpint (id, ==, e->id);
      g_assert_cmpuint (strlen (uuid), ==, 36);
      g_assert_cmpstr (title, ==, e->title);
      g_assert_cmpstr (summary, ==, e->summary);
      g_assert_cmpint (municipality_id, ==, e->municipality_id);
      g_assert_cmpstr (municipality, ==, e->municipality);
      g_assert_cmpstr (lead, ==, e->lead);
      g_assert_cmpint (round_id, ==, e->round ? 1 : 0);
      g_assert_cmpstr (round, ==, e->round);
      g_assert_cmpstr (status, ==, e->status);
      g_assert_cmpstr (status_label, ==, e->status_label);
      g_assert_cmpuint (status_position, ==, e->status_position);
      g_assert_cmpstr (currency, ==, e->currency);
      g_assert_cmpint (requested, ==, e->requested);
      g_assert_cmpint (approved, ==, e->approved);
      g_assert_cmpint (paid, ==, e->paid);
      g_assert_cmpint (balance, ==, e->balance);
      g_assert_cmpstr (requested_text, ==, e->requested_text);
      g_assert_cmpstr (approved_text, ==, e->approved_text);
      g_assert_cmpstr (paid_text, ==, e->paid_text);
      g_assert_cmpstr (balance_text, ==, e->balance_text);
      g_assert_cmpstr (next_deadline, ==, e->next_deadline);
      g_assert_cmpstr (next_deadline_text, ==, expected_deadline_text);
      g_assert_cmpint (overdue, ==, e->overdue);
      g_assert_nonnull (search_key);

      /* And through the getters. */
      g_assert_cmpint (kartu_project_get_id (project), ==, e->id);
      g_assert_cmpstr (kartu_project_get_uuid (project), ==, uuid);
      g_assert_cmpstr (kartu_project_get_title (project), ==, e->title);
      g_assert_cmpstr (kartu_project_get_summary (project), ==, e->summary);
      g_assert_cmpint (kartu_project_get_municipality_id (project), ==, e->municipality_id);
      g_assert_cmpstr (kartu_project_get_municipality (project), ==, e->municipality);
      g_assert_cmpstr (kartu_project_get_lead (project), ==, e->lead);
      g_assert_cmpint (kartu_project_get_round_id (project), ==, round_id);
      g_assert_cmpstr (kartu_project_get_round (project), ==, e->round);
      g_assert_cmpstr (kartu_project_get_status (project), ==, e->status);
      g_assert_cmpstr (kartu_project_get_status_label (project), ==, e->status_label);
      g_assert_cmpstr (kartu_project_get_currency (project), ==, e->currency);
      g_assert_cmpint (kartu_project_get_requested (project), ==, e->requested);
      g_assert_cmpint (kartu_project_get_approved (project), ==, e->approved);
      g_assert_cmpint (kartu_project_get_paid (project), ==, e->paid);
      g_assert_cmpint (kartu_project_get_balance (project), ==, e->balance);
      g_assert_cmpstr (kartu_project_get_requested_text (project), ==, e->requested_text);
      g_assert_cmpstr (kartu_project_get_approved_text (project), ==, e->approved_text);
      g_assert_cmpstr (kartu_project_get_paid_text (project), ==, e->paid_text);
      g_assert_cmpstr (kartu_project_get_balance_text (project), ==, e->balance_text);
      g_assert_cmpstr (kartu_project_get_next_deadline (project), ==, e->next_deadline);
      g_assert_cmpstr (kartu_project_get_next_deadline_text (project), ==, expected_deadline_text);
      g_assert_cmpint (kartu_project_get_overdue (project), ==, e->overdue);
      g_assert_cmpstr (kartu_project_get_search_key (project), ==, search_key);
    }
}

static void
test_overdue (Fixture       *fixture,
              gconstpointer  user_data)
{
  GListModel *model = G_LIST_MODEL (fixture->list);
  static const struct {
    const char *today;
    gboolean    garden;
    gboolean    river;
  } cases[] = {
    { "2018-03-31", FALSE, FALSE },
    { "2018-04-01", FALSE, FALSE },
    { "2018-04-02", FALSE, TRUE },
    { "2018-06-01", FALSE, TRUE },
    { "2018-06-02", TRUE, TRUE },
  };

  g_assert_cmpstr (kartu_record_list_get_today (KARTU_RECORD_LIST (fixture->list)), ==,
                   "2018-05-01");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_array_set_size (fixture->changes, 0);
      kartu_record_list_set_today (KARTU_RECORD_LIST (fixture->list), cases [i].today);
      g_assert_cmpuint (fixture->changes->len, ==, 1);

      g_assert_cmpint (kartu_project_get_overdue (project_with_id (model, 1)), ==, cases [i].garden);
      g_assert_cmpint (kartu_project_get_overdue (project_with_id (model, 4)), ==, cases [i].river);
      /* Closed, submitted without dates and withdrawn projects have no deadline. */
      g_assert_false (kartu_project_get_overdue (project_with_id (model, 2)));
      g_assert_false (kartu_project_get_overdue (project_with_id (model, 3)));
      g_assert_false (kartu_project_get_overdue (project_with_id (model, 5)));
    }

  /* The same day again changes nothing. */
  g_array_set_size (fixture->changes, 0);
  kartu_record_list_set_today (KARTU_RECORD_LIST (fixture->list), "2018-06-02");
  g_assert_cmpuint (fixture->changes->len, ==, 0);

  /* Paying the 2018-06-01 tranche moves the garden's deadline to the next one. */
  kartu_test_write (fixture->store,
                    "UPDATE tranche SET paid_on = '2018-06-01' "
                    "WHERE project_id = 1 AND position = 2",
                    "tranche", NULL);
  g_assert_cmpstr (kartu_project_get_next_deadline (project_with_id (model, 1)), ==, "2018-09-01");
  g_assert_false (kartu_project_get_overdue (project_with_id (model, 1)));
  g_assert_cmpint (kartu_project_get_paid (project_with_id (model, 1)), ==, 160000);
  g_assert_cmpint (kartu_project_get_balance (project_with_id (model, 1)), ==, 40000);

  /* With every tranche paid the final report is what remains. */
  kartu_test_write (fixture->store,
                    "UPDATE tranche SET paid_on = '2018-09-01' "
                    "WHERE project_id = 1 AND position = 3",
                    "tranche", NULL);
  g_assert_cmpstr (kartu_project_get_next_deadline (project_with_id (model, 1)), ==, "2018-10-01");
  g_assert_cmpint (kartu_project_get_balance (project_with_id (model, 1)), ==, 0);

  /* A real date by default. */
  kartu_record_list_set_today (KARTU_RECORD_LIST (fixture->list), NULL);
  g_assert_null (kartu_record_list_get_today (KARTU_RECORD_LIST (fixture->list)));
  g_assert_true (kartu_project_get_overdue (project_with_id (model, 1)));
}

static void
test_items_changed (Fixture       *fixture,
                    gconstpointer  user_data)
{
  GListModel *model = G_LIST_MODEL (fixture->list);
  g_autoptr(GError) error = NULL;
  KartuTestChange *change;

  /* A new project: one reload replacing 5 items with 6. */
  kartu_test_write (fixture->store,
                    "INSERT INTO project (id, uuid, title, municipality_id, status, currency) "
                    "VALUES (6, " UUID ", 'Street art', 2, 'idea', 'EUR')",
                    "project", NULL);
  g_assert_cmpuint (fixture->changes->len, ==, 1);
  change = &g_array_index (fixture->changes, KartuTestChange, 0);
  g_assert_cmpuint (change->position, ==, 0);
  g_assert_cmpuint (change->removed, ==, 5);
  g_assert_cmpuint (change->added, ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 6);
  g_assert_cmpstr (kartu_project_get_title (project_with_id (model, 6)), ==, "Street art");
  g_assert_cmpstr (kartu_project_get_status_label (project_with_id (model, 6)), ==, "Idea");

  /* An update. */
  g_array_set_size (fixture->changes, 0);
  kartu_test_write (fixture->store,
                    "UPDATE project SET status = 'submitted', requested_minor = 12345 WHERE id = 6",
                    "project", NULL);
  g_assert_cmpuint (fixture->changes->len, ==, 1);
  change = &g_array_index (fixture->changes, KartuTestChange, 0);
  g_assert_cmpuint (change->removed, ==, 6);
  g_assert_cmpuint (change->added, ==, 6);
  g_assert_cmpstr (kartu_project_get_status (project_with_id (model, 6)), ==, "submitted");
  g_assert_cmpstr (kartu_project_get_requested_text (project_with_id (model, 6)), ==,
                   "123.45" NBSP "€");

  /* A renamed facilitator and municipality show in the rows that name them. */
  g_array_set_size (fixture->changes, 0);
  kartu_test_write (fixture->store,
                    "UPDATE facilitator SET full_name = 'Ona Petraitė' WHERE id = 1",
                    "facilitator", NULL);
  kartu_test_write (fixture->store,
                    "UPDATE municipality SET name = 'Šiauliai city' WHERE id = 1",
                    "municipality", NULL);
  kartu_test_write (fixture->store,
                    "UPDATE funding_round SET name = 'Round 1' WHERE id = 1",
                    "funding_round", NULL);
  kartu_test_write (fixture->store,
                    "UPDATE organisation SET name = 'City Library' WHERE id = 2",
                    "organisation", NULL);
  g_assert_cmpuint (fixture->changes->len, ==, 4);
  g_assert_cmpstr (kartu_project_get_lead (project_with_id (model, 1)), ==, "Ona Petraitė");
  g_assert_cmpstr (kartu_project_get_municipality (project_with_id (model, 1)), ==, "Šiauliai city");
  g_assert_cmpstr (kartu_project_get_round (project_with_id (model, 1)), ==, "Round 1");
  g_assert_cmpstr (kartu_project_get_lead (project_with_id (model, 2)), ==, "City Library");

  /* Changes to tables the list does not show, and rolled back writes, leave it alone. */
  g_array_set_size (fixture->changes, 0);
  kartu_test_write (fixture->store,
                    "INSERT INTO theme (uuid, code, name) VALUES (" UUID ", 'youth', 'Youth')",
                    "theme", NULL);
  kartu_store_begin (fixture->store, &error);
  g_assert_no_error (error);
  kartu_test_exec (fixture->store, "DELETE FROM project WHERE id = 6");
  kartu_store_mark_changed (fixture->store, "project");
  kartu_store_rollback (fixture->store);
  g_assert_cmpuint (fixture->changes->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 6);

  /* Several tables in one commit: each emission is a whole, consistent replacement. */
  kartu_test_write (fixture->store,
                    "DELETE FROM tranche WHERE project_id = 5; DELETE FROM project WHERE id = 5",
                    "project", "tranche", NULL);
  g_assert_cmpuint (fixture->changes->len, ==, 2);
  for (guint i = 0; i < fixture->changes->len; i++)
    {
      change = &g_array_index (fixture->changes, KartuTestChange, i);
      g_assert_cmpuint (change->position, ==, 0);
      g_assert_cmpuint (change->removed, ==, i == 0 ? 6 : 5);
      g_assert_cmpuint (change->added, ==, 5);
    }
}

static void
test_store_property (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(KartuProjectList) list = kartu_project_list_new (NULL);
  g_autoptr(KartuStore) store = NULL;
  guint n_changes = 0;
  guint n_notifies = 0;

  g_signal_connect_swapped (list, "items-changed", G_CALLBACK (count_cb), &n_changes);
  g_signal_connect_swapped (list, "notify::n-items", G_CALLBACK (count_cb), &n_notifies);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_null (kartu_project_list_get_store (list));

  g_object_set (list, "store", fixture->store, NULL);
  g_object_get (list, "store", &store, NULL);
  g_assert_true (store == fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 5);
  g_assert_cmpuint (n_changes, ==, 1);
  g_assert_cmpuint (n_notifies, ==, 1);

  kartu_project_list_set_store (list, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_cmpuint (n_changes, ==, 2);

  /* Detached from the store, its changes no longer reach the list. */
  kartu_test_write (fixture->store,
                    "UPDATE project SET title = 'Garden' WHERE id = 1",
                    "project", NULL);
  g_assert_cmpuint (n_changes, ==, 2);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  user_data)
{
  GListModel *model = G_LIST_MODEL (fixture->list);
  static const struct {
    const char *query;
    const char *matching; /* ids, as digits */
  } cases[] = {
    { "", "12345" },
    { "garden", "1" },
    { "GARDEN", "1" },
    { "siauliai", "15" },
    { "ŠIAULIAI", "15" },
    { "petraitiene", "1" },
    { "vilnius", "23" },
    { "library", "2" },
    { "cafe", "5" },
    { "kazlausk", "3" },
    { "Spring", "" },
    { "nowhere", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *query = kartu_fold (cases [i].query);
      g_autoptr(GString) matching = g_string_new (NULL);

      for (guint j = 0; j < g_list_model_get_n_items (model); j++)
        {
          g_autoptr(KartuProject) project = g_list_model_get_item (model, j);

          if (kartu_project_matches (project, query))
            g_string_append_printf (matching, "%" G_GINT64_FORMAT, kartu_project_get_id (project));
        }

      g_assert_cmpstr (matching->str, ==, cases [i].matching);
    }
}

static void
test_status (void)
{
  const char * const *codes = kartu_project_status_get_codes ();
  static const char * const labels[] = {
    "Idea", "Submitted", "Under review", "Approved", "Contracted", "In progress",
    "Final report due", "Closed", "Rejected", "Withdrawn",
  };

  g_assert_cmpuint (g_strv_length ((char **)codes), ==, G_N_ELEMENTS (labels));
  for (guint i = 0; codes [i] != NULL; i++)
    {
      g_assert_cmpstr (kartu_project_status_label (codes [i]), ==, labels [i]);
      g_assert_cmpuint (kartu_project_status_get_position (codes [i]), ==, i);
    }

  g_assert_cmpstr (kartu_project_status_label ("unheard_of"), ==, "unheard_of");
  g_assert_null (kartu_project_status_label (NULL));
  g_assert_cmpuint (kartu_project_status_get_position ("unheard_of"), ==, G_N_ELEMENTS (labels));

  g_assert_true (kartu_project_status_is_finished ("closed"));
  g_assert_true (kartu_project_status_is_finished ("rejected"));
  g_assert_true (kartu_project_status_is_finished ("withdrawn"));
  g_assert_false (kartu_project_status_is_finished ("report_due"));
  g_assert_false (kartu_project_status_is_finished ("idea"));
  g_assert_true (kartu_project_status_is_cancelled ("rejected"));
  g_assert_true (kartu_project_status_is_cancelled ("withdrawn"));
  g_assert_false (kartu_project_status_is_cancelled ("closed"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/projects/properties", Fixture, NULL, fixture_set_up, test_properties, fixture_tear_down);
  g_test_add ("/projects/overdue", Fixture, NULL, fixture_set_up, test_overdue, fixture_tear_down);
  g_test_add ("/projects/items-changed", Fixture, NULL, fixture_set_up, test_items_changed, fixture_tear_down);
  g_test_add ("/projects/store-property", Fixture, NULL, fixture_set_up, test_store_property, fixture_tear_down);
  g_test_add ("/projects/search", Fixture, NULL, fixture_set_up, test_search, fixture_tear_down);
  g_test_add_func ("/projects/status", test_status);

  return g_test_run ();
}
