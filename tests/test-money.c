/* test-money.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "kartu-money.h"

/* U+00A0, which kartu_money_format() puts between number and symbol. */
#define NBSP "\302\240"

/* Expected strings in real locales are those of Debian 12's glibc locale data; another
 * glibc may group or place symbols differently. Locales that are not installed are
 * skipped (`locale-gen` them to run those cases). */

static gboolean
use_locale (const char *locale)
{
  g_autofree char *utf8 = g_strconcat (locale, ".UTF-8", NULL);
  g_autofree char *utf8_short = g_strconcat (locale, ".utf8", NULL);

  if (setlocale (LC_ALL, utf8) != NULL || setlocale (LC_ALL, utf8_short) != NULL)
    return TRUE;

  if (g_strcmp0 (locale, "C") != 0)
    {
      g_autofree char *message = g_strdup_printf ("locale %s is not installed", utf8);

      g_test_skip (message);
    }

  return FALSE;
}

static void
restore_locale (void)
{
  setlocale (LC_ALL, "C.UTF-8");
}

static void
test_currency_codes (void)
{
  static const struct {
    const char *code;
    guint       exponent;
    const char *symbol;
  } cases[] = {
    { "EUR", 2, "€" },
    { "GBP", 2, "£" },
    { "USD", 2, "$" },
    { "BDT", 2, "৳" },
    /* ISO 4217 gives the lek two decimals, though the qindarka is not used. */
    { "ALL", 2, "Lek" },
    { "JPY", 0, "JPY" },
    { "KWD", 3, "KWD" },
    { "CLF", 4, "CLF" },
    { "CHF", 2, "CHF" },
    { "XYZ", 2, "XYZ" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_true (kartu_money_is_currency (cases [i].code));
      g_assert_cmpuint (kartu_money_get_exponent (cases [i].code), ==, cases [i].exponent);
      g_assert_cmpstr (kartu_money_get_symbol (cases [i].code), ==, cases [i].symbol);
    }

  g_assert_false (kartu_money_is_currency (NULL));
  g_assert_false (kartu_money_is_currency (""));
  g_assert_false (kartu_money_is_currency ("eur"));
  g_assert_false (kartu_money_is_currency ("EU"));
  g_assert_false (kartu_money_is_currency ("EURO"));
  g_assert_false (kartu_money_is_currency ("E1R"));
}

typedef struct
{
  const char *locale;
  gint64      minor;
  const char *currency;
  const char *expected;
} FormatCase;

static const FormatCase format_cases[] = {
  { "C", 123456, "EUR", "1234.56" NBSP "€" },
  { "C", -123456, "EUR", "-1234.56" NBSP "€" },
  { "C", 5, "EUR", "0.05" NBSP "€" },
  { "C", -5, "EUR", "-0.05" NBSP "€" },
  { "C", 0, "EUR", "0.00" NBSP "€" },
  { "C", 123456, "GBP", "£1234.56" },
  { "C", -7, "USD", "-$0.07" },
  { "C", 12000000, "BDT", "৳120000.00" },
  { "C", 12000000, "ALL", "120000.00" NBSP "Lek" },
  { "C", 1234, "JPY", "1234" NBSP "JPY" },
  { "C", -1234, "JPY", "-1234" NBSP "JPY" },
  { "C", 1234567, "KWD", "1234.567" NBSP "KWD" },
  { "C", 12, "CHF", "0.12" NBSP "CHF" },
  { "C", G_MAXINT64, "EUR", "92233720368547758.07" NBSP "€" },
  { "C", G_MININT64, "EUR", "-92233720368547758.08" NBSP "€" },
  { "C", G_MAXINT64, "JPY", "9223372036854775807" NBSP "JPY" },

  { "lt_LT", 123456, "EUR", "1.234,56" NBSP "€" },
  { "lt_LT", -123456, "EUR", "-1.234,56" NBSP "€" },
  { "lt_LT", 99, "EUR", "0,99" NBSP "€" },
  { "lt_LT", 12000000, "BDT", "120.000,00" NBSP "৳" },
  { "lt_LT", 123456, "GBP", "1.234,56" NBSP "£" },
  { "lt_LT", 123456789, "JPY", "123.456.789" NBSP "JPY" },
  { "lt_LT", G_MAXINT64, "EUR", "92.233.720.368.547.758,07" NBSP "€" },

  { "en_GB", 123456, "GBP", "£1,234.56" },
  { "en_GB", -123456, "GBP", "-£1,234.56" },
  { "en_GB", 100, "EUR", "€1.00" },
  { "en_GB", 123456, "ALL", "Lek" NBSP "1,234.56" },
  { "en_GB", 1234, "JPY", "JPY" NBSP "1,234" },
  { "en_GB", 100000, "USD", "$1,000.00" },

  /* Bangladesh groups the lakh and crore: 1,23,45,678. */
  { "bn_BD", 12000000, "BDT", "৳" NBSP "1,20,000.00" },
  { "bn_BD", 1234567800, "BDT", "৳" NBSP "1,23,45,678.00" },
  { "bn_BD", -12345, "BDT", "-৳" NBSP "123.45" },
  { "bn_BD", 123456, "EUR", "€" NBSP "1,234.56" },
};

static void
test_format (gconstpointer data)
{
  const FormatCase *c = data;
  g_autofree char *text = NULL;

  if (!use_locale (c->locale))
    return;

  text = kartu_money_format (c->minor, c->currency);
  g_assert_cmpstr (text, ==, c->expected);

  restore_locale ();
}

typedef struct
{
  const char *locale;
  const char *text;
  const char *currency;
  gint64      expected;
  int         error_code; /* -1 for success */
} ParseCase;

static const ParseCase parse_cases[] = {
  { "C", "1234.56", "EUR", 123456, -1 },
  { "C", "1234.5", "EUR", 123450, -1 },
  { "C", "1234", "EUR", 123400, -1 },
  { "C", "0.07", "EUR", 7, -1 },
  { "C", ".5", "EUR", 50, -1 },
  { "C", "12.", "EUR", 1200, -1 },
  { "C", "  12 € ", "EUR", 1200, -1 },
  { "C", "€12", "EUR", 1200, -1 },
  { "C", "12 EUR", "EUR", 1200, -1 },
  { "C", "eur 12", "EUR", 1200, -1 },
  { "C", "-12.00", "EUR", -1200, -1 },
  { "C", "12-", "EUR", -1200, -1 },
  { "C", "\342\210\222" "3", "EUR", -300, -1 },
  { "C", "+3", "EUR", 300, -1 },
  { "C", "(5.00)", "EUR", -500, -1 },
  { "C", "1 234 567", "EUR", 123456700, -1 },
  { "C", "১২৩.৪৫", "BDT", 12345, -1 },
  { "C", "120000", "ALL", 12000000, -1 },
  { "C", "1234", "JPY", 1234, -1 },
  { "C", "1234.", "JPY", 1234, -1 },
  { "C", "1.234", "KWD", 1234, -1 },
  { "C", "92233720368547758.07", "EUR", G_MAXINT64, -1 },
  { "C", "-92233720368547758.07", "EUR", -G_MAXINT64, -1 },
  { "C", "9223372036854775807", "JPY", G_MAXINT64, -1 },

  { "C", "1.234", "EUR", 0, KARTU_MONEY_ERROR_TOO_PRECISE },
  { "C", "0.001", "EUR", 0, KARTU_MONEY_ERROR_TOO_PRECISE },
  { "C", "12.5", "JPY", 0, KARTU_MONEY_ERROR_TOO_PRECISE },
  { "C", "92233720368547758.08", "EUR", 0, KARTU_MONEY_ERROR_OVERFLOW },
  { "C", "92233720368547759", "EUR", 0, KARTU_MONEY_ERROR_OVERFLOW },
  { "C", "9223372036854775808", "JPY", 0, KARTU_MONEY_ERROR_OVERFLOW },
  { "C", "99999999999999999999999", "JPY", 0, KARTU_MONEY_ERROR_OVERFLOW },
  { "C", "", "EUR", 0, KARTU_MONEY_ERROR_INVALID },
  { "C", "   ", "EUR", 0, KARTU_MONEY_ERROR_INVALID },
  { "C", "€", "EUR", 0, KARTU_MONEY_ERROR_INVALID },
  { "C", "-", "EUR", 0, KARTU_MONEY_ERROR_INVALID },
  { "C", ".", "EUR", 0, KARTU_MONEY_ERROR_INVALID },
  { "C", "abc", "EUR", 0, KARTU_MONEY_ERROR_INVALID },
  { "C", "12abc", "EUR", 0, KARTU_MONEY_ERROR_INVALID },
  { "C", "1.2.3", "EUR", 0, KARTU_MONEY_ERROR_INVALID },
  { "C", "--5", "EUR", 0, KARTU_MONEY_ERROR_INVALID },
  { "C", "-5-", "EUR", 0, KARTU_MONEY_ERROR_INVALID },
  { "C", "1,234.00", "EUR", 0, KARTU_MONEY_ERROR_INVALID },
  { "C", "12 £", "EUR", 0, KARTU_MONEY_ERROR_INVALID },
  { "C", "1e5", "EUR", 0, KARTU_MONEY_ERROR_INVALID },

  { "lt_LT", "1234,56", "EUR", 123456, -1 },
  { "lt_LT", "1.234,56", "EUR", 123456, -1 },
  { "lt_LT", "1 234,56 €", "EUR", 123456, -1 },
  { "lt_LT", "12.50", "EUR", 1250, -1 },
  { "lt_LT", "-0,5", "EUR", -50, -1 },
  { "lt_LT", "1,234", "EUR", 0, KARTU_MONEY_ERROR_TOO_PRECISE },
  { "lt_LT", "1.234", "EUR", 123400, -1 },
  { "lt_LT", "12.345.678", "EUR", 1234567800, -1 },
  { "lt_LT", "1.234.5", "EUR", 123450, -1 },
  { "lt_LT", "1,5.3", "EUR", 0, KARTU_MONEY_ERROR_INVALID },
  { "lt_LT", "1.2345", "EUR", 0, KARTU_MONEY_ERROR_TOO_PRECISE },
  { "lt_LT", "1,2,3", "EUR", 0, KARTU_MONEY_ERROR_INVALID },

  { "en_GB", "1,234.56", "GBP", 123456, -1 },
  { "en_GB", "£1,234.56", "GBP", 123456, -1 },
  { "en_GB", "-£5", "GBP", -500, -1 },
  { "en_GB", "1,234", "GBP", 123400, -1 },
  { "en_GB", "1.234,56", "GBP", 0, KARTU_MONEY_ERROR_INVALID },
  { "en_GB", ",5", "GBP", 0, KARTU_MONEY_ERROR_INVALID },
  { "en_GB", "5,", "GBP", 0, KARTU_MONEY_ERROR_INVALID },

  { "bn_BD", "৳ 1,20,000.00", "BDT", 12000000, -1 },
  { "bn_BD", "১,২০,০০০", "BDT", 12000000, -1 },
};

static void
test_parse (gconstpointer data)
{
  const ParseCase *c = data;
  g_autoptr(GError) error = NULL;
  gint64 minor = 42;
  gboolean ok;

  if (!use_locale (c->locale))
    return;

  ok = kartu_money_parse (c->text, c->currency, &minor, &error);
  if (c->error_code < 0)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
      g_assert_cmpint (minor, ==, c->expected);
    }
  else
    {
      g_assert_error (error, KARTU_MONEY_ERROR, c->error_code);
      g_assert_false (ok);
      g_assert_cmpint (minor, ==, 42);
      g_assert_cmpstr (error->message, !=, "");
    }

  restore_locale ();
}

static void
test_round_trip (gconstpointer data)
{
  static const gint64 amounts[] = {
    0, 1, -1, 9, 99, 100, -100, 123456, -123456, 100000000, 1234567890123,
    G_MAXINT64, -G_MAXINT64,
  };
  static const char * const codes[] = { "EUR", "GBP", "USD", "BDT", "ALL", "JPY", "KWD", "CHF" };
  const char *locale = data;

  if (!use_locale (locale))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      for (guint j = 0; j < G_N_ELEMENTS (codes); j++)
        {
          g_autoptr(GError) error = NULL;
          g_autofree char *text = kartu_money_format (amounts [i], codes [j]);
          gint64 minor = 0;

          if (!kartu_money_parse (text, codes [j], &minor, &error))
            g_error ("“%s” (%s, %s) did not parse back: %s", text, codes [j], locale, error->message);
          g_assert_cmpint (minor, ==, amounts [i]);
        }
    }

  restore_locale ();
}

static void
test_totals (void)
{
  g_autoptr(KartuMoneyTotals) totals = kartu_money_totals_new ();
  g_autofree char *text = NULL;
  g_autofree char *lines = NULL;
  g_autofree char *empty = NULL;

  empty = kartu_money_totals_format (totals, NULL);
  g_assert_cmpstr (empty, ==, "");
  g_assert_true (kartu_money_totals_is_empty (totals));
  g_assert_cmpint (kartu_money_totals_get (totals, "EUR"), ==, 0);

  g_assert_true (kartu_money_totals_add (totals, 100000, "EUR"));
  g_assert_true (kartu_money_totals_add (totals, 12000000, "BDT"));
  g_assert_true (kartu_money_totals_add (totals, 23400, "EUR"));
  g_assert_true (kartu_money_totals_add (totals, 500, "GBP"));
  g_assert_true (kartu_money_totals_add (totals, -200, "GBP"));
  g_assert_true (kartu_money_totals_add (totals, 0, "ALL"));

  g_assert_false (kartu_money_totals_is_empty (totals));
  g_assert_cmpuint (kartu_money_totals_get_n_currencies (totals), ==, 4);
  g_assert_cmpstr (kartu_money_totals_get_currency (totals, 0), ==, "ALL");
  g_assert_cmpstr (kartu_money_totals_get_currency (totals, 1), ==, "BDT");
  g_assert_cmpstr (kartu_money_totals_get_currency (totals, 2), ==, "EUR");
  g_assert_cmpstr (kartu_money_totals_get_currency (totals, 3), ==, "GBP");
  g_assert_cmpint (kartu_money_totals_get (totals, "EUR"), ==, 123400);
  g_assert_cmpint (kartu_money_totals_get (totals, "BDT"), ==, 12000000);
  g_assert_cmpint (kartu_money_totals_get (totals, "GBP"), ==, 300);
  g_assert_cmpint (kartu_money_totals_get (totals, "ALL"), ==, 0);
  g_assert_cmpint (kartu_money_totals_get (totals, "USD"), ==, 0);

  text = kartu_money_totals_format (totals, NULL);
  g_assert_cmpstr (text, ==,
                   "0.00" NBSP "Lek · ৳120000.00 · 1234.00" NBSP "€ · £3.00");
  lines = kartu_money_totals_format (totals, "\n");
  g_assert_cmpstr (lines, ==,
                   "0.00" NBSP "Lek\n৳120000.00\n1234.00" NBSP "€\n£3.00");

  /* An overflowing addition is refused and leaves the total as it was. */
  g_assert_true (kartu_money_totals_add (totals, G_MAXINT64 - 123400, "EUR"));
  g_assert_false (kartu_money_totals_add (totals, 1, "EUR"));
  g_assert_cmpint (kartu_money_totals_get (totals, "EUR"), ==, G_MAXINT64);
  g_assert_true (kartu_money_totals_add (totals, -300, "GBP"));
  g_assert_true (kartu_money_totals_add (totals, G_MININT64, "GBP"));
  g_assert_false (kartu_money_totals_add (totals, -1, "GBP"));
  g_assert_cmpint (kartu_money_totals_get (totals, "GBP"), ==, G_MININT64);

  kartu_money_totals_clear (totals);
  g_assert_true (kartu_money_totals_is_empty (totals));
}

static void
test_totals_boxed (void)
{
  g_autoptr(KartuMoneyTotals) totals = kartu_money_totals_new ();
  g_auto(GValue) value = G_VALUE_INIT;
  KartuMoneyTotals *copy;

  kartu_money_totals_add (totals, 250, "USD");

  g_value_init (&value, KARTU_TYPE_MONEY_TOTALS);
  g_value_set_boxed (&value, totals);
  copy = g_value_get_boxed (&value);
  g_assert_cmpint (kartu_money_totals_get (copy, "USD"), ==, 250);
}

static void
add_table_tests (const char    *prefix,
                 gconstpointer  cases,
                 gsize          case_size,
                 guint          n_cases,
                 GTestDataFunc  func)
{
  for (guint i = 0; i < n_cases; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%u", prefix, i);

      g_test_add_data_func (path, (const char *)cases + i * case_size, func);
    }
}

int
main (int   argc,
      char *argv[])
{
  restore_locale ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/currency-codes", test_currency_codes);
  add_table_tests ("/money/format", format_cases, sizeof format_cases [0],
                   G_N_ELEMENTS (format_cases), test_format);
  add_table_tests ("/money/parse", parse_cases, sizeof parse_cases [0],
                   G_N_ELEMENTS (parse_cases), test_parse);
  g_test_add_data_func ("/money/round-trip/C", "C", test_round_trip);
  g_test_add_data_func ("/money/round-trip/lt_LT", "lt_LT", test_round_trip);
  g_test_add_data_func ("/money/round-trip/en_GB", "en_GB", test_round_trip);
  g_test_add_data_func ("/money/round-trip/bn_BD", "bn_BD", test_round_trip);
  g_test_add_data_func ("/money/round-trip/lv_LV", "lv_LV", test_round_trip);
  g_test_add_data_func ("/money/round-trip/sq_AL", "sq_AL", test_round_trip);
  g_test_add_func ("/money/totals", test_totals);
  g_test_add_func ("/money/totals-boxed", test_totals_boxed);

  return g_test_run ();
}
