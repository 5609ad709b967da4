/* kartu-facilitator.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The toolkit's core modules a facilitator completes to become fully trained. */
#define KARTU_FACILITATOR_N_MODULES 4

#define KARTU_TYPE_FACILITATOR (kartu_facilitator_get_type ())

G_DECLARE_FINAL_TYPE (KartuFacilitator, kartu_facilitator, KARTU, FACILITATOR, GObject)

const char         *kartu_language_name                       (const char       *iso639_1);
const char         *kartu_facilitator_status_label            (const char       *status);

gint64              kartu_facilitator_get_id                  (KartuFacilitator *self);
const char         *kartu_facilitator_get_uuid                (KartuFacilitator *self);
const char         *kartu_facilitator_get_full_name           (KartuFacilitator *self);
const char         *kartu_facilitator_get_email               (KartuFacilitator *self);
const char         *kartu_facilitator_get_phone               (KartuFacilitator *self);
const char         *kartu_facilitator_get_organisation        (KartuFacilitator *self);
const char         *kartu_facilitator_get_municipality        (KartuFacilitator *self);
const char         *kartu_facilitator_get_languages           (KartuFacilitator *self);
const char * const *kartu_facilitator_get_language_codes      (KartuFacilitator *self);
int                 kartu_facilitator_get_modules             (KartuFacilitator *self);
const char         *kartu_facilitator_get_modules_text        (KartuFacilitator *self);
const char         *kartu_facilitator_get_status              (KartuFacilitator *self);
const char         *kartu_facilitator_get_status_label        (KartuFacilitator *self);
const char         *kartu_facilitator_get_last_activity       (KartuFacilitator *self);
const char         *kartu_facilitator_get_last_activity_text  (KartuFacilitator *self);
int                 kartu_facilitator_get_badges              (KartuFacilitator *self);
int                 kartu_facilitator_get_activities          (KartuFacilitator *self);
gboolean            kartu_facilitator_matches                 (KartuFacilitator *self,
                                                               const char       *folded_query);

G_END_DECLS
