/* kartu-welcome-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KARTU_TYPE_WELCOME_PAGE (kartu_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (KartuWelcomePage, kartu_welcome_page, KARTU, WELCOME_PAGE, AdwBin)

const char * const *kartu_welcome_page_get_recent (KartuWelcomePage   *self);
void                kartu_welcome_page_set_recent (KartuWelcomePage   *self,
                                                   const char * const *recent);

G_END_DECLS
