/* kartu-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KARTU_TYPE_APPLICATION (kartu_application_get_type ())

G_DECLARE_FINAL_TYPE (KartuApplication, kartu_application, KARTU, APPLICATION, AdwApplication)

void              kartu_application_setup_locale   (void);
KartuApplication *kartu_application_new            (void);
GSettings        *kartu_application_get_settings   (KartuApplication *self);
void              kartu_application_add_recent     (KartuApplication *self,
                                                    const char       *path);
void              kartu_application_forget_last    (KartuApplication *self);

G_END_DECLS
