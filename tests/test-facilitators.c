/* test-facilitators.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kartu-facilitator-list.h"
#include "kartu-facilitator.h"
#include "kartu-fold.h"
#include "kartu-store.h"
#include "kartu-test-util.h"

typedef struct
{
  char       *dir;
  KartuStore *store;
  gint64      siauliai;
  gint64      vilnius;
  gint64      org_youth;
  gint64      org_library;
} Fixture;

static gint64
add_facilitator (Fixture    *fixture,
                 const char *name,
                 const char *email,
                 gint64      organisation,
                 gint64      municipality,
                 const char *status)
{
  g_autofree char *org = organisation > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, organisation) : NULL;
  g_autofree char *mun = municipality > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, municipality) : NULL;

  return kartu_test_insert_row (fixture->store,
                                "INSERT INTO facilitator (uuid, full_name, email, organisation_id, "
                                "municipality_id, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                5, name, email, org, mun, status);
}

static void
add_language (KartuStore *store,
              gint64      facilitator,
              const char *code)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, facilitator);

  kartu_test_insert_row (store,
                         "INSERT INTO facilitator_language (uuid, facilitator_id, language) "
                         "VALUES (?1, ?2, ?3)",
                         2, id, code);
}

static void
add_training (KartuStore *store,
              gint64      facilitator,
              const char *module,
              const char *completed_on)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, facilitator);

  kartu_test_insert_row (store,
                         "INSERT INTO training (uuid, facilitator_id, module, title, completed_on) "
                         "VALUES (?1, ?2, ?3, 'Training', ?4)",
                         3, id, module, completed_on);
}

static gint64
add_activity (KartuStore *store,
              const char *starts_on)
{
  return kartu_test_insert_row (store,
                                "INSERT INTO activity (uuid, kind, title, starts_on, ends_on) "
                                "VALUES (?1, 'community_workshop', 'Workshop', ?2, ?2)",
                                1, starts_on);
}

static void
add_assignment (KartuStore *store,
                gint64      activity,
                gint64      facilitator)
{
  g_autofree char *a = g_strdup_printf ("%" G_GINT64_FORMAT, activity);
  g_autofree char *f = g_strdup_printf ("%" G_GINT64_FORMAT, facilitator);

  kartu_test_insert_row (store,
                         "INSERT INTO assignment (uuid, activity_id, facilitator_id) "
                         "VALUES (?1, ?2, ?3)",
                         2, a, f);
}

static gint64
add_badge (KartuStore *store,
           const char *name)
{
  return kartu_test_insert_row (store, "INSERT INTO badge (uuid, name) VALUES (?1, ?2)", 1, name);
}

static gint64
add_award (KartuStore *store,
           gint64      badge,
           gint64      facilitator,
           const char *issued_on,
           gboolean    revoked)
{
  g_autofree char *b = g_strdup_printf ("%" G_GINT64_FORMAT, badge);
  g_autofree char *f = facilitator > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, facilitator) : NULL;

  return kartu_test_insert_row (store,
                                "INSERT INTO award (uuid, badge_id, facilitator_id, "
                                "recipient_hash, recipient_salt, issued_on, revoked_at, "
                                "revocation_reason) "
                                "VALUES (?1, ?2, ?3, 'sha256$00', 'salt', ?4, ?5, ?6)",
                                5, b, f, issued_on,
                                revoked ? "2024-06-01T00:00:00Z" : NULL,
                                revoked ? "Issued in error" : NULL);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->dir = kartu_test_make_tmpdir ("test-facilitators");
  fixture->store = kartu_test_open_store (fixture->dir, "programme.kartu");

  kartu_test_insert_programme (fixture->store, "Active Citizens Lithuania");
  fixture->siauliai = kartu_test_insert_municipality (fixture->store, "29", "Šiauliai");
  fixture->vilnius = kartu_test_insert_municipality (fixture->store, "13", "Vilnius");
  fixture->org_youth = kartu_test_insert_row (fixture->store,
                                              "INSERT INTO organisation (uuid, name, kind) "
                                              "VALUES (?1, 'Jaunimo centras', 'ngo')",
                                              0);
  fixture->org_library = kartu_test_insert_row (fixture->store,
                                                "INSERT INTO organisation (uuid, name, kind) "
                                                "VALUES (?1, 'Town Library', 'library')",
                                                0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  kartu_test_close_store (fixture->store, fixture->dir);
}

static KartuFacilitator *
find_facilitator (GListModel *model,
                  gint64      id,
                  guint      *position)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KartuFacilitator) facilitator = g_list_model_get_item (model, i);

      if (kartu_facilitator_get_id (facilitator) == id)
        {
          if (position != NULL)
            *position = i;
          return facilitator;
        }
    }

  return NULL;
}

static void
test_language_names (void)
{
  static const char * const codes[] = { "lt", "lv", "ru", "sq", "bn", "en", "pl", "be", "uk", "de", "fr" };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  const char *unknown = "xx";

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      const char *name = kartu_language_name (codes[i]);

      g_assert_nonnull (name);
      g_assert_cmpstr (name, !=, codes[i]);
      g_assert_false (g_hash_table_contains (seen, name));
      g_hash_table_add (seen, (gpointer)name);
    }

  g_assert_cmpstr (kartu_language_name ("lt"), ==, "Lithuanian");
  g_assert_cmpstr (kartu_language_name ("sq"), ==, "Albanian");
  g_assert_cmpstr (kartu_language_name ("bn"), ==, "Bengali");
  g_assert_true (kartu_language_name (unknown) == unknown);
}

static void
test_status_labels (void)
{
  static const struct {
    const char *code;
    const char *label;
  } cases[] = {
    { "candidate", "Candidate" },
    { "in_training", "In training" },
    { "active", "Active" },
    { "paused", "Paused" },
    { "left", "Left" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (kartu_facilitator_status_label (cases[i].code), ==, cases[i].label);

  g_assert_cmpstr (kartu_facilitator_status_label ("retired"), ==, "retired");
}

static void
test_fold (void)
{
  static const struct {
    const char *text;
    const char *folded;
  } cases[] = {
    { "Šiauliai", "siauliai" },
    { "Žofija Kazlauskienė", "zofija kazlauskiene" },
    { "Łódź", "lodz" },
    { "Rēzekne", "rezekne" },
    { "GJIROKASTËR", "gjirokaster" },
    { "Straße", "strasse" },
    { "Ёлка", "елка" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = kartu_fold (cases[i].text);

      g_assert_cmpstr (folded, ==, cases[i].folded);
    }

  {
    g_autofree char *folded = kartu_fold (NULL);
    g_autofree char *invalid = kartu_fold ("\xff\xfe");

    g_assert_cmpstr (folded, ==, "");
    g_assert_cmpstr (invalid, ==, "");
  }

  g_assert_true (kartu_fold_contains ("siauliai", "auli"));
  g_assert_true (kartu_fold_contains ("siauliai", ""));
  g_assert_true (kartu_fold_contains ("siauliai", NULL));
  g_assert_false (kartu_fold_contains ("siauliai", "vilnius"));
  g_assert_false (kartu_fold_contains (NULL, "a"));
}

static void
test_properties (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(KartuFacilitatorList) list = NULL;
  g_autofree char *full_name = NULL;
  g_autofree char *languages = NULL;
  g_autofree char *status_label = NULL;
  g_autofree char *modules_text = NULL;
  g_auto(GStrv) codes = NULL;
  KartuFacilitator *zofija;
  KartuFacilitator *newcomer;
  gint64 zofija_id, newcomer_id, badge, a1, a2, a3;
  gint64 id = 0;
  int modules = -1, badges = -1, activities = -1;

  zofija_id = add_facilitator (fixture, "Žofija Kazlauskienė", "zofija@example.org",
                               fixture->org_youth, fixture->siauliai, "in_training");
  newcomer_id = add_facilitator (fixture, "Jonas Petraitis", NULL, 0, 0, "candidate");

  add_language (fixture->store, zofija_id, "pl");
  add_language (fixture->store, zofija_id, "lt");
  add_language (fixture->store, zofija_id, "xx");

  add_training (fixture->store, zofija_id, "identity_culture", "2023-01-10");
  add_training (fixture->store, zofija_id, "identity_culture", "2023-09-10");
  add_training (fixture->store, zofija_id, "intercultural_dialogue", "2023-02-10");
  add_training (fixture->store, zofija_id, "social_action_planning", "2023-03-10");
  add_training (fixture->store, zofija_id, "facilitation", "2023-04-10");
  add_training (fixture->store, zofija_id, "other", "2023-05-10");

  a1 = add_activity (fixture->store, "2024-03-01");
  a2 = add_activity (fixture->store, "2024-05-10");
  a3 = add_activity (fixture->store, "2023-12-01");
  add_assignment (fixture->store, a1, zofija_id);
  add_assignment (fixture->store, a2, zofija_id);
  add_assignment (fixture->store, a3, zofija_id);

  badge = add_badge (fixture->store, "Facilitator");
  add_award (fixture->store, badge, zofija_id, "2024-01-01", FALSE);
  add_award (fixture->store, badge, zofija_id, "2024-02-01", FALSE);
  add_award (fixture->store, badge, zofija_id, "2024-03-01", TRUE);
  /* An erased recipient: the award stays but belongs to nobody. */
  add_award (fixture->store, badge, 0, "2024-03-01", FALSE);

  list = kartu_facilitator_list_new (fixture->store);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == KARTU_TYPE_FACILITATOR);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 2));

  zofija = find_facilitator (G_LIST_MODEL (list), zofija_id, NULL);
  g_assert_nonnull (zofija);
  g_assert_cmpstr (kartu_facilitator_get_full_name (zofija), ==, "Žofija Kazlauskienė");
  g_assert_cmpstr (kartu_facilitator_get_email (zofija), ==, "zofija@example.org");
  g_assert_cmpstr (kartu_facilitator_get_organisation (zofija), ==, "Jaunimo centras");
  g_assert_cmpstr (kartu_facilitator_get_municipality (zofija), ==, "Šiauliai");
  g_assert_cmpuint (strlen (kartu_facilitator_get_uuid (zofija)), ==, 36);
  /* Sorted by name; an unknown code shows as itself. */
  g_assert_cmpstr (kartu_facilitator_get_languages (zofija), ==, "Lithuanian, Polish, xx");
  g_assert_cmpstrv (kartu_facilitator_get_language_codes (zofija),
                    ((const char * const[]) { "lt", "pl", "xx", NULL }));
  g_assert_cmpint (kartu_facilitator_get_modules (zofija), ==, 3);
  g_assert_cmpstr (kartu_facilitator_get_modules_text (zofija), ==, "3 of 4");
  g_assert_cmpstr (kartu_facilitator_get_status (zofija), ==, "in_training");
  g_assert_cmpstr (kartu_facilitator_get_status_label (zofija), ==, "In training");
  g_assert_cmpstr (kartu_facilitator_get_last_activity (zofija), ==, "2024-05-10");
  g_assert_cmpstr (kartu_facilitator_get_last_activity_text (zofija), !=, "");
  g_assert_cmpint (kartu_facilitator_get_activities (zofija), ==, 3);
  g_assert_cmpint (kartu_facilitator_get_badges (zofija), ==, 2);

  /* The same values through GObject properties, as GtkExpression reads them. */
  g_object_get (zofija,
                "id", &id,
                "full-name", &full_name,
                "languages", &languages,
                "language-codes", &codes,
                "modules", &modules,
                "modules-text", &modules_text,
                "status-label", &status_label,
                "badges", &badges,
                "activities", &activities,
                NULL);
  g_assert_cmpint (id, ==, zofija_id);
  g_assert_cmpstr (full_name, ==, "Žofija Kazlauskienė");
  g_assert_cmpstr (languages, ==, "Lithuanian, Polish, xx");
  g_assert_cmpuint (g_strv_length (codes), ==, 3);
  g_assert_cmpint (modules, ==, 3);
  g_assert_cmpstr (modules_text, ==, "3 of 4");
  g_assert_cmpstr (status_label, ==, "In training");
  g_assert_cmpint (badges, ==, 2);
  g_assert_cmpint (activities, ==, 3);

  newcomer = find_facilitator (G_LIST_MODEL (list), newcomer_id, NULL);
  g_assert_nonnull (newcomer);
  g_assert_null (kartu_facilitator_get_email (newcomer));
  g_assert_null (kartu_facilitator_get_organisation (newcomer));
  g_assert_null (kartu_facilitator_get_municipality (newcomer));
  g_assert_cmpstr (kartu_facilitator_get_languages (newcomer), ==, "");
  g_assert_cmpstrv (kartu_facilitator_get_language_codes (newcomer), ((const char * const[]) { NULL }));
  g_assert_cmpint (kartu_facilitator_get_modules (newcomer), ==, 0);
  g_assert_cmpstr (kartu_facilitator_get_modules_text (newcomer), ==, "0 of 4");
  g_assert_null (kartu_facilitator_get_last_activity (newcomer));
  g_assert_cmpstr (kartu_facilitator_get_last_activity_text (newcomer), ==, "");
  g_assert_cmpint (kartu_facilitator_get_activities (newcomer), ==, 0);
  g_assert_cmpint (kartu_facilitator_get_badges (newcomer), ==, 0);
  g_assert_cmpstr (kartu_facilitator_get_status_label (newcomer), ==, "Candidate");
}

static void
test_search (Fixture       *fixture,
             gconstpointer  user_data)
{
  static const struct {
    const char *query;
    gboolean    matches;
  } cases[] = {
    { "zofija", TRUE },
    { "ŽOFIJA", TRUE },
    { "kazlauskiene", TRUE },
    { "siauliai", TRUE },
    { "auliai", TRUE },
    { "example.org", TRUE },
    { "jaunimo", TRUE },
    { "polish", TRUE },
    { "", TRUE },
    { "vilnius", FALSE },
    { "library", FALSE },
    /* Fields are searched one by one, not across their boundary. */
    { "org jaunimo", FALSE },
  };
  g_autoptr(KartuFacilitatorList) list = NULL;
  g_autoptr(KartuFacilitator) zofija = NULL;
  gint64 id;

  id = add_facilitator (fixture, "Žofija Kazlauskienė", "zofija@example.org",
                        fixture->org_youth, fixture->siauliai, "active");
  add_language (fixture->store, id, "pl");

  list = kartu_facilitator_list_new (fixture->store);
  zofija = g_list_model_get_item (G_LIST_MODEL (list), 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = kartu_fold (cases[i].query);

      g_assert_cmpint (kartu_facilitator_matches (zofija, folded), ==, cases[i].matches);
    }
}

static void
test_items_changed (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KartuFacilitatorList) list = NULL;
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (KartuTestChange));
  g_autoptr(KartuFacilitator) first_before = NULL;
  g_autoptr(KartuFacilitator) first_after = NULL;
  KartuFacilitator *facilitator;
  gint64 ids[4], badge, newcomer;
  guint position;

  ids[0] = add_facilitator (fixture, "Ona", "ona@example.org", fixture->org_youth, fixture->vilnius, "active");
  ids[1] = add_facilitator (fixture, "Petras", NULL, fixture->org_youth, fixture->siauliai, "active");
  ids[2] = add_facilitator (fixture, "Rūta", NULL, fixture->org_library, fixture->vilnius, "paused");
  ids[3] = add_facilitator (fixture, "Saulius", NULL, 0, 0, "left");
  badge = add_badge (fixture->store, "Facilitator");
  add_award (fixture->store, badge, ids[2], "2024-01-01", FALSE);

  list = kartu_facilitator_list_new (fixture->store);
  kartu_test_watch_changes (G_LIST_MODEL (list), changes);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);
  first_before = g_list_model_get_item (G_LIST_MODEL (list), 0);

  /* An edit of one row replaces that row only, and keeps the other records. */
  kartu_store_begin (fixture->store, &error);
  g_assert_no_error (error);
  kartu_test_exec (fixture->store,
                   "UPDATE facilitator SET full_name = 'Petras Jonaitis' "
                   "WHERE full_name = 'Petras'");
  kartu_store_mark_changed (fixture->store, "facilitator");
  g_assert_cmpuint (changes->len, ==, 0);
  kartu_store_commit (fixture->store, &error);
  g_assert_no_error (error);
  kartu_test_assert_one_change (changes, 1, 1, 1);
  facilitator = find_facilitator (G_LIST_MODEL (list), ids[1], NULL);
  g_assert_cmpstr (kartu_facilitator_get_full_name (facilitator), ==, "Petras Jonaitis");
  first_after = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (first_before == first_after);

  /* A facilitator and their language in one transaction: one change, not two. */
  kartu_store_begin (fixture->store, &error);
  g_assert_no_error (error);
  newcomer = add_facilitator (fixture, "Žydrūnė", NULL, 0, fixture->siauliai, "candidate");
  add_language (fixture->store, newcomer, "ru");
  kartu_store_mark_changed (fixture->store, "facilitator");
  kartu_store_mark_changed (fixture->store, "facilitator_language");
  kartu_store_commit (fixture->store, &error);
  g_assert_no_error (error);
  kartu_test_assert_one_change (changes, 4, 0, 1);
  facilitator = find_facilitator (G_LIST_MODEL (list), newcomer, NULL);
  g_assert_cmpstr (kartu_facilitator_get_languages (facilitator), ==, "Russian");

  /* A revoked award changes the badge count of its holder. */
  kartu_store_begin (fixture->store, &error);
  g_assert_no_error (error);
  kartu_test_exec (fixture->store,
                   "UPDATE award SET revoked_at = '2024-07-01T00:00:00Z', "
                   "revocation_reason = 'Mistake'");
  kartu_store_mark_changed (fixture->store, "award");
  kartu_store_commit (fixture->store, &error);
  g_assert_no_error (error);
  kartu_test_assert_one_change (changes, 2, 1, 1);
  facilitator = find_facilitator (G_LIST_MODEL (list), ids[2], &position);
  g_assert_cmpuint (position, ==, 2);
  g_assert_cmpint (kartu_facilitator_get_badges (facilitator), ==, 0);

  /* A renamed municipality reaches every facilitator in it: the range spans them. */
  kartu_test_exec (fixture->store,
                   "UPDATE municipality SET name = 'Vilniaus m.' WHERE code = '13'");
  kartu_store_mark_changed (fixture->store, "municipality");
  kartu_test_assert_one_change (changes, 0, 3, 3);
  facilitator = find_facilitator (G_LIST_MODEL (list), ids[2], NULL);
  g_assert_cmpstr (kartu_facilitator_get_municipality (facilitator), ==, "Vilniaus m.");

  /* A new assignment updates the last activity. */
  add_assignment (fixture->store, add_activity (fixture->store, "2024-09-09"), ids[3]);
  kartu_store_mark_changed (fixture->store, "activity");
  kartu_store_mark_changed (fixture->store, "assignment");
  kartu_test_assert_one_change (changes, 3, 1, 1);
  facilitator = find_facilitator (G_LIST_MODEL (list), ids[3], NULL);
  g_assert_cmpstr (kartu_facilitator_get_last_activity (facilitator), ==, "2024-09-09");

  /* A training, an organisation rename. */
  add_training (fixture->store, ids[0], "facilitation", "2024-01-01");
  kartu_store_mark_changed (fixture->store, "training");
  g_assert_cmpuint (changes->len, ==, 0);
  add_training (fixture->store, ids[0], "identity_culture", "2024-01-01");
  kartu_store_mark_changed (fixture->store, "training");
  kartu_test_assert_one_change (changes, 0, 1, 1);
  kartu_test_exec (fixture->store,
                   "UPDATE organisation SET name = 'Miesto biblioteka' WHERE kind = 'library'");
  kartu_store_mark_changed (fixture->store, "organisation");
  kartu_test_assert_one_change (changes, 2, 1, 1);

  /* A deletion. */
  kartu_test_exec (fixture->store, "DELETE FROM facilitator WHERE full_name = 'Ona'");
  kartu_store_mark_changed (fixture->store, "facilitator");
  kartu_test_assert_one_change (changes, 0, 1, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);

  /* Changes elsewhere, or none, say nothing. */
  kartu_store_mark_changed (fixture->store, "project");
  kartu_store_mark_changed (fixture->store, "facilitator");
  g_assert_cmpuint (changes->len, ==, 0);

  /* A rolled-back write is never announced. */
  kartu_store_begin (fixture->store, &error);
  g_assert_no_error (error);
  kartu_test_exec (fixture->store, "DELETE FROM facilitator");
  kartu_store_mark_changed (fixture->store, "facilitator");
  kartu_store_rollback (fixture->store);
  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);

  /* The list may outlive nothing: dropping it disconnects from the store. */
  kartu_test_unwatch_changes (G_LIST_MODEL (list), changes);
  g_clear_object (&first_before);
  g_clear_object (&first_after);
  g_assert_finalize_object (g_steal_pointer (&list));
  kartu_store_mark_changed (fixture->store, "facilitator");
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KartuFacilitatorList) list = kartu_facilitator_list_new (fixture->store);

  g_assert_true (kartu_facilitator_list_get_store (list) == fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_true (kartu_record_list_reload (KARTU_RECORD_LIST (list), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/facilitator/language-names", test_language_names);
  g_test_add_func ("/facilitator/status-labels", test_status_labels);
  g_test_add_func ("/facilitator/fold", test_fold);
  g_test_add ("/facilitator/properties", Fixture, NULL,
              fixture_set_up, test_properties, fixture_tear_down);
  g_test_add ("/facilitator/search", Fixture, NULL,
              fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/facilitator-list/items-changed", Fixture, NULL,
              fixture_set_up, test_items_changed, fixture_tear_down);
  g_test_add ("/facilitator-list/empty", Fixture, NULL,
              fixture_set_up, test_empty, fixture_tear_down);

  return g_test_run ();
}
