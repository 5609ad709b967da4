/* kartu-badge.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KARTU_TYPE_BADGE (kartu_badge_get_type ())

G_DECLARE_FINAL_TYPE (KartuBadge, kartu_badge, KARTU, BADGE, GObject)

const char         *kartu_badge_category_label       (const char *category);

gint64              kartu_badge_get_id               (KartuBadge *self);
const char         *kartu_badge_get_uuid             (KartuBadge *self);
const char         *kartu_badge_get_name             (KartuBadge *self);
const char         *kartu_badge_get_short_name       (KartuBadge *self);
const char         *kartu_badge_get_description      (KartuBadge *self);
const char         *kartu_badge_get_criteria         (KartuBadge *self);
const char         *kartu_badge_get_category         (KartuBadge *self);
const char         *kartu_badge_get_category_label   (KartuBadge *self);
const char * const *kartu_badge_get_tags             (KartuBadge *self);
const char         *kartu_badge_get_tags_text        (KartuBadge *self);
int                 kartu_badge_get_awarded          (KartuBadge *self);
const char         *kartu_badge_get_awarded_text     (KartuBadge *self);
int                 kartu_badge_get_revoked          (KartuBadge *self);
const char         *kartu_badge_get_last_awarded     (KartuBadge *self);
const char         *kartu_badge_get_last_awarded_text (KartuBadge *self);
const char         *kartu_badge_get_shape            (KartuBadge *self);
const char         *kartu_badge_get_fill_colour      (KartuBadge *self);
const char         *kartu_badge_get_border_colour    (KartuBadge *self);
const char         *kartu_badge_get_icon_name        (KartuBadge *self);
gboolean            kartu_badge_matches              (KartuBadge *self,
                                                      const char *folded_query);

G_END_DECLS
