/* kartu-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kartu-store.h"

G_BEGIN_DECLS

#define KARTU_TYPE_WINDOW (kartu_window_get_type ())

G_DECLARE_FINAL_TYPE (KartuWindow, kartu_window, KARTU, WINDOW, AdwApplicationWindow)

KartuWindow     *kartu_window_new               (AdwApplication  *application);
KartuStore      *kartu_window_get_store         (KartuWindow     *self);
gboolean         kartu_window_load_file         (KartuWindow     *self,
                                                 GFile           *file,
                                                 GError         **error);
void             kartu_window_open_file         (KartuWindow     *self,
                                                 GFile           *file);
gboolean         kartu_window_load_demo         (KartuWindow     *self,
                                                 GError         **error);
void             kartu_window_open_demo         (KartuWindow     *self);
gboolean         kartu_window_create_programme  (KartuWindow     *self,
                                                 const char      *name,
                                                 const char      *country,
                                                 GError         **error);
const char      *kartu_window_get_visible_page  (KartuWindow     *self);
GtkWidget       *kartu_window_get_page          (KartuWindow     *self,
                                                 const char      *name);
AdwToastOverlay *kartu_window_get_toast_overlay (KartuWindow     *self);

G_END_DECLS
