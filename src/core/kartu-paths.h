/* kartu-paths.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KARTU_FILE_SUFFIX ".kartu"

char *kartu_paths_get_data_dir          (GError    **error);
char *kartu_paths_new_programme_path    (const char  *dir,
                                         const char  *name);

G_END_DECLS
