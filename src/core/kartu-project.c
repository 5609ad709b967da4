/* kartu-project.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-project"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kartu-fold.h"
#include "kartu-format.h"
#include "kartu-money.h"
#include "kartu-project-private.h"

/**
 * KartuProject:
 *
 * A social action project and its grant, as one row of the projects table shows it.
 * A record is a snapshot: it does not change; its list replaces it when the store
 * changes. Properties are read-only, for GtkExpression bindings and sorters.
 */
struct _KartuProject
{
  GObject  parent_instance;

  gint64   id;
  char    *uuid;
  char    *title;
  char    *summary;
  gint64   municipality_id;
  char    *municipality;
  char    *lead;
  gint64   round_id;
  char    *round;
  char    *status;
  char    *currency;
  gint64   requested;
  gint64   approved;
  gint64   paid;
  char    *next_deadline;
  gboolean overdue;

  /* Made on first use: most rows are never shown or searched. */
  char    *requested_text;
  char    *approved_text;
  char    *paid_text;
  char    *balance_text;
  char    *next_deadline_text;
  char    *search_key;
};

G_DEFINE_FINAL_TYPE (KartuProject, kartu_project, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_MUNICIPALITY_ID,
  PROP_MUNICIPALITY,
  PROP_LEAD,
  PROP_ROUND_ID,
  PROP_ROUND,
  PROP_STATUS,
  PROP_STATUS_LABEL,
  PROP_STATUS_POSITION,
  PROP_CURRENCY,
  PROP_REQUESTED,
  PROP_APPROVED,
  PROP_PAID,
  PROP_BALANCE,
  PROP_REQUESTED_TEXT,
  PROP_APPROVED_TEXT,
  PROP_PAID_TEXT,
  PROP_BALANCE_TEXT,
  PROP_NEXT_DEADLINE,
  PROP_NEXT_DEADLINE_TEXT,
  PROP_OVERDUE,
  PROP_SEARCH_KEY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The pipeline, in order: the schema's CHECK on project.status lists the same codes. */
static const struct {
  const char *code;
  const char *label;
} statuses[] = {
  { "idea",         NC_("project status", "Idea") },
  { "submitted",    NC_("project status", "Submitted") },
  { "under_review", NC_("project status", "Under review") },
  { "approved",     NC_("project status", "Approved") },
  { "contracted",   NC_("project status", "Contracted") },
  { "in_progress",  NC_("project status", "In progress") },
  { "report_due",   NC_("project status", "Final report due") },
  { "closed",       NC_("project status", "Closed") },
  { "rejected",     NC_("project status", "Rejected") },
  { "withdrawn",    NC_("project status", "Withdrawn") },
};

static const char * const status_codes[] = {
  "idea", "submitted", "under_review", "approved", "contracted", "in_progress",
  "report_due", "closed", "rejected", "withdrawn", NULL
};

G_STATIC_ASSERT (G_N_ELEMENTS (status_codes) == G_N_ELEMENTS (statuses) + 1);

/**
 * kartu_project_status_get_codes:
 *
 * Returns: (transfer none) (array zero-terminated=1): every status code, in the
 *   order of the grant pipeline
 */
const char * const *
kartu_project_status_get_codes (void)
{
  return status_codes;
}

/**
 * kartu_project_status_get_position:
 * @code: a status code
 *
 * Returns: the place of @code in the pipeline (0 for "idea"), for sorting;
 *   past the last for an unknown code
 */
guint
kartu_project_status_get_position (const char *code)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      if (g_strcmp0 (statuses [i].code, code) == 0)
        break;
    }

  return i;
}

/**
 * kartu_project_status_label:
 * @code: (nullable): a status code such as "in_progress"
 *
 * Returns: the translated name of the status, or @code itself when unknown
 */
const char *
kartu_project_status_label (const char *code)
{
  guint position = kartu_project_status_get_position (code);

  if (position >= G_N_ELEMENTS (statuses))
    return code;

  return g_dpgettext2 (NULL, "project status", statuses [position].label);
}

/**
 * kartu_project_status_is_finished:
 * @code: a status code
 *
 * Returns: %TRUE when a project in this status has no more deadlines
 *   (closed, rejected or withdrawn)
 */
gboolean
kartu_project_status_is_finished (const char *code)
{
  return g_strcmp0 (code, "closed") == 0 || kartu_project_status_is_cancelled (code);
}

/**
 * kartu_project_status_is_cancelled:
 * @code: a status code
 *
 * Returns: %TRUE when the grant will not go ahead (rejected or withdrawn), so
 *   that an approved amount left on the project does not count in totals
 */
gboolean
kartu_project_status_is_cancelled (const char *code)
{
  return g_strcmp0 (code, "rejected") == 0 || g_strcmp0 (code, "withdrawn") == 0;
}

char *
_kartu_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

gboolean
_kartu_is_iso_date (const char *text)
{
  if (text == NULL || strlen (text) != 10)
    return FALSE;

  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7 ? text [i] != '-' : !g_ascii_isdigit (text [i]))
        return FALSE;
    }

  return g_date_valid_dmy (g_ascii_digit_value (text [8]) * 10 + g_ascii_digit_value (text [9]),
                           g_ascii_digit_value (text [5]) * 10 + g_ascii_digit_value (text [6]),
                           (GDateYear)g_ascii_strtoull (text, NULL, 10));
}

static char *
dup_column (KartuStmt *stmt,
            int        column)
{
  return g_strdup ((const char *)sqlite3_column_text (stmt, column));
}

KartuProject *
_kartu_project_new_from_row (KartuStmt  *stmt,
                             const char *today)
{
  KartuProject *self;
  const char *planned;
  const char *report_due;

  g_return_val_if_fail (stmt != NULL, NULL);
  g_return_val_if_fail (today != NULL, NULL);

  self = g_object_new (KARTU_TYPE_PROJECT, NULL);
  self->id = sqlite3_column_int64 (stmt, 0);
  self->uuid = dup_column (stmt, 1);
  self->title = dup_column (stmt, 2);
  self->summary = dup_column (stmt, 3);
  self->municipality_id = sqlite3_column_int64 (stmt, 4);
  self->municipality = dup_column (stmt, 5);
  self->lead = dup_column (stmt, 6);
  self->round_id = sqlite3_column_int64 (stmt, 7);
  self->round = dup_column (stmt, 8);
  self->status = dup_column (stmt, 9);
  self->currency = dup_column (stmt, 10);
  self->requested = sqlite3_column_int64 (stmt, 11);
  self->approved = sqlite3_column_type (stmt, 12) == SQLITE_NULL ? -1 : sqlite3_column_int64 (stmt, 12);
  self->paid = sqlite3_column_int64 (stmt, 13);

  planned = (const char *)sqlite3_column_text (stmt, 14);
  report_due = (const char *)sqlite3_column_text (stmt, 15);
  if (!kartu_project_status_is_finished (self->status))
    {
      if (planned != NULL && (report_due == NULL || strcmp (planned, report_due) < 0))
        self->next_deadline = g_strdup (planned);
      else
        self->next_deadline = g_strdup (report_due);
    }

  /* ISO dates compare as strings. */
  self->overdue = self->next_deadline != NULL && strcmp (self->next_deadline, today) < 0;

  return self;
}

static void
kartu_project_finalize (GObject *object)
{
  KartuProject *self = (KartuProject *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->municipality, g_free);
  g_clear_pointer (&self->lead, g_free);
  g_clear_pointer (&self->round, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->currency, g_free);
  g_clear_pointer (&self->next_deadline, g_free);
  g_clear_pointer (&self->requested_text, g_free);
  g_clear_pointer (&self->approved_text, g_free);
  g_clear_pointer (&self->paid_text, g_free);
  g_clear_pointer (&self->balance_text, g_free);
  g_clear_pointer (&self->next_deadline_text, g_free);
  g_clear_pointer (&self->search_key, g_free);

  G_OBJECT_CLASS (kartu_project_parent_class)->finalize (object);
}

static void
kartu_project_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KartuProject *self = KARTU_PROJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_MUNICIPALITY_ID:
      g_value_set_int64 (value, self->municipality_id);
      break;

    case PROP_MUNICIPALITY:
      g_value_set_string (value, self->municipality);
      break;

    case PROP_LEAD:
      g_value_set_string (value, self->lead);
      break;

    case PROP_ROUND_ID:
      g_value_set_int64 (value, self->round_id);
      break;

    case PROP_ROUND:
      g_value_set_string (value, self->round);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_STATUS_LABEL:
      g_value_set_string (value, kartu_project_get_status_label (self));
      break;

    case PROP_STATUS_POSITION:
      g_value_set_uint (value, kartu_project_status_get_position (self->status));
      break;

    case PROP_CURRENCY:
      g_value_set_string (value, self->currency);
      break;

    case PROP_REQUESTED:
      g_value_set_int64 (value, self->requested);
      break;

    case PROP_APPROVED:
      g_value_set_int64 (value, self->approved);
      break;

    case PROP_PAID:
      g_value_set_int64 (value, self->paid);
      break;

    case PROP_BALANCE:
      g_value_set_int64 (value, kartu_project_get_balance (self));
      break;

    case PROP_REQUESTED_TEXT:
      g_value_set_string (value, kartu_project_get_requested_text (self));
      break;

    case PROP_APPROVED_TEXT:
      g_value_set_string (value, kartu_project_get_approved_text (self));
      break;

    case PROP_PAID_TEXT:
      g_value_set_string (value, kartu_project_get_paid_text (self));
      break;

    case PROP_BALANCE_TEXT:
      g_value_set_string (value, kartu_project_get_balance_text (self));
      break;

    case PROP_NEXT_DEADLINE:
      g_value_set_string (value, self->next_deadline);
      break;

    case PROP_NEXT_DEADLINE_TEXT:
      g_value_set_string (value, kartu_project_get_next_deadline_text (self));
      break;

    case PROP_OVERDUE:
      g_value_set_boolean (value, self->overdue);
      break;

    case PROP_SEARCH_KEY:
      g_value_set_string (value, kartu_project_get_search_key (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
int64_property (const char *name,
                gint64      minimum)
{
  return g_param_spec_int64 (name, NULL, NULL, minimum, G_MAXINT64, 0,
                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
kartu_project_class_init (KartuProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kartu_project_finalize;
  object_class->get_property = kartu_project_get_property;

  properties [PROP_ID] = int64_property ("id", 0);
  properties [PROP_UUID] = string_property ("uuid");
  properties [PROP_TITLE] = string_property ("title");
  properties [PROP_SUMMARY] = string_property ("summary");
  /* 0 when the project has no municipality (row ids start at 1). */
  properties [PROP_MUNICIPALITY_ID] = int64_property ("municipality-id", 0);
  properties [PROP_MUNICIPALITY] = string_property ("municipality");
  /* The lead facilitator's full name, else the lead organisation's name. */
  properties [PROP_LEAD] = string_property ("lead");
  properties [PROP_ROUND_ID] = int64_property ("round-id", 0);
  properties [PROP_ROUND] = string_property ("round");
  properties [PROP_STATUS] = string_property ("status");
  properties [PROP_STATUS_LABEL] = string_property ("status-label");
  /* Sorting by status follows the pipeline, not the alphabet. */
  properties [PROP_STATUS_POSITION] =
    g_param_spec_uint ("status-position", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties [PROP_CURRENCY] = string_property ("currency");
  properties [PROP_REQUESTED] = int64_property ("requested", 0);
  /* -1 while nothing is approved. */
  properties [PROP_APPROVED] = int64_property ("approved", -1);
  properties [PROP_PAID] = int64_property ("paid", 0);
  properties [PROP_BALANCE] = int64_property ("balance", G_MININT64);
  properties [PROP_REQUESTED_TEXT] = string_property ("requested-text");
  properties [PROP_APPROVED_TEXT] = string_property ("approved-text");
  properties [PROP_PAID_TEXT] = string_property ("paid-text");
  properties [PROP_BALANCE_TEXT] = string_property ("balance-text");
  properties [PROP_NEXT_DEADLINE] = string_property ("next-deadline");
  properties [PROP_NEXT_DEADLINE_TEXT] = string_property ("next-deadline-text");
  properties [PROP_OVERDUE] =
    g_param_spec_boolean ("overdue", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties [PROP_SEARCH_KEY] = string_property ("search-key");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kartu_project_init (KartuProject *self)
{
  self->approved = -1;
}

gint64
kartu_project_get_id (KartuProject *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), 0);

  return self->id;
}

const char *
kartu_project_get_uuid (KartuProject *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), NULL);

  return self->uuid;
}

const char *
kartu_project_get_title (KartuProject *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), NULL);

  return self->title;
}

const char *
kartu_project_get_summary (KartuProject *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), NULL);

  return self->summary;
}

gint64
kartu_project_get_municipality_id (KartuProject *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), 0);

  return self->municipality_id;
}

const char *
kartu_project_get_municipality (KartuProject *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), NULL);

  return self->municipality;
}

const char *
kartu_project_get_lead (KartuProject *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), NULL);

  return self->lead;
}

gint64
kartu_project_get_round_id (KartuProject *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), 0);

  return self->round_id;
}

const char *
kartu_project_get_round (KartuProject *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), NULL);

  return self->round;
}

const char *
kartu_project_get_status (KartuProject *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), NULL);

  return self->status;
}

const char *
kartu_project_get_status_label (KartuProject *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), NULL);

  return kartu_project_status_label (self->status);
}

const char *
kartu_project_get_currency (KartuProject *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), NULL);

  return self->currency;
}

gint64
kartu_project_get_requested (KartuProject *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), 0);

  return self->requested;
}

/**
 * kartu_project_get_approved:
 * @self: a project
 *
 * Returns: the approved grant in minor units, or -1 when none is approved yet
 */
gint64
kartu_project_get_approved (KartuProject *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), -1);

  return self->approved;
}

/**
 * kartu_project_get_paid:
 * @self: a project
 *
 * Returns: the sum of the paid tranches in the project's currency, in minor units
 */
gint64
kartu_project_get_paid (KartuProject *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), 0);

  return self->paid;
}

/**
 * kartu_project_get_balance:
 * @self: a project
 *
 * Returns: approved minus paid (negative when overpaid), or 0 when nothing
 *   is approved
 */
gint64
kartu_project_get_balance (KartuProject *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), 0);

  return self->approved >= 0 ? self->approved - self->paid : 0;
}

static const char *
cache_money (char       **cache,
             gboolean     present,
             gint64       minor,
             const char  *currency)
{
  if (*cache == NULL)
    *cache = present && kartu_money_is_currency (currency)
               ? kartu_money_format (minor, currency) : g_strdup ("");

  return *cache;
}

const char *
kartu_project_get_requested_text (KartuProject *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), NULL);

  return cache_money (&self->requested_text, TRUE, self->requested, self->currency);
}

/**
 * kartu_project_get_approved_text:
 * @self: a project
 *
 * Returns: the approved grant formatted, "" when none is approved
 */
const char *
kartu_project_get_approved_text (KartuProject *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), NULL);

  return cache_money (&self->approved_text, self->approved >= 0, self->approved, self->currency);
}

/**
 * kartu_project_get_paid_text:
 * @self: a project
 *
 * Returns: the paid amount formatted, "" when nothing is approved or paid
 */
const char *
kartu_project_get_paid_text (KartuProject *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), NULL);

  return cache_money (&self->paid_text, self->approved >= 0 || self->paid > 0,
                      self->paid, self->currency);
}

/**
 * kartu_project_get_balance_text:
 * @self: a project
 *
 * Returns: the balance formatted, "" when nothing is approved
 */
const char *
kartu_project_get_balance_text (KartuProject *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), NULL);

  return cache_money (&self->balance_text, self->approved >= 0,
                      kartu_project_get_balance (self), self->currency);
}

/**
 * kartu_project_get_next_deadline:
 * @self: a project
 *
 * Returns: (nullable): the earliest of the unpaid tranches' planned dates and the
 *   final report's due date, as YYYY-MM-DD, or %NULL when there is none or the
 *   project is closed, rejected or withdrawn
 */
const char *
kartu_project_get_next_deadline (KartuProject *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), NULL);

  return self->next_deadline;
}

const char *
kartu_project_get_next_deadline_text (KartuProject *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), NULL);

  if (self->next_deadline_text == NULL)
    self->next_deadline_text = kartu_format_date (self->next_deadline);

  return self->next_deadline_text;
}

/**
 * kartu_project_get_overdue:
 * @self: a project
 *
 * Returns: %TRUE when the next deadline is before the list's "today"
 */
gboolean
kartu_project_get_overdue (KartuProject *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), FALSE);

  return self->overdue;
}

/**
 * kartu_project_get_search_key:
 * @self: a project
 *
 * Returns: title, municipality and lead folded with kartu_fold(), for
 *   case- and accent-insensitive substring filtering
 */
const char *
kartu_project_get_search_key (KartuProject *self)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), NULL);

  if (self->search_key == NULL)
    {
      g_autofree char *joined = g_strjoin ("\n",
                                           self->title ? self->title : "",
                                           self->municipality ? self->municipality : "",
                                           self->lead ? self->lead : "",
                                           NULL);

      self->search_key = kartu_fold (joined);
    }

  return self->search_key;
}

/**
 * kartu_project_matches:
 * @self: a project
 * @folded_query: (nullable): a query folded with kartu_fold()
 *
 * Returns: whether the project's title, municipality or lead contains the query
 */
gboolean
kartu_project_matches (KartuProject *self,
                       const char   *folded_query)
{
  g_return_val_if_fail (KARTU_IS_PROJECT (self), FALSE);

  return kartu_fold_contains (kartu_project_get_search_key (self), folded_query);
}
