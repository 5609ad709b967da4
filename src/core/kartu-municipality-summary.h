/* kartu-municipality-summary.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KARTU_TYPE_MUNICIPALITY_SUMMARY (kartu_municipality_summary_get_type ())

G_DECLARE_FINAL_TYPE (KartuMunicipalitySummary, kartu_municipality_summary,
                      KARTU, MUNICIPALITY_SUMMARY, GObject)

gint64      kartu_municipality_summary_get_id           (KartuMunicipalitySummary *self);
const char *kartu_municipality_summary_get_name         (KartuMunicipalitySummary *self);
const char *kartu_municipality_summary_get_native_name  (KartuMunicipalitySummary *self);
gint64      kartu_municipality_summary_get_activities   (KartuMunicipalitySummary *self);
gint64      kartu_municipality_summary_get_participants (KartuMunicipalitySummary *self);
gint64      kartu_municipality_summary_get_projects     (KartuMunicipalitySummary *self);
gint64      kartu_municipality_summary_get_facilitators (KartuMunicipalitySummary *self);
const char *kartu_municipality_summary_get_currency     (KartuMunicipalitySummary *self);
gint64      kartu_municipality_summary_get_approved     (KartuMunicipalitySummary *self);
gint64      kartu_municipality_summary_get_paid         (KartuMunicipalitySummary *self);
const char *kartu_municipality_summary_get_approved_text (KartuMunicipalitySummary *self);
const char *kartu_municipality_summary_get_paid_text    (KartuMunicipalitySummary *self);
gboolean    kartu_municipality_summary_get_empty        (KartuMunicipalitySummary *self);
gboolean    kartu_municipality_summary_has_location     (KartuMunicipalitySummary *self);
double      kartu_municipality_summary_get_latitude     (KartuMunicipalitySummary *self);
double      kartu_municipality_summary_get_longitude    (KartuMunicipalitySummary *self);

G_END_DECLS
