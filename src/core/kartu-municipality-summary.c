/* kartu-municipality-summary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-municipality-summary"

#include "config.h"

#include "kartu-money.h"
#include "kartu-municipality-summary-private.h"

/**
 * KartuMunicipalitySummary:
 *
 * What the programme has done in one municipality: activities held, people
 * reached, projects, facilitators based there and grant money. A read-only
 * snapshot; its list replaces it when the store changes.
 */
struct _KartuMunicipalitySummary
{
  GObject  parent_instance;

  gint64   id;
  char    *name;
  char    *native_name;
  gint64   activities;
  gint64   participants;
  gint64   projects;
  gint64   facilitators;
  char    *currency;
  gint64   approved;
  gint64   paid;
  double   latitude;
  double   longitude;
  gboolean has_location;

  char    *approved_text;
  char    *paid_text;
};

G_DEFINE_FINAL_TYPE (KartuMunicipalitySummary, kartu_municipality_summary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_NATIVE_NAME,
  PROP_ACTIVITIES,
  PROP_PARTICIPANTS,
  PROP_PROJECTS,
  PROP_FACILITATORS,
  PROP_CURRENCY,
  PROP_APPROVED,
  PROP_PAID,
  PROP_APPROVED_TEXT,
  PROP_PAID_TEXT,
  PROP_EMPTY,
  PROP_HAS_LOCATION,
  PROP_LATITUDE,
  PROP_LONGITUDE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

KartuMunicipalitySummary *
_kartu_municipality_summary_new_from_row (KartuStmt *stmt)
{
  KartuMunicipalitySummary *self;

  g_return_val_if_fail (stmt != NULL, NULL);

  self = g_object_new (KARTU_TYPE_MUNICIPALITY_SUMMARY, NULL);
  self->id = sqlite3_column_int64 (stmt, 0);
  self->name = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
  self->native_name = g_strdup ((const char *)sqlite3_column_text (stmt, 2));
  self->activities = sqlite3_column_int64 (stmt, 3);
  self->participants = sqlite3_column_int64 (stmt, 4);
  self->projects = sqlite3_column_int64 (stmt, 5);
  self->facilitators = sqlite3_column_int64 (stmt, 6);
  self->currency = g_strdup ((const char *)sqlite3_column_text (stmt, 7));
  self->approved = sqlite3_column_int64 (stmt, 8);
  self->paid = sqlite3_column_int64 (stmt, 9);
  self->has_location = sqlite3_column_type (stmt, 10) != SQLITE_NULL &&
                       sqlite3_column_type (stmt, 11) != SQLITE_NULL;
  self->latitude = self->has_location ? sqlite3_column_double (stmt, 10) : 0.0;
  self->longitude = self->has_location ? sqlite3_column_double (stmt, 11) : 0.0;

  return self;
}

static void
kartu_municipality_summary_finalize (GObject *object)
{
  KartuMunicipalitySummary *self = (KartuMunicipalitySummary *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->native_name, g_free);
  g_clear_pointer (&self->currency, g_free);
  g_clear_pointer (&self->approved_text, g_free);
  g_clear_pointer (&self->paid_text, g_free);

  G_OBJECT_CLASS (kartu_municipality_summary_parent_class)->finalize (object);
}

static void
kartu_municipality_summary_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  KartuMunicipalitySummary *self = KARTU_MUNICIPALITY_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_NATIVE_NAME:
      g_value_set_string (value, self->native_name);
      break;

    case PROP_ACTIVITIES:
      g_value_set_int64 (value, self->activities);
      break;

    case PROP_PARTICIPANTS:
      g_value_set_int64 (value, self->participants);
      break;

    case PROP_PROJECTS:
      g_value_set_int64 (value, self->projects);
      break;

    case PROP_FACILITATORS:
      g_value_set_int64 (value, self->facilitators);
      break;

    case PROP_CURRENCY:
      g_value_set_string (value, self->currency);
      break;

    case PROP_APPROVED:
      g_value_set_int64 (value, self->approved);
      break;

    case PROP_PAID:
      g_value_set_int64 (value, self->paid);
      break;

    case PROP_APPROVED_TEXT:
      g_value_set_string (value, kartu_municipality_summary_get_approved_text (self));
      break;

    case PROP_PAID_TEXT:
      g_value_set_string (value, kartu_municipality_summary_get_paid_text (self));
      break;

    case PROP_EMPTY:
      g_value_set_boolean (value, kartu_municipality_summary_get_empty (self));
      break;

    case PROP_HAS_LOCATION:
      g_value_set_boolean (value, self->has_location);
      break;

    case PROP_LATITUDE:
      g_value_set_double (value, self->latitude);
      break;

    case PROP_LONGITUDE:
      g_value_set_double (value, self->longitude);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
count_property (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, 0, G_MAXINT64, 0,
                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
kartu_municipality_summary_class_init (KartuMunicipalitySummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kartu_municipality_summary_finalize;
  object_class->get_property = kartu_municipality_summary_get_property;

  properties [PROP_ID] = count_property ("id");
  properties [PROP_NAME] = string_property ("name");
  properties [PROP_NATIVE_NAME] = string_property ("native-name");
  properties [PROP_ACTIVITIES] = count_property ("activities");
  properties [PROP_PARTICIPANTS] = count_property ("participants");
  properties [PROP_PROJECTS] = count_property ("projects");
  properties [PROP_FACILITATORS] = count_property ("facilitators");
  properties [PROP_CURRENCY] = string_property ("currency");
  properties [PROP_APPROVED] = count_property ("approved");
  properties [PROP_PAID] = count_property ("paid");
  properties [PROP_APPROVED_TEXT] = string_property ("approved-text");
  properties [PROP_PAID_TEXT] = string_property ("paid-text");
  /* Nothing has happened here yet: no activity held and no project. */
  properties [PROP_EMPTY] =
    g_param_spec_boolean ("empty", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* The municipality's centroid; without one, latitude and longitude are 0. */
  properties [PROP_HAS_LOCATION] =
    g_param_spec_boolean ("has-location", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties [PROP_LATITUDE] =
    g_param_spec_double ("latitude", NULL, NULL, -90.0, 90.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties [PROP_LONGITUDE] =
    g_param_spec_double ("longitude", NULL, NULL, -180.0, 180.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kartu_municipality_summary_init (KartuMunicipalitySummary *self)
{
}

gint64
kartu_municipality_summary_get_id (KartuMunicipalitySummary *self)
{
  g_return_val_if_fail (KARTU_IS_MUNICIPALITY_SUMMARY (self), 0);

  return self->id;
}

const char *
kartu_municipality_summary_get_name (KartuMunicipalitySummary *self)
{
  g_return_val_if_fail (KARTU_IS_MUNICIPALITY_SUMMARY (self), NULL);

  return self->name;
}

const char *
kartu_municipality_summary_get_native_name (KartuMunicipalitySummary *self)
{
  g_return_val_if_fail (KARTU_IS_MUNICIPALITY_SUMMARY (self), NULL);

  return self->native_name;
}

/**
 * kartu_municipality_summary_get_activities:
 * @self: a summary
 *
 * Returns: how many activities have started here by the list's "today"
 */
gint64
kartu_municipality_summary_get_activities (KartuMunicipalitySummary *self)
{
  g_return_val_if_fail (KARTU_IS_MUNICIPALITY_SUMMARY (self), 0);

  return self->activities;
}

/**
 * kartu_municipality_summary_get_participants:
 * @self: a summary
 *
 * Returns: the participants (female, male and other) of those activities
 */
gint64
kartu_municipality_summary_get_participants (KartuMunicipalitySummary *self)
{
  g_return_val_if_fail (KARTU_IS_MUNICIPALITY_SUMMARY (self), 0);

  return self->participants;
}

gint64
kartu_municipality_summary_get_projects (KartuMunicipalitySummary *self)
{
  g_return_val_if_fail (KARTU_IS_MUNICIPALITY_SUMMARY (self), 0);

  return self->projects;
}

/**
 * kartu_municipality_summary_get_facilitators:
 * @self: a summary
 *
 * Returns: how many active facilitators are based here
 */
gint64
kartu_municipality_summary_get_facilitators (KartuMunicipalitySummary *self)
{
  g_return_val_if_fail (KARTU_IS_MUNICIPALITY_SUMMARY (self), 0);

  return self->facilitators;
}

/**
 * kartu_municipality_summary_get_currency:
 * @self: a summary
 *
 * Returns: the programme's default currency, the one the money figures are in
 */
const char *
kartu_municipality_summary_get_currency (KartuMunicipalitySummary *self)
{
  g_return_val_if_fail (KARTU_IS_MUNICIPALITY_SUMMARY (self), NULL);

  return self->currency;
}

gint64
kartu_municipality_summary_get_approved (KartuMunicipalitySummary *self)
{
  g_return_val_if_fail (KARTU_IS_MUNICIPALITY_SUMMARY (self), 0);

  return self->approved;
}

gint64
kartu_municipality_summary_get_paid (KartuMunicipalitySummary *self)
{
  g_return_val_if_fail (KARTU_IS_MUNICIPALITY_SUMMARY (self), 0);

  return self->paid;
}

static const char *
cache_money (char       **cache,
             gint64       minor,
             const char  *currency)
{
  if (*cache == NULL)
    *cache = kartu_money_is_currency (currency) ? kartu_money_format (minor, currency)
                                                : g_strdup ("");

  return *cache;
}

const char *
kartu_municipality_summary_get_approved_text (KartuMunicipalitySummary *self)
{
  g_return_val_if_fail (KARTU_IS_MUNICIPALITY_SUMMARY (self), NULL);

  return cache_money (&self->approved_text, self->approved, self->currency);
}

const char *
kartu_municipality_summary_get_paid_text (KartuMunicipalitySummary *self)
{
  g_return_val_if_fail (KARTU_IS_MUNICIPALITY_SUMMARY (self), NULL);

  return cache_money (&self->paid_text, self->paid, self->currency);
}

/**
 * kartu_municipality_summary_get_empty:
 * @self: a summary
 *
 * Returns: %TRUE when no activity has been held and no project started here
 */
gboolean
kartu_municipality_summary_get_empty (KartuMunicipalitySummary *self)
{
  g_return_val_if_fail (KARTU_IS_MUNICIPALITY_SUMMARY (self), TRUE);

  return self->activities == 0 && self->projects == 0;
}

/**
 * kartu_municipality_summary_has_location:
 * @self: a summary
 *
 * Returns: %TRUE when the municipality has a centroid to place it on a map
 */
gboolean
kartu_municipality_summary_has_location (KartuMunicipalitySummary *self)
{
  g_return_val_if_fail (KARTU_IS_MUNICIPALITY_SUMMARY (self), FALSE);

  return self->has_location;
}

/**
 * kartu_municipality_summary_get_latitude:
 * @self: a summary
 *
 * Returns: the latitude of the municipality's centroid, or 0 without one
 */
double
kartu_municipality_summary_get_latitude (KartuMunicipalitySummary *self)
{
  g_return_val_if_fail (KARTU_IS_MUNICIPALITY_SUMMARY (self), 0.0);

  return self->latitude;
}

/**
 * kartu_municipality_summary_get_longitude:
 * @self: a summary
 *
 * Returns: the longitude of the municipality's centroid, or 0 without one
 */
double
kartu_municipality_summary_get_longitude (KartuMunicipalitySummary *self)
{
  g_return_val_if_fail (KARTU_IS_MUNICIPALITY_SUMMARY (self), 0.0);

  return self->longitude;
}
