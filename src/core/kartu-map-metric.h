/* kartu-map-metric.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kartu-municipality-summary.h"

G_BEGIN_DECLS

/**
 * KartuMapMetric:
 * @KARTU_MAP_METRIC_PROJECTS: social action projects
 * @KARTU_MAP_METRIC_APPROVED: grant money approved, in the programme's currency
 * @KARTU_MAP_METRIC_ACTIVITIES: activities held
 * @KARTU_MAP_METRIC_PARTICIPANTS: people who took part in those activities
 * @KARTU_MAP_METRIC_FACILITATORS: active facilitators based there
 *
 * The figure of a #KartuMunicipalitySummary that the dashboard map shows.
 */
typedef enum
{
  KARTU_MAP_METRIC_PROJECTS,
  KARTU_MAP_METRIC_APPROVED,
  KARTU_MAP_METRIC_ACTIVITIES,
  KARTU_MAP_METRIC_PARTICIPANTS,
  KARTU_MAP_METRIC_FACILITATORS,
} KartuMapMetric;

#define KARTU_TYPE_MAP_METRIC (kartu_map_metric_get_type ())

GType       kartu_map_metric_get_type     (void) G_GNUC_CONST;
double      kartu_map_metric_value        (KartuMapMetric            metric,
                                           KartuMunicipalitySummary *summary);
char       *kartu_map_metric_format_value (KartuMapMetric            metric,
                                           KartuMunicipalitySummary *summary);
const char *kartu_map_metric_label        (KartuMapMetric            metric);

G_END_DECLS
