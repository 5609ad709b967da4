/* kartu-badge-preview.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KARTU_TYPE_BADGE_PREVIEW (kartu_badge_preview_get_type ())

G_DECLARE_FINAL_TYPE (KartuBadgePreview, kartu_badge_preview, KARTU, BADGE_PREVIEW, GtkWidget)

GtkWidget  *kartu_badge_preview_new                (void);
const char *kartu_badge_preview_get_shape          (KartuBadgePreview *self);
void        kartu_badge_preview_set_shape          (KartuBadgePreview *self,
                                                    const char        *shape);
const char *kartu_badge_preview_get_fill_colour    (KartuBadgePreview *self);
void        kartu_badge_preview_set_fill_colour    (KartuBadgePreview *self,
                                                    const char        *colour);
const char *kartu_badge_preview_get_border_colour  (KartuBadgePreview *self);
void        kartu_badge_preview_set_border_colour  (KartuBadgePreview *self,
                                                    const char        *colour);
const char *kartu_badge_preview_get_icon_name      (KartuBadgePreview *self);
void        kartu_badge_preview_set_icon_name      (KartuBadgePreview *self,
                                                    const char        *icon_name);
int         kartu_badge_preview_get_pixel_size     (KartuBadgePreview *self);
void        kartu_badge_preview_set_pixel_size     (KartuBadgePreview *self,
                                                    int                pixel_size);

G_END_DECLS
