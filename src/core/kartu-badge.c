/* kartu-badge.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-badge"

#include "config.h"

#include <glib/gi18n.h>
#include <jansson.h>

#include "kartu-badge-private.h"
#include "kartu-badge-shape.h"
#include "kartu-fold.h"
#include "kartu-format.h"

/* A read-only snapshot of one badge, its texts in the list's language and its
 * award counts. The design JSON is an object; the keys read here are
 *
 *   { "shape": "circle" | "hexagon" | "shield" | "square" | "rosette",
 *     "fill": "#rrggbb", "border": "#rrggbb", "icon": "<symbolic icon name>" }
 *
 * Missing, malformed or unknown values fall back to the defaults in
 * kartu-badge-shape.h; other keys belong to the badge designer. */
struct _KartuBadge
{
  GObject   parent_instance;

  gint64    id;
  char     *uuid;
  char     *name;
  char     *short_name;
  char     *description;
  char     *criteria;
  char     *category;
  char     *tags_json;
  char     *design_json;
  char    **tags;
  char     *tags_text;
  char     *shape;
  char     *fill_colour;
  char     *border_colour;
  char     *icon_name;
  char     *last_awarded;
  int       awarded;
  int       revoked;

  /* Computed on first use. */
  char     *awarded_text;
  char     *last_awarded_text;
  char     *search_key;
};

G_DEFINE_FINAL_TYPE (KartuBadge, kartu_badge, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_DESCRIPTION,
  PROP_CRITERIA,
  PROP_CATEGORY,
  PROP_CATEGORY_LABEL,
  PROP_TAGS,
  PROP_TAGS_TEXT,
  PROP_AWARDED,
  PROP_AWARDED_TEXT,
  PROP_REVOKED,
  PROP_LAST_AWARDED,
  PROP_LAST_AWARDED_TEXT,
  PROP_SHAPE,
  PROP_FILL_COLOUR,
  PROP_BORDER_COLOUR,
  PROP_ICON_NAME,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const struct {
  const char *code;
  const char *label;
} categories[] = {
  { "competence", N_("Competence") },
  { "module",     N_("Toolkit module") },
  { "role",       N_("Role") },
  { "other",      N_("Other") },
};

/**
 * kartu_badge_category_label:
 * @category: a badge category code such as `module`
 *
 * Returns: the category as people read it, translated, or @category itself
 *   when it is not a known code
 */
const char *
kartu_badge_category_label (const char *category)
{
  g_return_val_if_fail (category != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    {
      if (g_str_equal (categories[i].code, category))
        return _(categories[i].label);
    }

  return category;
}

static void
kartu_badge_finalize (GObject *object)
{
  KartuBadge *self = (KartuBadge *)object;

  g_free (self->uuid);
  g_free (self->name);
  g_free (self->short_name);
  g_free (self->description);
  g_free (self->criteria);
  g_free (self->category);
  g_free (self->tags_json);
  g_free (self->design_json);
  g_strfreev (self->tags);
  g_free (self->tags_text);
  g_free (self->shape);
  g_free (self->fill_colour);
  g_free (self->border_colour);
  g_free (self->icon_name);
  g_free (self->last_awarded);
  g_free (self->awarded_text);
  g_free (self->last_awarded_text);
  g_free (self->search_key);

  G_OBJECT_CLASS (kartu_badge_parent_class)->finalize (object);
}

static void
kartu_badge_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KartuBadge *self = KARTU_BADGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SHORT_NAME:
      g_value_set_string (value, self->short_name);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_CRITERIA:
      g_value_set_string (value, self->criteria);
      break;

    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;

    case PROP_CATEGORY_LABEL:
      g_value_set_string (value, kartu_badge_get_category_label (self));
      break;

    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;

    case PROP_TAGS_TEXT:
      g_value_set_string (value, self->tags_text);
      break;

    case PROP_AWARDED:
      g_value_set_int (value, self->awarded);
      break;

    case PROP_AWARDED_TEXT:
      g_value_set_string (value, kartu_badge_get_awarded_text (self));
      break;

    case PROP_REVOKED:
      g_value_set_int (value, self->revoked);
      break;

    case PROP_LAST_AWARDED:
      g_value_set_string (value, self->last_awarded);
      break;

    case PROP_LAST_AWARDED_TEXT:
      g_value_set_string (value, kartu_badge_get_last_awarded_text (self));
      break;

    case PROP_SHAPE:
      g_value_set_string (value, self->shape);
      break;

    case PROP_FILL_COLOUR:
      g_value_set_string (value, self->fill_colour);
      break;

    case PROP_BORDER_COLOUR:
      g_value_set_string (value, self->border_colour);
      break;

    case PROP_ICON_NAME:
      g_value_set_string (value, self->icon_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_badge_class_init (KartuBadgeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kartu_badge_finalize;
  object_class->get_property = kartu_badge_get_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties [PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL, NULL, flags);
  properties [PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties [PROP_CRITERIA] =
    g_param_spec_string ("criteria", NULL, NULL, NULL, flags);
  properties [PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, NULL, flags);
  properties [PROP_CATEGORY_LABEL] =
    g_param_spec_string ("category-label", NULL, NULL, NULL, flags);
  properties [PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV, flags);
  properties [PROP_TAGS_TEXT] =
    g_param_spec_string ("tags-text", NULL, NULL, NULL, flags);
  properties [PROP_AWARDED] =
    g_param_spec_int ("awarded", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties [PROP_AWARDED_TEXT] =
    g_param_spec_string ("awarded-text", NULL, NULL, NULL, flags);
  properties [PROP_REVOKED] =
    g_param_spec_int ("revoked", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties [PROP_LAST_AWARDED] =
    g_param_spec_string ("last-awarded", NULL, NULL, NULL, flags);
  properties [PROP_LAST_AWARDED_TEXT] =
    g_param_spec_string ("last-awarded-text", NULL, NULL, NULL, flags);
  properties [PROP_SHAPE] =
    g_param_spec_string ("shape", NULL, NULL, NULL, flags);
  properties [PROP_FILL_COLOUR] =
    g_param_spec_string ("fill-colour", NULL, NULL, NULL, flags);
  properties [PROP_BORDER_COLOUR] =
    g_param_spec_string ("border-colour", NULL, NULL, NULL, flags);
  properties [PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kartu_badge_init (KartuBadge *self)
{
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *)sqlite3_column_text (stmt, column));
}

static void
parse_tags (KartuBadge *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  json_t *root = NULL;

  if (self->tags_json != NULL)
    root = json_loads (self->tags_json, 0, NULL);

  if (json_is_array (root))
    {
      size_t index;
      json_t *tag;

      json_array_foreach (root, index, tag)
        {
          const char *text = json_string_value (tag);

          if (text != NULL && *text != '\0')
            g_strv_builder_add (builder, text);
        }
    }
  json_decref (root);

  self->tags = g_strv_builder_end (builder);
  /* Translators: the separator between a badge's tags, as in “dialogue, youth” */
  self->tags_text = g_strjoinv (_(", "), self->tags);
}

static char *
design_string (json_t     *design,
               const char *key)
{
  const char *value = json_string_value (json_object_get (design, key));

  return value != NULL && *value != '\0' ? g_strdup (value) : NULL;
}

static gboolean
is_colour (const char *text)
{
  double red, green, blue;

  return kartu_badge_colour_parse (text, &red, &green, &blue);
}

static gboolean
is_icon_name (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
        return FALSE;
    }

  return TRUE;
}

static void
parse_design (KartuBadge *self)
{
  json_t *design = NULL;
  KartuBadgeShape shape;
  char *value;

  if (self->design_json != NULL)
    design = json_loads (self->design_json, 0, NULL);

  /* json_object_get() and json_string_value() accept NULL and non-objects. */
  value = design_string (design, "shape");
  if (kartu_badge_shape_from_string (value, &shape))
    self->shape = g_strdup (kartu_badge_shape_to_string (shape));
  else
    self->shape = g_strdup (KARTU_BADGE_DEFAULT_SHAPE);
  g_free (value);

  value = design_string (design, "fill");
  self->fill_colour = is_colour (value) ? g_strdup (value) : g_strdup (KARTU_BADGE_DEFAULT_FILL);
  g_free (value);

  value = design_string (design, "border");
  self->border_colour = is_colour (value) ? g_strdup (value) : g_strdup (KARTU_BADGE_DEFAULT_BORDER);
  g_free (value);

  value = design_string (design, "icon");
  self->icon_name = value != NULL && is_icon_name (value) ? g_strdup (value) : g_strdup (KARTU_BADGE_DEFAULT_ICON);
  g_free (value);

  json_decref (design);
}

/* @stmt is positioned on a row of KARTU_BADGE_SELECT. */
KartuBadge *
_kartu_badge_new_from_stmt (sqlite3_stmt *stmt)
{
  KartuBadge *self;

  g_return_val_if_fail (stmt != NULL, NULL);

  self = g_object_new (KARTU_TYPE_BADGE, NULL);
  self->id = sqlite3_column_int64 (stmt, 0);
  self->uuid = dup_column (stmt, 1);
  self->name = dup_column (stmt, 2);
  self->short_name = dup_column (stmt, 3);
  self->description = dup_column (stmt, 4);
  self->criteria = dup_column (stmt, 5);
  self->category = dup_column (stmt, 6);
  self->tags_json = dup_column (stmt, 7);
  self->design_json = dup_column (stmt, 8);
  self->awarded = sqlite3_column_int (stmt, 9);
  self->revoked = sqlite3_column_int (stmt, 10);
  self->last_awarded = dup_column (stmt, 11);

  parse_tags (self);
  parse_design (self);

  return self;
}

gboolean
_kartu_badge_equal (KartuBadge *a,
                    KartuBadge *b)
{
  g_return_val_if_fail (KARTU_IS_BADGE (a), FALSE);
  g_return_val_if_fail (KARTU_IS_BADGE (b), FALSE);

  return a->id == b->id &&
         a->awarded == b->awarded &&
         a->revoked == b->revoked &&
         g_strcmp0 (a->uuid, b->uuid) == 0 &&
         g_strcmp0 (a->name, b->name) == 0 &&
         g_strcmp0 (a->short_name, b->short_name) == 0 &&
         g_strcmp0 (a->description, b->description) == 0 &&
         g_strcmp0 (a->criteria, b->criteria) == 0 &&
         g_strcmp0 (a->category, b->category) == 0 &&
         g_strcmp0 (a->tags_json, b->tags_json) == 0 &&
         g_strcmp0 (a->design_json, b->design_json) == 0 &&
         g_strcmp0 (a->last_awarded, b->last_awarded) == 0;
}

gint64
kartu_badge_get_id (KartuBadge *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE (self), 0);

  return self->id;
}

const char *
kartu_badge_get_uuid (KartuBadge *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE (self), NULL);

  return self->uuid;
}

/**
 * kartu_badge_get_name:
 * @self: a #KartuBadge
 *
 * Returns: the badge's name, in the list's language when a translation exists
 */
const char *
kartu_badge_get_name (KartuBadge *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE (self), NULL);

  return self->name;
}

const char *
kartu_badge_get_short_name (KartuBadge *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE (self), NULL);

  return self->short_name;
}

const char *
kartu_badge_get_description (KartuBadge *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE (self), NULL);

  return self->description;
}

const char *
kartu_badge_get_criteria (KartuBadge *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE (self), NULL);

  return self->criteria;
}

const char *
kartu_badge_get_category (KartuBadge *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE (self), NULL);

  return self->category;
}

const char *
kartu_badge_get_category_label (KartuBadge *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE (self), NULL);

  return self->category != NULL ? kartu_badge_category_label (self->category) : NULL;
}

/**
 * kartu_badge_get_tags:
 * @self: a #KartuBadge
 *
 * Returns: (transfer none): the badge's tags; empty when the stored tags are
 *   not a JSON array of strings
 */
const char * const *
kartu_badge_get_tags (KartuBadge *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE (self), NULL);

  return (const char * const *)self->tags;
}

const char *
kartu_badge_get_tags_text (KartuBadge *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE (self), NULL);

  return self->tags_text;
}

/**
 * kartu_badge_get_awarded:
 * @self: a #KartuBadge
 *
 * Returns: how many awards of the badge stand (not revoked)
 */
int
kartu_badge_get_awarded (KartuBadge *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE (self), 0);

  return self->awarded;
}

/**
 * kartu_badge_get_awarded_text:
 * @self: a #KartuBadge
 *
 * Returns: a sentence such as “Awarded to 12 facilitators”
 */
const char *
kartu_badge_get_awarded_text (KartuBadge *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE (self), NULL);

  if (self->awarded_text == NULL)
    {
      if (self->awarded == 0)
        {
          self->awarded_text = g_strdup (_("Not awarded yet"));
        }
      else
        {
          g_autofree char *count = kartu_format_count (self->awarded);

          self->awarded_text = g_strdup_printf (ngettext ("Awarded to %s facilitator",
                                                          "Awarded to %s facilitators",
                                                          self->awarded),
                                                count);
        }
    }

  return self->awarded_text;
}

int
kartu_badge_get_revoked (KartuBadge *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE (self), 0);

  return self->revoked;
}

/**
 * kartu_badge_get_last_awarded:
 * @self: a #KartuBadge
 *
 * Returns: (nullable): the latest issue date (`YYYY-MM-DD`) of an award that
 *   stands
 */
const char *
kartu_badge_get_last_awarded (KartuBadge *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE (self), NULL);

  return self->last_awarded;
}

const char *
kartu_badge_get_last_awarded_text (KartuBadge *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE (self), NULL);

  if (self->last_awarded_text == NULL)
    self->last_awarded_text = kartu_format_date (self->last_awarded);

  return self->last_awarded_text;
}

const char *
kartu_badge_get_shape (KartuBadge *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE (self), NULL);

  return self->shape;
}

const char *
kartu_badge_get_fill_colour (KartuBadge *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE (self), NULL);

  return self->fill_colour;
}

const char *
kartu_badge_get_border_colour (KartuBadge *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE (self), NULL);

  return self->border_colour;
}

const char *
kartu_badge_get_icon_name (KartuBadge *self)
{
  g_return_val_if_fail (KARTU_IS_BADGE (self), NULL);

  return self->icon_name;
}

/**
 * kartu_badge_matches:
 * @self: a #KartuBadge
 * @folded_query: (nullable): a query folded with kartu_fold()
 *
 * Returns: whether @folded_query occurs, ignoring case and accents, in the
 *   badge's name, short name or one of its tags
 */
gboolean
kartu_badge_matches (KartuBadge *self,
                     const char *folded_query)
{
  g_return_val_if_fail (KARTU_IS_BADGE (self), FALSE);

  if (folded_query == NULL || *folded_query == '\0')
    return TRUE;

  if (self->search_key == NULL)
    {
      g_autofree char *tags = g_strjoinv ("\n", self->tags);
      g_autofree char *text = g_strjoin ("\n",
                                         self->name ? self->name : "",
                                         self->short_name ? self->short_name : "",
                                         tags,
                                         NULL);

      self->search_key = kartu_fold (text);
    }

  return kartu_fold_contains (self->search_key, folded_query);
}
