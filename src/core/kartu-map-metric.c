/* kartu-map-metric.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-map-metric"

#include "config.h"

#include <glib/gi18n.h>

#include "kartu-format.h"
#include "kartu-map-metric.h"

G_DEFINE_ENUM_TYPE (KartuMapMetric, kartu_map_metric,
                    G_DEFINE_ENUM_VALUE (KARTU_MAP_METRIC_PROJECTS, "projects"),
                    G_DEFINE_ENUM_VALUE (KARTU_MAP_METRIC_APPROVED, "approved"),
                    G_DEFINE_ENUM_VALUE (KARTU_MAP_METRIC_ACTIVITIES, "activities"),
                    G_DEFINE_ENUM_VALUE (KARTU_MAP_METRIC_PARTICIPANTS, "participants"),
                    G_DEFINE_ENUM_VALUE (KARTU_MAP_METRIC_FACILITATORS, "facilitators"))

static gint64
metric_figure (KartuMapMetric            metric,
               KartuMunicipalitySummary *summary)
{
  switch (metric)
    {
    case KARTU_MAP_METRIC_PROJECTS:
      return kartu_municipality_summary_get_projects (summary);

    case KARTU_MAP_METRIC_APPROVED:
      return kartu_municipality_summary_get_approved (summary);

    case KARTU_MAP_METRIC_ACTIVITIES:
      return kartu_municipality_summary_get_activities (summary);

    case KARTU_MAP_METRIC_PARTICIPANTS:
      return kartu_municipality_summary_get_participants (summary);

    case KARTU_MAP_METRIC_FACILITATORS:
      return kartu_municipality_summary_get_facilitators (summary);

    default:
      g_return_val_if_reached (0);
    }
}

/**
 * kartu_map_metric_value:
 * @metric: a metric
 * @summary: a municipality's summary
 *
 * Returns: @summary's figure for @metric; money in minor units of the
 *   programme's currency
 */
double
kartu_map_metric_value (KartuMapMetric            metric,
                        KartuMunicipalitySummary *summary)
{
  g_return_val_if_fail (KARTU_IS_MUNICIPALITY_SUMMARY (summary), 0);

  return (double)metric_figure (metric, summary);
}

/**
 * kartu_map_metric_format_value:
 * @metric: a metric
 * @summary: a municipality's summary
 *
 * Returns: (transfer full): @summary's figure for @metric as people read it:
 *   money with its currency, counts with the locale's digit grouping
 */
char *
kartu_map_metric_format_value (KartuMapMetric            metric,
                               KartuMunicipalitySummary *summary)
{
  g_return_val_if_fail (KARTU_IS_MUNICIPALITY_SUMMARY (summary), NULL);

  if (metric == KARTU_MAP_METRIC_APPROVED)
    return g_strdup (kartu_municipality_summary_get_approved_text (summary));

  return kartu_format_count (metric_figure (metric, summary));
}

/**
 * kartu_map_metric_label:
 * @metric: a metric
 *
 * Returns: (transfer none): what @metric counts, translated
 */
const char *
kartu_map_metric_label (KartuMapMetric metric)
{
  switch (metric)
    {
    case KARTU_MAP_METRIC_PROJECTS:
      return _("Projects");

    case KARTU_MAP_METRIC_APPROVED:
      return _("Grants approved");

    case KARTU_MAP_METRIC_ACTIVITIES:
      return _("Activities");

    case KARTU_MAP_METRIC_PARTICIPANTS:
      return _("Participants reached");

    case KARTU_MAP_METRIC_FACILITATORS:
      return _("Facilitators");

    default:
      g_return_val_if_reached (NULL);
    }
}
