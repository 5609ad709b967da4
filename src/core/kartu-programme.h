/* kartu-programme.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kartu-store.h"

G_BEGIN_DECLS

#define KARTU_TYPE_PROGRAMME (kartu_programme_get_type ())

G_DECLARE_FINAL_TYPE (KartuProgramme, kartu_programme, KARTU, PROGRAMME, GObject)

KartuProgramme     *kartu_programme_create               (KartuStore      *store,
                                                          const char      *name,
                                                          const char      *country,
                                                          const char      *currency,
                                                          GError         **error);
KartuProgramme     *kartu_programme_load                 (KartuStore      *store,
                                                          GError         **error);
gboolean            kartu_programme_exists               (KartuStore      *store,
                                                          GError         **error);
gboolean            kartu_programme_is_valid_currency    (const char      *currency);

const char         *kartu_programme_get_uuid             (KartuProgramme  *self);
const char         *kartu_programme_get_name             (KartuProgramme  *self);
const char         *kartu_programme_get_country          (KartuProgramme  *self);
const char         *kartu_programme_get_default_currency (KartuProgramme  *self);
const char         *kartu_programme_get_starts_on        (KartuProgramme  *self);
const char         *kartu_programme_get_ends_on          (KartuProgramme  *self);
const char         *kartu_programme_get_issuer_name      (KartuProgramme  *self);
const char         *kartu_programme_get_issuer_url       (KartuProgramme  *self);
const char         *kartu_programme_get_issuer_email     (KartuProgramme  *self);

const char * const *kartu_theme_list_codes               (void);
const char         *kartu_theme_label                    (const char      *code);

G_END_DECLS
