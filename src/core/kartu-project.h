/* kartu-project.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KARTU_TYPE_PROJECT (kartu_project_get_type ())

G_DECLARE_FINAL_TYPE (KartuProject, kartu_project, KARTU, PROJECT, GObject)

const char * const *kartu_project_status_get_codes      (void);
const char         *kartu_project_status_label          (const char   *code);
guint               kartu_project_status_get_position   (const char   *code);
gboolean            kartu_project_status_is_finished    (const char   *code);
gboolean            kartu_project_status_is_cancelled   (const char   *code);

gint64              kartu_project_get_id                (KartuProject *self);
const char         *kartu_project_get_uuid              (KartuProject *self);
const char         *kartu_project_get_title             (KartuProject *self);
const char         *kartu_project_get_summary           (KartuProject *self);
gint64              kartu_project_get_municipality_id   (KartuProject *self);
const char         *kartu_project_get_municipality      (KartuProject *self);
const char         *kartu_project_get_lead              (KartuProject *self);
gint64              kartu_project_get_round_id          (KartuProject *self);
const char         *kartu_project_get_round             (KartuProject *self);
const char         *kartu_project_get_status            (KartuProject *self);
const char         *kartu_project_get_status_label      (KartuProject *self);
const char         *kartu_project_get_currency          (KartuProject *self);
gint64              kartu_project_get_requested         (KartuProject *self);
gint64              kartu_project_get_approved          (KartuProject *self);
gint64              kartu_project_get_paid              (KartuProject *self);
gint64              kartu_project_get_balance           (KartuProject *self);
const char         *kartu_project_get_requested_text    (KartuProject *self);
const char         *kartu_project_get_approved_text     (KartuProject *self);
const char         *kartu_project_get_paid_text         (KartuProject *self);
const char         *kartu_project_get_balance_text      (KartuProject *self);
const char         *kartu_project_get_next_deadline     (KartuProject *self);
const char         *kartu_project_get_next_deadline_text (KartuProject *self);
gboolean            kartu_project_get_overdue           (KartuProject *self);
const char         *kartu_project_get_search_key        (KartuProject *self);
gboolean            kartu_project_matches               (KartuProject *self,
                                                         const char   *folded_query);

G_END_DECLS
