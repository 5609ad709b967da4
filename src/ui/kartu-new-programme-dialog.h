/* kartu-new-programme-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KARTU_TYPE_NEW_PROGRAMME_DIALOG (kartu_new_programme_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KartuNewProgrammeDialog, kartu_new_programme_dialog, KARTU, NEW_PROGRAMME_DIALOG, AdwWindow)

KartuNewProgrammeDialog *kartu_new_programme_dialog_new (GtkWindow *parent);

G_END_DECLS
