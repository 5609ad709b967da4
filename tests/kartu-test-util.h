/* kartu-test-util.h — what several test programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *kartu_test_make_tmpdir  (const char *name);
void  kartu_test_remove_tree  (const char *path);

G_END_DECLS
