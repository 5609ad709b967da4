/* kartu-money.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-money"

#include "config.h"

#include <glib/gi18n.h>
#include <limits.h>
#include <locale.h>
#include <string.h>

#include "kartu-money.h"

/* U+00A0 NO-BREAK SPACE: an amount never wraps between its number and its symbol. */
#define NBSP "\302\240"

typedef struct
{
  char        code [4];
  guint8      exponent;
  const char *symbol;
  /* Where the symbol goes when the locale does not say (the C locale). */
  gboolean    symbol_first;
} CurrencyInfo;

/* Minor-unit exponents from ISO 4217. ALL has 2 there although the qindarka is no longer
 * used, so lek amounts carry two (zero) decimals; we follow the standard rather than
 * practice so that files exchanged with finance systems agree. Codes not listed have 2,
 * the exponent of nearly every currency. */
static const CurrencyInfo currencies[] = {
  { "ALL", 2, "Lek", FALSE },
  { "BDT", 2, "৳", TRUE },
  { "EUR", 2, "€", FALSE },
  { "GBP", 2, "£", TRUE },
  { "USD", 2, "$", TRUE },

  { "BIF", 0, NULL, FALSE }, { "CLP", 0, NULL, FALSE }, { "DJF", 0, NULL, FALSE },
  { "GNF", 0, NULL, FALSE }, { "ISK", 0, NULL, FALSE }, { "JPY", 0, NULL, FALSE },
  { "KMF", 0, NULL, FALSE }, { "KRW", 0, NULL, FALSE }, { "PYG", 0, NULL, FALSE },
  { "RWF", 0, NULL, FALSE }, { "UGX", 0, NULL, FALSE }, { "UYI", 0, NULL, FALSE },
  { "VND", 0, NULL, FALSE }, { "VUV", 0, NULL, FALSE }, { "XAF", 0, NULL, FALSE },
  { "XOF", 0, NULL, FALSE }, { "XPF", 0, NULL, FALSE },

  { "BHD", 3, NULL, FALSE }, { "IQD", 3, NULL, FALSE }, { "JOD", 3, NULL, FALSE },
  { "KWD", 3, NULL, FALSE }, { "LYD", 3, NULL, FALSE }, { "OMR", 3, NULL, FALSE },
  { "TND", 3, NULL, FALSE },

  { "CLF", 4, NULL, FALSE }, { "UYW", 4, NULL, FALSE },
};

static const guint64 powers_of_ten[] = {
  1, 10, 100, 1000, 10000,
};

G_DEFINE_QUARK (kartu-money-error-quark, kartu_money_error)

static const CurrencyInfo *
lookup_currency (const char *currency)
{
  for (guint i = 0; i < G_N_ELEMENTS (currencies); i++)
    {
      if (strcmp (currencies [i].code, currency) == 0)
        return &currencies [i];
    }

  return NULL;
}

/**
 * kartu_money_is_currency:
 * @currency: (nullable): a string
 *
 * Returns: %TRUE if @currency has the shape of an ISO 4217 code (three
 *   capital letters A–Z)
 */
gboolean
kartu_money_is_currency (const char *currency)
{
  if (currency == NULL)
    return FALSE;

  for (guint i = 0; i < 3; i++)
    {
      if (currency [i] < 'A' || currency [i] > 'Z')
        return FALSE;
    }

  return currency [3] == '\0';
}

/**
 * kartu_money_get_exponent:
 * @currency: an ISO 4217 code
 *
 * Returns: how many decimal places the currency's minor unit has
 */
guint
kartu_money_get_exponent (const char *currency)
{
  const CurrencyInfo *info;

  g_return_val_if_fail (kartu_money_is_currency (currency), 2);

  info = lookup_currency (currency);

  return info != NULL ? info->exponent : 2;
}

/**
 * kartu_money_get_symbol:
 * @currency: an ISO 4217 code
 *
 * Returns: the symbol shown beside amounts in @currency, or @currency itself
 *   when it has no well-known symbol
 */
const char *
kartu_money_get_symbol (const char *currency)
{
  const CurrencyInfo *info;

  g_return_val_if_fail (kartu_money_is_currency (currency), NULL);

  info = lookup_currency (currency);
  if (info != NULL && info->symbol != NULL)
    return info->symbol;

  return g_intern_string (currency);
}

static gboolean
grouping_stops (char size)
{
  return size <= 0 || size == CHAR_MAX;
}

static void
append_grouped (GString    *out,
                const char *digits,
                const char *separator,
                const char *grouping)
{
  gsize groups [32];
  guint n_groups = 0;
  gsize remaining = strlen (digits);
  gsize offset = 0;

  if (separator == NULL || *separator == '\0' || grouping == NULL || grouping_stops (*grouping))
    {
      g_string_append (out, digits);
      return;
    }

  /* Group lengths from the right: each byte of @grouping is the next group's size, the last
   * one repeats, and CHAR_MAX means no more grouping (POSIX localeconv()). */
  while (remaining > 0 && n_groups < G_N_ELEMENTS (groups))
    {
      gsize size = grouping_stops (*grouping) ? remaining : (gsize)*grouping;

      if (size >= remaining || n_groups == G_N_ELEMENTS (groups) - 1)
        size = remaining;

      groups [n_groups++] = size;
      remaining -= size;

      if (!grouping_stops (*grouping) && grouping [1] != '\0')
        grouping++;
    }

  for (guint i = n_groups; i > 0; i--)
    {
      g_string_append_len (out, digits + offset, groups [i - 1]);
      offset += groups [i - 1];
      if (i > 1)
        g_string_append (out, separator);
    }
}

static const char *
non_empty (const char *first,
           const char *fallback)
{
  return first != NULL && *first != '\0' ? first : fallback;
}

/* Lays out sign, symbol and number as POSIX describes for p/n_cs_precedes,
 * p/n_sep_by_space and p/n_sign_posn. */
static char *
arrange (const char *number,
         const char *symbol,
         const char *sign,
         gboolean    cs_precedes,
         int         sep_by_space,
         int         sign_posn)
{
  const char *sym_space = sep_by_space == 1 ? NBSP : "";
  const char *sign_space = sep_by_space == 2 && *sign != '\0' ? NBSP : "";

  if (sign_posn == 0)
    {
      const char *space = sep_by_space != 0 ? NBSP : "";

      if (cs_precedes)
        return g_strconcat ("(", symbol, space, number, ")", NULL);
      else
        return g_strconcat ("(", number, space, symbol, ")", NULL);
    }

  if (cs_precedes)
    {
      switch (sign_posn)
        {
        case 2:
          return g_strconcat (symbol, sym_space, number, sign_space, sign, NULL);
        case 3:
          return g_strconcat (sign, sign_space, symbol, sym_space, number, NULL);
        case 4:
          return g_strconcat (symbol, sign_space, sign, sym_space, number, NULL);
        case 1:
        default:
          return g_strconcat (sign, sign_space, symbol, sym_space, number, NULL);
        }
    }
  else
    {
      switch (sign_posn)
        {
        case 2:
        case 4:
          return g_strconcat (number, sym_space, symbol, sign_space, sign, NULL);
        case 3:
          return g_strconcat (number, sym_space, sign, sign_space, symbol, NULL);
        case 1:
        default:
          return g_strconcat (sign, sign_space, number, sym_space, symbol, NULL);
        }
    }
}

/**
 * kartu_money_format:
 * @minor: an amount in minor units (cents)
 * @currency: an ISO 4217 code
 *
 * Formats an amount as the current locale writes money: its decimal mark and
 * digit grouping (LC_MONETARY, else LC_NUMERIC), and where it puts the sign and
 * the currency symbol. Only integer arithmetic is used.
 *
 * Returns: (transfer full): the formatted amount
 */
char *
kartu_money_format (gint64      minor,
                    const char *currency)
{
  const CurrencyInfo *info;
  const struct lconv *lc;
  g_autoptr(GString) number = g_string_new (NULL);
  g_autofree char *digits = NULL;
  const char *decimal_mark;
  const char *separator;
  const char *grouping;
  const char *symbol;
  const char *sign;
  gboolean negative = minor < 0;
  gboolean symbol_is_word;
  guint64 magnitude;
  guint exponent;
  int cs_precedes;
  int sep_by_space;
  int sign_posn;

  g_return_val_if_fail (kartu_money_is_currency (currency), NULL);

  lc = localeconv ();
  info = lookup_currency (currency);
  exponent = kartu_money_get_exponent (currency);
  symbol = kartu_money_get_symbol (currency);

  /* -(minor + 1) + 1 also works for G_MININT64. */
  magnitude = negative ? (guint64)(-(minor + 1)) + 1 : (guint64)minor;

  digits = g_strdup_printf ("%" G_GUINT64_FORMAT, magnitude / powers_of_ten [exponent]);

  decimal_mark = non_empty (lc->mon_decimal_point, non_empty (lc->decimal_point, "."));
  if (lc->mon_thousands_sep != NULL && *lc->mon_thousands_sep != '\0')
    {
      separator = lc->mon_thousands_sep;
      grouping = lc->mon_grouping;
    }
  else
    {
      separator = lc->thousands_sep;
      grouping = lc->grouping;
    }

  append_grouped (number, digits, separator, grouping);
  if (exponent > 0)
    g_string_append_printf (number, "%s%0*" G_GUINT64_FORMAT,
                            decimal_mark, (int)exponent, magnitude % powers_of_ten [exponent]);

  if (negative)
    {
      cs_precedes = lc->n_cs_precedes;
      sep_by_space = lc->n_sep_by_space;
      sign_posn = lc->n_sign_posn;
      sign = non_empty (lc->negative_sign, "-");
    }
  else
    {
      cs_precedes = lc->p_cs_precedes;
      sep_by_space = lc->p_sep_by_space;
      sign_posn = lc->p_sign_posn;
      sign = lc->positive_sign != NULL ? lc->positive_sign : "";
    }

  /* The C locale leaves the layout unspecified: follow the currency's own custom. */
  if (cs_precedes == CHAR_MAX || sep_by_space == CHAR_MAX)
    {
      gboolean first = info != NULL && info->symbol_first;

      cs_precedes = first;
      sep_by_space = first ? 0 : 1;
    }
  if (sign_posn == CHAR_MAX || sign_posn < 0 || sign_posn > 4)
    sign_posn = 1;

  /* "Lek" or an ISO code glued to the digits ("Lek1,200.00") is hard to read. */
  symbol_is_word = g_unichar_isalpha (g_utf8_get_char (symbol));
  if (symbol_is_word && sep_by_space == 0)
    sep_by_space = 1;

  return arrange (number->str, symbol, sign, cs_precedes != 0, sep_by_space, sign_posn);
}

/* Removes the first occurrence of @needle from @text, in place. */
static void
remove_once (char       *text,
             const char *needle)
{
  char *found;

  if (needle == NULL || *needle == '\0' || (found = strstr (text, needle)) == NULL)
    return;

  memmove (found, found + strlen (needle), strlen (found + strlen (needle)) + 1);
}

static gboolean
has_prefix_or_suffix (const char  *start,
                      const char **end,
                      const char  *affix,
                      gboolean     prefix,
                      const char **after)
{
  gsize len;

  if (affix == NULL || *affix == '\0')
    return FALSE;

  len = strlen (affix);
  if ((gsize)(*end - start) < len)
    return FALSE;

  if (prefix && strncmp (start, affix, len) == 0)
    {
      *after = start + len;
      return TRUE;
    }

  if (!prefix && strncmp (*end - len, affix, len) == 0)
    {
      *end -= len;
      *after = start;
      return TRUE;
    }

  return FALSE;
}

static const char *
find_last (const char *start,
           const char *end,
           const char *needle)
{
  gsize len = strlen (needle);
  const char *found = NULL;

  for (const char *p = start; p + len <= end; p++)
    {
      if (strncmp (p, needle, len) == 0)
        found = p;
    }

  return found;
}

/* How many characters lie between @p and @end, or -1 if one of them is not a digit. */
static int
count_digits (const char *p,
              const char *end)
{
  int n = 0;

  for (; p < end; p = g_utf8_next_char (p), n++)
    {
      if (g_unichar_digit_value (g_utf8_get_char (p)) < 0)
        return -1;
    }

  return n;
}

static gboolean
set_invalid (const char  *text,
             GError     **error)
{
  g_set_error (error, KARTU_MONEY_ERROR, KARTU_MONEY_ERROR_INVALID,
               _("“%s” is not an amount of money."), text);
  return FALSE;
}

static gboolean
set_overflow (GError **error)
{
  g_set_error_literal (error, KARTU_MONEY_ERROR, KARTU_MONEY_ERROR_OVERFLOW,
                       _("The amount is too large."));
  return FALSE;
}

/**
 * kartu_money_parse:
 * @text: what a person typed, e.g. "1 234,50 €"
 * @currency: the ISO 4217 code of the amount
 * @minor: (out): the amount in minor units
 * @error: a location for a #GError
 *
 * Reads an amount of money. The locale's decimal mark is accepted, and so is '.'
 * when the locale's mark is absent from @text (unless '.' groups digits in the
 * locale and three digits follow it: "1.234" is then 1234), as are the locale's
 * digit grouping,
 * spaces, a leading or trailing minus sign or parentheses for negative amounts, the
 * currency's symbol or code, and decimal digits of any script. More decimals than
 * the currency has and amounts beyond 64 bits are refused rather than rounded.
 *
 * Returns: %TRUE on success
 */
gboolean
kartu_money_parse (const char  *text,
                   const char  *currency,
                   gint64      *minor,
                   GError     **error)
{
  const struct lconv *lc;
  g_autoptr(GString) compact = g_string_new (NULL);
  g_autofree char *work = NULL;
  g_autofree char *code_lower = NULL;
  const char *locale_mark;
  const char *group_separators [2];
  const char *minus_signs [3];
  const char *start;
  const char *end;
  const char *after = NULL;
  const char *mark = NULL;
  gsize mark_len = 0;
  gboolean negative = FALSE;
  gboolean any_digit = FALSE;
  guint exponent;
  guint64 whole = 0;
  guint64 fraction = 0;
  guint n_fraction = 0;
  guint64 scale;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (kartu_money_is_currency (currency), FALSE);
  g_return_val_if_fail (minor != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_utf8_validate (text, -1, NULL))
    return set_invalid ("", error);

  lc = localeconv ();
  exponent = kartu_money_get_exponent (currency);

  work = g_strdup (text);
  remove_once (work, kartu_money_get_symbol (currency));
  remove_once (work, currency);
  code_lower = g_ascii_strdown (currency, -1);
  remove_once (work, code_lower);

  for (const char *p = work; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        g_string_append_len (compact, p, g_utf8_next_char (p) - p);
    }

  start = compact->str;
  end = compact->str + compact->len;

  minus_signs [0] = "-";
  minus_signs [1] = "\342\210\222"; /* U+2212 MINUS SIGN */
  minus_signs [2] = lc->negative_sign;

  if (end - start >= 2 && *start == '(' && end [-1] == ')')
    {
      negative = TRUE;
      start++;
      end--;
    }
  else
    {
      for (guint side = 0; side < 2 && !negative; side++)
        {
          for (guint i = 0; i < G_N_ELEMENTS (minus_signs) && !negative; i++)
            {
              if (has_prefix_or_suffix (start, &end, minus_signs [i], side == 0, &after))
                {
                  negative = TRUE;
                  start = after;
                }
            }
        }

      if (!negative &&
          (has_prefix_or_suffix (start, &end, "+", TRUE, &after) ||
           has_prefix_or_suffix (start, &end, "+", FALSE, &after)))
        start = after;
    }

  locale_mark = non_empty (lc->mon_decimal_point, non_empty (lc->decimal_point, "."));
  group_separators [0] = lc->mon_thousands_sep;
  group_separators [1] = lc->thousands_sep;

  if ((mark = find_last (start, end, locale_mark)) != NULL)
    {
      mark_len = strlen (locale_mark);
    }
  else if ((mark = find_last (start, end, ".")) != NULL)
    {
      mark_len = 1;

      /* Where '.' also groups digits (lt_LT, de_DE), "1.234" is a thousand and more. */
      if ((g_strcmp0 (group_separators [0], ".") == 0 || g_strcmp0 (group_separators [1], ".") == 0) &&
          count_digits (mark + 1, end) == 3)
        mark = NULL;
    }

  for (const char *p = start; p < (mark != NULL ? mark : end); )
    {
      gunichar c = g_utf8_get_char (p);
      int digit = g_unichar_digit_value (c);
      gboolean separated = FALSE;

      if (digit >= 0)
        {
          if (whole > (guint64)G_MAXINT64 / 10 ||
              whole * 10 + (guint64)digit > (guint64)G_MAXINT64)
            return set_overflow (error);

          whole = whole * 10 + (guint64)digit;
          any_digit = TRUE;
          p = g_utf8_next_char (p);
          continue;
        }

      /* A group separator only sits between two digits. */
      for (guint i = 0; i < G_N_ELEMENTS (group_separators) && !separated; i++)
        {
          const char *sep = group_separators [i];
          gsize len = sep != NULL ? strlen (sep) : 0;

          if (len > 0 && any_digit && (gsize)(end - p) > len && strncmp (p, sep, len) == 0 &&
              g_unichar_digit_value (g_utf8_get_char (p + len)) >= 0)
            {
              p += len;
              separated = TRUE;
            }
        }

      if (!separated)
        return set_invalid (text, error);
    }

  if (mark != NULL)
    {
      if (count_digits (mark + mark_len, end) < 0)
        return set_invalid (text, error);

      for (const char *p = mark + mark_len; p < end; p = g_utf8_next_char (p))
        {
          int digit = g_unichar_digit_value (g_utf8_get_char (p));

          any_digit = TRUE;
          if (++n_fraction > exponent)
            {
              if (exponent == 0)
                g_set_error (error, KARTU_MONEY_ERROR, KARTU_MONEY_ERROR_TOO_PRECISE,
                             _("Amounts in %s are whole numbers, without decimals."),
                             currency);
              else
                g_set_error (error, KARTU_MONEY_ERROR, KARTU_MONEY_ERROR_TOO_PRECISE,
                             ngettext ("Amounts in %s have at most %u decimal place.",
                                       "Amounts in %s have at most %u decimal places.",
                                       exponent),
                             currency, exponent);
              return FALSE;
            }
          fraction = fraction * 10 + (guint64)digit;
        }
    }

  if (!any_digit)
    return set_invalid (text, error);

  scale = powers_of_ten [exponent];
  fraction *= powers_of_ten [exponent - n_fraction];
  if (whole > ((guint64)G_MAXINT64 - fraction) / scale)
    return set_overflow (error);

  *minor = (gint64)(whole * scale + fraction);
  if (negative)
    *minor = -*minor;

  return TRUE;
}

typedef struct
{
  char   currency [4];
  gint64 minor;
} Total;

struct _KartuMoneyTotals
{
  GArray *totals;
};

G_DEFINE_BOXED_TYPE (KartuMoneyTotals, kartu_money_totals,
                     kartu_money_totals_ref, kartu_money_totals_unref)

/**
 * kartu_money_totals_new:
 *
 * Returns: (transfer full): empty totals
 */
KartuMoneyTotals *
kartu_money_totals_new (void)
{
  KartuMoneyTotals *self = g_atomic_rc_box_new0 (KartuMoneyTotals);

  self->totals = g_array_new (FALSE, FALSE, sizeof (Total));

  return self;
}

KartuMoneyTotals *
kartu_money_totals_ref (KartuMoneyTotals *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

static void
kartu_money_totals_free (KartuMoneyTotals *self)
{
  g_clear_pointer (&self->totals, g_array_unref);
}

void
kartu_money_totals_unref (KartuMoneyTotals *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, (GDestroyNotify)kartu_money_totals_free);
}

void
kartu_money_totals_clear (KartuMoneyTotals *self)
{
  g_return_if_fail (self != NULL);

  g_array_set_size (self->totals, 0);
}

/**
 * kartu_money_totals_add:
 * @self: the totals
 * @minor: an amount in minor units
 * @currency: its ISO 4217 code
 *
 * Adds @minor to the total of @currency.
 *
 * Returns: %TRUE, or %FALSE (leaving the totals unchanged) if the sum would
 *   not fit in 64 bits
 */
gboolean
kartu_money_totals_add (KartuMoneyTotals *self,
                        gint64            minor,
                        const char       *currency)
{
  guint i;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (kartu_money_is_currency (currency), FALSE);

  /* Kept sorted by code so that iteration and formatting are stable. */
  for (i = 0; i < self->totals->len; i++)
    {
      Total *total = &g_array_index (self->totals, Total, i);
      int cmp = strcmp (total->currency, currency);

      if (cmp == 0)
        {
          if ((minor > 0 && total->minor > G_MAXINT64 - minor) ||
              (minor < 0 && total->minor < G_MININT64 - minor))
            return FALSE;

          total->minor += minor;
          return TRUE;
        }

      if (cmp > 0)
        break;
    }

  {
    Total total = { { 0 }, minor };

    memcpy (total.currency, currency, 4);
    g_array_insert_val (self->totals, i, total);
  }

  return TRUE;
}

gboolean
kartu_money_totals_is_empty (KartuMoneyTotals *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->totals->len == 0;
}

guint
kartu_money_totals_get_n_currencies (KartuMoneyTotals *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->totals->len;
}

/**
 * kartu_money_totals_get_currency:
 * @self: the totals
 * @position: an index below kartu_money_totals_get_n_currencies()
 *
 * Returns: the code of the @position-th currency, in alphabetical order of codes
 */
const char *
kartu_money_totals_get_currency (KartuMoneyTotals *self,
                                 guint             position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->totals->len, NULL);

  return g_array_index (self->totals, Total, position).currency;
}

/**
 * kartu_money_totals_get:
 * @self: the totals
 * @currency: an ISO 4217 code
 *
 * Returns: the total in @currency, 0 when nothing was added in it
 */
gint64
kartu_money_totals_get (KartuMoneyTotals *self,
                        const char       *currency)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (currency != NULL, 0);

  for (guint i = 0; i < self->totals->len; i++)
    {
      const Total *total = &g_array_index (self->totals, Total, i);

      if (strcmp (total->currency, currency) == 0)
        return total->minor;
    }

  return 0;
}

/**
 * kartu_money_totals_format:
 * @self: the totals
 * @separator: (nullable): what goes between currencies, " · " when %NULL
 *
 * Returns: (transfer full): each currency's total formatted with
 *   kartu_money_format(), e.g. "1 234,00 € · 120 000,00 ৳", or "" when empty
 */
char *
kartu_money_totals_format (KartuMoneyTotals *self,
                           const char       *separator)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  if (separator == NULL)
    separator = " · ";

  for (guint i = 0; i < self->totals->len; i++)
    {
      const Total *total = &g_array_index (self->totals, Total, i);
      g_autofree char *amount = kartu_money_format (total->minor, total->currency);

      if (i > 0)
        g_string_append (text, separator);
      g_string_append (text, amount);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
