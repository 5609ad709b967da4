/* kartu-dashboard.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-dashboard"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kartu-dashboard.h"
#include "kartu-format.h"
#include "kartu-project.h"
#include "kartu-project-private.h"

/**
 * KartuDashboard:
 *
 * The programme's key figures: facilitators active, activities held and the people
 * they reached, projects per status, and grant money approved and paid per currency.
 * Read with one query, and read again when the store reports a change to a table
 * they come from; properties notify when their value changes.
 */
struct _KartuDashboard
{
  GObject           parent_instance;

  KartuStore       *store;
  char             *today;

  gint64            facilitators_active;
  gint64            activities_held;
  gint64            participants_reached;
  gint64            projects;
  GHashTable       *status_counts;
  char             *status_breakdown;
  char             *currency;
  KartuMoneyTotals *approved;
  KartuMoneyTotals *paid;
  char             *approved_text;
  char             *paid_text;
};

G_DEFINE_FINAL_TYPE (KartuDashboard, kartu_dashboard, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_TODAY,
  PROP_FACILITATORS_ACTIVE,
  PROP_ACTIVITIES_HELD,
  PROP_PARTICIPANTS_REACHED,
  PROP_PROJECTS,
  PROP_STATUS_BREAKDOWN,
  PROP_CURRENCY,
  PROP_APPROVED,
  PROP_PAID,
  PROP_APPROVED_TEXT,
  PROP_PAID_TEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const char * const watched_tables[] = {
  "programme", "facilitator", "activity", "project", "tranche", NULL,
};

/* One row per figure: (what, key, value). Approved amounts of rejected or withdrawn
 * projects do not count; paid tranches count in their own currency. */
static const char figures_sql[] =
  "SELECT 'facilitators', NULL, count (*) FROM facilitator WHERE status = 'active' "
  "UNION ALL "
  "SELECT 'activities', NULL, count (*) FROM activity WHERE starts_on <= ?1 "
  "UNION ALL "
  "SELECT 'participants', NULL, "
  "       coalesce (sum (participants_female + participants_male + participants_other), 0) "
  "FROM activity WHERE starts_on <= ?1 "
  "UNION ALL "
  "SELECT 'currency', default_currency, 0 FROM programme WHERE id = 1 "
  "UNION ALL "
  "SELECT 'status', status, count (*) FROM project GROUP BY status "
  "UNION ALL "
  "SELECT 'approved', currency, sum (approved_minor) FROM project "
  "WHERE approved_minor IS NOT NULL AND status NOT IN ('rejected', 'withdrawn') "
  "GROUP BY currency "
  "UNION ALL "
  "SELECT 'paid', currency, sum (amount_minor) FROM tranche WHERE paid_on IS NOT NULL "
  "GROUP BY currency";

static char *
format_totals (KartuMoneyTotals *totals,
               const char       *currency)
{
  /* "0,00 €" says more than an empty card. */
  if (kartu_money_totals_is_empty (totals))
    return kartu_money_is_currency (currency) ? kartu_money_format (0, currency) : g_strdup ("");

  return kartu_money_totals_format (totals, "\n");
}

static char *
format_breakdown (GHashTable *status_counts)
{
  const char * const *codes = kartu_project_status_get_codes ();
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; codes [i] != NULL; i++)
    {
      gint64 count = GPOINTER_TO_SIZE (g_hash_table_lookup (status_counts, codes [i]));
      g_autofree char *count_text = NULL;
      g_autofree char *item = NULL;

      if (count == 0)
        continue;

      count_text = kartu_format_count (count);
      if (text->len > 0)
        /* A no-break space keeps the dot at the end of a line, never at the start. */
        g_string_append (text, "\u00a0· ");
      /* Translators: a project status and how many projects have it, e.g. "In progress: 12" */
      item = g_strdup_printf (C_("project status count", "%s: %s"),
                              kartu_project_status_label (codes [i]), count_text);
      /* Lines break between items only, never inside "Under review: 2". */
      for (const char *p = item; *p != '\0'; p++)
        {
          if (*p == ' ')
            g_string_append (text, "\302\240");
          else
            g_string_append_c (text, *p);
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
set_count (KartuDashboard *self,
           gint64         *field,
           gint64          value,
           guint           prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
}

static void
set_text (KartuDashboard  *self,
          char           **field,
          char            *value,
          guint            prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    {
      g_free (value);
      return;
    }

  g_free (*field);
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
}

static void
set_totals (KartuDashboard    *self,
            KartuMoneyTotals **field,
            KartuMoneyTotals  *value,
            guint              prop_id)
{
  g_autofree char *old = kartu_money_totals_format (*field, NULL);
  g_autofree char *new = kartu_money_totals_format (value, NULL);
  gboolean same = g_strcmp0 (old, new) == 0;

  kartu_money_totals_unref (*field);
  *field = value;

  if (!same)
    g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
}

/**
 * kartu_dashboard_reload:
 * @self: the dashboard
 * @error: a location for a #GError
 *
 * Reads the figures again. The dashboard reloads by itself when the store changes.
 *
 * Returns: %TRUE on success; on failure the figures stay as they were
 */
gboolean
kartu_dashboard_reload (KartuDashboard  *self,
                        GError         **error)
{
  g_autoptr(GHashTable) status_counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(KartuMoneyTotals) approved = kartu_money_totals_new ();
  g_autoptr(KartuMoneyTotals) paid = kartu_money_totals_new ();
  g_autofree char *currency = NULL;
  gint64 facilitators = 0;
  gint64 activities = 0;
  gint64 participants = 0;
  gint64 projects = 0;

  g_return_val_if_fail (KARTU_IS_DASHBOARD (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->store != NULL)
    {
      g_autoptr(KartuStmt) stmt = NULL;
      g_autofree char *today = self->today ? g_strdup (self->today) : _kartu_today ();
      int rc;

      stmt = kartu_store_prepare (self->store, figures_sql, error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          const char *what = (const char *)sqlite3_column_text (stmt, 0);
          const char *key = (const char *)sqlite3_column_text (stmt, 1);
          gint64 value = sqlite3_column_int64 (stmt, 2);

          if (strcmp (what, "facilitators") == 0)
            facilitators = value;
          else if (strcmp (what, "activities") == 0)
            activities = value;
          else if (strcmp (what, "participants") == 0)
            participants = value;
          else if (strcmp (what, "currency") == 0)
            {
              g_free (currency);
              currency = g_strdup (key);
            }
          else if (strcmp (what, "status") == 0)
            {
              projects += value;
              g_hash_table_insert (status_counts, (gpointer)g_intern_string (key),
                                   GSIZE_TO_POINTER ((gsize)value));
            }
          else if (strcmp (what, "approved") == 0 && !kartu_money_totals_add (approved, value, key))
            g_warning ("The approved grants in %s add up to more than Kartu can count", key);
          else if (strcmp (what, "paid") == 0 && !kartu_money_totals_add (paid, value, key))
            g_warning ("The paid tranches in %s add up to more than Kartu can count", key);
        }

      if (rc != SQLITE_DONE)
        return kartu_store_set_error_from_db (self->store, rc, error);
    }

  g_object_freeze_notify (G_OBJECT (self));

  set_count (self, &self->facilitators_active, facilitators, PROP_FACILITATORS_ACTIVE);
  set_count (self, &self->activities_held, activities, PROP_ACTIVITIES_HELD);
  set_count (self, &self->participants_reached, participants, PROP_PARTICIPANTS_REACHED);
  set_count (self, &self->projects, projects, PROP_PROJECTS);
  set_text (self, &self->status_breakdown, format_breakdown (status_counts), PROP_STATUS_BREAKDOWN);
  g_hash_table_unref (self->status_counts);
  self->status_counts = g_steal_pointer (&status_counts);
  set_text (self, &self->currency, g_strdup (currency), PROP_CURRENCY);
  set_text (self, &self->approved_text, format_totals (approved, currency), PROP_APPROVED_TEXT);
  set_text (self, &self->paid_text, format_totals (paid, currency), PROP_PAID_TEXT);
  set_totals (self, &self->approved, g_steal_pointer (&approved), PROP_APPROVED);
  set_totals (self, &self->paid, g_steal_pointer (&paid), PROP_PAID);

  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

static void
on_store_changed_cb (KartuDashboard *self,
                     const char     *table,
                     KartuStore     *store)
{
  g_autoptr(GError) error = NULL;

  if (!kartu_dashboard_reload (self, &error))
    g_warning ("Could not read the programme's figures again after a change to %s: %s",
               table, error->message);
}

static void
kartu_dashboard_dispose (GObject *object)
{
  KartuDashboard *self = (KartuDashboard *)object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kartu_dashboard_parent_class)->dispose (object);
}

static void
kartu_dashboard_finalize (GObject *object)
{
  KartuDashboard *self = (KartuDashboard *)object;

  g_clear_pointer (&self->today, g_free);
  g_clear_pointer (&self->status_counts, g_hash_table_unref);
  g_clear_pointer (&self->status_breakdown, g_free);
  g_clear_pointer (&self->currency, g_free);
  g_clear_pointer (&self->approved, kartu_money_totals_unref);
  g_clear_pointer (&self->paid, kartu_money_totals_unref);
  g_clear_pointer (&self->approved_text, g_free);
  g_clear_pointer (&self->paid_text, g_free);

  G_OBJECT_CLASS (kartu_dashboard_parent_class)->finalize (object);
}

static void
kartu_dashboard_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KartuDashboard *self = KARTU_DASHBOARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_TODAY:
      g_value_set_string (value, self->today);
      break;

    case PROP_FACILITATORS_ACTIVE:
      g_value_set_int64 (value, self->facilitators_active);
      break;

    case PROP_ACTIVITIES_HELD:
      g_value_set_int64 (value, self->activities_held);
      break;

    case PROP_PARTICIPANTS_REACHED:
      g_value_set_int64 (value, self->participants_reached);
      break;

    case PROP_PROJECTS:
      g_value_set_int64 (value, self->projects);
      break;

    case PROP_STATUS_BREAKDOWN:
      g_value_set_string (value, self->status_breakdown);
      break;

    case PROP_CURRENCY:
      g_value_set_string (value, self->currency);
      break;

    case PROP_APPROVED:
      g_value_set_boxed (value, self->approved);
      break;

    case PROP_PAID:
      g_value_set_boxed (value, self->paid);
      break;

    case PROP_APPROVED_TEXT:
      g_value_set_string (value, self->approved_text);
      break;

    case PROP_PAID_TEXT:
      g_value_set_string (value, self->paid_text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_dashboard_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KartuDashboard *self = KARTU_DASHBOARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      kartu_dashboard_set_store (self, g_value_get_object (value));
      break;

    case PROP_TODAY:
      kartu_dashboard_set_today (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
count_property (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, 0, G_MAXINT64, 0,
                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
kartu_dashboard_class_init (KartuDashboardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kartu_dashboard_dispose;
  object_class->finalize = kartu_dashboard_finalize;
  object_class->get_property = kartu_dashboard_get_property;
  object_class->set_property = kartu_dashboard_set_property;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         KARTU_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * KartuDashboard:today:
   *
   * The date (YYYY-MM-DD) up to which activities count as held, or %NULL for
   * the real current date.
   */
  properties [PROP_TODAY] =
    g_param_spec_string ("today", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_FACILITATORS_ACTIVE] = count_property ("facilitators-active");
  properties [PROP_ACTIVITIES_HELD] = count_property ("activities-held");
  properties [PROP_PARTICIPANTS_REACHED] = count_property ("participants-reached");
  properties [PROP_PROJECTS] = count_property ("projects");
  /* "Idea: 3 · In progress: 12 · …" in pipeline order, statuses with no project left out. */
  properties [PROP_STATUS_BREAKDOWN] = string_property ("status-breakdown");
  /* The programme's default currency. */
  properties [PROP_CURRENCY] = string_property ("currency");
  properties [PROP_APPROVED] =
    g_param_spec_boxed ("approved", NULL, NULL, KARTU_TYPE_MONEY_TOTALS,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_PAID] =
    g_param_spec_boxed ("paid", NULL, NULL, KARTU_TYPE_MONEY_TOTALS,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* One line per currency; zero in the default currency when there is nothing. */
  properties [PROP_APPROVED_TEXT] = string_property ("approved-text");
  properties [PROP_PAID_TEXT] = string_property ("paid-text");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kartu_dashboard_init (KartuDashboard *self)
{
  self->status_counts = g_hash_table_new (g_str_hash, g_str_equal);
  self->status_breakdown = g_strdup ("");
  self->approved = kartu_money_totals_new ();
  self->paid = kartu_money_totals_new ();
  self->approved_text = g_strdup ("");
  self->paid_text = g_strdup ("");
}

/**
 * kartu_dashboard_new:
 * @store: (nullable): the programme's store
 *
 * Returns: (transfer full): the figures of @store's programme
 */
KartuDashboard *
kartu_dashboard_new (KartuStore *store)
{
  g_return_val_if_fail (store == NULL || KARTU_IS_STORE (store), NULL);

  return g_object_new (KARTU_TYPE_DASHBOARD, "store", store, NULL);
}

KartuStore *
kartu_dashboard_get_store (KartuDashboard *self)
{
  g_return_val_if_fail (KARTU_IS_DASHBOARD (self), NULL);

  return self->store;
}

void
kartu_dashboard_set_store (KartuDashboard *self,
                           KartuStore     *store)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KARTU_IS_DASHBOARD (self));
  g_return_if_fail (store == NULL || KARTU_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_set_object (&self->store, store);

  if (store != NULL)
    kartu_store_watch_tables (store, watched_tables, G_CALLBACK (on_store_changed_cb), self);

  if (!kartu_dashboard_reload (self, &error))
    g_warning ("Could not read the programme's figures: %s", error->message);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

const char *
kartu_dashboard_get_today (KartuDashboard *self)
{
  g_return_val_if_fail (KARTU_IS_DASHBOARD (self), NULL);

  return self->today;
}

/**
 * kartu_dashboard_set_today:
 * @self: the dashboard
 * @today: (nullable): a date as YYYY-MM-DD, or %NULL for the real current date
 *
 * Sets the date up to which activities count as held, and reloads.
 */
void
kartu_dashboard_set_today (KartuDashboard *self,
                           const char     *today)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KARTU_IS_DASHBOARD (self));
  g_return_if_fail (today == NULL || _kartu_is_iso_date (today));

  if (g_strcmp0 (self->today, today) == 0)
    return;

  g_free (self->today);
  self->today = g_strdup (today);

  if (self->store != NULL && !kartu_dashboard_reload (self, &error))
    g_warning ("Could not read the programme's figures: %s", error->message);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TODAY]);
}

gint64
kartu_dashboard_get_facilitators_active (KartuDashboard *self)
{
  g_return_val_if_fail (KARTU_IS_DASHBOARD (self), 0);

  return self->facilitators_active;
}

/**
 * kartu_dashboard_get_activities_held:
 * @self: the dashboard
 *
 * Returns: how many activities (of any kind) have started by "today"
 */
gint64
kartu_dashboard_get_activities_held (KartuDashboard *self)
{
  g_return_val_if_fail (KARTU_IS_DASHBOARD (self), 0);

  return self->activities_held;
}

/**
 * kartu_dashboard_get_participants_reached:
 * @self: the dashboard
 *
 * Returns: the participants of the activities held, female, male and other
 */
gint64
kartu_dashboard_get_participants_reached (KartuDashboard *self)
{
  g_return_val_if_fail (KARTU_IS_DASHBOARD (self), 0);

  return self->participants_reached;
}

gint64
kartu_dashboard_get_projects (KartuDashboard *self)
{
  g_return_val_if_fail (KARTU_IS_DASHBOARD (self), 0);

  return self->projects;
}

gint64
kartu_dashboard_get_projects_in_status (KartuDashboard *self,
                                        const char     *status)
{
  g_return_val_if_fail (KARTU_IS_DASHBOARD (self), 0);
  g_return_val_if_fail (status != NULL, 0);

  return GPOINTER_TO_SIZE (g_hash_table_lookup (self->status_counts, status));
}

const char *
kartu_dashboard_get_status_breakdown (KartuDashboard *self)
{
  g_return_val_if_fail (KARTU_IS_DASHBOARD (self), NULL);

  return self->status_breakdown;
}

/**
 * kartu_dashboard_get_currency:
 * @self: the dashboard
 *
 * Returns: (nullable): the programme's default currency, %NULL before a
 *   programme exists
 */
const char *
kartu_dashboard_get_currency (KartuDashboard *self)
{
  g_return_val_if_fail (KARTU_IS_DASHBOARD (self), NULL);

  return self->currency;
}

/**
 * kartu_dashboard_get_approved:
 * @self: the dashboard
 *
 * Returns: (transfer none): the approved grants per currency
 */
KartuMoneyTotals *
kartu_dashboard_get_approved (KartuDashboard *self)
{
  g_return_val_if_fail (KARTU_IS_DASHBOARD (self), NULL);

  return self->approved;
}

/**
 * kartu_dashboard_get_paid:
 * @self: the dashboard
 *
 * Returns: (transfer none): the paid tranches per currency
 */
KartuMoneyTotals *
kartu_dashboard_get_paid (KartuDashboard *self)
{
  g_return_val_if_fail (KARTU_IS_DASHBOARD (self), NULL);

  return self->paid;
}

const char *
kartu_dashboard_get_approved_text (KartuDashboard *self)
{
  g_return_val_if_fail (KARTU_IS_DASHBOARD (self), NULL);

  return self->approved_text;
}

const char *
kartu_dashboard_get_paid_text (KartuDashboard *self)
{
  g_return_val_if_fail (KARTU_IS_DASHBOARD (self), NULL);

  return self->paid_text;
}
