/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "kartu-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KartuApplication) app = NULL;

  kartu_application_setup_locale ();

  app = kartu_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
