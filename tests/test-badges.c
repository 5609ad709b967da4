/* test-badges.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kartu-badge-list.h"
#include "kartu-badge-shape.h"
#include "kartu-badge.h"
#include "kartu-fold.h"
#include "kartu-store.h"
#include "kartu-test-util.h"

typedef struct
{
  char       *dir;
  KartuStore *store;
  gint64      facilitators[3];
} Fixture;

static gint64
add_badge (KartuStore *store,
           const char *name,
           const char *category,
           const char *tags,
           const char *design)
{
  return kartu_test_insert_row (store,
                                "INSERT INTO badge (uuid, name, short_name, description, criteria, "
                                "category, tags, design) "
                                "VALUES (?1, ?2, upper (substr (?2, 1, 3)), 'About ' || ?2, "
                                "'Earn ' || ?2, ?3, ?4, ?5)",
                                4, name, category, tags, design);
}

static void
add_award (KartuStore *store,
           gint64      badge,
           gint64      facilitator,
           const char *issued_on,
           gboolean    revoked)
{
  g_autofree char *b = g_strdup_printf ("%" G_GINT64_FORMAT, badge);
  g_autofree char *f = facilitator > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, facilitator) : NULL;

  kartu_test_insert_row (store,
                         "INSERT INTO award (uuid, badge_id, facilitator_id, recipient_hash, "
                         "recipient_salt, issued_on, revoked_at, revocation_reason) "
                         "VALUES (?1, ?2, ?3, 'sha256$00', 'salt', ?4, ?5, ?6)",
                         5, b, f, issued_on,
                         revoked ? "2024-06-01T00:00:00Z" : NULL,
                         revoked ? "Issued in error" : NULL);
}

static void
add_badge_text (KartuStore *store,
                gint64      badge,
                const char *language,
                const char *name)
{
  g_autofree char *b = g_strdup_printf ("%" G_GINT64_FORMAT, badge);

  kartu_test_insert_row (store,
                         "INSERT INTO badge_text (uuid, badge_id, language, name, description) "
                         "VALUES (?1, ?2, ?3, ?4, 'Aprašymas')",
                         3, b, language, name);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  static const char * const names[] = { "Ona Kairienė", "Petras Jonaitis", "Rūta Žukienė" };

  fixture->dir = kartu_test_make_tmpdir ("test-badges");
  fixture->store = kartu_test_open_store (fixture->dir, "programme.kartu");

  kartu_test_insert_programme (fixture->store, "Active Citizens Lithuania");
  kartu_test_insert_municipality (fixture->store, "29", "Šiauliai");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    fixture->facilitators[i] = kartu_test_insert_row (fixture->store,
                                                      "INSERT INTO facilitator (uuid, full_name, "
                                                      "status) VALUES (?1, ?2, 'active')",
                                                      1, names[i]);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  kartu_test_close_store (fixture->store, fixture->dir);
}

static KartuBadge *
badge_at (KartuBadgeList *list,
          guint           position)
{
  g_autoptr(KartuBadge) badge = g_list_model_get_item (G_LIST_MODEL (list), position);

  g_assert_nonnull (badge);

  /* The list keeps its own reference. */
  return badge;
}

static void
test_category_labels (void)
{
  static const struct {
    const char *code;
    const char *label;
  } cases[] = {
    { "competence", "Competence" },
    { "module", "Toolkit module" },
    { "role", "Role" },
    { "other", "Other" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (kartu_badge_category_label (cases[i].code), ==, cases[i].label);

  g_assert_cmpstr (kartu_badge_category_label ("sport"), ==, "sport");
}

static void
test_colour_parse (void)
{
  static const struct {
    const char *text;
    gboolean    valid;
    double      red, green, blue;
  } cases[] = {
    { "#2e7d32", TRUE, 0x2e / 255.0, 0x7d / 255.0, 0x32 / 255.0 },
    { "#FFFFFF", TRUE, 1, 1, 1 },
    { "#f00", TRUE, 1, 0, 0 },
    { "#000000", TRUE, 0, 0, 0 },
    { "2e7d32", FALSE, 0, 0, 0 },
    { "#2e7d3", FALSE, 0, 0, 0 },
    { "#2e7d32ff", FALSE, 0, 0, 0 },
    { "#gg0000", FALSE, 0, 0, 0 },
    { "red", FALSE, 0, 0, 0 },
    { "", FALSE, 0, 0, 0 },
    { NULL, FALSE, 0, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double red = -1, green = -1, blue = -1;

      g_assert_cmpint (kartu_badge_colour_parse (cases[i].text, &red, &green, &blue), ==, cases[i].valid);
      if (cases[i].valid)
        {
          g_assert_cmpfloat_with_epsilon (red, cases[i].red, 1e-9);
          g_assert_cmpfloat_with_epsilon (green, cases[i].green, 1e-9);
          g_assert_cmpfloat_with_epsilon (blue, cases[i].blue, 1e-9);
        }
      else
        {
          g_assert_cmpfloat (red, ==, -1);
        }
    }

  g_assert_true (kartu_badge_colour_is_dark ("#2e7d32"));
  g_assert_true (kartu_badge_colour_is_dark ("#000000"));
  g_assert_true (kartu_badge_colour_is_dark ("#1565c0"));
  g_assert_false (kartu_badge_colour_is_dark ("#ffffff"));
  g_assert_false (kartu_badge_colour_is_dark ("#fdd835"));
  g_assert_true (kartu_badge_colour_is_dark ("nonsense"));
}

static void
test_shape_names (void)
{
  static const char * const names[] = { "circle", "hexagon", "shield", "square", "rosette" };
  KartuBadgeShape shape = KARTU_BADGE_SHAPE_HEXAGON;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_true (kartu_badge_shape_from_string (names[i], &shape));
      g_assert_cmpint (shape, ==, i);
      g_assert_cmpstr (kartu_badge_shape_to_string (shape), ==, names[i]);
    }

  shape = KARTU_BADGE_SHAPE_ROSETTE;
  g_assert_false (kartu_badge_shape_from_string ("triangle", &shape));
  g_assert_false (kartu_badge_shape_from_string ("Circle", &shape));
  g_assert_false (kartu_badge_shape_from_string (NULL, &shape));
  g_assert_cmpint (shape, ==, KARTU_BADGE_SHAPE_ROSETTE);
}

typedef enum
{
  OUT,
  FILL,
  LINE,
  BLEND,
} Pixel;

static Pixel
classify (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 argb = *(const guint32 *)(data + y * stride + x * 4);
  guint alpha = argb >> 24;
  guint red = (argb >> 16) & 0xff;
  guint blue = argb & 0xff;

  if (alpha == 0)
    return OUT;
  if (alpha == 0xff && red == 0xff && blue == 0)
    return FILL;
  if (alpha == 0xff && red == 0 && blue == 0xff)
    return LINE;

  g_test_message ("pixel %d,%d is %08x", x, y, argb);

  return BLEND;
}

static void
test_shape_render (void)
{
  /* Pixels of a 64 px badge (line ≈ 3.8 px), chosen well away from the edges so that
   * anti-aliasing cannot decide them; each shape is told apart from the others. */
  static const struct {
    const char *shape;
    struct { int x, y; Pixel kind; } points[8];
  } cases[] = {
    { "circle",  { { 32, 32, FILL }, { 0, 0, OUT }, { 63, 63, OUT }, { 6, 6, OUT },
                   { 32, 1, LINE }, { 1, 32, LINE }, { 10, 10, LINE }, { 8, 32, FILL } } },
    { "square",  { { 32, 32, FILL }, { 0, 0, OUT }, { 63, 63, OUT }, { 9, 9, FILL },
                   { 32, 1, LINE }, { 1, 32, LINE }, { 9, 6, FILL }, { 62, 32, LINE } } },
    { "hexagon", { { 32, 32, FILL }, { 0, 0, OUT }, { 63, 63, OUT }, { 9, 6, OUT },
                   { 32, 2, LINE }, { 1, 32, OUT }, { 6, 32, LINE }, { 12, 32, FILL } } },
    { "shield",  { { 32, 32, FILL }, { 0, 0, OUT }, { 63, 63, OUT }, { 9, 14, FILL },
                   { 6, 58, OUT }, { 58, 58, OUT }, { 32, 61, LINE }, { 32, 56, FILL } } },
    { "rosette", { { 32, 32, FILL }, { 0, 0, OUT }, { 63, 63, OUT }, { 6, 6, OUT },
                   { 32, 1, LINE }, { 32, 10, FILL }, { 12, 32, FILL }, { 32, 62, LINE } } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 64);
      cairo_t *cr = cairo_create (surface);
      KartuBadgeShape shape;

      g_test_message ("shape %s", cases[i].shape);
      g_assert_true (kartu_badge_shape_from_string (cases[i].shape, &shape));
      kartu_badge_shape_draw (cr, shape, 0, 0, 64, "#ff0000", "#0000ff");
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_flush (surface);

      if (g_getenv ("KARTU_TEST_SAVE_PNG") != NULL)
        {
          g_autofree char *name = g_strdup_printf ("badge-shape-%s.png", cases[i].shape);

          cairo_surface_write_to_png (surface, name);
        }

      for (guint j = 0; j < G_N_ELEMENTS (cases[i].points); j++)
        {
          g_test_message ("point %d,%d", cases[i].points[j].x, cases[i].points[j].y);
          g_assert_cmpint (classify (surface, cases[i].points[j].x, cases[i].points[j].y),
                           ==, cases[i].points[j].kind);
        }

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

static void
test_shape_default_colours (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 32, 32);
  cairo_t *cr = cairo_create (surface);
  const guchar *data;
  int stride;

  /* Colours that do not parse fall back to the default fill and border. */
  kartu_badge_shape_draw (cr, KARTU_BADGE_SHAPE_SQUARE, 0, 0, 32, "green", NULL);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  g_assert_cmphex (*(const guint32 *)(data + 16 * stride + 16 * 4), ==, 0xff2e7d32);
  g_assert_cmphex (*(const guint32 *)(data + 16 * stride + 0 * 4), ==, 0xff1b5e20);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_properties (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(KartuBadgeList) list = NULL;
  g_autofree char *fill = NULL;
  g_autofree char *category_label = NULL;
  g_auto(GStrv) tags = NULL;
  KartuBadge *badge;
  gint64 facilitator, dialogue, module, unawarded;
  int awarded = -1;

  facilitator = add_badge (fixture->store, "Certified Facilitator", "role",
                           "[\"facilitation\", \"core\"]",
                           "{\"shape\": \"hexagon\", \"fill\": \"#1565c0\", \"border\": \"#0d47a1\", "
                           "\"icon\": \"starred-symbolic\", \"ribbon\": {\"text\": \"2024\"}}");
  dialogue = add_badge (fixture->store, "Intercultural Dialogue", "module", "[]", "{}");
  module = add_badge (fixture->store, "Identity and Culture", "module",
                      "[\"youth\", 3, null, \"\", \"dialogue\"]",
                      "{\"shape\": \"triangle\", \"fill\": \"green\", \"border\": \"#12\", "
                      "\"icon\": \"../../etc/passwd\"}");
  unawarded = add_badge (fixture->store, "Mentor", "competence", "{\"not\": \"a list\"}",
                         "[\"not\", \"an\", \"object\"]");

  add_award (fixture->store, facilitator, fixture->facilitators[0], "2024-01-10", FALSE);
  add_award (fixture->store, facilitator, fixture->facilitators[1], "2024-03-05", FALSE);
  add_award (fixture->store, facilitator, fixture->facilitators[2], "2024-05-01", TRUE);
  add_award (fixture->store, facilitator, 0, "2023-11-11", FALSE);
  add_award (fixture->store, dialogue, fixture->facilitators[0], "2023-06-30", FALSE);
  add_award (fixture->store, module, fixture->facilitators[1], "2024-02-02", TRUE);

  list = kartu_badge_list_new (fixture->store);
  kartu_badge_list_set_language (list, NULL);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == KARTU_TYPE_BADGE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);

  badge = badge_at (list, 0);
  g_assert_cmpint (kartu_badge_get_id (badge), ==, facilitator);
  g_assert_cmpuint (strlen (kartu_badge_get_uuid (badge)), ==, 36);
  g_assert_cmpstr (kartu_badge_get_name (badge), ==, "Certified Facilitator");
  g_assert_cmpstr (kartu_badge_get_short_name (badge), ==, "CER");
  g_assert_cmpstr (kartu_badge_get_description (badge), ==, "About Certified Facilitator");
  g_assert_cmpstr (kartu_badge_get_criteria (badge), ==, "Earn Certified Facilitator");
  g_assert_cmpstr (kartu_badge_get_category (badge), ==, "role");
  g_assert_cmpstr (kartu_badge_get_category_label (badge), ==, "Role");
  g_assert_cmpstrv (kartu_badge_get_tags (badge), ((const char * const[]) { "facilitation", "core", NULL }));
  g_assert_cmpstr (kartu_badge_get_tags_text (badge), ==, "facilitation, core");
  /* Revoked awards do not count; an erased recipient's award does. */
  g_assert_cmpint (kartu_badge_get_awarded (badge), ==, 3);
  g_assert_cmpint (kartu_badge_get_revoked (badge), ==, 1);
  g_assert_cmpstr (kartu_badge_get_awarded_text (badge), ==, "Awarded to 3 facilitators");
  g_assert_cmpstr (kartu_badge_get_last_awarded (badge), ==, "2024-03-05");
  g_assert_cmpstr (kartu_badge_get_last_awarded_text (badge), !=, "");
  g_assert_cmpstr (kartu_badge_get_shape (badge), ==, "hexagon");
  g_assert_cmpstr (kartu_badge_get_fill_colour (badge), ==, "#1565c0");
  g_assert_cmpstr (kartu_badge_get_border_colour (badge), ==, "#0d47a1");
  g_assert_cmpstr (kartu_badge_get_icon_name (badge), ==, "starred-symbolic");

  g_object_get (badge,
                "fill-colour", &fill,
                "category-label", &category_label,
                "tags", &tags,
                "awarded", &awarded,
                NULL);
  g_assert_cmpstr (fill, ==, "#1565c0");
  g_assert_cmpstr (category_label, ==, "Role");
  g_assert_cmpuint (g_strv_length (tags), ==, 2);
  g_assert_cmpint (awarded, ==, 3);

  badge = badge_at (list, 1);
  g_assert_cmpstr (kartu_badge_get_category_label (badge), ==, "Toolkit module");
  g_assert_cmpint (kartu_badge_get_awarded (badge), ==, 1);
  g_assert_cmpstr (kartu_badge_get_awarded_text (badge), ==, "Awarded to 1 facilitator");
  g_assert_cmpstr (kartu_badge_get_tags_text (badge), ==, "");
  g_assert_cmpstr (kartu_badge_get_shape (badge), ==, "circle");
  g_assert_cmpstr (kartu_badge_get_fill_colour (badge), ==, "#2e7d32");
  g_assert_cmpstr (kartu_badge_get_border_colour (badge), ==, "#1b5e20");
  g_assert_cmpstr (kartu_badge_get_icon_name (badge), ==, "emblem-ok-symbolic");

  /* Values of the wrong kind fall back one by one; tags keep their strings. */
  badge = badge_at (list, 2);
  g_assert_cmpstrv (kartu_badge_get_tags (badge), ((const char * const[]) { "youth", "dialogue", NULL }));
  g_assert_cmpint (kartu_badge_get_awarded (badge), ==, 0);
  g_assert_cmpint (kartu_badge_get_revoked (badge), ==, 1);
  g_assert_null (kartu_badge_get_last_awarded (badge));
  g_assert_cmpstr (kartu_badge_get_last_awarded_text (badge), ==, "");
  g_assert_cmpstr (kartu_badge_get_awarded_text (badge), ==, "Not awarded yet");
  g_assert_cmpstr (kartu_badge_get_shape (badge), ==, "circle");
  g_assert_cmpstr (kartu_badge_get_fill_colour (badge), ==, "#2e7d32");
  g_assert_cmpstr (kartu_badge_get_border_colour (badge), ==, "#1b5e20");
  g_assert_cmpstr (kartu_badge_get_icon_name (badge), ==, "emblem-ok-symbolic");

  badge = badge_at (list, 3);
  g_assert_cmpint (kartu_badge_get_id (badge), ==, unawarded);
  g_assert_cmpstrv (kartu_badge_get_tags (badge), ((const char * const[]) { NULL }));
  g_assert_cmpstr (kartu_badge_get_shape (badge), ==, "circle");
  g_assert_cmpstr (kartu_badge_get_category_label (badge), ==, "Competence");
}

static void
test_malformed_json (Fixture       *fixture,
                     gconstpointer  user_data)
{
  static const char * const designs[] = {
    "{\"shape\": \"hexagon\", \"fill\": ",
    "not json at all",
    "",
    "{\"shape\": \"hexagon\"} trailing",
  };
  g_autoptr(KartuBadgeList) list = NULL;

  /* The schema refuses invalid JSON; a file written by another tool may still hold some. */
  kartu_test_exec (fixture->store, "PRAGMA ignore_check_constraints = ON");
  for (guint i = 0; i < G_N_ELEMENTS (designs); i++)
    add_badge (fixture->store, "Broken", "other", "[\"a\", ", designs[i]);
  kartu_test_exec (fixture->store, "UPDATE badge SET category = 'retired' WHERE id = 1");
  kartu_test_exec (fixture->store, "PRAGMA ignore_check_constraints = OFF");

  list = kartu_badge_list_new (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, G_N_ELEMENTS (designs));

  for (guint i = 0; i < G_N_ELEMENTS (designs); i++)
    {
      KartuBadge *badge = badge_at (list, i);

      g_assert_cmpstr (kartu_badge_get_shape (badge), ==, KARTU_BADGE_DEFAULT_SHAPE);
      g_assert_cmpstr (kartu_badge_get_fill_colour (badge), ==, KARTU_BADGE_DEFAULT_FILL);
      g_assert_cmpstr (kartu_badge_get_border_colour (badge), ==, KARTU_BADGE_DEFAULT_BORDER);
      g_assert_cmpstr (kartu_badge_get_icon_name (badge), ==, KARTU_BADGE_DEFAULT_ICON);
      g_assert_cmpstrv (kartu_badge_get_tags (badge), ((const char * const[]) { NULL }));
    }

  g_assert_cmpstr (kartu_badge_get_category_label (badge_at (list, 0)), ==, "retired");
}

static void
test_search (Fixture       *fixture,
             gconstpointer  user_data)
{
  static const struct {
    const char *query;
    gboolean    matches;
  } cases[] = {
    { "dialogue", TRUE },
    { "DIALOG", TRUE },
    { "ICD", TRUE },
    { "jaunimas", TRUE },
    { "siaure", TRUE },
    { "", TRUE },
    { "facilitator", FALSE },
    { "about", FALSE },
  };
  g_autoptr(KartuBadgeList) list = NULL;

  add_badge (fixture->store, "Intercultural Dialogue", "module", "[\"jaunimas\", \"Šiaurė\"]", "{}");
  kartu_test_exec (fixture->store, "UPDATE badge SET short_name = 'ICD'");
  list = kartu_badge_list_new (fixture->store);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = kartu_fold (cases[i].query);

      g_assert_cmpint (kartu_badge_matches (badge_at (list, 0), folded), ==, cases[i].matches);
    }
}

static void
test_items_changed (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KartuBadgeList) list = NULL;
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (KartuTestChange));
  gint64 badges[3];

  badges[0] = add_badge (fixture->store, "Facilitator", "role", "[]", "{}");
  badges[1] = add_badge (fixture->store, "Dialogue", "module", "[]", "{}");
  badges[2] = add_badge (fixture->store, "Mentor", "competence", "[]", "{}");

  list = g_object_new (KARTU_TYPE_BADGE_LIST, "store", fixture->store, "language", NULL, NULL);
  g_assert_null (kartu_badge_list_get_language (list));
  g_assert_true (kartu_badge_list_get_store (list) == fixture->store);
  kartu_test_watch_changes (G_LIST_MODEL (list), changes);

  /* An award and a revocation each change their badge's counts. */
  kartu_store_begin (fixture->store, &error);
  g_assert_no_error (error);
  add_award (fixture->store, badges[1], fixture->facilitators[0], "2024-04-04", FALSE);
  add_award (fixture->store, badges[1], fixture->facilitators[1], "2024-04-05", FALSE);
  kartu_store_mark_changed (fixture->store, "award");
  g_assert_cmpuint (changes->len, ==, 0);
  kartu_store_commit (fixture->store, &error);
  g_assert_no_error (error);
  kartu_test_assert_one_change (changes, 1, 1, 1);
  g_assert_cmpint (kartu_badge_get_awarded (badge_at (list, 1)), ==, 2);
  g_assert_cmpstr (kartu_badge_get_last_awarded (badge_at (list, 1)), ==, "2024-04-05");

  kartu_test_exec (fixture->store,
                   "UPDATE award SET revoked_at = '2024-05-01T00:00:00Z', "
                   "revocation_reason = 'Mistake' WHERE issued_on = '2024-04-05'");
  kartu_store_mark_changed (fixture->store, "award");
  kartu_test_assert_one_change (changes, 1, 1, 1);
  g_assert_cmpint (kartu_badge_get_awarded (badge_at (list, 1)), ==, 1);
  g_assert_cmpint (kartu_badge_get_revoked (badge_at (list, 1)), ==, 1);
  g_assert_cmpstr (kartu_badge_get_last_awarded (badge_at (list, 1)), ==, "2024-04-04");

  /* A design edit. */
  kartu_test_exec (fixture->store,
                   "UPDATE badge SET design = '{\"shape\": \"shield\"}' WHERE name = 'Mentor'");
  kartu_store_mark_changed (fixture->store, "badge");
  kartu_test_assert_one_change (changes, 2, 1, 1);
  g_assert_cmpstr (kartu_badge_get_shape (badge_at (list, 2)), ==, "shield");

  /* A translation in a language nobody reads shows nowhere; in the list's language it does. */
  add_badge_text (fixture->store, badges[0], "lt", "Fasilitatorius");
  kartu_store_mark_changed (fixture->store, "badge_text");
  g_assert_cmpuint (changes->len, ==, 0);

  kartu_badge_list_set_language (list, "lt");
  kartu_test_assert_one_change (changes, 0, 1, 1);
  g_assert_cmpstr (kartu_badge_list_get_language (list), ==, "lt");
  g_assert_cmpstr (kartu_badge_get_name (badge_at (list, 0)), ==, "Fasilitatorius");
  g_assert_cmpstr (kartu_badge_get_description (badge_at (list, 0)), ==, "Aprašymas");
  /* No translated short name or criteria: the badge's own stand in. */
  g_assert_cmpstr (kartu_badge_get_short_name (badge_at (list, 0)), ==, "FAC");
  g_assert_cmpstr (kartu_badge_get_name (badge_at (list, 1)), ==, "Dialogue");

  add_badge_text (fixture->store, badges[2], "lt", "Mentorius");
  kartu_store_mark_changed (fixture->store, "badge_text");
  kartu_test_assert_one_change (changes, 2, 1, 1);
  g_assert_cmpstr (kartu_badge_get_name (badge_at (list, 2)), ==, "Mentorius");

  /* Insert and delete. */
  add_badge (fixture->store, "Trainer", "role", "[]", "{}");
  kartu_store_mark_changed (fixture->store, "badge");
  kartu_test_assert_one_change (changes, 3, 0, 1);
  kartu_test_exec (fixture->store, "DELETE FROM badge WHERE name = 'Trainer'");
  kartu_store_mark_changed (fixture->store, "badge");
  kartu_test_assert_one_change (changes, 3, 1, 0);

  /* Unrelated tables and empty changes say nothing. */
  kartu_store_mark_changed (fixture->store, "facilitator");
  kartu_store_mark_changed (fixture->store, "badge");
  g_assert_cmpuint (changes->len, ==, 0);

  kartu_badge_list_set_language (list, NULL);
  kartu_test_assert_one_change (changes, 0, 3, 3);
  g_assert_cmpstr (kartu_badge_get_name (badge_at (list, 0)), ==, "Facilitator");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/badge/category-labels", test_category_labels);
  g_test_add_func ("/badge/colour-parse", test_colour_parse);
  g_test_add_func ("/badge-shape/names", test_shape_names);
  g_test_add_func ("/badge-shape/render", test_shape_render);
  g_test_add_func ("/badge-shape/default-colours", test_shape_default_colours);
  g_test_add ("/badge/properties", Fixture, NULL,
              fixture_set_up, test_properties, fixture_tear_down);
  g_test_add ("/badge/malformed-json", Fixture, NULL,
              fixture_set_up, test_malformed_json, fixture_tear_down);
  g_test_add ("/badge/search", Fixture, NULL,
              fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/badge-list/items-changed", Fixture, NULL,
              fixture_set_up, test_items_changed, fixture_tear_down);

  return g_test_run ();
}
