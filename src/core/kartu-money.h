/* kartu-money.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KARTU_MONEY_ERROR (kartu_money_error_quark ())

typedef enum
{
  KARTU_MONEY_ERROR_INVALID,
  KARTU_MONEY_ERROR_TOO_PRECISE,
  KARTU_MONEY_ERROR_OVERFLOW,
} KartuMoneyError;

GQuark       kartu_money_error_quark   (void);
gboolean     kartu_money_is_currency   (const char  *currency);
guint        kartu_money_get_exponent  (const char  *currency);
const char  *kartu_money_get_symbol    (const char  *currency);
char        *kartu_money_format        (gint64       minor,
                                        const char  *currency);
gboolean     kartu_money_parse         (const char  *text,
                                        const char  *currency,
                                        gint64      *minor,
                                        GError     **error);

/**
 * KartuMoneyTotals:
 *
 * Sums of money kept apart per currency: amounts in different currencies are
 * never added together.
 */
typedef struct _KartuMoneyTotals KartuMoneyTotals;

#define KARTU_TYPE_MONEY_TOTALS (kartu_money_totals_get_type ())

GType             kartu_money_totals_get_type         (void) G_GNUC_CONST;
KartuMoneyTotals *kartu_money_totals_new              (void);
KartuMoneyTotals *kartu_money_totals_ref              (KartuMoneyTotals *self);
void              kartu_money_totals_unref            (KartuMoneyTotals *self);
void              kartu_money_totals_clear            (KartuMoneyTotals *self);
gboolean          kartu_money_totals_add              (KartuMoneyTotals *self,
                                                       gint64            minor,
                                                       const char       *currency);
gboolean          kartu_money_totals_is_empty         (KartuMoneyTotals *self);
guint             kartu_money_totals_get_n_currencies (KartuMoneyTotals *self);
const char       *kartu_money_totals_get_currency     (KartuMoneyTotals *self,
                                                       guint             position);
gint64            kartu_money_totals_get              (KartuMoneyTotals *self,
                                                       const char       *currency);
char             *kartu_money_totals_format           (KartuMoneyTotals *self,
                                                       const char       *separator);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartuMoneyTotals, kartu_money_totals_unref)

G_END_DECLS
